/**
 * The importer on hand-written cases, one kind of boilerplate each: every
 * folder in `fixtures/import/` holds the raw `input.txt`, a one-entry
 * `manifest.yaml`, the article alone in `article.txt`, and the expected file
 * and report. Besides comparing with those, each case checks that every
 * sentence of the article survives and every other sentence of the input is
 * gone. Run with `UPDATE=1` to regenerate the expected files, then read the diff.
 */

import assert from 'node:assert/strict';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {cleanArticle} from '../src/import/clean/clean-article.ts';
import {prepareArticle} from '../src/import/import-article.ts';
import {givenFacts, parseManifest} from '../src/import/manifest.ts';
import {readRegistry} from '../src/import/match/known-content.ts';
import {renderedBlocks, sentencesOf} from './helpers/article-text.ts';

const fixtures = fileURLToPath(new URL('fixtures/import/', import.meta.url));
const update = process.env['UPDATE'] === '1';
const registry = await readRegistry(path.join(fixtures, '_content'));

const cases = (await readdir(fixtures, {withFileTypes: true}))
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort();

/** Compare `actual` with the file, or write it with `UPDATE=1`. */
async function matchesFile(actual: string, file: string): Promise<void> {
  if (update) await writeFile(file, actual);
  assert.equal(actual, await readFile(file, 'utf8'), `${path.basename(file)} differs; regenerate with UPDATE=1 if the change is meant`);
}

test('there is a case for every kind of boilerplate', () => {
  for (const kind of ['newsletter-prompt', 'donation-appeal', 'author-bio', 'read-more-inline', 'read-more-standalone', 'more-about-tags', 'page-widgets', 'related-headlines', 'appended-article']) {
    assert.ok(cases.includes(kind), `no fixture folder ${kind}`);
  }
});

for (const name of cases) {
  test(`import case: ${name}`, async () => {
    const dir = path.join(fixtures, name);
    const [entry] = parseManifest(await readFile(path.join(dir, 'manifest.yaml'), 'utf8'), 'manifest.yaml');
    assert.ok(entry !== undefined);
    const input = await readFile(path.join(dir, entry.file), 'utf8');
    const article = await readFile(path.join(dir, 'article.txt'), 'utf8');
    const prepared = prepareArticle(
      input,
      givenFacts(entry),
      registry,
      {contentLabel: 'content'},
    );
    await matchesFile(prepared.text, path.join(dir, 'expected.md'));
    await matchesFile(`${prepared.path}\n${prepared.report.join('\n')}\n`, path.join(dir, 'expected-report.txt'));

    const blocks = renderedBlocks(prepared.text);
    const body = blocks.join('\n');
    const articleSentences = sentencesOf(article);
    for (const sentence of articleSentences) {
      assert.ok(body.includes(sentence), `the article sentence ${JSON.stringify(sentence)} is missing from the body`);
    }
    assert.equal(blocks.length, article.trim().split('\n').length, 'one block per paragraph or sub-head of the article');
    for (const sentence of sentencesOf(input)) {
      if (articleSentences.includes(sentence) || sentence === entry.title || !/\p{L}/u.test(sentence) && sentence.length < 3) continue;
      if (/\s/u.test(sentence)) assert.ok(!body.includes(sentence), `the boilerplate ${JSON.stringify(sentence)} is still in the body`);
      else assert.ok(!blocks.includes(sentence), `the boilerplate line ${JSON.stringify(sentence)} is still in the body`);
    }
    assert.ok(prepared.cleaned.removed.length > 0, 'something was removed');
  });
}

test('reporting that only looks like boilerplate is kept', () => {
  const article = [
    'Flooding along the Kabul river has displaced about 3,000 families in the eastern districts, officials said on Friday.',
    'By Tuesday, the army had moved tents and food to the worst-hit villages along the river.',
    'The provincial council has called on volunteers to sign up at the district offices to help with the clean-up.',
    'Local clerics collected donations for the displaced families at Friday prayers.',
    'Published in 1999, a survey of the river found that most of its embankments needed repair.',
    'The districts worst hit were these:',
    'Surkh Rod',
    'Kama',
    'Behsud',
    'Topics: the council meeting covered the embankments, the tents and the release of emergency funds for the families.',
    'Officials said the full plan for the embankments was published online. Read more at the ministry’s website.',
    'The families said they would stay in the tents until the water level on the river falls.',
  ];
  const {blocks, removed} = cleanArticle(article.join('\n'), {title: 'Kabul river floods displace thousands of families'});
  assert.deepEqual(removed, []);
  assert.deepEqual(
    blocks.map((block) => `${block.kind} ${block.text}`),
    article.map((text) => `paragraph ${text}`),
  );
});
