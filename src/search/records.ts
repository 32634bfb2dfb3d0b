/**
 * What the search index holds: one small HTML document per article, actor,
 * topic and source page, made from the typed records.
 *
 * The index is built from the records rather than by re-reading the built
 * pages: each page is indexed exactly once by construction, listing pages
 * (home, timeline, indexes) can never leak into results, no template has to
 * carry indexing markers, and nothing has to parse HTML twice. The documents
 * are HTML (not Pagefind's plain custom records) so that an actor's aliases
 * can carry a high weight.
 */

import {translatorFor, type Translator} from '../i18n/translator.ts';
import type {Archive, Href, LanguageTag, PartialDate} from '../model/types.ts';

/** A page to index, with its document made only when asked for (a large archive's documents are not all held at once). */
export interface SearchPage {
  /** The page's link, with the path prefix. */
  readonly url: Href;
  /** The page's date as `YYYY-MM-DD` (`00` where not known), which decides its search shard. */
  readonly sortKey: string;
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

interface RecordParts {
  /** The site's language: the document's, which Pagefind indexes every page in. */
  readonly language: LanguageTag;
  readonly url: Href;
  readonly title: string;
  readonly kind: string;
  readonly weighted?: readonly string[];
  readonly text: readonly string[];
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: string;
}

/** Write one record's document. */
function toRecord(parts: RecordParts): SearchRecord {
  const marker = (attribute: string, key: string, value: string): string =>
    `<span data-pagefind-${attribute}="${escapeHtml(`${key}:${value}`)}"></span>`;
  const meta = Object.entries({kind: parts.kind, ...parts.meta})
    .flatMap(([key, value]) => (value === undefined || value === '' ? [] : [marker('meta', key, value)]))
    .join('');
  const filters = Object.entries({kind: [parts.kind], ...parts.filters})
    .flatMap(([key, values]) => [...new Set(values)].map((value) => marker('filter', key, value.replace(/,/g, ' '))))
    .join('');
  const weighted = (parts.weighted ?? []).map((name) => `<p data-pagefind-weight="${aliasWeight}">${escapeHtml(name)}</p>`).join('');
  const text = parts.text.filter((line) => line.trim() !== '').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return {
    url: parts.url,
    html:
      `<!doctype html><html lang="${escapeHtml(parts.language)}"><head><title>${escapeHtml(parts.title)}</title></head>` +
      `<body><main data-pagefind-body><h1>${escapeHtml(parts.title)}</h1>${weighted}${text}</main>` +
      `${meta}${filters}${marker('sort', 'date', parts.sort)}</body></html>`,
  };
}

/** The sort key of the newest of `dates` (given newest first). */
const newest = (dates: readonly PartialDate[]): string => dates[0]?.sortKey ?? undated;

/** A page whose document is made from `parts` when asked for. */
const page = (parts: RecordParts): SearchPage => ({url: parts.url, sortKey: parts.sort, record: () => toRecord(parts)});

/** The search pages of every article, actor, topic and source, in a stable order. */
export function searchPages(archive: Archive): SearchPage[] {
  const {language} = archive.site;
  const t = translatorFor(archive.site.ui);
  const kinds = searchKinds(t);
  const pages: SearchPage[] = [];
  for (const article of archive.articles) {
    pages.push(
      page({
        language,
        url: article.page.url,
        title: article.title,
        kind: kinds.article,
        text: [article.text.startsWith(article.summary) ? '' : article.summary, article.text, article.authors.join(', ')],
        meta: {date: article.date.label, source: article.source?.name},
        filters: {
          topic: article.topics.map((topic) => topic.title),
          actor: article.actors.map(({actor}) => actor.name),
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
        kind: kinds.actor,
        weighted: actor.aliases,
        text: [actor.description, actor.kindLabel, actor.text],
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
        kind: kinds.topic,
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
        kind: kinds.source,
        text: [source.country ?? '', source.text],
        meta: {},
        filters: {source: [source.name]},
        sort: newest(source.articles.map((article) => article.date)),
      }),
    );
  }
  return pages;
}
