/**
 * Split a content file into front matter and body, and read the front
 * matter as YAML with the place of every field kept, so that every problem
 * can name its line.
 *
 * gray-matter finds the block; the `yaml` package parses it, because it
 * keeps source ranges and, under its YAML 1.2 core schema, leaves dates such
 * as `2021-08-15` as strings instead of turning them into UTC `Date`s.
 */

import matter from 'gray-matter';
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode, type YAMLMap} from 'yaml';
import {fail} from './messages.ts';

/** One top-level field of the front matter. */
export interface Field {
  readonly key: string;
  /** The value as plain data (strings, numbers, booleans, arrays, objects, null). */
  readonly value: unknown;
  /** Where the key is written. */
  readonly keyPlace: Position;
  /** Where the value is written (the key's place when the value is empty). */
  readonly place: Position;
  /** Where each item is written, when the value is a list. */
  readonly items: readonly Position[];
  /** The fields of the value, each with its place, when the value is a group of fields (such as `image:`). */
  readonly entries?: ReadonlyMap<string, Field>;
}

/** A content file split into its parts. */
export interface SplitFile {
  /** Top-level fields in the order written. */
  readonly fields: ReadonlyMap<string, Field>;
  /** The Markdown body, preceded by blank lines so that positions in it are positions in the file. */
  readonly body: string;
  /** Where the body starts in the file. */
  readonly bodyStart: Point;
  /** Whether the file had a front-matter block at all. */
  readonly hasFrontMatter: boolean;
}

/** Options of `matter`: the YAML engine is a no-op, `yaml` parses the block below. */
const matterOptions = {engines: {yaml: {parse: (): object => ({})}}};

/**
 * Split `file` (whose `value` is its text) into front matter and body.
 * YAML problems are reported on `file`; an unreadable block yields no fields.
 */
export function splitFile(file: VFile): SplitFile {
  const text = String(file.value).replace(/^\uFEFF/, '');
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return {fields: new Map(), body: text, bodyStart: {line: 1, column: 1}, hasFrontMatter: false};
  }
  // gray-matter caches by input string when called without options; with
  // options it does not, and its result is never mutated here either way.
  const parsed = matter(text, matterOptions);
  const closed = /\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3));
  if (!closed) {
    fail(file, 'The front matter is not closed: the file starts with `---` but no later line is `---`. Add a line `---` after the last field, before the article text.', {line: 1, column: 1}, 'frontmatter-unclosed');
    return {fields: new Map(), body: '', bodyStart: {line: 1, column: 1}, hasFrontMatter: true};
  }
  const bodyOffset = text.length - parsed.content.length;
  const linesBefore = countLines(text.slice(0, bodyOffset));
  const body = '\n'.repeat(linesBefore) + parsed.content;
  const bodyStart = {line: linesBefore + 1, column: 1};
  // With CRLF line ends gray-matter leaves the `\r` of the last field's line on the block; YAML would keep it in the value.
  const fields = readFields(file, parsed.matter.replace(/\r$/, ''));
  return {fields, body, bodyStart, hasFrontMatter: true};
}

/** Read a standalone YAML file (such as `site.yaml`) into fields. */
export function readYamlFile(file: VFile): ReadonlyMap<string, Field> {
  // Line 1 of the source is line 1 of the file, so no offset is needed.
  return readFields(file, String(file.value).replace(/^\uFEFF/, ''), 0);
}

/** Count `\n` in `text`. */
function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/**
 * Parse `source` as a YAML mapping. `source` is the front-matter block as
 * gray-matter gives it: it starts right after the opening `---`, so its line 1
 * is the file's line 1 (`lineOffset` 0) and its offsets map to file lines directly.
 */
function readFields(file: VFile, source: string, lineOffset = 0): ReadonlyMap<string, Field> {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {lineCounter, prettyErrors: false, uniqueKeys: true});
  const toPoint = (offset: number): Point => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: line + lineOffset, column: col};
  };
  const toPlace = (node: YamlNode | null | undefined, fallback: Position): Position => {
    const range = node?.range;
    return range ? {start: toPoint(range[0]), end: toPoint(range[1])} : fallback;
  };

  if (document.errors.length > 0) {
    // Only the first error: the ones after it are mostly its consequences.
    for (const error of document.errors.slice(0, 1)) {
      const start = toPoint(error.pos[0]);
      const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
      const lineText = source.split(/\r?\n/)[start.line - 1 - lineOffset] ?? '';
      const colon = /^(\s*[\w-]+):\s+(.*:\s.*?)\s*$/.exec(lineText);
      const hint =
        colon !== null && !/^["']/.test(colon[2] ?? '')
          ? ` The value contains \`: \`, so put it in quotes: \`${(colon[1] ?? '').trim()}: "${(colon[2] ?? '').replace(/"/g, '\\"')}"\`.`
          : ' Check the indentation and quoting on this line; values that contain `: ` or start with `[`, `{`, `*`, `&`, `!` or `#` need quotes.';
      fail(file, `The front matter is not valid YAML: ${reason}.${hint}`, start, 'yaml-syntax');
    }
    return new Map();
  }

  const fields = new Map<string, Field>();
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    return fields;
  }
  if (!isMap(contents)) {
    fail(file, 'The front matter is not a list of `field: value` lines. Write one field per line, such as `title: …`.', toPlace(contents, {start: {line: 1, column: 1}, end: {line: 1, column: 1}}).start, 'frontmatter-not-a-mapping');
    return fields;
  }
  return fieldsOf(contents, document, toPlace);
}

/** The fields of a YAML mapping, each with its place; a mapping inside one has its own `entries`. */
function fieldsOf(map: YAMLMap, document: Document, toPlace: (node: YamlNode | null | undefined, fallback: Position) => Position): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const pair of map.items) {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    const key = keyNode === undefined ? '' : String(keyNode.value);
    const keyPlace = toPlace(keyNode, {start: {line: 1, column: 1}, end: {line: 1, column: 1}});
    const valueNode = pair.value as YamlNode | null;
    const place = toPlace(valueNode, keyPlace);
    const items = isSeq(valueNode) ? valueNode.items.map((item) => toPlace(item as YamlNode, place)) : [];
    const value: unknown = valueNode === null ? null : valueNode.toJS(document);
    fields.set(key, {key, value, keyPlace, place, items, ...(isMap(valueNode) ? {entries: fieldsOf(valueNode, document, toPlace)} : {})});
  }
  return fields;
}
