/**
 * The paragraph classifier of plain text (jusText's kind) on hand-made
 * cases: its features, its revision by neighbours, and the cases the old
 * end-of-article cut got wrong.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cleanArticle} from '../src/import/clean/clean-article.ts';
import {classifyLines, paragraphFeatures, reviseByContext, stopWordsOf} from '../src/import/clean/paragraph-classifier.ts';

test('features: stop-word density in the page’s language, final punctuation, widget words, link-like lines', () => {
  const english = stopWordsOf('en');
  const prose = paragraphFeatures('The traders said that they would stay in the market until the end of the week.', english);
  assert.ok(prose.stopDensity > 0.4, String(prose.stopDensity));
  assert.ok(prose.sentenceEnd);
  assert.equal(prose.linkLike, false);
  assert.ok(paragraphFeatures('Share on Facebook Twitter Email', english).widgetShare > 0.5);
  assert.ok(paragraphFeatures('Read it at https://example.org/story', english).linkLike);
  assert.ok(paragraphFeatures('#Kabul #Herat', english).linkLike);
  assert.equal(paragraphFeatures('#Kabulbooks trended briefly last week after a photograph was shared.', english).linkLike, false);
});

test('revision: short and near-good lines take the class of their neighbours', () => {
  assert.deepEqual(reviseByContext(['good', 'short', 'good']), ['good', 'good', 'good']);
  assert.deepEqual(reviseByContext(['bad', 'short', 'bad']), ['bad', 'bad', 'bad']);
  assert.deepEqual(reviseByContext(['bad', 'near-good', 'bad']), ['bad', 'bad', 'bad']);
  assert.deepEqual(reviseByContext(['bad', 'near-good', 'good']), ['bad', 'good', 'good']);
  // Between a bad and a good line, a short line is good only when a near-good line stands between it and the bad one.
  assert.deepEqual(reviseByContext(['bad', 'short', 'good']), ['bad', 'bad', 'good']);
  assert.deepEqual(reviseByContext(['bad', 'near-good', 'short', 'good']), ['bad', 'good', 'good', 'good']);
  // Past the ends counts as bad.
  assert.deepEqual(reviseByContext(['short']), ['bad']);
});

const paragraph = (n: number): string =>
  `In the ${n}th week of the talks, the delegations said that they had agreed on the release of prisoners, and that the next round would be held in the capital before the end of the month, when the weather allows it.`;

test('the article is the stretch with the most good text: a run of links parts it from a teaser, which goes, listed as uncertain', () => {
  const menu = ['Home', 'World', 'Sport', 'Business', 'Culture'];
  const filler = Array.from({length: 60}, (_, k) => `Link ${k}`);
  const teaser = 'In other news, the council of the northern city said that it would repair the bridges over the river, which the floods of the spring had damaged, before the winter comes and the roads close for months.';
  const lines = [...menu, 'Talks resume in Doha', paragraph(1), paragraph(2), paragraph(3), ...filler, teaser];
  const verdicts = classifyLines(lines, lines.map(() => false));
  // The menu is page text; the headline is kept as the heading of the text it stands above.
  assert.deepEqual(verdicts.flatMap((verdict, index) => (verdict.kept ? [index] : [])), [5, 6, 7, 8]);
  const last = verdicts[verdicts.length - 1];
  assert.ok(last?.outside === true && last.proseLike, 'the teaser reads like prose: its removal is uncertain');
  assert.match(last.description, /words, stop words 0\.\d\d \(en\), ends as a sentence/u);
});

test('paragraphs after an "Advertisement" line stay; "Menu" and a share bar go, and a share bar is no sub-head', () => {
  const raw = [
    'Menu',
    'Talks resume in Doha',
    paragraph(1),
    'Advertisement',
    paragraph(2),
    paragraph(3),
    'Facebook Twitter WhatsApp Email',
    paragraph(4),
  ].join('\n');
  const {blocks, removed} = cleanArticle(raw, {title: 'Talks resume in Doha'});
  assert.deepEqual(
    blocks.map((block) => `${block.kind} ${block.text.slice(0, 20)}`),
    [1, 2, 3, 4].map((n) => `paragraph ${paragraph(n).slice(0, 20)}`),
  );
  assert.deepEqual(removed.map((removal) => removal.text), ['Menu', 'Talks resume in Doha', 'Advertisement', 'Facebook Twitter WhatsApp Email']);
  assert.ok(removed.every((removal) => !removal.uncertain));
});

test('an untitled page: the headline just above the article is its title, and goes from the body', () => {
  const raw = ['Home', 'News', 'Sport', 'Talks resume in Doha after a pause of two months', 'By Jane Roe', paragraph(1), paragraph(2)].join('\n');
  const cleaned = cleanArticle(raw, {title: ''});
  assert.equal(cleaned.title?.value, 'Talks resume in Doha after a pause of two months');
  assert.deepEqual(cleaned.blocks.map((block) => block.line), [6, 7]);
  assert.deepEqual(cleaned.learned.authors.map((author) => author.value), ['Jane Roe']);
});
