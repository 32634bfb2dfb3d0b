/**
 * What the search index holds: one small HTML document per article, actor,
 * topic and source page, made from the typed records.
 *
 * The index is built from the records rather than by re-reading the built
 * pages: each page is indexed exactly once by construction, listing pages
 * (home, timeline, indexes) can never leak into results, no template has to
 * carry indexing markers, and nothing has to parse HTML twice. The documents
 * are HTML (not Pagefind's plain custom records) so that parts of a page can
 * carry weights and anchors.
 *
 * What each kind of page is indexed with:
 * - an **article**: its title, summary (when not the start of the text),
 *   text and authors; and, for each actor it mentions (whatever name or
 *   script it uses), that actor's mention token (`actorToken`), weighted by
 *   the number of mentions, so that a search for the token finds the
 *   articles about the actor, those that say most about it first.
 *   Its quotations are in its text; the people the article quotes are its
 *   `quoted` filter, so that a reader can narrow a search to what one
 *   person said (the actor's page lists the quotations themselves).
 * - an **entity page** (actor, topic, source): its own name or title,
 *   aliases (weighted), description and profile or introduction, and nothing
 *   quoted from articles, so that a name finds the entity it names and not
 *   every entity that shares an article with it. Entity pages go to their
 *   own shards (`section: 'entities'`), searched apart from articles.
 *
 * All indexed text is normalised (`normalise.ts`) as queries are. The
 * original form of each word that normalisation changed is kept beside it,
 * as the id of an empty anchor element (`<span id="…">`): Pagefind stores
 * anchors in the page's fragment without indexing them, and the search page
 * puts the original words back into titles and excerpts.
 */

import {createHash} from 'node:crypto';
import {translatorFor, type Translator} from '../i18n/translator.ts';
import type {Actor, Archive, Href, LanguageTag, PartialDate} from '../model/types.ts';
import {mentionTokenPattern} from './layout.ts';
import {normaliseText} from './normalise.ts';

/** Which shards a page goes to: articles are sharded by date, entity pages have their own. */
export type SearchSection = 'articles' | 'entities';

/** A page to index, with its document made only when asked for (a large archive's documents are not all held at once). */
export interface SearchPage {
  /** The page's link, with the path prefix. */
  readonly url: Href;
  /** The page's date as `YYYY-MM-DD` (`00` where not known), which decides its search shard. */
  readonly sortKey: string;
  readonly section: SearchSection;
  /** Make the page's document. */
  readonly record: () => SearchRecord;
}

/** One page's document for the search index. */
export interface SearchRecord {
  /** The page's link, with the path prefix: what a result links to. */
  readonly url: Href;
  /** A minimal HTML document: title, weighted names, text, and Pagefind's meta, filter and sort markers. */
  readonly html: string;
}

/** The kinds of page in the index, as readers see them in the "type" filter: in the interface's language. */
const searchKinds = (t: Translator) =>
  ({article: t.text('search.kind.article'), actor: t.text('search.kind.actor'), topic: t.text('search.kind.topic'), source: t.text('search.kind.source')}) as const;

/** How much more an actor's aliases count than ordinary text. */
const aliasWeight = 10;

/** The most a mention token counts, however many times an article names the actor (Pagefind's largest weight). */
const maxTokenWeight = 10;

/** Sort key for pages without a date of their own, so that sorting keeps them (last). */
const undated = '0000-00-00';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `Persian (fa)`: a language filter value readers recognise, in the
 * interface's language (`فارسی (fa)` on a Persian site), with the tag kept
 * unambiguous.
 */
function languageLabel(t: Translator, tag: string): string {
  const name = t.languageName(tag);
  return name === tag ? tag : `${name} (${tag})`;
}

/**
 * An actor's mention token: a word no text contains (`q`, 12 digits of a
 * hash of the id, `q`), the same length for every actor so that none is the
 * start of another (Pagefind matches words by their start), and stable
 * across builds and across changes to other actors. An article's document
 * carries the tokens of the actors it mentions; the name table gives the
 * search page each actor's token.
 */
export function actorToken(id: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(id).digest('hex').slice(0, 16)}`) % 10n ** 12n;
  const token = `q${digits.toString().padStart(12, '0')}q`;
  if (!mentionTokenPattern.test(token)) throw new Error(`The mention token of \`${id}\` has the wrong form: ${token}`);
  return token;
}

/**
 * `text` as it is indexed: normalised, each word whose normalised form
 * differs from what was written preceded by an empty anchor whose id is the
 * word as written. A word that normalisation empties (a lone tatweel) is
 * left out, as Pagefind would.
 */
export function indexedText(text: string): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const normal = normaliseText(word);
    if (normal === word) words.push(escapeHtml(word));
    else if (normal !== '') words.push(`<span id="${escapeHtml(word)}"></span>${escapeHtml(normal)}`);
  }
  return words.join(' ');
}

interface RecordParts {
  /** The site's language: the document's, which Pagefind indexes every page in. */
  readonly language: LanguageTag;
  readonly url: Href;
  readonly title: string;
  /** The "type" filter's value, which the search page also shows (not a meta field: every field is searched, and `article` would match every article). */
  readonly type: string;
  readonly section: SearchSection;
  readonly weighted?: readonly string[];
  readonly text: readonly string[];
  /** Mention tokens with their counts. */
  readonly tokens?: readonly {readonly token: string; readonly count: number}[];
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: string;
}

/** Write one record's document. */
function toRecord(parts: RecordParts): SearchRecord {
  const marker = (attribute: string, key: string, value: string): string =>
    `<span data-pagefind-${attribute}="${escapeHtml(`${key}:${value}`)}"></span>`;
  const meta = Object.entries(parts.meta)
    .flatMap(([key, value]) => (value === undefined || value === '' ? [] : [marker('meta', key, value)]))
    .join('');
  const filters = Object.entries({kind: [parts.type], ...parts.filters})
    .flatMap(([key, values]) => [...new Set(values)].map((value) => marker('filter', key, value.replace(/,/g, ' '))))
    .join('');
  const weighted = (parts.weighted ?? []).map((name) => `<p data-pagefind-weight="${aliasWeight}">${indexedText(name)}</p>`).join('');
  const text = parts.text.filter((line) => line.trim() !== '').map((line) => `<p>${indexedText(line)}</p>`).join('');
  const tokens = (parts.tokens ?? [])
    .map(({token, count}) => `<p data-pagefind-weight="${Math.min(maxTokenWeight, Math.max(1, count))}">${token}</p>`)
    .join('');
  return {
    url: parts.url,
    html:
      `<!doctype html><html lang="${escapeHtml(parts.language)}"><head><title>${escapeHtml(normaliseText(parts.title))}</title></head>` +
      `<body><main data-pagefind-body><h1>${indexedText(parts.title)}</h1>${weighted}${text}${tokens}</main>` +
      `${meta}${filters}${marker('sort', 'date', parts.sort)}</body></html>`,
  };
}

/**
 * Whether `summary` only repeats the start of `text`: as it is, or cut
 * short with `…` (a summary taken from the first paragraph). Indexing it
 * again would count its words twice, and index its last word with the `…`.
 */
export function repeatsText(summary: string, text: string): boolean {
  const words = (line: string): string[] => line.split(/\s+/).filter(Boolean);
  const cut = summary.endsWith('…');
  const summaryWords = words(cut ? summary.slice(0, -1) : summary);
  const textWords = words(text.slice(0, summary.length * 2 + 100));
  const last = summaryWords.length - 1;
  return summaryWords.every((word, index) => textWords[index] === word || (cut && index === last && (textWords[index] ?? '').startsWith(word)));
}

/** The sort key of the newest of `dates` (given newest first). */
const newest = (dates: readonly PartialDate[]): string => dates[0]?.sortKey ?? undated;

/** A page whose document is made from `parts` when asked for. */
const page = (parts: RecordParts): SearchPage => ({url: parts.url, sortKey: parts.sort, section: parts.section, record: () => toRecord(parts)});

/** The search pages of every article, actor, topic and source, in a stable order. */
export function searchPages(archive: Archive): SearchPage[] {
  const {language} = archive.site;
  const tokens = new Map<Actor['id'], string>(archive.actors.map((actor) => [actor.id, actorToken(actor.id)]));
  const t = translatorFor(archive.site.ui);
  const kinds = searchKinds(t);
  const pages: SearchPage[] = [];
  for (const article of archive.articles) {
    pages.push(
      page({
        language,
        url: article.page.url,
        title: article.title,
        type: kinds.article,
        section: 'articles',
        text: [repeatsText(article.summary, article.text) ? '' : article.summary, article.text, article.authors.join(', ')],
        tokens: article.actors.flatMap(({actor, count}) => {
          const token = tokens.get(actor.id);
          return token === undefined ? [] : [{token, count}];
        }),
        meta: {date: article.date.label, source: article.source?.name},
        filters: {
          topic: article.topics.map((topic) => topic.title),
          actor: article.actors.map(({actor}) => actor.name),
          quoted: article.quotes.flatMap((quote) => (quote.speaker === undefined ? [] : [quote.speaker.name])),
          source: article.source === undefined ? [] : [article.source.name],
          year: [String(article.date.year)],
          language: [languageLabel(t, article.language)],
        },
        sort: article.date.sortKey,
      }),
    );
  }
  for (const actor of archive.actors) {
    pages.push(
      page({
        language,
        url: actor.page.url,
        title: actor.name,
        type: kinds.actor,
        section: 'entities',
        weighted: actor.aliases,
        text: [actor.description, actor.text],
        meta: {description: actor.description},
        filters: {actor: [actor.name]},
        sort: newest(actor.appearances.map((appearance) => appearance.article.date)),
      }),
    );
  }
  for (const topic of archive.topics) {
    pages.push(
      page({
        language,
        url: topic.page.url,
        title: topic.title,
        type: kinds.topic,
        section: 'entities',
        text: [topic.description, topic.text],
        meta: {description: topic.description},
        filters: {topic: [topic.title]},
        sort: newest(topic.articles.map((article) => article.date)),
      }),
    );
  }
  for (const source of archive.sources) {
    pages.push(
      page({
        language,
        url: source.page.url,
        title: source.name,
        type: kinds.source,
        section: 'entities',
        text: [source.country ?? '', source.text],
        meta: {},
        filters: {source: [source.name]},
        sort: newest(source.articles.map((article) => article.date)),
      }),
    );
  }
  return pages;
}
