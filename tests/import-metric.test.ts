/**
 * The benchmark's metric on small cases worked out by hand, so that
 * `npm run eval:import` gives the figures `evaluate.py` would.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {benchmarkScores, benchmarkTokens, pageCounts, pageF1, shingles} from '../src/import/eval/metric.ts';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-12, `${actual} is not ${expected}`);

test('tokens are runs of letters, digits and underscores, case kept; marks and punctuation split them', () => {
  assert.deepEqual(benchmarkTokens("It's 2019: snake_case, Kabul—Kандагар!"), ['It', 's', '2019', 'snake_case', 'Kabul', 'Kандагар']);
  // Python's \w does not take combining marks: a vowel sign splits an Arabic or Devanagari word.
  assert.deepEqual(benchmarkTokens('كَتب'), ['ك', 'تب']);
  assert.deepEqual(benchmarkTokens(''), []);
});

test('shingles are four consecutive tokens with counts; a short text is one shingle', () => {
  assert.deepEqual([...shingles('a b c d e').entries()], [['a\u0000b\u0000c\u0000d', 1], ['b\u0000c\u0000d\u0000e', 1]]);
  assert.deepEqual([...shingles('a b a b a b a').entries()], [['a\u0000b\u0000a\u0000b', 2], ['b\u0000a\u0000b\u0000a', 2]]);
  assert.deepEqual([...shingles('one two').entries()], [['one\u0000two', 1]]);
  assert.equal(shingles('').size, 0);
});

test('per page, TP, FP and FN are shared, extra and missing shingles, normalised to sum 1', () => {
  // Truth: 5 tokens, shingles abcd bcde. Prediction: 6 tokens, abcd bcde cdef.
  assert.deepEqual(pageCounts('a b c d e', 'a b c d e f'), {tp: 2 / 3, fp: 1 / 3, fn: 0});
  // Case counts: `A` is not `a`.
  assert.deepEqual(pageCounts('a b c d', 'A b c d'), {tp: 0, fp: 0.5, fn: 0.5});
  // Counts, not sets: the truth repeats a shingle the prediction has once.
  assert.deepEqual(pageCounts('x y z w x y z w x y z w', 'x y z w'), {tp: 1 / 9, fp: 0, fn: 8 / 9});
  assert.deepEqual(pageCounts('', ''), {tp: 0, fp: 0, fn: 0});
  assert.deepEqual(pageCounts('a b c d', ''), {tp: 0, fp: 0, fn: 1});
});

test('precision and recall are means over pages, skipping pages with nothing predicted (precision) or nothing true (recall)', () => {
  const pages = [
    pageCounts('a b c d e', 'a b c d e f'), // p 2/3, r 1
    pageCounts('a b c d e', 'a b c d e'), // p 1, r 1
    pageCounts('a b c d', ''), // no precision; r 0
    pageCounts('', 'a b c d'), // p 0; no recall
  ];
  const scores = benchmarkScores(pages);
  close(scores.precision, (2 / 3 + 1 + 0) / 3);
  close(scores.recall, (1 + 1 + 0) / 3);
  close(scores.f1, (2 * scores.precision * scores.recall) / (scores.precision + scores.recall));
  // A page whose prediction is exactly the truth scores 1 on both.
  assert.deepEqual(benchmarkScores([pageCounts('a b c d e', 'a b c d e')]), {f1: 1, precision: 1, recall: 1});
  // Two empty texts count in neither mean (evaluate.py would fail on a set of such pages only).
  assert.deepEqual(benchmarkScores([pageCounts('', ''), pageCounts('a b c d', 'a b c d')]), {f1: 1, precision: 1, recall: 1});
});

test('a page of its own scores F1 from its precision and recall', () => {
  close(pageF1(pageCounts('a b c d e', 'a b c d e f')), 0.8);
  assert.equal(pageF1(pageCounts('a b c d', 'e f g h')), 0);
});
