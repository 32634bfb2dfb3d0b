import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {allConstructs, parseMarkdown} from '../src/content/markdown.ts';

/** The reference: remark-parse with every GFM construct, as `remark-gfm` adds them. */
const reference = unified().use(remarkParse).use(remarkGfm).freeze();

const cases = [
  'plain text, no construct at all.\n\nA second paragraph.',
  'Visit www.example.org or https://example.org/path?q=1 today.',
  'HTTP://EXAMPLE.ORG and WWW.Example.org in capitals.',
  'Write to press@example.org.',
  'mailto:press@example.org and xmpp:someone@example.org/resource',
  'A footnote.[^1]\n\n[^1]: The note.',
  '~~struck~~ and ~single~ tildes',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'a\n:-:',
  'a b\n--:\nc',
  'x\n:---:\ny',
  'heading\n---\n\ntext\n:\nmore',
  '* [ ] open\n* [x] done\n* [X] done too',
  'Not a table: a - b: c',
  'Gen. John W. Nicholson said: "we will stay".',
];

test('parsing with only the GFM constructs a text may contain gives the tree remark-gfm gives', () => {
  for (const text of cases) {
    assert.deepEqual(parseMarkdown(text), reference.parse(text), text);
    assert.deepEqual(parseMarkdown(text, allConstructs), reference.parse(text), text);
  }
});

test('the seed articles parse as with remark-gfm', async () => {
  const root = path.resolve('content/articles');
  const files = (await readdir(root, {recursive: true})).filter((file) => file.endsWith('.md'));
  assert.ok(files.length >= 5, 'the seed articles are in content/articles/');
  for (const file of files) {
    const text = await readFile(path.join(root, file), 'utf8');
    assert.deepEqual(parseMarkdown(text), reference.parse(text), file);
  }
});

test('any text made of Markdown’s special characters parses as with remark-gfm', () => {
  const pieces = ['a', 'b', 'w', 'www.', 'http://', 'https://', 'x.org', '@', ' ', '\t', '\n', '\n\n', '|', '-', ':', '~', '~~', '[', ']', '^', '[^1]', '[ ]', '[x]', '*', '* ', '- ', '1. ', '#', '> ', '`', '(', ')', '!', '_', '.', 'mailto:', 'xmpp:', ':-', '-:', '\n:--:', '<', '>', '&', '\\', '=', '    '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 40}), (parts) => {
      const text = parts.join('');
      assert.deepEqual(parseMarkdown(text), reference.parse(text), JSON.stringify(text));
    }),
    {numRuns: 800, seed: 12},
  );
});
