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

  test('an unquoted moment stays a string too, with its time as written', () => {
    const {result} = split('---\ndate: 2021-08-15T23:30:00-05:00\nother: 2021-08-15 10:00:00\n---\nBody.\n');
    assert.equal(result.fields.get('date')?.value, '2021-08-15T23:30:00-05:00');
    assert.equal(result.fields.get('other')?.value, '2021-08-15 10:00:00');
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

  test('an unclosed flow list is reported where it opens, with where YAML noticed in the message', () => {
    const {file} = split('---\ntitle: ok\ntopics: [a, b\ndate: 2021\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-unclosed', 3, 9, true]]);
    assert.match(file.messages[0]?.reason ?? '', /The bracket `\[` that opens here is never closed, so YAML read on until line 4, column 1 .* Close it with `\]`/);
  });

  test('an unclosed quote is reported where it opens, not where YAML ran out of text', () => {
    const {file} = split('---\ntitle: ok\ndate: "2021-08-15\nsource: dw\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-unclosed', 3, 7, true]]);
    const single = split("---\ntitle: 'Kabul\ndate: 2021\n---\nBody.\n").file;
    assert.deepEqual(messages(single), [['yaml-unclosed', 2, 8, true]]);
  });

  test('closed quotes with escapes and apostrophes inside words are not unclosed', () => {
    const {file, result} = split('---\ntitle: "He said \\"no\\""\nsummary: don\'t [stop]\nauthors: [\'O\'\'Brien\']\n---\nBody.\n');
    assert.deepEqual(messages(file), []);
    assert.deepEqual(values(result), {title: 'He said "no"', summary: "don't [stop]", authors: ["O'Brien"]});
  });

  test('a repeated key names both lines, in nested groups too', () => {
    const {file} = split('---\ntitle: a\ndate: 2021\ntitle: b\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-duplicate-key', 4, 1, true]]);
    assert.match(file.messages[0]?.reason ?? '', /`title` is written twice in the same group: first on line 2, again here on line 4/);
    const nested = split('---\ntitle: a\nmeta:\n  x: 1\n  x: 2\n---\nBody.\n').file;
    assert.deepEqual(messages(nested), [['yaml-duplicate-key', 5, 3, true]]);
  });

  test('a tab used for indentation says to use spaces', () => {
    const {file} = split('---\ntitle: a\ntopics:\n\t- resistance\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-tab-indent', 4, 1, true]]);
    assert.match(file.messages[0]?.reason ?? '', /only spaces for indentation\. Replace the tab by spaces/);
  });

  test('a "billion laughs" of aliases is refused at its first alias, quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      const previous = String.fromCharCode(97 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = performance.now();
    const {file, result} = split(`---\ntitle: laughs\n${levels.join('\n')}\n---\nBody.\n`);
    assert.ok(performance.now() - started < 5000, 'refused in bounded time');
    assert.deepEqual(messages(file), [['yaml-alias-limit', 4, 8, true]]);
    assert.deepEqual(values(result), {});
    const few = split('---\ntitle: &t Kabul\nsummary: *t\n---\nBody.\n');
    assert.deepEqual(messages(few.file), []);
    assert.equal(values(few.result)['summary'], 'Kabul');
  });

  test('an alias with no anchor before it is located, not a crash', () => {
    const {file} = split('---\ntitle: *later\nsummary: &later Kabul\n---\nBody.\n');
    assert.deepEqual(messages(file), [['yaml-syntax', 2, 8, true]]);
    assert.match(file.messages[0]?.reason ?? '', /The alias `\*later` repeats an anchor `&later` that is not written before it/);
  });

  test('lists nested 10,000 deep are refused where they pass the limit', () => {
    const {file} = split(`---\ntitle: deep\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n---\nBody.\n`);
    assert.deepEqual(messages(file), [['yaml-too-deep', 3, 68, true]]);
    const quoted = split(`---\ntitle: "${'['.repeat(100)}"\n---\nBody.\n`);
    assert.deepEqual(messages(quoted.file), [], 'brackets inside quotes do not count');
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
