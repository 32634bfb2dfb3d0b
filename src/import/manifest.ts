/**
 * The import manifest: a YAML list of raw files with what an editor knows
 * about each, e.g.
 *
 * ```yaml
 * - file: 000_3646c08c9323712b.txt
 *   title: "Afghanistan's anti-Taliban resistance …"
 *   source: The Week
 *   source_url: https://theweek.com
 *   url: https://theweek.com/…
 *   authors: [Tim O'Donnell]
 *   date: 2021-08
 *   reports_on: The New York Times
 * ```
 *
 * Every entry is checked; all problems are reported together, each on one
 * line naming the entry and its line in the manifest.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml';
import {parsePartialDate} from '../model/dates.ts';
import {isAbsoluteUrl, slugPattern} from '../model/ids.ts';
import {didYouMean, listCode} from '../content/did-you-mean.ts';
import type {GivenFacts} from './import-article.ts';

/** One checked entry of a manifest. */
export interface ManifestEntry {
  /** The raw text file, as written (relative to the manifest's folder). */
  readonly file: string;
  readonly title: string;
  /** As written, at its precision: `2017-04`. */
  readonly date: string;
  /** The outlet's name (or a source id). */
  readonly source?: string;
  /** The outlet's home page, to match a source by its host. */
  readonly sourceUrl?: string;
  readonly url?: string;
  readonly authors: readonly string[];
  readonly editors: readonly string[];
  /** The outlet reported on, possibly with a parenthesised remark. */
  readonly reportsOn?: string;
  /** `kind` in the manifest; `genre` in the article. */
  readonly genre?: string;
  readonly topics: readonly string[];
  readonly note?: string;
  readonly slug?: string;
  /** Line of the entry in the manifest. */
  readonly line: number;
}

/** A manifest that cannot be used, with every problem found in it. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  /** One line per problem: `manifest.yaml:14: entry 2: …`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** The fields an entry may have. */
export const manifestFields = [
  'file', 'title', 'date', 'source', 'source_url', 'url', 'authors', 'author', 'editors', 'reports_on', 'kind', 'topics', 'note', 'slug',
] as const;

/** Parse and check the text of a manifest; `name` is how messages call the file. Throws `ManifestError`. */
export function parseManifest(text: string, name: string): ManifestEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const lineOf = (node: YamlNode | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const [yamlError] = document.errors;
  if (yamlError !== undefined) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    const reason = yamlError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/u, '') ?? yamlError.message;
    throw new ManifestError([`${name}:${line}: not valid YAML: ${reason}. Values that contain \`: \` or start with \`[\`, \`{\`, \`*\`, \`&\`, \`!\` or \`#\` need quotes.`]);
  }
  const contents = document.contents;
  if (!isSeq(contents)) {
    throw new ManifestError([`${name}:${lineOf(contents)}: the manifest must be a list of entries, each starting with \`- file: …\`.`]);
  }
  const problems: string[] = [];
  const entries: ManifestEntry[] = [];
  const files = new Map<string, number>();
  contents.items.forEach((item, index) => {
    const node = item as YamlNode;
    const entryLine = lineOf(node);
    const where = (line: number): string => `${name}:${line}: entry ${index + 1}`;
    if (!isMap(node)) {
      problems.push(`${where(entryLine)}: expected fields such as \`file:\`, \`title:\` and \`date:\`, not a single value.`);
      return;
    }
    const values = new Map<string, {readonly value: unknown; readonly line: number}>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = lineOf(pair.key as YamlNode);
      if (!(manifestFields as readonly string[]).includes(key)) {
        problems.push(`${where(line)}: unknown field \`${key}\`, expected one of ${listCode(manifestFields)}${didYouMean(key, manifestFields)}.`);
        continue;
      }
      const valueNode = pair.value as YamlNode | null;
      values.set(key, {value: valueNode === null ? null : valueNode.toJS(document), line: valueNode === null ? line : lineOf(valueNode)});
    }
    const text = (key: string, required: boolean): string | undefined => {
      const field = values.get(key);
      if (field === undefined || field.value === null || (typeof field.value === 'string' && field.value.trim() === '')) {
        if (required) problems.push(`${where(field?.line ?? entryLine)}: \`${key}\` is missing or empty; every entry needs one.`);
        return undefined;
      }
      if (typeof field.value !== 'string') {
        problems.push(`${where(field.line)}: \`${key}\` must be text; put it in quotes.`);
        return undefined;
      }
      return field.value.trim();
    };
    const list = (key: string): string[] => {
      const field = values.get(key);
      if (field === undefined || field.value === null) return [];
      const items: unknown[] = Array.isArray(field.value) ? field.value : [field.value];
      const good = items.filter((value): value is string => typeof value === 'string' && value.trim() !== '').map((value) => value.trim());
      if (good.length !== items.length) problems.push(`${where(field.line)}: \`${key}\` must be a list of names, such as \`${key}: [Jane Doe]\`.`);
      return good;
    };
    const file = text('file', true);
    const title = text('title', true);
    let date: string | undefined;
    const dateField = values.get('date');
    if (dateField === undefined || dateField.value === null) {
      problems.push(`${where(entryLine)}: \`date\` is missing; write what is known: \`2021\`, \`2021-08\` or \`2021-08-15\`.`);
    } else {
      const parsed = parsePartialDate(dateField.value);
      if ('reason' in parsed) problems.push(`${where(dateField.line)}: \`date\` \`${String(dateField.value)}\` is not a date: ${parsed.reason}.`);
      else date = parsed.iso;
    }
    const url = text('url', false);
    if (url !== undefined && !isAbsoluteUrl(url)) problems.push(`${where(values.get('url')?.line ?? entryLine)}: \`url\` \`${url}\` is not an absolute http(s) URL.`);
    const sourceUrl = text('source_url', false);
    if (sourceUrl !== undefined && !isAbsoluteUrl(sourceUrl)) {
      problems.push(`${where(values.get('source_url')?.line ?? entryLine)}: \`source_url\` \`${sourceUrl}\` is not an absolute http(s) URL.`);
    }
    const slug = text('slug', false);
    if (slug !== undefined && !slugPattern.test(slug)) {
      problems.push(`${where(values.get('slug')?.line ?? entryLine)}: \`slug\` \`${slug}\` must be lower-case letters, digits and single hyphens.`);
    }
    if (values.has('author') && values.has('authors')) problems.push(`${where(entryLine)}: give \`authors\` or \`author\`, not both.`);
    if (file !== undefined) {
      const earlier = files.get(file);
      if (earlier !== undefined) problems.push(`${where(entryLine)}: \`${file}\` is already listed in entry ${earlier}.`);
      files.set(file, index + 1);
    }
    const source = text('source', false);
    const reportsOn = text('reports_on', false);
    const genre = text('kind', false);
    const note = text('note', false);
    const authors = [...list('authors'), ...list('author')];
    const editors = list('editors');
    const topics = list('topics');
    if (file === undefined || title === undefined || date === undefined) return;
    entries.push({
      file,
      title,
      date,
      ...(source === undefined ? {} : {source}),
      ...(sourceUrl === undefined ? {} : {sourceUrl}),
      ...(url === undefined ? {} : {url}),
      authors,
      editors,
      ...(reportsOn === undefined ? {} : {reportsOn}),
      ...(genre === undefined ? {} : {genre}),
      topics,
      ...(note === undefined ? {} : {note}),
      ...(slug === undefined ? {} : {slug}),
      line: entryLine,
    });
  });
  if (problems.length > 0) throw new ManifestError(problems);
  if (entries.length === 0) throw new ManifestError([`${name}:1: the manifest lists no entries.`]);
  return entries;
}

/** Read and check the manifest at `file`; the entries' files are relative to its folder. Throws `ManifestError`. */
export async function readManifest(file: string): Promise<{readonly folder: string; readonly entries: readonly ManifestEntry[]}> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new ManifestError([`${file}: cannot be read: it does not exist or is not a file.`]);
  }
  return {folder: path.dirname(file), entries: parseManifest(text, file)};
}

/** What a manifest entry tells the importer about its article. */
export function givenFacts(entry: ManifestEntry): GivenFacts {
  return {
    title: entry.title,
    date: entry.date,
    ...(entry.source === undefined ? {} : {source: entry.source}),
    ...(entry.sourceUrl === undefined ? {} : {sourceUrl: entry.sourceUrl}),
    ...(entry.url === undefined ? {} : {url: entry.url}),
    authors: entry.authors,
    editors: entry.editors,
    ...(entry.reportsOn === undefined ? {} : {reportsOn: entry.reportsOn}),
    ...(entry.genre === undefined ? {} : {genre: entry.genre}),
    topics: entry.topics,
    ...(entry.note === undefined ? {} : {note: entry.note}),
    ...(entry.slug === undefined ? {} : {slug: entry.slug}),
  };
}
