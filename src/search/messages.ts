/**
 * Every string the search page's script shows, in English, in one place on
 * the build's side. The search page renders them into the page
 * (`<script type="application/json" id="search-messages">`) and the script
 * reads them from there (`src/browser/messages.ts`), so that the script holds
 * no wording of its own and a page in another language only needs other
 * strings.
 *
 * A value is a string with `{placeholders}`, or, for a counted phrase, an
 * object of `Intl.PluralRules` categories (`one`, `few`, `many`, `other`, …;
 * `other` always) whose strings may use `{count}`.
 */

/** A counted phrase: one string per plural category, `other` always present. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** One message. */
export type Message = string | PluralMessage;

/** The search page's messages in English. */
export const searchMessages = {
  'status.prompt': 'Type words to search every article, actor, topic and source, or choose a filter.',
  'status.results': {one: '{count} result for “{query}”.', other: '{count} results for “{query}”.'},
  'status.resultsFiltered': {one: '{count} result.', other: '{count} results.'},
  'status.none': 'No results for “{query}”.',
  'status.noneFiltered': 'No results.',
  'status.failed': 'Search could not start: {reason}',
  'filter.kind': 'Type',
  'filter.topic': 'Topic',
  'filter.actor': 'Actor',
  'filter.source': 'Source',
  'filter.year': 'Year',
  'filter.language': 'Language',
  'kind.article': 'Article',
  'kind.actor': 'Actor',
  'kind.person': 'Person',
  'kind.organization': 'Organisation',
  'kind.country': 'Country',
  'kind.place': 'Place',
  'kind.topic': 'Topic',
  'kind.source': 'Source',
  'cards.label': 'Named in your search',
  'card.articles': {one: '{count} article', other: '{count} articles'},
  'card.noArticles': 'No articles yet',
  'card.range': '{oldest} – {newest}',
  'articles.namedFirst': 'Articles that name {name} come first, in any language.',
} satisfies Readonly<Record<string, Message>>;

/** The key of a search page message. */
export type SearchMessageKey = keyof typeof searchMessages;
