/**
 * Where every page lives: its output path, its link (with the site's path
 * prefix) and its absolute URL. URLs are part of the site's contract.
 */

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
  readonly nav: Navigation;
  article(slug: ArticleSlug): PageAddress;
  actor(id: ActorId): PageAddress;
  topic(id: TopicId): PageAddress;
  source(id: SourceId): PageAddress;
  timelineYear(year: number): PageAddress;
  /** The Atom feed that belongs to a page: `feed.xml` in the page's folder. */
  feedOf(page: PageAddress): PageAddress;
  /** Any path of the site, such as `/data/articles.json`. */
  at(path: string): PageAddress;
}

/**
 * The address of `path` (root-relative, without the prefix). A path ending in
 * `/` is a folder page, written to `index.html` in it.
 */
export function pageAddress(site: Site, path: string): PageAddress {
  const relative = path.replace(/^\//, '');
  const url = `${site.pathPrefix}${relative}` as Href;
  return {
    permalink: path.endsWith('/') ? `${path}index.html` : path,
    url,
    absoluteUrl: `${site.baseUrl}${url}` as AbsoluteUrl,
  };
}

/** The link to an actor's page under the path prefix `prefix` (`/` or `/archive/`). */
export function actorHref(prefix: string, id: ActorId): Href {
  return `${prefix}actors/${id}/` as Href;
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
    at,
  };
}
