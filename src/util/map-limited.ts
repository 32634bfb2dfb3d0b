/**
 * `Promise.all(items.map(fn))` with at most `limit` calls under way at once:
 * reading 100,000 files all at once runs out of file handles (`EMFILE`).
 */

/** Map `items` through `fn`, at most `limit` at a time, keeping their order. */
export async function mapLimited<Item, Result>(items: readonly Item[], limit: number, fn: (item: Item) => Promise<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      // `index < items.length` holds, so the item exists.
      results[index] = await fn(items[index] as Item);
    }
  };
  await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, lane));
  return results;
}
