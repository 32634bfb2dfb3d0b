/**
 * The sitemap: every page a crawler should find, listing pages first, then
 * the articles.
 *
 * No entry has a `<lastmod>`. It would be the date the page last changed, and
 * the build cannot know that: an article's `date` is when the outlet
 * published it (often only a month or a year, which the sitemap format does
 * not even allow), not when its page here changed; file times change with
 * every checkout and would make two builds of the same content differ; and a
 * listing page changes whenever any article does. Search engines ignore
 * `lastmod` values that are not consistently accurate and recrawl by their
 * own schedule without one, so none is better than a wrong one.
 */

import type {Addresses} from '../model/addresses.ts';
import type {Actor, Article, PageAddress, Sitemap, SitemapEntry, Source, TimelineYearPage, Topic} from '../model/types.ts';

/** What the sitemap lists. */
export interface SitemapInput {
  readonly addresses: Addresses;
  readonly articles: readonly Article[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly sources: readonly Source[];
  readonly timelineYears: readonly TimelineYearPage[];
}

/** The sitemap, at its address. */
export function sitemap(input: SitemapInput): Sitemap {
  return {address: input.addresses.sitemap, entries: sitemapEntries(input)};
}

/** The sitemap's entries. */
function sitemapEntries(input: SitemapInput): SitemapEntry[] {
  const {addresses} = input;
  const pages: readonly PageAddress[] = [
    addresses.home,
    addresses.timeline,
    ...input.timelineYears.map((year) => year.page),
    addresses.topics,
    ...input.topics.map((topic) => topic.page),
    addresses.actors,
    ...input.actors.map((actor) => actor.page),
    addresses.sources,
    ...input.sources.map((source) => source.page),
  ];
  return pages
    .map((page): SitemapEntry => ({url: page.absoluteUrl}))
    .concat(input.articles.map((article) => ({url: article.page.absoluteUrl})));
}
