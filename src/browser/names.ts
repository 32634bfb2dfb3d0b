/**
 * Which actors, topics and sources a query names, decided from the name
 * table (`search/name-table.ts`), not from Pagefind's ranking: a name equal
 * to the query comes before an alias equal to it, which comes before a name
 * that only starts with it; so "Taliban" always comes before "Tehrik-i-Taliban
 * Pakistan" for `taliban`. Names are compared by `nameKey`, so in any form
 * normalisation folds together and with or without a possessive.
 *
 * A query of several words that is not itself a name or alias may name
 * entities in some of its words (`Putin ceasefire`): those matches come
 * after the query's own, and only for a whole name or alias.
 *
 * No DOM here: the bucket files are loaded through the function given.
 */

import {isRecord} from '../util/is-record.ts';
import type {NameEntry, NameTableIndex} from '../search/layout.ts';
import {nameKey} from '../search/normalise.ts';

/** How many cards a search shows at most. */
export const maxCards = 3;

/** A query shorter than this (in characters of its key) names nothing by its start alone. */
const shortestPrefix = 3;

/** Queries of more words than this are not searched for names in their parts. */
const mostWords = 6;

/** How a name matched: the name itself, an alias, or the start of either. */
export type MatchTier = 'name' | 'alias' | 'prefix';

const tierOrder: Readonly<Record<MatchTier, number>> = {name: 0, alias: 1, prefix: 2};

/** An entity the query names. */
export interface NameMatch {
  readonly entry: NameEntry;
  readonly tier: MatchTier;
  /** The query's words (by position in its key) that name it: all of them, or a run of them. */
  readonly words: {readonly from: number; readonly to: number};
}

/** How many buckets a query's start may draw names from. */
const mostPrefixBuckets = 3;

/**
 * The files of the buckets that hold `key`, and with `prefix`, the keys that
 * start with it (those that sort from `key` to `key` followed by the last
 * character), at most `mostPrefixBuckets`.
 */
export function bucketsOf(index: NameTableIndex, key: string, prefix: boolean): string[] {
  const holding = (target: string): number => {
    let found = -1;
    for (const [position, [first]] of index.buckets.entries()) if (first <= target) found = position;
    return found;
  };
  const from = holding(key);
  if (from < 0 && !prefix) return [];
  const to = prefix ? holding(`${key}\uffff`) : from;
  return index.buckets.slice(Math.max(0, from), Math.min(to + 1, Math.max(0, from) + mostPrefixBuckets)).map(([, file]) => file);
}

/** How `entry` matches `key`, if it does; `prefix` only when allowed. */
function tierOf(entry: NameEntry, key: string, prefix: boolean): MatchTier | undefined {
  const keys = entry.names.map(nameKey);
  if (keys[0] === key) return 'name';
  if (keys.slice(1).includes(key)) return 'alias';
  if (prefix && key.length >= shortestPrefix && keys.some((name) => name.startsWith(key))) return 'prefix';
  return undefined;
}

/** Best first: the query's own matches before those of its parts (longer parts first), then by tier, then the entity with more articles, then by name. */
function compareMatches(a: NameMatch, b: NameMatch): number {
  return (
    b.words.to - b.words.from - (a.words.to - a.words.from) ||
    tierOrder[a.tier] - tierOrder[b.tier] ||
    b.entry.articles - a.entry.articles ||
    (a.entry.names[0] ?? '').localeCompare(b.entry.names[0] ?? '')
  );
}

/** The runs of words of `key` to look names up for, longest first: the whole key, then its parts. */
function runsOf(key: string): {readonly key: string; readonly from: number; readonly to: number}[] {
  const words = key.split(' ').filter(Boolean);
  const runs = [{key: words.join(' '), from: 0, to: words.length}];
  if (words.length > mostWords) return runs;
  for (let size = words.length - 1; size >= 1; size--) {
    for (let from = 0; from + size <= words.length; from++) runs.push({key: words.slice(from, from + size).join(' '), from, to: from + size});
  }
  return runs;
}

/** Read a bucket file's content as a list of entries; anything else gives none. */
export function bucketEntries(json: unknown): NameEntry[] {
  if (!isRecord(json) || !Array.isArray(json['entries'])) return [];
  return json['entries'].flatMap((entry: unknown): NameEntry[] => {
    if (!isRecord(entry) || typeof entry['url'] !== 'string' || !Array.isArray(entry['names']) || typeof entry['kind'] !== 'string') return [];
    const names = entry['names'].filter((name: unknown): name is string => typeof name === 'string');
    const text = (name: string): string | undefined => {
      const value = entry[name];
      return typeof value === 'string' ? value : undefined;
    };
    const newest = text('newest');
    const oldest = text('oldest');
    const token = text('token');
    const quotesUrl = text('quotesUrl');
    const quotes = typeof entry['quotes'] === 'number' ? entry['quotes'] : 0;
    return [
      {
        url: entry['url'],
        names,
        kind: entry['kind'],
        description: text('description') ?? '',
        articles: typeof entry['articles'] === 'number' ? entry['articles'] : 0,
        ...(newest === undefined ? {} : {newest}),
        ...(oldest === undefined ? {} : {oldest}),
        ...(token === undefined ? {} : {token}),
        ...(quotesUrl === undefined || quotes === 0 ? {} : {quotes, quotesUrl}),
      },
    ];
  });
}

/**
 * The entities `query` names, best first, at most `maxCards`. `load` reads a
 * bucket file of the table (its entries); buckets are loaded at once.
 */
export async function findNames(query: string, index: NameTableIndex, load: (file: string) => Promise<readonly NameEntry[]>): Promise<NameMatch[]> {
  const key = nameKey(query);
  if (key === '') return [];
  const runs = runsOf(key).map((run, position) => ({...run, whole: position === 0}));
  const filesOf = (run: {key: string; whole: boolean}): string[] => bucketsOf(index, run.key, run.whole && run.key.length >= shortestPrefix);
  const loaded = new Map<string, readonly NameEntry[]>();
  await Promise.all([...new Set(runs.flatMap(filesOf))].map(async (file) => loaded.set(file, await load(file))));
  const matches: NameMatch[] = [];
  const seen = new Set<string>();
  for (const run of runs) {
    // A query that is itself a name or alias names nothing more in its parts.
    if (!run.whole && matches.some((match) => match.tier !== 'prefix')) break;
    for (const entry of filesOf(run).flatMap((file) => loaded.get(file) ?? [])) {
      if (seen.has(entry.url)) continue;
      const tier = tierOf(entry, run.key, run.whole);
      if (tier === undefined) continue;
      seen.add(entry.url);
      matches.push({entry, tier, words: {from: run.from, to: run.to}});
    }
  }
  return matches.sort(compareMatches).slice(0, maxCards);
}
