/**
 * Link checked entries into the immutable `Archive`, as a table of contents:
 * resolve references, count mentions, and compute every list, count,
 * grouping, URL, feed and export a page shows, so that templates only render.
 * Each step is a module of this folder.
 */

import type {ParsedActor, ParsedEntry} from '../content/registry-entries.ts';
import {siteAddresses} from '../model/addresses.ts';
import type {Archive, Site, SourceEntry, TopicEntry} from '../model/types.ts';
import {actorRecords} from './actors.ts';
import {articleDrafts, articleRecord, type LinkableArticle} from './articles.ts';
import {serialiseExports} from './data-files.ts';
import {feedOf, feedSizes} from './feeds.ts';
import {registryLinks} from './links.ts';
import {listingPages, timelineYearPages} from './listings.ts';
import {groupBy} from './order.ts';
import {relatedArticles} from './related.ts';
import {sitemap} from './sitemap.ts';
import {sourceRecords} from './sources.ts';
import {buildTimeline} from './timeline.ts';
import {topicRecords} from './topics.ts';

export type {LinkableArticle} from './articles.ts';

/** Everything the linker needs: checked entries and the site. */
export interface LinkInput {
  readonly site: Site;
  readonly articles: readonly LinkableArticle[];
  readonly actors: readonly ParsedActor[];
  readonly topics: readonly ParsedEntry<TopicEntry>[];
  readonly sources: readonly ParsedEntry<SourceEntry>[];
  /** Publish drafts too (the preview server does). */
  readonly includeDrafts: boolean;
}

/** Link the archive. Entries must have passed the cross-file checks. */
export function linkArchive(input: LinkInput): Archive {
  const {site} = input;
  const addresses = siteAddresses(site);
  const links = registryLinks(addresses, input.actors, input.topics, input.sources);
  const published = input.articles.filter((article) => input.includeDrafts || !article.entry.draft);
  const drafts = articleDrafts(published, addresses, new Map(input.sources.map(({entry}) => [entry.id, entry])));
  const byActor = groupBy(drafts, (draft) => draft.mentions.map((mention) => mention.actor));
  const byTopic = groupBy(drafts, (draft) => draft.entry.topics);

  const related = relatedArticles(drafts, byActor, byTopic);
  const articles = drafts.map((draft) => articleRecord(site, addresses, draft, links, related(draft)));
  const actors = actorRecords(site, addresses, input.actors, links, byActor);
  const topics = topicRecords(site, addresses, input.topics, links, byTopic);
  const sources = sourceRecords(site, addresses, input.sources, drafts);

  const articleLinks = drafts.map((draft) => draft.link);
  const timeline = buildTimeline(articleLinks, addresses);
  const timelineYears = timelineYearPages(timeline, addresses);
  return {
    site,
    nav: addresses.nav,
    articles,
    actors,
    topics,
    sources,
    timeline,
    pages: listingPages({site, addresses, articles: articleLinks, actors, topics, timeline}, timelineYears),
    feed: feedOf(addresses.feed, site.title, addresses.home.absoluteUrl, drafts, feedSizes.archive),
    sitemap: sitemap({addresses, articles, actors, topics, sources, timelineYears}),
    data: serialiseExports({addresses, articles, actors, topics}),
  };
}
