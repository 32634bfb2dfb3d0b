/**
 * Split the pages of the search index into shards by date: each shard is
 * indexed by its own short-lived Pagefind service, so the memory indexing
 * takes is bounded by the largest shard rather than by the archive, and an
 * edit re-indexes only the shard it falls in. In the browser, the newest
 * shard is the primary Pagefind bundle and the others are merged into it
 * (`mergeIndex`).
 *
 * A shard is a window of time, the same for every page in it, so a page only
 * changes shard when its date does: all shards are windows of one width,
 * the widest of centuries, half centuries, 25, 10, 5, 2 and single years,
 * half years, quarters and months whose fullest window holds at most
 * `maxPages` pages. Shards are ordered newest first and never overlap, which
 * is what lets the browser sort merged results by date (see
 * `src/browser/shards.ts`). Entity pages (actors, topics, sources) have
 * shards of their own, after the articles', so that the search page can
 * search articles and entities apart at no cost (Pagefind's `mergeFilter`).
 */

/** A page to index: its date's sort key (`YYYY-MM-DD`, `00` for what is not known), and whether it is an article or an entity page. */
export interface DatedPage {
  readonly sortKey: string;
  readonly section?: 'articles' | 'entities';
}

/** One shard: a window of time and the articles dated in it, or a share of the entity pages. */
export interface SearchShard<Page extends DatedPage> {
  /** A name usable as a folder name: `2020-2024`, `2021`, `2021-07` (a window starting in July), or `entities`, `entities-2`, … */
  readonly name: string;
  readonly section: 'articles' | 'entities';
  readonly pages: readonly Page[];
}

/**
 * The most pages in one shard, by default. Pagefind's service needs about
 * 0.2 MB per page it indexes, and indexes about 300 pages a second here; in
 * the browser, each shard adds a few requests and kilobytes to a search.
 */
export const defaultMaxShardPages = 2500;

/** The smallest limit `site.yaml` may set: below it, a search would fetch from too many shards. */
export const smallestMaxShardPages = 100;

/** The width of a window of time. */
type Width = {readonly years: number} | {readonly months: number};

/** Window widths tried, widest first. */
const widths: readonly Width[] = [
  {years: 100},
  {years: 50},
  {years: 25},
  {years: 10},
  {years: 5},
  {years: 2},
  {years: 1},
  {months: 6},
  {months: 3},
  {months: 1},
];

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** The window of `sortKey` at `width`: a name, and a key that orders windows in time. */
function windowOf(sortKey: string, width: Width): {readonly name: string; readonly order: number} {
  const year = Number.parseInt(sortKey.slice(0, 4), 10) || 0;
  if ('years' in width) {
    const start = Math.floor(year / width.years) * width.years;
    const name = width.years === 1 ? pad(start, 4) : `${pad(start, 4)}-${pad(start + width.years - 1, 4)}`;
    return {name, order: start * 12};
  }
  // A date known only to the year (month `00`) goes with the year's first window.
  const month = Math.max(1, Number.parseInt(sortKey.slice(5, 7), 10) || 1);
  const first = Math.floor((month - 1) / width.months) * width.months + 1;
  return {name: `${pad(year, 4)}-${pad(first, 2)}`, order: year * 12 + first - 1};
}

/**
 * Split `pages` into shards: the articles into windows of time of at most
 * `maxPages` pages where the dates allow (a single month holding more is one
 * shard), newest shard first; then the entity pages (actors, topics,
 * sources), which the search page searches apart from articles, in shards of
 * at most `maxPages` in the order given. Each shard keeps its pages in the
 * order given. An empty list gives one empty shard, so that there is always
 * a primary bundle.
 */
export function shardSearchPages<Page extends DatedPage>(pages: readonly Page[], maxPages = defaultMaxShardPages): SearchShard<Page>[] {
  const entities = pages.filter((page) => page.section === 'entities');
  const shards: SearchShard<Page>[] = shardByDate(
    pages.filter((page) => page.section !== 'entities'),
    maxPages,
  );
  for (let start = 0; start < entities.length; start += maxPages) {
    shards.push({name: start === 0 ? 'entities' : `entities-${start / maxPages + 1}`, section: 'entities', pages: entities.slice(start, start + maxPages)});
  }
  return shards.length > 0 ? shards : [{name: 'empty', section: 'articles', pages: []}];
}

/** Articles in windows of time of one width, the widest that keeps each under `maxPages`, newest first. */
function shardByDate<Page extends DatedPage>(pages: readonly Page[], maxPages: number): SearchShard<Page>[] {
  type Window = {readonly order: number; readonly pages: Page[]};
  let chosen = new Map<string, Window>();
  for (const width of widths) {
    const windows = new Map<string, Window>();
    for (const page of pages) {
      const {name, order} = windowOf(page.sortKey, width);
      const window = windows.get(name);
      if (window === undefined) windows.set(name, {order, pages: [page]});
      else window.pages.push(page);
    }
    chosen = windows;
    if ([...windows.values()].every((window) => window.pages.length <= maxPages)) break;
  }
  return [...chosen].sort(([, a], [, b]) => b.order - a.order).map(([name, window]) => ({name, section: 'articles', pages: window.pages}));
}
