/**
 * Topic records: each topic with its introduction, its articles (newest
 * first and as a timeline), the actors its articles name most, and its feed.
 */

import type {ParsedEntry} from '../content/registry-entries.ts';
import type {Translator} from '../i18n/translator.ts';
import type {Addresses} from '../model/addresses.ts';
import type {ActorCount, ActorId, ShareImage, Site, Topic, TopicEntry, TopicId} from '../model/types.ts';
import {renderHtml} from '../process/html.ts';
import {plainText} from '../process/plain-text.ts';
import type {ArticleDraft} from './articles.ts';
import {feedOf, feedSizes} from './feeds.ts';
import type {RegistryLinks} from './links.ts';
import {coverageChart} from './coverage.ts';
import {nameOrder, type NameOrder} from './order.ts';
import {buildTimeline} from './timeline.ts';
import {shareMeta} from './images.ts';

/** How many actors a topic page lists. */
const topicActorCount = 10;

/** The actors that `list`'s articles name, most mentioned first. */
function actorsNamedIn(list: readonly ArticleDraft[], links: RegistryLinks, order: NameOrder): ActorCount[] {
  const counts = new Map<ActorId, {count: number; articles: number}>();
  for (const draft of list) {
    for (const mention of draft.mentions) {
      const seen = counts.get(mention.actor) ?? {count: 0, articles: 0};
      counts.set(mention.actor, {count: seen.count + mention.count, articles: seen.articles + 1});
    }
  }
  return [...counts]
    .flatMap(([id, count]) => {
      const actor = links.actors.get(id);
      return actor === undefined ? [] : [{actor, ...count}];
    })
    .sort(order.mostNamedFirst)
    .slice(0, topicActorCount);
}

/** Every topic's record, by title. `byTopic` lists, for each topic, its drafts newest first. */
export function topicRecords(
  site: Site,
  t: Translator,
  addresses: Addresses,
  topics: readonly ParsedEntry<TopicEntry>[],
  links: RegistryLinks,
  byTopic: ReadonlyMap<TopicId, readonly ArticleDraft[]>,
  siteImage: ShareImage,
): Topic[] {
  const order = nameOrder(site.language);
  return topics
    .map(({entry, tree}): Topic => {
      const address = addresses.topic(entry.id);
      const list = byTopic.get(entry.id) ?? [];
      const articles = list.map((draft) => draft.link);
      const timeline = buildTimeline(articles, addresses, t);
      const chart = coverageChart({timeline, subject: {kind: 'topic', title: entry.title}, addresses, t});
      return {
        page: {
          ...address,
          title: entry.title,
          description: entry.description === '' ? t.text('topic.description', {title: entry.title}) : entry.description,
          share: shareMeta('website', siteImage),
        },
        link: {id: entry.id, url: address.url, title: entry.title},
        path: entry.path,
        id: entry.id,
        title: entry.title,
        description: entry.description,
        html: renderHtml(tree),
        text: plainText(tree),
        articles,
        actors: actorsNamedIn(list, links, order),
        timeline,
        ...(chart === undefined ? {} : {chart}),
        feed: feedOf(addresses.feedOf(address), t.text('feed.title', {name: entry.title, site: site.title}), address.absoluteUrl, list, feedSizes.page),
      };
    })
    .sort((a, b) => order.byName(a.title, b.title));
}
