/**
 * The article-extraction benchmark's metric, exactly as its `evaluate.py`
 * computes it: a text's tokens are its runs of word characters (`\w+` in
 * Python's Unicode sense: letters, numbers and `_`, case kept); its shingles
 * are the runs of 4 consecutive tokens with their counts (a text of fewer
 * than 4 tokens has one shingle, all its tokens). Per page, true positives
 * are the shingle counts both texts share, false positives those only the
 * prediction has, false negatives those only the truth has; the three are
 * divided by their sum so that every page weighs the same. Precision and
 * recall are means over the pages (a page with nothing predicted is left
 * out of the precision, one with nothing true out of the recall), and F1 is
 * their harmonic mean.
 */

/** One page's TP, FP and FN, normalised to sum to 1 (all 0 when both texts are empty). */
export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** The benchmark's figures over a set of pages. */
export interface Scores {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
}

/** Shingle length of the benchmark. */
export const shingleSize = 4;

/** Python's `\w` with `re.UNICODE`: letters, numbers (`str.isalnum`) and `_`. Combining marks are not word characters there. */
const wordCharacters = /[\p{L}\p{N}_]+/gu;

/** The benchmark's tokens of `text`. */
export function benchmarkTokens(text: string): string[] {
  return text.match(wordCharacters) ?? [];
}

/** The shingles of `text` with their counts, each keyed by its tokens joined with U+0000. */
export function shingles(text: string, size: number = shingleSize): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  for (let start = 0; start < Math.max(1, tokens.length - size + 1); start++) {
    const shingle = tokens.slice(start, start + size);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's normalised TP, FP and FN: `truth` is the gold article text, `prediction` the extracted one. */
export function pageCounts(truth: string, prediction: string): PageCounts {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const want = expected.get(key) ?? 0;
    const got = predicted.get(key) ?? 0;
    tp += Math.min(want, got);
    fp += Math.max(0, got - want);
    fn += Math.max(0, want - got);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? {tp: tp / sum, fp: fp / sum, fn: fn / sum} : {tp: 0, fp: 0, fn: 0};
}

/** A page's precision as `evaluate.py` has it: 1 when nothing is wrong, 0 when nothing is right. */
export function pagePrecision({tp, fp, fn}: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** A page's recall as `evaluate.py` has it. */
export function pageRecall({tp, fp, fn}: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** A page's own F1, for ranking pages (the benchmark's F1 is not a mean of these). */
export function pageF1(counts: PageCounts): number {
  const precision = pagePrecision(counts);
  const recall = pageRecall(counts);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const mean = (values: readonly number[]): number => (values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length);

/** The benchmark's precision, recall and F1 over pages. */
export function benchmarkScores(pages: readonly PageCounts[]): Scores {
  const precision = mean(pages.filter((page) => page.tp + page.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((page) => page.tp + page.fn > 0).map(pageRecall));
  return {f1: (2 * precision * recall) / (precision + recall), precision, recall};
}
