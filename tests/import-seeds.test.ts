/**
 * The cleaner on the five real scraped texts in `../shared/seeds/` (outside
 * the repository; the tests are skipped where it is absent). For each, the
 * lines of the real article are known: every sentence of them must be in the
 * body, the body must hold nothing else, and known boilerplate must be gone.
 */

import assert from 'node:assert/strict';
import {access, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {prepareArticle} from '../src/import/import-article.ts';
import {parseManifest} from '../src/import/manifest.ts';
import {renderedBlocks, sentencesOf} from './helpers/article-text.ts';

const seeds = path.resolve(fileURLToPath(new URL('../', import.meta.url)), '..', 'shared', 'seeds');
const present = await access(path.join(seeds, 'manifest.yaml')).then(
  () => true,
  () => false,
);

/** What an editor established by reading each seed. */
interface Seed {
  /** Lines of the raw file that are the article. */
  readonly lines: readonly number[];
  readonly first: string;
  readonly last: string;
  /** Text that must not be in the body. */
  readonly gone: readonly string[];
  /** Sentences on article lines that are boilerplate all the same. */
  readonly notArticle?: readonly string[];
  /** Sub-heads expected, by line. */
  readonly headings?: readonly number[];
}

const range = (from: number, to: number, step = 1): number[] => Array.from({length: Math.floor((to - from) / step) + 1}, (_, k) => from + k * step);

const known: Readonly<Record<string, Seed>> = {
  '000_3646c08c9323712b.txt': {
    lines: [4, 5, 6, 13],
    first: 'The fledgling anti-Taliban resistance in Afghanistan\'s unconquered Panjshir province is reportedly growing',
    last: '"We don\'t need thousands and thousands of troops to fight this war."',
    gone: ['Subscribe', 'Sign up', 'newsletter', 'inbox', 'Escape your echo chamber', 'Read more at', 'staff writer', 'Speed Read', 'Published', 'Gaza', 'Houthi'],
    notArticle: ['Read more at The New York Times.'],
  },
  '001_007fbfef98640e8d.txt': {
    lines: range(1, 15),
    first: 'The US military has increased its confidence in reports accusing Russia of arming the Taliban.',
    last: 'The attack, on an Afghan military base, reportedly killed at least 140 Afghan soldiers.',
    gone: ['Dear Truthout Community', 'Truthout Is Preparing', 'donation', 'dig deep', 'With love, rage, and solidarity', 'Maya, Negin, Saima, and Ziggy', 'fascis'],
  },
  '002_9659c7c8458ce11d.txt': {
    lines: range(1, 57, 2),
    first: 'Clashes along the Afghanistan-Pakistan border have led to uncommon displays of public backing in Afghan cities for the Taliban',
    last: 'However,they have not managed to find a more lasting resolution, during the continuous peace negotiationsweakened by ongoing outbreaks of aggression.',
    gone: ['Edited by', 'Author:', 'Leave a comment', 'Trending'],
    headings: [13, 23, 49],
  },
  '003_266f4a5307a5aac3.txt': {
    lines: [3, 5, 7, 8, 10],
    first: 'Russia, after years of claiming that the West must not interfere with the Assad regime',
    last: 'he noted [that] “certainly there’s a competition with NATO.”',
    gone: ['Read more at', 'More about', 'Gaza', 'Strategic Victory', 'Gallant', 'BESA', 'Hamas'],
  },
  '004_c2e07f32a9b812f7.txt': {
    lines: range(1, 7),
    first: 'The rise of the Taliban to power in Afghanistan has sent shockwaves throughout South Asia',
    last: 'The time to act is now, before the shadows of extremism spread even further across the region.',
    gone: [],
  },
};

describe('the real seeds', {skip: present ? false : `no seeds at ${seeds}`}, () => {
  test('the manifest lists the five known seeds', async () => {
    const entries = parseManifest(await readFile(path.join(seeds, 'manifest.yaml'), 'utf8'), 'manifest.yaml');
    assert.deepEqual(entries.map((entry) => entry.file).sort(), Object.keys(known).sort());
  });

  for (const [file, seed] of Object.entries(known)) {
    test(file, async () => {
      const entries = parseManifest(await readFile(path.join(seeds, 'manifest.yaml'), 'utf8'), 'manifest.yaml');
      const entry = entries.find((candidate) => candidate.file === file);
      assert.ok(entry !== undefined);
      const raw = await readFile(path.join(seeds, file), 'utf8');
      const article = prepareArticle(raw, {title: entry.title, date: entry.date}, {sources: [], topics: [], articles: new Map()}, {contentLabel: 'content'});
      const blocks = renderedBlocks(article.text);
      const body = blocks.join('\n');

      assert.ok(body.startsWith(seed.first), 'the first sentence opens the body');
      assert.ok(body.endsWith(seed.last), 'the last sentence closes the body');
      const rawLines = raw.split(/\r?\n/u);
      const articleText = seed.lines.map((line) => rawLines[line - 1] ?? '').join('\n');
      for (const sentence of sentencesOf(articleText)) {
        if (seed.notArticle?.includes(sentence) === true) continue;
        assert.ok(body.includes(sentence), `the article sentence ${JSON.stringify(sentence)} is missing`);
      }
      assert.deepEqual(
        article.cleaned.blocks.map((block) => block.line),
        [...seed.lines],
        'the body is made of the article lines, and of nothing else',
      );
      assert.deepEqual(
        article.cleaned.blocks.filter((block) => block.kind === 'heading').map((block) => block.line),
        seed.headings ?? [],
      );
      for (const text of seed.gone) assert.ok(!body.includes(text), `${JSON.stringify(text)} is still in the body`);
    });
  }
});
