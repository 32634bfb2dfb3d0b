/**
 * "Did you mean" suggestions for misspelt ids and field names.
 */

/** Edit distance between two strings (insertions, deletions, substitutions, transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/**
 * The candidate closest to `value`, when it is close enough to be a likely
 * typo (at most a third of the longer string, and at most 4 edits), or when
 * one contains the other as a hyphen-separated part.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(4, Math.max(1, Math.floor(Math.max(needle.length, best.length) / 3)));
  if (bestDistance <= limit) return best;
  for (const candidate of candidates) {
    const parts = candidate.split('-');
    if (needle.length >= 3 && (parts.includes(needle) || needle.split('-').includes(candidate))) return candidate;
  }
  return undefined;
}

/** ` (did you mean `x`?)`, or nothing when no candidate is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closest(value, candidates);
  return match === undefined ? '' : ` (did you mean \`${match}\`?)`;
}

/** `` `a`, `b`, `c` `` for messages. */
export function listCode(values: readonly string[]): string {
  return values.map((value) => `\`${value}\``).join(', ');
}
