/**
 * Read one article file into a validated `ArticleEntry` and its Markdown tree.
 */

import type {Root} from 'mdast';
import type {Position} from 'unist';
import type {VFile} from 'vfile';
import type {ContentFile} from './files.ts';
import {parsePartialDate} from '../model/dates.ts';
import {checkKnownFields, checkReference, type FieldContext, type Located, readBoolean, readReferences, readText, readTextList, readUrl, type ReferenceKind} from './fields.ts';
import {toSlug} from '../model/slug.ts';
import {type SplitFile, splitFile} from './front-matter.ts';
import {isAbsoluteUrl, isActorId, isArticleSlug, isSourceId, isTopicId} from '../model/ids.ts';
import {canonicalLanguageTag, directionOf} from '../model/language.ts';
import {type BodyImage, readBodyImages, readLeadImage} from './images.ts';
import type {Image} from 'mdast';
import {parseMarkdown} from './markdown.ts';
import {fail, fileHasErrors, warn} from './messages.ts';
import type {ArticleEntry, ArticleSlug, LanguageTag, PartialDate, SourceId} from '../model/types.ts';

/** An article file, read and checked. */
export interface ParsedArticle {
  readonly entry: ArticleEntry;
  readonly file: VFile;
  /** The body's syntax tree, positions as in the file. */
  readonly tree: Root;
  /** Where the slug comes from: the `slug` field, or the top of the file for a slug from the file name. */
  readonly slugPlace: Position;
  /** Where the lead image's `src` is written, when there is one. */
  readonly imagePlace?: Position;
  /** The images of the body, in order, with their nodes in `tree`. */
  readonly images: readonly {readonly body: BodyImage; readonly node: Image}[];
}

/** What reading an article gives: the article when it can be published, and its date whenever that is valid. */
export interface ArticleReading {
  /** The checked article; `undefined` when it has an error. */
  readonly article: ParsedArticle | undefined;
  /**
   * The `date` and where it is written, whenever the date itself is valid
   * (even when another field has an error). Whether it lies in the future
   * depends on the day, not on the file, so `checkFutureDate` checks it
   * apart from the rest: a processed article stays the same from day to day.
   */
  readonly date: Located<PartialDate> | undefined;
}

/** What reading an article needs to know about the rest of the archive. */
export interface ArticleContext {
  readonly defaultLanguage: LanguageTag;
  readonly topics: ReferenceKind;
  readonly actors: ReferenceKind;
  readonly sources: ReferenceKind;
}

/** The fields an article may have. */
export const articleFields: readonly string[] = [
  'title', 'date', 'source', 'reportsOn', 'url', 'authors', 'author', 'editors', 'genre', 'language', 'topics', 'actors', 'summary', 'image', 'slug', 'draft',
];

const top: Position = {start: {line: 1, column: 1}, end: {line: 1, column: 1}};

/**
 * Read an article. Every problem is reported on its file; the article is
 * `undefined` when it cannot be published (an error in it). Dates in the
 * future are left to `checkFutureDate`.
 */
export function readArticle(content: ContentFile, context: ArticleContext): ArticleReading {
  const {file} = content;
  const split = splitFile(file);
  const fields: FieldContext = {file, fields: split.fields, what: 'an article'};
  if (!split.hasFrontMatter) {
    fail(file, 'The article has no front matter: it must start with a line `---`, then fields such as `title:` and `date:`, then `---`.', top, 'missing-frontmatter');
    return {article: undefined, date: undefined};
  }
  if (fileHasErrors(file)) return {article: undefined, date: undefined};
  checkKnownFields(fields, articleFields);

  const title = readText(fields, 'title', true);
  const date = readDate(fields);
  const slug = readSlug(fields, content.name);
  const source = readSource(fields, 'source', context.sources);
  const reportsOn = readSource(fields, 'reportsOn', context.sources);
  const originalUrl = readUrl(fields, 'url', isAbsoluteUrl);
  const authors = readAuthors(fields);
  const editors = readTextList(fields, 'editors').map((item) => item.value);
  const genre = readText(fields, 'genre', false)?.value;
  const language = readLanguage(fields, context.defaultLanguage);
  const topics = readReferences(fields, 'topics', context.topics, isTopicId);
  const actors = readReferences(fields, 'actors', context.actors, isActorId);
  const summary = readText(fields, 'summary', false);
  const lead = readLeadImage(fields, content.contentPath);
  const draft = readBoolean(fields, 'draft', false);
  const tree = readBody(file, split);
  const images = readBodyImages(file, tree, content.contentPath);

  if (title === undefined || date === undefined || slug === undefined || fileHasErrors(file)) {
    return {article: undefined, date};
  }
  const entry: ArticleEntry = {
    path: content.contentPath,
    slug: slug.value,
    title: title.value,
    date: date.value,
    ...(source === undefined ? {} : {source}),
    ...(reportsOn === undefined ? {} : {reportsOn}),
    ...(originalUrl === undefined ? {} : {originalUrl}),
    authors,
    editors,
    ...(genre === undefined ? {} : {genre}),
    language,
    dir: directionOf(language),
    topics,
    actors,
    ...(summary === undefined ? {} : {summary: summary.value}),
    ...(lead === undefined ? {} : {image: lead.image}),
    draft,
  };
  return {article: {entry, file, tree, slugPlace: slug.place, ...(lead === undefined ? {} : {imagePlace: lead.place}), images}, date};
}

/**
 * The article's slug, from its `slug` field or else from its file name
 * `name`, with where it comes from (the top of the file for a file name).
 */
function readSlug(fields: FieldContext, name: string): Located<ArticleSlug> | undefined {
  const field = readText(fields, 'slug', false);
  if (field !== undefined) {
    if (isArticleSlug(field.value)) return {value: field.value, place: field.place};
    fail(fields.file, `\`slug\` \`${field.value}\` is not a valid slug: use lowercase letters a–z, digits and single hyphens, such as \`${toSlug(field.value) || 'kabul-falls'}\`.`, field.place, 'invalid-slug');
    return undefined;
  }
  if (isArticleSlug(name)) return {value: name, place: top};
  fail(fields.file, `The file name \`${name}.md\` cannot be a slug (the article's URL): use lowercase letters a–z, digits and single hyphens. Rename the file to \`${toSlug(name) || 'article'}.md\` or set \`slug:\`.`, top, 'invalid-slug');
  return undefined;
}

/** A field that names a source (`source`, `reportsOn`), when it names one that exists. */
function readSource(fields: FieldContext, key: string, sources: ReferenceKind): SourceId | undefined {
  const field = readText(fields, key, false);
  return field !== undefined && checkReference(fields, sources, field) && isSourceId(field.value) ? field.value : undefined;
}

/** `authors`, and `author` after them when it is set too (which is worth a warning). */
function readAuthors(fields: FieldContext): string[] {
  const authors = readTextList(fields, 'authors').map((item) => item.value);
  const author = readText(fields, 'author', false);
  if (author !== undefined) {
    if (authors.length > 0) {
      warn(fields.file, 'Both `author` and `authors` are set: both are used. Write every name under `authors`.', author.place, 'duplicate-field');
    }
    if (!authors.includes(author.value)) authors.push(author.value);
  }
  return authors;
}

/** The article's `language` as a canonical tag; `fallback` (the site's) when it sets none or a wrong one. */
function readLanguage(fields: FieldContext, fallback: LanguageTag): LanguageTag {
  const field = readText(fields, 'language', false);
  if (field === undefined) return fallback;
  const tag = canonicalLanguageTag(field.value);
  if (tag !== undefined) return tag;
  fail(fields.file, `\`language\` \`${field.value}\` is not a BCP 47 language tag. Use a tag such as \`en\`, \`ps\`, \`fa\`, \`ur\`, \`ru\` or \`pt-BR\`.`, field.place, 'invalid-language');
  return fallback;
}

/** Parse the body; it must have text, and HTML in it is worth a warning. */
function readBody(file: VFile, split: SplitFile): Root {
  const tree = parseMarkdown(split.body);
  if (tree.children.length === 0) {
    fail(file, 'The article has no text: write its body below the closing `---` of the front matter.', split.bodyStart, 'empty-body');
  }
  for (const node of tree.children) {
    if (node.type === 'html' && node.position) {
      warn(file, 'HTML in Markdown is not shown on the site. Write it in Markdown instead (`**bold**`, `[link](https://…)`).', node.position, 'raw-html');
    }
  }
  return tree;
}

/** Read the required `date`, with where it is written. */
function readDate(fields: FieldContext): Located<PartialDate> | undefined {
  const field = fields.fields.get('date');
  if (field === undefined || field.value === null || field.value === '') {
    fail(
      fields.file,
      field === undefined
        ? 'Missing `date`: an article needs a `date`. Add a line such as `date: 2021-08-15`, `date: 2021-08` or `date: 2021`.'
        : '`date` is empty: write the date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.',
      field === undefined ? top : field.keyPlace,
      field === undefined ? 'missing-field' : 'empty-field',
    );
    return undefined;
  }
  const date = parsePartialDate(field.value);
  if ('reason' in date) {
    const written = typeof field.value === 'string' || typeof field.value === 'number' ? `\`${String(field.value)}\` ` : '';
    fail(fields.file, `\`date\` ${written}is not a valid date: ${date.reason}. Write \`YYYY-MM-DD\`, \`YYYY-MM\` or \`YYYY\`, e.g. \`2021-08-15\`.`, field.place, 'invalid-date');
    return undefined;
  }
  return {value: date, place: field.place};
}

/**
 * Warn on `file` when `date` lies after `today` (`YYYY-MM-DD`), compared at
 * the date's own precision: `2026` is not in the future on any day of 2026.
 */
export function checkFutureDate(file: VFile, date: Located<PartialDate>, today: string): void {
  const {iso, sortKey} = date.value;
  if (sortKey.slice(0, iso.length) > today.slice(0, iso.length)) {
    warn(file, `\`date\` \`${iso}\` is in the future. Check the year.`, date.place, 'future-date');
  }
}
