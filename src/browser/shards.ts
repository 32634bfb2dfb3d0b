/**
 * The search index as one: a large archive's index is split into shards
 * (`search/shards.ts`), the articles by date, newest in the primary bundle,
 * and the entity pages apart. Each shard is merged into Pagefind's search
 * with a `shard` filter of its own name (`mergeFilter`, which costs no
 * download), so that a search can be limited to the articles, to the entity
 * pages, or to the shards that can hold its words.
 */

import {shardListFile, type ShardEntry} from '../search/layout.ts';
import {isRecord} from '../util/is-record.ts';
import {loadPagefind, type FilterCounts, type IndexOptions, type Pagefind, type Response, type SearchOptions} from './pagefind.ts';

/** Articles or entity pages. */
export type Section = ShardEntry['section'];

/** The index with its shards. */
export interface ShardedIndex {
  /**
   * Search `term` (`null`: by filters alone) in the shards of `sections`.
   * Results come in Pagefind's order: by score, or with a sort, by it over
   * all shards.
   */
  search(term: string | null, options: SearchOptions, sections: readonly Section[]): Promise<Response>;
  /** Load every shard's filter data; until then, results carry no filter counts. */
  loadFilters(): Promise<FilterCounts>;
}

/** The shards `shards.json` lists, newest articles first, then the entity pages. */
async function shardList(bundle: URL): Promise<ShardEntry[]> {
  const response = await fetch(new URL(shardListFile, bundle));
  if (!response.ok) throw new Error(`the list of search shards could not be loaded (${response.status})`);
  const list: unknown = await response.json();
  const shards = isRecord(list) && Array.isArray(list['shards']) ? list['shards'] : [];
  return shards.flatMap((shard: unknown): ShardEntry[] =>
    isRecord(shard) && typeof shard['name'] === 'string' && typeof shard['path'] === 'string'
      ? [{name: shard['name'], path: new URL(shard['path'], bundle).pathname, section: shard['section'] === 'entities' ? 'entities' : 'articles'}]
      : [],
  );
}

const nothing: Response = {results: [], filters: {}};

/** `options` limited to the shards `names`. */
const within = (options: SearchOptions, names: readonly string[]): SearchOptions => ({...options, filters: {...options.filters, shard: {any: names}}});

/**
 * The shards of `names` a search for `term` may draw results from: all of
 * them, except that a word found as a whole word in some shards of the
 * archive (`all`) limits the search to those. Where a shard has no word
 * starting with a searched word, Pagefind falls back to a shorter prefix of
 * it ("Torkham" to "to") and returns weak matches, which one index for the
 * whole archive would not do since the word is in it. Whole-word ("exact")
 * searches never fall back, and they load the same parts of the index as
 * the search itself.
 */
async function shardsFor(pagefind: Pagefind, term: string | null, names: readonly string[], all: readonly string[]): Promise<readonly string[]> {
  if (term === null || /^\s*".+"\s*$/.test(term)) return names;
  let allowed = names;
  const words = term.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
  const exact = await Promise.all(words.map((word) => pagefind.search(`"${word}"`, within({}, all))));
  for (const found of exact) {
    const present = Object.entries(found.filters['shard'] ?? {})
      .filter(([, count]) => count > 0)
      .map(([name]) => name);
    if (present.length > 0) allowed = allowed.filter((name) => present.includes(name));
  }
  return allowed;
}

/** Open the index whose primary bundle is `bundle`, with `options` for every shard. */
export async function openIndex(bundle: URL, options: IndexOptions): Promise<ShardedIndex> {
  const [pagefind, shards] = await Promise.all([loadPagefind(bundle), shardList(bundle)]);
  const [primary, ...others] = shards;
  if (primary === undefined) throw new Error('the search index lists no shards');
  // Pagefind takes the first options as those it starts with; merged shards
  // get theirs with them. Searching in the page's own thread rather than in
  // Pagefind's web worker spares the worker's script (41 KB) and costs a few
  // milliseconds of the page's time per search.
  await pagefind.options({...options, noWorker: true, mergeFilter: {shard: primary.name}});
  const ready = Promise.all(others.map((shard) => pagefind.mergeIndex(shard.path, {...options, mergeFilter: {shard: shard.name}}))).then(() => pagefind.init());
  await ready;
  return {
    async search(term, searchOptions, sections) {
      const names = shards.filter((shard) => sections.includes(shard.section)).map((shard) => shard.name);
      const allowed = await shardsFor(pagefind, term, names, shards.map((shard) => shard.name));
      // Every word is in some shard, but no shard has them all: nothing matches.
      if (allowed.length === 0) return nothing;
      const found = await pagefind.search(term, within(searchOptions, allowed));
      if (searchOptions.sort === undefined || allowed.length < 2) return found;
      // With a sort, a merged result's score is its rank within its own
      // shard, so each shard is searched on its own and the results put
      // together in shard order: article shards never overlap in time and
      // come newest first, so that is the order of dates.
      const parts = await Promise.all(allowed.map((name) => pagefind.search(term, within(searchOptions, [name]))));
      return {...found, results: parts.flatMap((part) => part.results)};
    },
    loadFilters: () => pagefind.filters(),
  };
}
