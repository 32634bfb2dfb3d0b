/**
 * Related articles: for each article, the few others that share the most
 * with it, shared topics weighing twice as much as shared actors; on a tie,
 * the newer.
 */

import type {ActorId, ArticleLink, TopicId} from '../model/types.ts';
import type {ArticleDraft} from './articles.ts';

/** How many related articles an article page lists. */
export const relatedCount = 5;

/**
 * A function that gives the related articles of each draft. `drafts` must be
 * newest first, and `byActor` / `byTopic` list, for each actor and topic, the
 * drafts that have it, in that order.
 */
export function relatedArticles(
  drafts: readonly ArticleDraft[],
  byActor: ReadonlyMap<ActorId, readonly ArticleDraft[]>,
  byTopic: ReadonlyMap<TopicId, readonly ArticleDraft[]>,
): (draft: ArticleDraft) => ArticleLink[] {
  // Drafts are sorted newest first, so a lower index is the newer article.
  // Scores live in one reused array indexed by that rank; `touched` lists
  // the ranks to read and reset, so each article costs only its candidates.
  const rank = new Map(drafts.map((draft, index) => [draft, index]));
  const ranksOf = <Key>(groups: ReadonlyMap<Key, readonly ArticleDraft[]>): Map<Key, number[]> =>
    new Map([...groups].map(([key, list]) => [key, list.map((draft) => rank.get(draft) ?? 0)]));
  const actorRanks = ranksOf(byActor);
  const topicRanks = ranksOf(byTopic);
  const scores = new Int32Array(drafts.length);
  const touched: number[] = [];
  const add = (ranks: readonly number[] | undefined, weight: number): void => {
    for (const other of ranks ?? []) {
      if (scores[other] === 0) touched.push(other);
      scores[other] = (scores[other] ?? 0) + weight;
    }
  };
  return (draft) => {
    const own = rank.get(draft) ?? -1;
    for (const mention of draft.mentions) add(actorRanks.get(mention.actor), 1);
    for (const topic of draft.entry.topics) add(topicRanks.get(topic), 2);
    // Keep the best few in one pass: higher score first, then the newer (lower rank).
    const best: number[] = [];
    const better = (a: number, b: number): boolean => (scores[a] ?? 0) > (scores[b] ?? 0) || ((scores[a] ?? 0) === (scores[b] ?? 0) && a < b);
    for (const candidate of touched) {
      if (candidate === own) continue;
      const last = best[best.length - 1];
      if (best.length === relatedCount && last !== undefined && !better(candidate, last)) continue;
      let index = best.length;
      while (index > 0) {
        const previous = best[index - 1];
        if (previous === undefined || !better(candidate, previous)) break;
        index--;
      }
      best.splice(index, 0, candidate);
      if (best.length > relatedCount) best.pop();
    }
    for (const candidate of touched) scores[candidate] = 0;
    touched.length = 0;
    return best.flatMap((candidate) => drafts[candidate]?.link ?? []);
  };
}
