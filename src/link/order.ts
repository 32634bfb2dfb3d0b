/**
 * The archive's orders and groupings, each written once: names as readers of
 * the site's language sort them, articles newest first, actors most named
 * first, and a group-by that keeps the order it is given.
 */

import type {ActorCount, LanguageTag} from '../model/types.ts';

/** Code-unit order: the same everywhere, whatever the locale. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The orders of names, which depend on the language of the site's readers. */
export interface NameOrder {
  /** Names as readers sort them (case and accents aside), code-unit order on a tie. */
  readonly byName: (a: string, b: string) => number;
  /** Most mentions first, then most articles, then by name: the order of every list of actors with counts. */
  readonly mostNamedFirst: (a: ActorCount, b: ActorCount) => number;
}

const nameOrders = new Map<string, NameOrder>();

/**
 * The name orders of a site in `language`, made once per language: one
 * collator for every comparison (`localeCompare` with options builds a new
 * one per call).
 */
export function nameOrder(language: LanguageTag): NameOrder {
  let order = nameOrders.get(language);
  if (order === undefined) {
    const collator = new Intl.Collator(language, {sensitivity: 'base'});
    const byName = (a: string, b: string): number => collator.compare(a, b) || byText(a, b);
    order = {
      byName,
      mostNamedFirst: (a, b) => b.count - a.count || b.articles - a.articles || byName(a.actor.name, b.actor.name),
    };
    nameOrders.set(language, order);
  }
  return order;
}

/** What `newestFirst` compares. */
export interface Dated {
  readonly date: {readonly sortKey: string};
  readonly slug: string;
}

/** Newest first, then by slug: the archive's one order of articles. */
export const newestFirst = (a: Dated, b: Dated): number => byText(b.date.sortKey, a.date.sortKey) || byText(a.slug, b.slug);

/** Oldest first, then by slug: the order within a timeline. */
export const oldestFirst = (a: Dated, b: Dated): number => byText(a.date.sortKey, b.date.sortKey) || byText(a.slug, b.slug);

/** Group `items` by the keys `keysOf` gives each (none, one or several), keeping their order within each group. */
export function groupBy<Item, Key>(items: Iterable<Item>, keysOf: (item: Item) => Iterable<Key>): Map<Key, Item[]> {
  const groups = new Map<Key, Item[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [item]);
      else list.push(item);
    }
  }
  return groups;
}
