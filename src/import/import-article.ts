/**
 * One import, without touching the disk: from the raw text and what the
 * editor knows (command line or manifest), the cleaned article file, where
 * it goes, and the report. Given values win over what the page says; what
 * the page says fills the gaps.
 */

import {parsePartialDate} from '../model/dates.ts';
import {isAbsoluteUrl, isArticleSlug} from '../model/ids.ts';
import {listCode} from '../content/did-you-mean.ts';
import {articleFileText, articleSlug, type ArticleFrontMatter} from './write/article-file.ts';
import {cleanArticle, type CleanedArticle} from './clean/clean-article.ts';
import {cleanReportLines, quote} from './report.ts';
import {isHeadlineLike} from './clean/line-shape.ts';
import {matchSource, sameOutlet as sameOutletName, type SourceMatch} from './match/source.ts';
import {matchTopics} from './match/topics.ts';
import type {Registry} from './match/known-content.ts';
import {findSuspiciousTokens, type SuspiciousToken} from './clean/suspicious.ts';

/** What the editor gives for an article; everything is optional but the date (and a title, unless the text starts with one). */
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
  /** The report: removals, sub-heads, suspicious tokens, what was learned, warnings. */
  readonly report: readonly string[];
  /** How many report lines are warnings (unknown sources or topics); they come last. */
  readonly warnings: number;
}

/** How the report names the content folder, e.g. `content`. */
export interface PrepareOptions {
  readonly contentLabel: string;
}

/**
 * Clean `raw` and make the article file. Throws `ImportError` when the title
 * or date is missing or a given value is malformed.
 */
export function prepareArticle(raw: string, given: GivenFacts, registry: Registry, options: PrepareOptions): PreparedArticle {
  const firstLine = raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).map((line) => line.trim()).find((line) => line !== '') ?? '';
  const title = given.title?.trim() || (isHeadlineLike(firstLine) ? firstLine : undefined);
  if (title === undefined) throw new ImportError('no title: give one with `--title "…"` (the first line does not look like a headline).');
  if (given.date === undefined) throw new ImportError('no date: give one with `--date`, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (only as precise as known).');
  const date = parsePartialDate(given.date);
  if ('reason' in date) throw new ImportError(`the date \`${given.date}\` is not usable: ${date.reason}. Write \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\`.`);
  if (given.url !== undefined && !isAbsoluteUrl(given.url)) throw new ImportError(`the url \`${given.url}\` is not an absolute http(s) URL.`);
  const slug = given.slug ?? articleSlug(title);
  if (!isArticleSlug(slug)) throw new ImportError(`the slug \`${slug}\` is not usable: lower-case letters, digits and single hyphens only.`);

  const cleaned = cleanArticle(raw, {title});
  const suspicious = findSuspiciousTokens(cleaned.blocks);
  if (cleaned.blocks.length === 0) throw new ImportError('nothing is left of the text after cleaning: is it an article?');
  const report = cleanReportLines(cleaned, suspicious);
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(`warning     ${message}`);
  };
  const sourceId = (match: SourceMatch, field: string, written: string, url?: string): string => {
    if (!match.exists) {
      const urlHint = url === undefined ? '' : `, url: ${url}`;
      warn(
        `${field} ${quote(written)} matches no file in ${options.contentLabel}/sources/: create ${options.contentLabel}/sources/${match.id}.md (name: ${match.name}${urlHint}); \`${match.id}\` is written anyway, and the check flags it until the file exists.`,
      );
    }
    return match.id;
  };
  const learned = cleaned.learned;
  const learnedLine = (field: string, values: readonly string[], line: number, kept: readonly string[] | undefined, same = false): void => {
    const differs = !same && kept !== undefined && kept.length > 0 && kept.join('|') !== values.join('|');
    report.push(`learned     l.${String(line).padEnd(4)} ${field}: ${values.join(', ')}${differs ? `; the given ${kept.join(', ')} ${kept.length === 1 ? 'is' : 'are'} kept` : ''}`);
  };

  const source = given.source === undefined ? undefined : sourceId(matchSource(given.source, registry.sources, given.sourceUrl), 'source', given.source, given.sourceUrl);

  if (learned.reportsOn !== undefined) {
    const sameOutlet =
      given.reportsOn !== undefined &&
      (sameOutletName(given.reportsOn, learned.reportsOn.value) || matchSource(given.reportsOn, registry.sources).id === matchSource(learned.reportsOn.value, registry.sources).id);
    learnedLine('reportsOn', [learned.reportsOn.value], learned.reportsOn.line, given.reportsOn === undefined ? undefined : [given.reportsOn], sameOutlet);
  }
  const reportsOnName = given.reportsOn ?? learned.reportsOn?.value;
  const reportsOn = reportsOnName === undefined ? undefined : sourceId(matchSource(reportsOnName, registry.sources), 'reportsOn', reportsOnName);

  const people = (field: 'authors' | 'editors', givenNames: readonly string[] | undefined): readonly string[] => {
    const found = learned[field];
    const first = found[0];
    if (first !== undefined) learnedLine(field, found.map((fact) => fact.value), first.line, givenNames);
    return givenNames !== undefined && givenNames.length > 0 ? givenNames : found.map((fact) => fact.value);
  };
  const authors = people('authors', given.authors);
  const editors = people('editors', given.editors);

  let topics: readonly string[];
  const topicIds = new Set(registry.topics.map((topic) => topic.id));
  if (given.topics !== undefined && given.topics.length > 0) {
    topics = given.topics.map((topic) => {
      if (topicIds.has(topic)) return topic;
      const [id] = matchTopics([topic], registry.topics).ids;
      if (id !== undefined) return id;
      warn(`topic ${quote(topic)} matches no file in ${options.contentLabel}/topics/; \`${topic}\` is written anyway: create ${options.contentLabel}/topics/${topic}.md or use one of ${listCode([...topicIds])}.`);
      return topic;
    });
  } else {
    const tags = learned.tags.map((tag) => tag.value);
    const matches = matchTopics(tags, registry.topics);
    topics = matches.ids;
    const first = learned.tags[0];
    if (first !== undefined) {
      const line = String(first.line).padEnd(4);
      if (matches.ids.length > 0) report.push(`learned     l.${line} topics: ${matches.ids.join(', ')} (from the tags ${matches.matched.join(', ')})`);
      if (matches.unmatched.length > 0) {
        report.push(`suggestion  l.${line} tags with no topic, not written: ${matches.unmatched.join(', ')} (create ${options.contentLabel}/topics/<id>.md to use one)`);
      }
    }
  }

  const front: ArticleFrontMatter = {
    title,
    date: date.iso,
    ...(source === undefined ? {} : {source}),
    ...(reportsOn === undefined ? {} : {reportsOn}),
    ...(given.url === undefined ? {} : {url: given.url}),
    authors,
    editors,
    ...(given.genre === undefined ? {} : {genre: given.genre}),
    topics,
    ...(given.note === undefined ? {} : {note: given.note}),
  };
  return {
    path: `articles/${date.year}/${slug}.md`,
    slug,
    text: articleFileText(front, cleaned.blocks),
    front,
    cleaned,
    suspicious,
    report: [...report, ...warnings],
    warnings: warnings.length,
  };
}
