/**
 * Related articles: for each article, the few others that share the most
 * with it, where what is shared counts by how rare it is. A shared topic
 * weighs twice a shared actor, and each weighs `log(1 + articles / its
 * articles)`: sharing an actor named in three articles says more than
 * sharing one named in half the archive. On a tie, the article nearer in
 * time wins, then the newer.
 *
 * Candidates come from a bounded set, so linking grows linearly with the
 * archive: from the article's actors and topics, rarest first, the `perSource`
 * articles nearest to it in time in each one's list, until `candidateBudget`
 * are found. Each candidate is then scored on everything it
 * shares with the article. An article that shares only common actors with
 * this one, and lies far from it in time, is never considered; the test on
 * the seed articles and a generated archive shows what that costs
 * (`tests/related.test.ts`).
 */

import type {ActorId, ArticleLink, TopicId} from '../model/types.ts';

/** What related articles are chosen from: an article draft (`link/articles.ts`) has it. */
export interface Relatable {
  readonly entry: {readonly topics: readonly TopicId[]; readonly date: {readonly sortKey: string}};
  readonly mentions: readonly {readonly actor: ActorId}[];
  readonly link: ArticleLink;
}

/** How many related articles an article page lists. */
export const relatedCount = 5;

/** Candidates taken from each of an article's actors and topics: the nearest in time, half on either side. */
export const perSource = 64;

/** Lists are taken, rarest first, until this many candidates are found (or the article's lists run out). */
export const candidateBudget = 256;

/** How much a shared topic weighs against a shared actor, before rarity. */
const topicWeight = 2;

/** Options of `relatedArticles`, for the test that compares with scoring every article. */
export interface RelatedOptions {
  /** Score every article that shares something, not only the bounded candidates. */
  readonly exhaustive?: boolean;
}

/**
 * A function that gives the related articles of each draft. `drafts` must be
 * newest first, and `byActor` / `byTopic` list, for each actor and topic, the
 * drafts that have it, in that order.
 */
export function relatedArticles<Draft extends Relatable>(
  drafts: readonly Draft[],
  byActor: ReadonlyMap<ActorId, readonly Draft[]>,
  byTopic: ReadonlyMap<TopicId, readonly Draft[]>,
  options: RelatedOptions = {},
): (draft: Draft) => ArticleLink[] {
  // Drafts are sorted newest first, so a lower rank is the newer article.
  // Every actor and topic is a numbered list of ranks, newest first.
  const rank = new Map(drafts.map((draft, index) => [draft, index]));
  const lists: (readonly number[])[] = [];
  const weights: number[] = [];
  const actorList = new Map<ActorId, number>();
  const topicList = new Map<TopicId, number>();
  const number = <Key>(groups: ReadonlyMap<Key, readonly Draft[]>, into: Map<Key, number>, base: number): void => {
    for (const [key, list] of groups) {
      into.set(key, lists.length);
      lists.push(list.map((draft) => rank.get(draft) ?? 0));
      // In thousandths, as a whole number: sums are then exact, whatever order they are added in.
      weights.push(Math.round(1000 * base * Math.log(1 + drafts.length / Math.max(1, list.length))));
    }
  };
  number(byActor, actorList, 1);
  number(byTopic, topicList, topicWeight);
  /** Each draft's lists, by rank. */
  const listsOf = drafts.map((draft) => {
    const own = new Set<number>();
    for (const mention of draft.mentions) {
      const list = actorList.get(mention.actor);
      if (list !== undefined) own.add(list);
    }
    for (const topic of draft.entry.topics) {
      const list = topicList.get(topic);
      if (list !== undefined) own.add(list);
    }
    return [...own];
  });

  const days = drafts.map(dayOf);

  // Reused between articles: the weight of each list shared with the
  // current article (0 when not shared), and which ranks are candidates.
  const sharedWeight = new Int32Array(lists.length);
  const seen = new Int32Array(drafts.length).fill(-1);

  return (draft) => {
    const own = rank.get(draft) ?? -1;
    const mine = listsOf[own] ?? [];
    for (const list of mine) sharedWeight[list] = weights[list] ?? 0;

    const candidates: number[] = [];
    const consider = (other: number): void => {
      if (other === own || seen[other] === own) return;
      seen[other] = own;
      candidates.push(other);
    };
    if (options.exhaustive === true) {
      for (const list of mine) for (const other of lists[list] ?? []) consider(other);
    } else {
      // The rarest lists first (the fewest articles; the list number breaks ties).
      // A list of this article alone gives no candidate and does not count.
      const rarest = mine.filter((list) => (lists[list]?.length ?? 0) > 1).sort((a, b) => (lists[a]?.length ?? 0) - (lists[b]?.length ?? 0) || a - b);
      for (const list of rarest) {
        if (candidates.length >= candidateBudget) break;
        nearest(lists[list] ?? [], own, perSource, consider);
      }
    }

    // Keep the best few in one pass: the higher score, then the nearer in time, then the newer (lower rank).
    const best: number[] = [];
    const scores = new Map<number, number>();
    const day = days[own] ?? 0;
    const distance = (other: number): number => Math.abs((days[other] ?? 0) - day);
    const better = (a: number, scoreA: number, b: number): boolean => {
      const scoreB = scores.get(b) ?? 0;
      return scoreA > scoreB || (scoreA === scoreB && (distance(a) < distance(b) || (distance(a) === distance(b) && a < b)));
    };
    for (const other of candidates) {
      let score = 0;
      for (const list of listsOf[other] ?? []) score += sharedWeight[list] ?? 0;
      const last = best[best.length - 1];
      if (best.length === relatedCount && last !== undefined && !better(other, score, last)) continue;
      let index = best.length;
      while (index > 0) {
        const previous = best[index - 1];
        if (previous === undefined || !better(other, score, previous)) break;
        index--;
      }
      best.splice(index, 0, other);
      scores.set(other, score);
      if (best.length > relatedCount) best.pop();
    }
    for (const list of mine) sharedWeight[list] = 0;
    return best.flatMap((other) => drafts[other]?.link ?? []);
  };
}

/**
 * Give `consider` the `count` entries of `list` (ranks, ascending) nearest to
 * `rank`, alternating between the newer and the older side; `rank` itself is
 * in the list.
 */
function nearest(list: readonly number[], rank: number, count: number, consider: (other: number) => void): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) < rank) low = middle + 1;
    else high = middle;
  }
  let before = low - 1;
  let after = list[low] === rank ? low + 1 : low;
  for (let taken = 0; taken < count && (before >= 0 || after < list.length); taken++) {
    const takeBefore = after >= list.length || (before >= 0 && taken % 2 === 0);
    const other = takeBefore ? list[before--] : list[after++];
    if (other !== undefined) consider(other);
  }
}

/** A draft's date as a number of days, for nearness in time (the first of the month or year where only that is known). */
function dayOf(draft: Relatable): number {
  const key = draft.entry.date.sortKey;
  const year = Number(key.slice(0, 4));
  const month = Math.max(1, Number(key.slice(5, 7)));
  const day = Math.max(1, Number(key.slice(8, 10)));
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
