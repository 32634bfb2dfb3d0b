/**
 * `splitFile`: front-matter fields with their places, a body whose Markdown
 * positions are file lines, and the problems a block can have.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Position} from 'unist';
import {VFile} from 'vfile';
import {splitFile, type SplitFile} from '../src/content/front-matter.ts';
import {parseMarkdown} from '../src/content/markdown.ts';

/** Split `text` as the file `x.md`. */
function split(text: string): {file: VFile; result: SplitFile} {
  const file = new VFile({path: 'x.md', value: text});
  return {file, result: splitFile(file)};
}

/** A range as `[line, column, line, column]`. */
function range(place: Position | undefined): [number, number, number, number] | undefined {
  return place === undefined ? undefined : [place.start.line, place.start.column, place.end.line, place.end.column];
}

/** The fields as `key → value`. */
function values(result: SplitFile): Record<string, unknown> {
  return Object.fromEntries([...result.fields].map(([key, field]) => [key, field.value]));
}

/** The messages on `file` as `[ruleId, line, column, fatal]`. */
function messages(file: VFile): [string | undefined, number | undefined, number | undefined, boolean | null | undefined][] {
  return file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal]);
}

/** Line and column where the body's first block starts. */
function firstBlockStart(body: string): [number | undefined, number | undefined] {
  const node = parseMarkdown(body).children[0];
  return [node?.position?.start.line, node?.position?.start.column];
}

const article = [
  '---', //                       1
  'title: Kabul falls', //        2
  'date: 2021-08-15', //          3
  'year: 2021', //                4
  'topics:', //                   5
  '  - resistance', //            6
  '  - peace-talks', //           7
  'actors: [taliban, russia]', // 8
  'summary:', //                  9
  '---', //                       10
  '', //                          11
  'The Taliban entered Kabul.', // 12
  '',
].join('\n');

describe('splitFile: fields', () => {
  test('values, in the order written', () => {
    const {file, result} = split(article);
    assert.deepEqual(messages(file), []);
    assert.equal(result.hasFrontMatter, true);
    assert.deepEqual([...result.fields.keys()], ['title', 'date', 'year', 'topics', 'actors', 'summary']);
    assert.deepEqual(values(result), {
      title: 'Kabul falls',
      date: '2021-08-15',
      year: 2021,
      topics: ['resistance', 'peace-talks'],
      actors: ['taliban', 'russia'],
      summary: null,
    });
  });

  test('an unquoted date stays a string', () => {
    const {result} = split('---\ndate: 2021-08-15\nmonth: 2021-08\n---\nBody.\n');
    assert.equal(result.fields.get('date')?.value, '2021-08-15');
    assert.equal(result.fields.get('month')?.value, '2021-08');
  });

  test('the places of keys and values are file lines and columns', () => {
    const {result} = split(article);
    const title = result.fields.get('title');
    assert.deepEqual(range(title?.keyPlace), [2, 1, 2, 6]);
    assert.deepEqual(range(title?.place), [2, 8, 2, 19]);
    assert.deepEqual(range(result.fields.get('date')?.place), [3, 7, 3, 17]);
  });

  test('each list item has its own place, block and flow style alike', () => {
    const {result} = split(article);
    assert.deepEqual(result.fields.get('topics')?.items.map(range), [[6, 5, 6, 15], [7, 5, 7, 16]]);
    assert.deepEqual(result.fields.get('actors')?.items.map(range), [[8, 10, 8, 17], [8, 19, 8, 25]]);
  });

  test('an empty value is placed at its key', () => {
    const {result} = split(article);
    const summary = result.fields.get('summary');
    assert.deepEqual(range(summary?.keyPlace), [9, 1, 9, 8]);
    assert.deepEqual(range(summary?.place), [9, 9, 9, 9]);
  });
});

describe('splitFile: body', () => {
  test('is padded so that Markdown positions are file lines', () => {
    const {result} = split(article);
    assert.equal(result.body, `${'\n'.repeat(10)}\nThe Taliban entered Kabul.\n`);
    assert.deepEqual(result.bodyStart, {line: 11, column: 1});
    assert.deepEqual(firstBlockStart(result.body), [12, 1]);
  });

  test('a body right after the closing line starts on the next line', () => {
    const {result} = split('---\ntitle: T\n---\nFirst.\n\nSecond.\n');
    assert.deepEqual(result.bodyStart, {line: 4, column: 1});
    const lines = parseMarkdown(result.body).children.map((node) => node.position?.start.line);
    assert.deepEqual(lines, [4, 6]);
  });

  test('a `---` line in the body is not the end of the front matter', () => {
    const {result} = split('---\ntitle: T\n---\nAbove.\n\n---\n\nBelow.\n');
    assert.deepEqual(values(result), {title: 'T'});
    assert.deepEqual(
      parseMarkdown(result.body).children.map((node) => [node.type, node.position?.start.line]),
      [['paragraph', 4], ['thematicBreak', 6], ['paragraph', 8]],
    );
  });
});

describe('splitFile: problems', () => {
  test('malformed YAML gives one yaml-syntax error on its line, and no fields', () => {
    const {file, result} = split('---\ntitle: Kabul\nsummary: Kabul: the fall\ntopics: [a, b\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-syntax', 3, 10, true]]);
    assert.match(file.messages[0]?.reason ?? '', /put it in quotes: `summary: "Kabul: the fall"`/);
    assert.deepEqual(values(result), {});
    assert.equal(result.hasFrontMatter, true);
  });

  test('an unclosed flow list is reported on the line after it, where YAML notices', () => {
    const {file} = split('---\ntitle: ok\ntopics: [a, b\ndate: 2021\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-syntax', 4, 1, true]]);
  });

  test('a repeated key is a yaml-syntax error on its second line', () => {
    const {file} = split('---\ntitle: a\ntitle: b\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-syntax', 3, 1, true]]);
  });

  test('an unclosed block gives frontmatter-unclosed at the top, and no body', () => {
    const {file, result} = split('---\ntitle: T\n\nThe body.\n');
    assert.deepEqual(messages(file), [['frontmatter-unclosed', 1, 1, true]]);
    assert.deepEqual(values(result), {});
    assert.equal(result.body, '');
    assert.equal(result.hasFrontMatter, true);
  });

  test('a block that is a list, not fields, is frontmatter-not-a-mapping', () => {
    const {file, result} = split('---\n- a\n- b\n---\nBody.\n');
    assert.deepEqual(messages(file), [['frontmatter-not-a-mapping', 2, 1, true]]);
    assert.deepEqual(values(result), {});
  });

  test('an empty block has no fields and no problem', () => {
    const {file, result} = split('---\n---\nBody.\n');
    assert.deepEqual(messages(file), []);
    assert.deepEqual(values(result), {});
    assert.deepEqual(firstBlockStart(result.body), [3, 1]);
  });
});

describe('splitFile: file forms', () => {
  test('a file without front matter is all body', () => {
    const text = 'Just text.\n\n---\n\nMore.\n';
    const {file, result} = split(text);
    assert.deepEqual(messages(file), []);
    assert.equal(result.hasFrontMatter, false);
    assert.equal(result.fields.size, 0);
    assert.equal(result.body, text);
    assert.deepEqual(result.bodyStart, {line: 1, column: 1});
  });

  test('CRLF line ends: values without \\r, places and body lines as in the file', () => {
    const {file, result} = split('---\r\ntitle: T\r\ntopics:\r\n  - a\r\n  - b\r\ndraft: true\r\n---\r\n\r\nBody here.\r\n');
    assert.deepEqual(messages(file), []);
    assert.deepEqual(values(result), {title: 'T', topics: ['a', 'b'], draft: true});
    assert.deepEqual(range(result.fields.get('draft')?.place), [6, 8, 6, 12]);
    assert.deepEqual(result.fields.get('topics')?.items.map(range), [[4, 5, 4, 6], [5, 5, 5, 6]]);
    assert.deepEqual(result.bodyStart, {line: 8, column: 1});
    assert.deepEqual(firstBlockStart(result.body), [9, 1]);
  });

  test('CRLF: the last field is read as written (a number stays a number)', () => {
    const {result} = split('---\r\ntitle: T\r\nyear: 2021\r\n---\r\nBody.\r\n');
    assert.deepEqual(values(result), {title: 'T', year: 2021});
  });

  test('a byte-order mark before the block is ignored', () => {
    const {file, result} = split('\uFEFF---\ntitle: T\n---\nBody.\n');
    assert.deepEqual(messages(file), []);
    assert.equal(result.hasFrontMatter, true);
    assert.deepEqual(values(result), {title: 'T'});
    assert.deepEqual(range(result.fields.get('title')?.place), [2, 8, 2, 9]);
    assert.deepEqual(firstBlockStart(result.body), [4, 1]);
  });
});
