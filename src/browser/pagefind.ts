/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, loaded at run
 * time from the built site) that the search page uses, with guards that turn
 * what it returns into these types. Pagefind ships no types for it.
 */

import {isRecord} from '../util/is-record.ts';

/** A word of a result where a search term matched, with its weight. */
export interface WordLocation {
  readonly location: number;
  readonly balanced_score: number;
}

/** An element with an id in a page's indexed text: the build's anchors carry the original form of a normalised word. */
export interface Anchor {
  readonly element: string;
  readonly id: string;
  readonly location: number;
}

/** A result's fragment: what Pagefind stored for the page. */
export interface Fragment {
  readonly url: string;
  /** The indexed text, normalised, words separated by spaces. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string>>;
  /** The page's filter values, by filter. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly anchors: readonly Anchor[];
  readonly locations: readonly number[];
  readonly weighted_locations: readonly WordLocation[];
}

/** One result, before its fragment is loaded. */
export interface Result {
  /** The page's fragment hash: the same page has the same id in every search. */
  readonly id: string;
  readonly score: number;
  data(): Promise<Fragment>;
}

/** Counts of results by filter and value. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What a search returns. */
export interface Response {
  readonly results: readonly Result[];
  readonly filters: FilterCounts;
}

/** A filter: values any of which a result must have. */
export type Filters = Readonly<Record<string, readonly string[] | {readonly any: readonly string[]}>>;

/** Options of a search. */
export interface SearchOptions {
  readonly filters?: Filters;
  readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** Options of the index and of merged indexes. */
export interface IndexOptions {
  readonly excerptLength?: number;
  readonly baseUrl?: string;
  readonly mergeFilter?: Readonly<Record<string, string>>;
  readonly noWorker?: boolean;
  readonly ranking?: Readonly<Record<string, number | Readonly<Record<string, number>>>>;
}

/** Pagefind's API. */
export interface Pagefind {
  options(options: IndexOptions): Promise<void>;
  mergeIndex(path: string, options: IndexOptions): Promise<void>;
  init(): Promise<void>;
  /** `null` searches by filters alone. */
  search(term: string | null, options: SearchOptions): Promise<Response>;
  filters(): Promise<FilterCounts>;
}

const isCounts = (value: unknown): value is FilterCounts =>
  isRecord(value) && Object.values(value).every((values) => isRecord(values) && Object.values(values).every((count) => typeof count === 'number'));

const strings = (value: unknown): Record<string, string> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')) : {};

/** A fragment as the page uses it, from what Pagefind returned. */
function toFragment(value: unknown): Fragment {
  if (!isRecord(value) || typeof value['url'] !== 'string' || typeof value['content'] !== 'string') throw new Error('Pagefind returned a result without its page');
  const anchors = Array.isArray(value['anchors']) ? value['anchors'] : [];
  const weighted = Array.isArray(value['weighted_locations']) ? value['weighted_locations'] : [];
  const locations = Array.isArray(value['locations']) ? value['locations'] : [];
  return {
    url: value['url'],
    content: value['content'],
    meta: strings(value['meta']),
    filters: isRecord(value['filters'])
      ? Object.fromEntries(
          Object.entries(value['filters']).map(([key, values]) => [key, Array.isArray(values) ? values.filter((each: unknown): each is string => typeof each === 'string') : []]),
        )
      : {},
    anchors: anchors.flatMap((anchor: unknown) =>
      isRecord(anchor) && typeof anchor['element'] === 'string' && typeof anchor['id'] === 'string' && typeof anchor['location'] === 'number'
        ? [{element: anchor['element'], id: anchor['id'], location: anchor['location']}]
        : [],
    ),
    locations: locations.filter((location: unknown): location is number => typeof location === 'number'),
    weighted_locations: weighted.flatMap((word: unknown) =>
      isRecord(word) && typeof word['location'] === 'number' && typeof word['balanced_score'] === 'number'
        ? [{location: word['location'], balanced_score: word['balanced_score']}]
        : [],
    ),
  };
}

/** A search response as the page uses it; a missing or malformed one has no results. */
function toResponse(value: unknown): Response {
  if (!isRecord(value)) return {results: [], filters: {}};
  const results = Array.isArray(value['results']) ? value['results'] : [];
  return {
    results: results.flatMap((result: unknown): Result[] => {
      if (!isRecord(result) || typeof result['id'] !== 'string' || typeof result['score'] !== 'number') return [];
      const data = result['data'];
      if (typeof data !== 'function') return [];
      return [{id: result['id'], score: result['score'], data: async () => toFragment(await data())}];
    }),
    filters: isCounts(value['filters']) ? value['filters'] : {},
  };
}

/** A function of the loaded module, or an error naming it. */
function member(module: Readonly<Record<string, unknown>>, name: string): (...args: unknown[]) => unknown {
  const found = module[name];
  if (typeof found !== 'function') throw new Error(`Pagefind's script has no ${name}()`);
  return (...args) => found(...args);
}

/** Load Pagefind's script from `bundle` (the primary bundle's folder). */
export async function loadPagefind(bundle: URL): Promise<Pagefind> {
  const module: unknown = await import(new URL('pagefind.js', bundle).href);
  if (!isRecord(module)) throw new Error('Pagefind\'s script could not be loaded');
  const [options, mergeIndex, init, search, filters] = ['options', 'mergeIndex', 'init', 'search', 'filters'].map((name) => member(module, name));
  if (options === undefined || mergeIndex === undefined || init === undefined || search === undefined || filters === undefined) throw new Error('Pagefind\'s script is incomplete');
  return {
    options: async (value) => void (await options(value)),
    mergeIndex: async (path, value) => void (await mergeIndex(path, value)),
    init: async () => void (await init()),
    search: async (term, value) => toResponse(await search(term, value)),
    filters: async () => {
      const counts: unknown = await filters();
      return isCounts(counts) ? counts : {};
    },
  };
}
