/**
 * Where every page lives: its output path, its link (with the site's path
 * prefix) and its absolute URL. URLs are part of the site's contract, and
 * this is the one place that makes them: pages, feeds, the sitemap, the data
 * files, the assets, and the links out to Wikidata.
 */

import {isAbsoluteUrl, isHref, isUrlUnder} from './ids.ts';
import type {AbsoluteUrl, ActorId, ArticleSlug, Href, Navigation, PageAddress, Site, SourceId, TopicId} from './types.ts';

/** The addresses of a site's pages. */
export interface Addresses {
  readonly home: PageAddress;
  readonly timeline: PageAddress;
  readonly topics: PageAddress;
  readonly actors: PageAddress;
  readonly sources: PageAddress;
  readonly notFound: PageAddress;
  readonly search: PageAddress;
  readonly feed: PageAddress;
  readonly sitemap: PageAddress;
  /** The data files: the records as JSON. */
  readonly data: {readonly articles: PageAddress; readonly actors: PageAddress; readonly topics: PageAddress; readonly quotes: PageAddress};
  /** The plain card link previews show for pages without an image of their own. */
  readonly shareCard: PageAddress;
  /** The folder of processed images. */
  readonly media: PageAddress;
  /** A processed image in that folder. */
  mediaFile(name: string): PageAddress;
  readonly nav: Navigation;
  article(slug: ArticleSlug): PageAddress;
  actor(id: ActorId): PageAddress;
  topic(id: TopicId): PageAddress;
  source(id: SourceId): PageAddress;
  timelineYear(year: number): PageAddress;
  /** The Atom feed that belongs to a page: `feed.xml` in the page's folder. */
  feedOf(page: PageAddress): PageAddress;
}

/** Stop on a link the program made wrongly: never a content problem, since every part was checked before. */
function badAddress(what: string, value: string): never {
  throw new Error(`Made ${what} that is not one: \`${value}\`.`);
}

/**
 * The address of `path` (root-relative, without the prefix). A path ending in
 * `/` is a folder page, written to `index.html` in it.
 */
export function pageAddress(site: Site, path: string): PageAddress {
  const url = `${site.pathPrefix}${path.replace(/^\//, '')}`;
  if (!isHref(url)) return badAddress('a link', url);
  const absoluteUrl = `${site.baseUrl}${url}`;
  if (!isUrlUnder(absoluteUrl, site.baseUrl)) return badAddress('an absolute URL', absoluteUrl);
  return {permalink: path.endsWith('/') ? `${path}index.html` : path, url, absoluteUrl};
}

/** The link to an actor's page under the path prefix `prefix` (`/` or `/archive/`). */
export function actorHref(prefix: string, id: ActorId): Href {
  const url = `${prefix}actors/${id}/`;
  return isHref(url) ? url : badAddress('a link', url);
}

/** The Wikidata page of the item `id` (`Q889`). */
export function wikidataUrl(id: string): AbsoluteUrl {
  const url = `https://www.wikidata.org/wiki/${id}`;
  return isAbsoluteUrl(url) ? url : badAddress('a Wikidata URL', url);
}

/** A link to the element `id` of `page`: `/timeline/2021/#y2021-m08`, and its absolute URL. */
export function fragmentOf(page: PageAddress, id: string): {readonly url: Href; readonly absoluteUrl: AbsoluteUrl} {
  const url = `${page.url}#${id}`;
  const absoluteUrl = `${page.absoluteUrl}#${id}`;
  if (!isHref(url)) return badAddress('a link', url);
  return isAbsoluteUrl(absoluteUrl) ? {url, absoluteUrl} : badAddress('an absolute URL', absoluteUrl);
}

/** Build the addresses of `site`. */
export function siteAddresses(site: Site): Addresses {
  const at = (path: string): PageAddress => pageAddress(site, path);
  const home = at('/');
  const timeline = at('/timeline/');
  const topics = at('/topics/');
  const actors = at('/actors/');
  const sources = at('/sources/');
  const feed = at('/feed.xml');
  const search = at('/search/');
  return {
    home,
    timeline,
    topics,
    actors,
    sources,
    notFound: at('/404.html'),
    search,
    feed,
    sitemap: at('/sitemap.xml'),
    data: {articles: at('/data/articles.json'), actors: at('/data/actors.json'), topics: at('/data/topics.json'), quotes: at('/data/quotes.json')},
    shareCard: at('/assets/share.png'),
    media: at('/media/'),
    mediaFile: (name) => at(`/media/${name}`),
    nav: {
      home: home.url,
      timeline: timeline.url,
      topics: topics.url,
      actors: actors.url,
      sources: sources.url,
      feed: feed.url,
      stylesheet: at('/assets/style.css').url,
      icon: at('/assets/favicon.svg').url,
      search: search.url,
      script: at('/assets/site.js').url,
    },
    article: (slug) => at(`/articles/${slug}/`),
    actor: (id) => at(actorHref('/', id)),
    topic: (id) => at(`/topics/${id}/`),
    source: (id) => at(`/sources/${id}/`),
    timelineYear: (year) => at(`/timeline/${year}/`),
    feedOf: (page) => at(page.permalink.replace(/index\.html$/, 'feed.xml')),
  };
}
