/**
 * Pagefind's ranking parameters for this archive's index, measured with the
 * ranking table (`tests/search-ranking.browser.test.ts`; see
 * `docs/performance.md`, "Search ranking").
 */

/** Passed to Pagefind as its `ranking` option. */
export const ranking = {
  metaWeights: {date: 0, source: 0, description: 0},
};
