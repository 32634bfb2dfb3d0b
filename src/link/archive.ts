/**
 * Link checked entries into the immutable `Archive`, as a table of contents:
 * resolve references, count mentions, and compute every list, count,
 * grouping, URL, feed and export a page shows, so that templates only render.
 * Each step is a module of this folder.
 */

import type {ParsedActor, ParsedEntry} from '../content/registry-entries.ts';
import type {ImageInfo} from '../media/inspect.ts';
import {translatorFor} from '../i18n/translator.ts';
import {siteAddresses} from '../model/addresses.ts';
import type {Archive, Site, SourceEntry, TopicEntry} from '../model/types.ts';
import {actorCount, actorRecords} from './actors.ts';
import {articleDrafts, articleRecord, type LinkableArticle} from './articles.ts';
import {serialiseExports} from './data-files.ts';
import {feedOf, feedSizes} from './feeds.ts';
import {registryLinks} from './links.ts';
import {listingPages, timelineYearPages} from './listings.ts';
import {archiveNetwork} from './network.ts';
import {groupBy, nameOrder} from './order.ts';
import {quoteRecords} from './quotes.ts';
import {relatedArticles} from './related.ts';
import {sitemap} from './sitemap.ts';
import {sourceRecords} from './sources.ts';
import {buildTimeline} from './timeline.ts';
import {mediaFiles, siteShareImage} from './images.ts';
import {topicRecords} from './topics.ts';

export type {LinkableArticle} from './articles.ts';

/** Everything the linker needs: checked entries and the site. */
export interface LinkInput {
  readonly site: Site;
  readonly articles: readonly LinkableArticle[];
  readonly actors: readonly ParsedActor[];
  readonly topics: readonly ParsedEntry<TopicEntry>[];
  readonly sources: readonly ParsedEntry<SourceEntry>[];
  /** Every image the articles and `site.yaml` use, inspected, by path relative to the content folder. */
  readonly images: ReadonlyMap<string, ImageInfo>;
  /** Publish drafts too (the preview server does). */
  readonly includeDrafts: boolean;
}

/** Link the archive. Entries must have passed the cross-file checks. */
export function linkArchive(input: LinkInput): Archive {
  const {site} = input;
  const t = translatorFor(site.ui);
  const addresses = siteAddresses(site);
  const links = registryLinks(addresses, input.actors, input.topics, input.sources);
  const published = input.articles.filter((article) => input.includeDrafts || !article.entry.draft);
  const images = usedImages(input.images, site, published);
  const siteImage = siteShareImage(site, addresses, images);
  const drafts = articleDrafts(published, {t, addresses, images, siteImage}, new Map(input.sources.map(({entry}) => [entry.id, entry])));
  const byActor = groupBy(drafts, (draft) => draft.mentions.map((mention) => mention.actor));
  const byTopic = groupBy(drafts, (draft) => draft.entry.topics);

  const related = relatedArticles(drafts, byActor, byTopic);
  const quotes = quoteRecords(drafts, links);
  const articles = drafts.map((draft) => articleRecord(site, t, addresses, draft, links, related(draft), quotes.byArticle.get(draft) ?? []));
  const actors = actorRecords(site, t, addresses, input.actors, links, byActor, siteImage, quotes.bySpeaker);
  const order = nameOrder(site.language);
  const network = archiveNetwork(actors.map(actorCount).sort(order.mostNamedFirst), drafts, t, order);
  const topics = topicRecords(site, t, addresses, input.topics, links, byTopic, siteImage);
  const sources = sourceRecords(site, t, addresses, input.sources, drafts, siteImage);

  const articleLinks = drafts.map((draft) => draft.link);
  const timeline = buildTimeline(articleLinks, addresses, t);
  const timelineYears = timelineYearPages(timeline, addresses, t, siteImage);
  return {
    site,
    nav: addresses.nav,
    articles,
    actors,
    topics,
    sources,
    timeline,
    pages: listingPages({site, t, addresses, siteImage, articles: articleLinks, actors, topics, timeline, network}, timelineYears),
    feed: feedOf(addresses.feed, site.title, addresses.home.absoluteUrl, drafts, feedSizes.archive),
    sitemap: sitemap({addresses, articles, actors, topics, sources, timelineYears}),
    data: serialiseExports({addresses, articles, actors, topics}),
    media: mediaFiles(images),
  };
}

/** The images the published pages show: those of published articles and of `site.yaml`, not those of unpublished drafts. */
function usedImages(images: ReadonlyMap<string, ImageInfo>, site: Site, articles: readonly LinkableArticle[]): ReadonlyMap<string, ImageInfo> {
  const paths = new Set(articles.flatMap((article) => [...(article.entry.image === undefined ? [] : [article.entry.image.path]), ...article.images.map((body) => body.image.path)]));
  if (site.image !== undefined) paths.add(site.image.path);
  return new Map([...images].filter(([file]) => paths.has(file)));
}
