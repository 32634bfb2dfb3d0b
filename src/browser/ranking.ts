/**
 * Pagefind's ranking parameters for this archive's index. Measured with the
 * ranking table (`npx tsx scripts/bench/ranking.ts`; `docs/performance.md`,
 * "Search ranking"): none of Pagefind's BM25 parameters changes a row of
 * it, since the name table and the mention tokens decide what comes first,
 * so they stay Pagefind's. Pagefind searches every metadata field and
 * boosts a page for each match; the date, the source and the description
 * (which is also in the page's text) are not what a page is about, so
 * matches there add nothing to its rank.
 */

/** Passed to Pagefind as its `ranking` option. */
export const ranking = {
  metaWeights: {date: 0, source: 0, description: 0},
};
