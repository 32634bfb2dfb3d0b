/**
 * Related articles come from a bounded set of candidates (`link/related.ts`).
 * These tests show that the choice stays as good as scoring every article
 * that shares something: the same on the seed articles, and nearly as good
 * on a generated archive of thousands.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../src/load-archive.ts';
import {groupBy} from '../src/link/order.ts';
import {relatedArticles, relatedCount, type Relatable} from '../src/link/related.ts';
import {makeDate} from '../src/model/dates.ts';
import {isActorId, isArticleSlug, isHref, isTopicId} from '../src/model/ids.ts';
import {defaultLanguage} from '../src/model/language.ts';
import type {ActorId, ArticleLink, TopicId} from '../src/model/types.ts';

/** `value`, checked by `guard`. */
function checked<T extends string>(value: string, guard: (value: string) => value is T): T {
  assert.ok(guard(value), value);
  return value;
}

/** Related articles of every draft, bounded and exhaustive. */
function bothChoices(drafts: readonly Relatable[]): {bounded: ArticleLink[][]; exhaustive: ArticleLink[][]} {
  const byActor = groupBy(drafts, (draft) => draft.mentions.map((mention) => mention.actor));
  const byTopic = groupBy(drafts, (draft) => draft.entry.topics);
  const bounded = relatedArticles(drafts, byActor, byTopic);
  const exhaustive = relatedArticles(drafts, byActor, byTopic, {exhaustive: true});
  return {bounded: drafts.map(bounded), exhaustive: drafts.map(exhaustive)};
}

test('on the seed articles the bounded choice is the choice over every article', async () => {
  const loaded = await loadArchive(fileURLToPath(new URL('../content/', import.meta.url)));
  const archive = loaded.archive;
  assert.ok(archive !== undefined && archive.articles.length >= 5, 'the seed archive loads');
  const drafts: Relatable[] = archive.articles.map((article) => ({
    entry: {topics: article.topics.map((topic) => topic.id), date: article.date},
    mentions: article.actors.map((count) => ({actor: count.actor.id})),
    link: article.link,
  }));
  const {bounded, exhaustive} = bothChoices(drafts);
  assert.deepEqual(bounded, exhaustive);
  // And it is what the archive shows: every article lists the others that share something with it.
  archive.articles.forEach((article, index) => {
    assert.deepEqual(article.related, bounded[index], article.slug);
    assert.ok(article.related.length > 0, `${article.slug} has related articles`);
  });
});

/** A deterministic generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * An archive shaped like the benchmark's: 300 actors named with a long tail
 * (a few in most articles, most in a few), 40 topics, two topics and about
 * eight actors an article, dates over 25 years.
 */
function generatedDrafts(count: number): Relatable[] {
  const next = random(7);
  const pick = (size: number, skew: number): number => Math.floor(size * next() ** skew);
  const drafts: Relatable[] = [];
  for (let index = 0; index < count; index++) {
    // Newest first, as the linker orders them.
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(((count - index) / count) * 25 * 365)));
    const date = makeDate('day', day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
    const actors = new Set<ActorId>();
    while (actors.size < 6 + pick(5, 1)) actors.add(checked(`actor-${pick(300, 2.5)}`, isActorId));
    const topics = new Set<TopicId>();
    while (topics.size < 2) topics.add(checked(`topic-${pick(40, 1.5)}`, isTopicId));
    drafts.push({
      entry: {topics: [...topics], date},
      mentions: [...actors].map((actor) => ({actor})),
      link: {slug: checked(`a-${index}`, isArticleSlug), url: checked(`/articles/a-${index}/`, isHref), title: `A ${index}`, date: {...date, label: date.iso}, summary: '', language: defaultLanguage, dir: 'ltr'},
    });
  }
  return drafts;
}

test('on a generated archive the bounded choice scores nearly as well as the best over every article', () => {
  const drafts = generatedDrafts(4000);
  const {bounded, exhaustive} = bothChoices(drafts);
  // Score a choice as the sum, over its articles, of the rarity weights of what each shares with the article.
  const byActor = groupBy(drafts, (draft) => draft.mentions.map((mention) => mention.actor));
  const byTopic = groupBy(drafts, (draft) => draft.entry.topics);
  const weight = (articles: number, base: number): number => base * Math.log(1 + drafts.length / articles);
  const slugs = new Map(drafts.map((draft) => [draft.link.slug, draft]));
  const shared = (a: Relatable, b: Relatable): number => {
    let score = 0;
    for (const {actor} of a.mentions) if (b.mentions.some((mention) => mention.actor === actor)) score += weight(byActor.get(actor)?.length ?? 1, 1);
    for (const topic of a.entry.topics) if (b.entry.topics.includes(topic)) score += weight(byTopic.get(topic)?.length ?? 1, 2);
    return score;
  };
  const total = (draft: Relatable, links: readonly ArticleLink[]): number =>
    links.reduce((sum, link) => {
      const other = slugs.get(link.slug);
      return sum + (other === undefined ? 0 : shared(draft, other));
    }, 0);
  let boundedScore = 0;
  let bestScore = 0;
  let same = 0;
  drafts.forEach((draft, index) => {
    const mine = bounded[index] ?? [];
    const best = exhaustive[index] ?? [];
    assert.equal(mine.length, relatedCount);
    boundedScore += total(draft, mine);
    bestScore += total(draft, best);
    same += mine.filter((link) => best.some((other) => other.slug === link.slug)).length;
  });
  const ratio = boundedScore / bestScore;
  assert.ok(ratio >= 0.93, `the bounded choice scores ${(ratio * 100).toFixed(1)}% of the best`);
  assert.ok(ratio <= 1 + 1e-9, 'the exhaustive choice is the best');
  // Most chosen articles are the best ones; the others are nearer in time.
  assert.ok(same / (drafts.length * relatedCount) >= 0.5, `${same} of ${drafts.length * relatedCount} chosen articles are among the best`);
});
