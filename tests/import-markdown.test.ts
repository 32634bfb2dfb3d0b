/**
 * How kept text is written: Markdown escaping that renders every paragraph
 * as written (and escapes nothing it need not), sub-head detection, and the
 * first line that repeats the title.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {toString} from 'mdast-util-to-string';
import {cleanArticle} from '../src/import/clean/clean-article.ts';
import {repeatsTitle} from '../src/import/clean/title.ts';
import {isSubheadCandidate} from '../src/import/clean/line-shape.ts';
import {markdownHeading, markdownParagraph} from '../src/import/write/markdown-text.ts';
import {parseMarkdown} from '../src/content/markdown.ts';

/** The plain text a reader sees for one block of Markdown, and the block's type. */
function rendered(markdown: string): {readonly type: string; readonly text: string; readonly blocks: number} {
  const tree = parseMarkdown(markdown);
  const [block] = tree.children;
  return {type: block?.type ?? 'none', text: block === undefined ? '' : toString(block), blocks: tree.children.length};
}

describe('Markdown escaping', () => {
  const samples = [
    '# not a heading',
    '#hashtag trended',
    '> not a quotation',
    '- not a list item',
    '+ not a list item either',
    '* nor this',
    '1. not an ordered list',
    '1994. That was the year.',
    '2) two',
    '---',
    '***',
    '===',
    'prices marked with a * and *short supply* items',
    'a file called stock_list_final and _underlined_ words',
    'a `code` span and ``two``',
    'a <new> sticker and </b> and <!-- comment -->',
    'a < b and c > d',
    '[Contrary to Russian claims], the Taliban',
    'a [link](https://example.org) and [a][ref] and ![image](x.png)',
    '[definition]: https://example.org',
    'a footnote [^1]',
    'AT&T &amp; &#169; entities',
    '~~struck~~ and ~one~',
    'a back\\slash and a trailing one\\',
    'www.example.org and https://example.org/a_b_c stay addresses',
    '| a | b |',
    'Issue #5 and C# and 100 * 2',
  ];
  for (const sample of samples) {
    test(`renders as written: ${sample}`, () => {
      const result = rendered(markdownParagraph(sample));
      assert.equal(result.blocks, 1);
      assert.equal(result.type, 'paragraph');
      assert.equal(result.text, sample);
    });
  }

  test('escapes only where markup would start', () => {
    assert.equal(markdownParagraph('# not a heading'), '\\# not a heading');
    assert.equal(markdownParagraph('1994. That was the year.'), '1994\\. That was the year.');
    assert.equal(markdownParagraph('- a dash'), '\\- a dash');
    assert.equal(markdownParagraph('a *b* c'), 'a \\*b\\* c');
    assert.equal(markdownParagraph('stock_list_final'), 'stock_list_final');
    assert.equal(markdownParagraph('[Contrary to Russian claims], the Taliban'), '[Contrary to Russian claims], the Taliban');
    assert.equal(markdownParagraph('the code [3](4)'), 'the code \\[3](4)');
    assert.equal(markdownParagraph('a <new> sticker'), 'a \\<new> sticker');
    assert.equal(markdownParagraph('Tom & Jerry, 3 < 4'), 'Tom & Jerry, 3 < 4');
    assert.equal(markdownParagraph('He said: “Oh no, I’m not refuting that.”'), 'He said: “Oh no, I’m not refuting that.”');
  });

  test('sub-heads render as level-2 headings with their text', () => {
    for (const text of ['A shift in perception?', 'Issue #5', 'Why *now*', '1994 and after']) {
      const markdown = markdownHeading(text);
      assert.ok(markdown.startsWith('## '));
      const result = rendered(markdown);
      assert.equal(result.type, 'heading');
      assert.equal(result.text, text);
    }
  });
});

describe('sub-heads', () => {
  test('short lines without final punctuation, a question allowed', () => {
    assert.ok(isSubheadCandidate('A shift in perception?'));
    assert.ok(isSubheadCandidate('Taliban’s social media fuel initiative'));
    assert.ok(isSubheadCandidate('What caused former allies to become adversaries?'));
    assert.ok(!isSubheadCandidate('The Taliban are regarded by former officials as a proxy.'));
    assert.ok(!isSubheadCandidate('He said:'));
    assert.ok(!isSubheadCandidate('“We will not stop”'));
    assert.ok(!isSubheadCandidate('lower-case start of a line'));
    assert.ok(!isSubheadCandidate('A line of far more than ten words that has no final punctuation at all'));
  });

  const paragraph = (n: number): string => `Paragraph ${n} of the article says something about the border and the talks, at some length.`;
  test('become headings only between paragraphs', () => {
    const raw = ['Opening line', paragraph(1), 'A shift in perception?', paragraph(2), 'Two short lines', 'In a row', paragraph(3), 'A closing line'].join('\n');
    const {blocks, removed} = cleanArticle(raw, {title: 'Something else entirely'});
    assert.deepEqual(
      blocks.map((block) => `${block.kind} ${block.text}`),
      [
        'paragraph Opening line',
        `paragraph ${paragraph(1)}`,
        'heading A shift in perception?',
        `paragraph ${paragraph(2)}`,
        'paragraph Two short lines',
        'paragraph In a row',
        `paragraph ${paragraph(3)}`,
      ],
    );
    // A short line after the last paragraph is page text to the classifier (a widget, a tag line), never a sub-head; the report says so.
    assert.deepEqual(removed.map((removal) => `${removal.rule} ${removal.text}`), ['page-text A closing line']);
  });
});

describe('the title repeated as the first line', () => {
  test('equal or nearly equal titles match', () => {
    assert.ok(repeatsTitle('Russia Tries to Bring the Taliban into Its Anti-U.S. Alliance', 'Russia Tries to Bring the Taliban into Its Anti-U.S. Alliance'));
    assert.ok(repeatsTitle("Kabul's Bookselers Close the Last Chapter", 'Kabul’s booksellers close the last chapter'));
    assert.ok(repeatsTitle('Kabul booksellers: the last chapter?', 'Kabul booksellers - the last chapter'));
    assert.ok(!repeatsTitle('Taliban claim control of Panjshir', 'Russia Tries to Bring the Taliban into Its Anti-U.S. Alliance'));
    assert.ok(!repeatsTitle('The US military has increased its confidence in reports accusing Russia of arming the Taliban.', 'Pentagon Ties Russia to Taliban Attack'));
  });

  test('is dropped from the body, and only at the top', () => {
    const raw = 'Border talks resume\n\nThe border talks resumed on Monday in the capital with delegations from both sides.\nBorder talks resume\nThe talks continued on Tuesday with a second session on trade and crossings.';
    const {blocks, removed} = cleanArticle(raw, {title: 'Border talks resume'});
    assert.deepEqual(removed.map((removal) => `${removal.line} ${removal.rule}`), ['1 title-line']);
    assert.equal(blocks.length, 3);
  });
});
