/**
 * One import, without touching the disk: from a page (saved HTML or
 * scraped text) and what the editor knows (command line or manifest), the
 * cleaned article file, where it goes, and the report. Given values win over
 * what the page says; what the page says fills the gaps. A value that
 * matches nothing in the content folder (a source, a topic) is written as a
 * comment for the editor, never as a reference the check would reject.
 */

import {parsePartialDate} from '../model/dates.ts';
import {canonicalLanguageTag} from '../model/language.ts';
import {isAbsoluteUrl, isArticleSlug} from '../model/ids.ts';
import {listCode} from '../content/did-you-mean.ts';
import {articleFileText, type ArticleFrontMatter, type PendingValue} from './write/article-file.ts';
import {titleSlug} from '../model/slug.ts';
import {cleanArticle} from './clean/clean-article.ts';
import {cleanReportLines, quote} from './report.ts';
import {isHeadlineLike} from './clean/line-shape.ts';
import {matchSource, sameOutlet as sameOutletName} from './match/source.ts';
import {matchTopics} from './match/topics.ts';
import type {Registry} from './match/known-content.ts';
import {findSuspiciousTokens, type SuspiciousToken} from './clean/suspicious.ts';
import {readPage} from './html/read-page.ts';
import type {PageMetadata} from './html/metadata.ts';
import type {CleanedArticle} from './types.ts';
import type {PartialDate} from '../model/types.ts';

/** What the editor gives for an article; everything is optional but the date (and a title, unless the page has one). */
export interface GivenFacts {
  readonly title?: string;
  readonly date?: string;
  /** An outlet name or a source id. */
  readonly source?: string;
  readonly sourceUrl?: string;
  readonly url?: string;
  readonly authors?: readonly string[];
  readonly editors?: readonly string[];
  /** An outlet name (a parenthesised remark is ignored) or a source id. */
  readonly reportsOn?: string;
  readonly genre?: string;
  /** A BCP 47 tag. */
  readonly language?: string;
  /** Topic ids or titles. */
  readonly topics?: readonly string[];
  readonly note?: string;
  readonly slug?: string;
}

/** Bad input for one import, said in one line. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** A prepared import: the file to write and what to tell the editor. */
export interface PreparedArticle {
  /** Relative to the content folder, `/`-separated: `articles/2021/slug.md`. */
  readonly path: string;
  readonly slug: string;
  readonly text: string;
  readonly front: ArticleFrontMatter;
  readonly cleaned: CleanedArticle;
  readonly suspicious: readonly SuspiciousToken[];
  /** The report: uncertain removals first, then removals, sub-heads, suspicious tokens, what was learned, warnings. */
  readonly report: readonly string[];
  /** How many report lines are warnings (values that match nothing); they come last. */
  readonly warnings: number;
}

/** What a page is: a saved web page, or text copied or scraped from one. */
export type PageKind = 'html' | 'text';

/** How to import. */
export interface PrepareOptions {
  /** How the report names the content folder, e.g. `content`. */
  readonly contentLabel: string;
  /** Default `text`. */
  readonly kind?: PageKind;
  /**
   * Facts to use when neither the editor nor the page gives them. The
   * benchmark's evaluation gives a date this way, as it scores the body only.
   */
  readonly fallback?: Pick<GivenFacts, 'title' | 'date'>;
}

/** The last meaningful part of an address's path, for a slug when the title has no Latin letters: `…/news/kabul-airport-reopens.html` → `kabul airport reopens`. */
function addressSlug(url: string | undefined): string {
  if (url === undefined || !isAbsoluteUrl(url)) return '';
  const parts = new URL(url).pathname.split('/').map((part) => decodeURIComponent(part).replace(/\.\w+$/u, ''));
  return parts.reverse().find((part) => /\p{L}{3}/u.test(part) && !/^(?:index|news|article|story|view)$/iu.test(part))?.replace(/[-_]+/gu, ' ') ?? '';
}

/** The first non-empty line of a text. */
function firstLineOf(raw: string): string {
  return raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((line) => line.trim()).find((line) => line !== '') ?? '';
}

/** The page read and cleaned, with the title and what the page says. */
interface ReadInput {
  readonly title: string | undefined;
  readonly cleaned: CleanedArticle;
  readonly metadata: PageMetadata;
}

/** Clean the page, text or HTML, and settle its title. */
function readInput(raw: string, given: GivenFacts, options: PrepareOptions): ReadInput {
  if (options.kind === 'html') {
    const page = readPage(raw, given.title);
    return {title: given.title?.trim() || page.metadata.title?.value || options.fallback?.title, cleaned: page.cleaned, metadata: page.metadata};
  }
  const firstLine = firstLineOf(raw);
  const title = given.title?.trim() || (isHeadlineLike(firstLine) ? firstLine : undefined) || options.fallback?.title;
  return {title, cleaned: cleanArticle(raw, {title: title ?? ''}), metadata: {authors: []}};
}

/** What an import tells the editor beyond the removals, gathered while the front matter is settled. */
interface Notes {
  /** The report so far: removals, sub-heads, suspicious tokens, then what was learned. */
  readonly report: string[];
  /** Values that match nothing; they come last. */
  readonly warnings: string[];
  /** Values written as comments. */
  readonly pending: PendingValue[];
  /** How the report names the content folder. */
  readonly label: string;
  /** Where a line or block is, as the report writes it: `l.12`, `¶3`. */
  readonly at: (line: number) => string;
}

/** A `learned` line: a value the page gave, and whether a given one is kept instead. */
function learned(notes: Notes, field: string, values: readonly string[], where: string, kept: readonly string[] | undefined, same = false, from?: string): void {
  const differs = !same && kept !== undefined && kept.length > 0 && kept.join('|') !== values.join('|');
  const source = from === undefined ? '' : ` (${from})`;
  notes.report.push(`learned     ${where.padEnd(6)} ${field}: ${values.join(', ')}${source}${differs ? `; the given ${kept.join(', ')} ${kept.length === 1 ? 'is' : 'are'} kept` : ''}`);
}

/** A source id, or `undefined` and a commented line for the editor when no file describes the outlet. */
function sourceField(notes: Notes, registry: Registry, field: 'source' | 'reportsOn', written: string, url?: string): string | undefined {
  const match = matchSource(written, registry.sources, url);
  if (match.exists) return match.id;
  const urlHint = url === undefined ? '' : `, url: ${url}`;
  notes.pending.push({field, value: match.id, hint: `no sources/${match.id}.md yet`});
  notes.warnings.push(
    `warning     ${field} ${quote(written)} matches no file in ${notes.label}/sources/: it is written as a comment. Create ${notes.label}/sources/${match.id}.md (name: ${match.name}${urlHint}), then uncomment \`${field}: ${match.id}\`.`,
  );
  return undefined;
}

/** `source` and `reportsOn`: given, or from the page (its site name and address) and its read-more line. */
function outlets(notes: Notes, registry: Registry, given: GivenFacts, metadata: PageMetadata, cleaned: CleanedArticle, pageUrl: string | undefined): {readonly source?: string; readonly reportsOn?: string} {
  const siteName = metadata.siteName;
  if (given.source === undefined && siteName !== undefined) learned(notes, 'source', [siteName.value], 'page', undefined, false, siteName.from);
  const sourceName = given.source ?? siteName?.value;
  // The outlet's home page, for matching by host and for the source file to create: the page's origin.
  const pageHome = given.source === undefined && pageUrl !== undefined && isAbsoluteUrl(pageUrl) ? new URL(pageUrl).origin : undefined;
  const source = sourceName === undefined ? undefined : sourceField(notes, registry, 'source', sourceName, given.sourceUrl ?? pageHome);
  const link = cleaned.learned.reportsOn;
  if (link !== undefined) {
    const sameOutlet =
      given.reportsOn !== undefined && (sameOutletName(given.reportsOn, link.value) || matchSource(given.reportsOn, registry.sources).id === matchSource(link.value, registry.sources).id);
    learned(notes, 'reportsOn', [link.value], notes.at(link.line), given.reportsOn === undefined ? undefined : [given.reportsOn], sameOutlet);
  }
  const reportsOnName = given.reportsOn ?? link?.value;
  const reportsOn = reportsOnName === undefined ? undefined : sourceField(notes, registry, 'reportsOn', reportsOnName);
  return {...(source === undefined ? {} : {source}), ...(reportsOn === undefined ? {} : {reportsOn})};
}

/** `authors` or `editors`: given, or from the article's credit lines, or (authors) from the page's metadata. */
function people(notes: Notes, field: 'authors' | 'editors', givenNames: readonly string[] | undefined, cleaned: CleanedArticle, metadata: PageMetadata): readonly string[] {
  const found = cleaned.learned[field];
  const first = found[0];
  if (first !== undefined) learned(notes, field, found.map((fact) => fact.value), notes.at(first.line), givenNames);
  const fromPage = field === 'authors' && found.length === 0 ? metadata.authors.map((fact) => fact.value) : [];
  if (fromPage.length > 0) learned(notes, field, fromPage, 'page', givenNames, false, [...new Set(metadata.authors.map((fact) => fact.from))].join(', '));
  if (givenNames !== undefined && givenNames.length > 0) return givenNames;
  return found.length > 0 ? found.map((fact) => fact.value) : fromPage;
}

/** `topics`: the given ones that exist (others become comments), or those the article's tags match. */
function topicsOf(notes: Notes, registry: Registry, given: readonly string[] | undefined, cleaned: CleanedArticle): string[] {
  const topicIds = new Set(registry.topics.map((topic) => topic.id));
  if (given !== undefined && given.length > 0) {
    return given.flatMap((topic) => {
      const id = topicIds.has(topic) ? topic : matchTopics([topic], registry.topics).ids[0];
      if (id !== undefined) return [id];
      notes.pending.push({field: 'topics', value: topic, hint: `no topics/${topic}.md yet`});
      notes.warnings.push(`warning     topic ${quote(topic)} matches no file in ${notes.label}/topics/: it is written as a comment. Create ${notes.label}/topics/${topic}.md or use one of ${listCode([...topicIds])}.`);
      return [];
    });
  }
  const tags = cleaned.learned.tags;
  const matches = matchTopics(tags.map((tag) => tag.value), registry.topics);
  const first = tags[0];
  if (first !== undefined) {
    const where = notes.at(first.line).padEnd(6);
    if (matches.ids.length > 0) notes.report.push(`learned     ${where} topics: ${matches.ids.join(', ')} (from the tags ${matches.matched.join(', ')})`);
    if (matches.unmatched.length > 0) notes.report.push(`suggestion  ${where} tags with no topic, not written: ${matches.unmatched.join(', ')} (create ${notes.label}/topics/<id>.md to use one)`);
  }
  return [...matches.ids];
}

/** The checked title, date, language and slug, or an `ImportError` saying what is missing or malformed. */
function settledFacts(read: ReadInput, given: GivenFacts, options: PrepareOptions): {readonly title: string; readonly date: PartialDate; readonly language?: string; readonly slug: string} {
  const html = options.kind === 'html';
  const {title, cleaned, metadata} = read;
  if (title === undefined) {
    throw new ImportError(html ? 'no title: the page names none; give one with `--title "…"`.' : 'no title: give one with `--title "…"` (the first line does not look like a headline).');
  }
  const dateText = given.date ?? metadata.date?.value ?? options.fallback?.date;
  if (dateText === undefined) {
    throw new ImportError(`no date: ${html ? 'the page gives none; ' : ''}give one with \`--date\`, as \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\` (only as precise as known).`);
  }
  const date = parsePartialDate(dateText);
  if ('reason' in date) throw new ImportError(`the date \`${dateText}\` is not usable: ${date.reason}. Write \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`.`);
  if (given.url !== undefined && !isAbsoluteUrl(given.url)) throw new ImportError(`the url \`${given.url}\` is not an absolute http(s) URL.`);
  if (given.language !== undefined && canonicalLanguageTag(given.language) === undefined) {
    throw new ImportError(`the language \`${given.language}\` is not a BCP 47 tag such as \`en\`, \`ps\`, \`fa\`, \`ur\` or \`ru\`.`);
  }
  const language = given.language ?? metadata.language?.value;
  const slug = given.slug ?? (titleSlug(title) || titleSlug(addressSlug(given.url ?? metadata.url?.value)) || `article-${date.iso}`);
  if (!isArticleSlug(slug)) throw new ImportError(`the slug \`${slug}\` is not usable: lower-case letters, digits and single hyphens only.`);
  if (cleaned.blocks.length === 0) throw new ImportError(html ? 'no article found in the page: is it an article page?' : 'nothing is left of the text after cleaning: is it an article?');
  return {title, date, slug, ...(language === undefined ? {} : {language})};
}

/**
 * Clean `raw` and make the article file. Throws `ImportError` when the title
 * or date is missing or a given value is malformed.
 */
export function prepareArticle(raw: string, given: GivenFacts, registry: Registry, options: PrepareOptions): PreparedArticle {
  const read = readInput(raw, given, options);
  const {title, date, language, slug} = settledFacts(read, given, options);
  const {cleaned, metadata} = read;
  const unit = options.kind === 'html' ? '¶' : 'l.';
  const suspicious = findSuspiciousTokens(cleaned.blocks);
  const notes: Notes = {report: cleanReportLines(cleaned, suspicious, unit), warnings: [], pending: [], label: options.contentLabel, at: (line) => `${unit}${line}`};
  for (const [field, fact] of [['title', metadata.title], ['date', metadata.date], ['url', metadata.url], ['language', metadata.language]] as const) {
    if (fact !== undefined) learned(notes, field, [fact.value], 'page', given[field] === undefined ? undefined : [given[field]], false, fact.from);
  }
  const pageUrl = given.url ?? metadata.url?.value;
  const front: ArticleFrontMatter = {
    title,
    date: date.iso,
    ...outlets(notes, registry, given, metadata, cleaned, pageUrl),
    ...(pageUrl === undefined ? {} : {url: pageUrl}),
    authors: people(notes, 'authors', given.authors, cleaned, metadata),
    editors: people(notes, 'editors', given.editors, cleaned, metadata),
    ...(given.genre === undefined ? {} : {genre: given.genre}),
    ...(language === undefined ? {} : {language}),
    topics: topicsOf(notes, registry, given.topics, cleaned),
    pending: notes.pending,
    ...(given.note === undefined ? {} : {note: given.note}),
  };
  return {
    path: `articles/${date.year}/${slug}.md`,
    slug,
    text: articleFileText(front, cleaned.blocks),
    front,
    cleaned,
    suspicious,
    report: [...notes.report, ...notes.warnings],
    warnings: notes.warnings.length,
  };
}
