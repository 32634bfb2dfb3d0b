/**
 * The listing pages: home, the timeline and its years, the indexes of
 * topics, actors and sources, search and 404, each with its head data and
 * everything it lists.
 */

import {numberingSystemOf} from '../i18n/text.ts';
import type {Translator} from '../i18n/translator.ts';
import type {Addresses} from '../model/addresses.ts';
import {actorKinds} from '../model/ids.ts';
import type {Actor, ActorGroup, ActorNetwork, ArchivePages, ArticleLink, PageAddress, PageMeta, ShareImage, Site, Timeline, TimelineYearPage, Topic} from '../model/types.ts';
import {actorCount} from './actors.ts';
import {coverageChart} from './coverage.ts';
import {shareMeta} from './images.ts';
import {scriptSafeJson} from './json-ld.ts';
import {nameOrder} from './order.ts';

/** How many articles and actors the home page lists. */
const homeLatest = 10;
const homeActors = 12;

/** What the listing pages are made from. */
export interface ListingInput {
  readonly site: Site;
  readonly t: Translator;
  readonly addresses: Addresses;
  /** What these pages show when shared. */
  readonly siteImage: ShareImage;
  /** Every published article, newest first. */
  readonly articles: readonly ArticleLink[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly timeline: Timeline;
  /** Who is named with whom, for the actors index. */
  readonly network: ActorNetwork | undefined;
}

/** The year pages of the timeline, each with its neighbours and its chart of months. */
export function timelineYearPages(timeline: Timeline, addresses: Addresses, t: Translator, siteImage: ShareImage): TimelineYearPage[] {
  return timeline.years.map((year, index) => {
    const previous = timeline.years[index - 1];
    const next = timeline.years[index + 1];
    const chart = coverageChart({timeline: {count: year.count, years: [year]}, subject: {kind: 'archive'}, addresses, t, year: year.year});
    return {
      page: listingMeta(
        addresses.timelineYear(year.year),
        t.text('timelineYear.title', {year: year.year}),
        t.text('timelineYear.description', {articles: t.text('count.articles', {count: year.count}), year: year.year}),
        siteImage,
      ),
      year,
      ...(chart === undefined ? {} : {chart}),
      ...(previous === undefined ? {} : {previous}),
      ...(next === undefined ? {} : {next}),
    };
  });
}

/** The head data of a listing page: shared as a website, with the site's image. */
function listingMeta(address: PageAddress, title: string, description: string, siteImage: ShareImage): PageMeta {
  return {...address, title, description, share: shareMeta('website', siteImage)};
}

/** The actors of each kind, for the actors index. */
function actorGroups(actors: readonly Actor[], t: Translator): ActorGroup[] {
  return actorKinds.flatMap((kind) => {
    const members = actors.filter((actor) => actor.kind === kind).map(actorCount);
    return members.length === 0 ? [] : [{kind, label: t.text(`kinds.${kind}`), anchor: kind, actors: members}];
  });
}

/** Every listing page. */
export function listingPages(input: ListingInput, timelineYears: readonly TimelineYearPage[]): ArchivePages {
  const {site, t, addresses, timeline, siteImage} = input;
  const meta = (address: PageAddress, title: string, description: string): PageMeta => listingMeta(address, title, description, siteImage);
  const articles = t.text('count.articles', {count: input.articles.length});
  const first = timeline.years[0]?.year;
  const last = timeline.years.at(-1)?.year;
  /** A description that names the span of years: `…Span` from `first` to `last`, `…Year` for one year, else the plain one. */
  const spanning = (key: 'home.description' | 'timeline.description'): string =>
    first === undefined || last === undefined
      ? t.text(key, {site: site.title, articles})
      : first === last
        ? t.text(`${key}Year`, {site: site.title, articles, year: first})
        : t.text(`${key}Span`, {site: site.title, articles, first, last});
  const chart = coverageChart({timeline, subject: {kind: 'archive'}, addresses, t});
  const mostNamed = input.actors
    .filter((actor) => actor.appearances.length > 0)
    .map(actorCount)
    .sort(nameOrder(site.language).mostNamedFirst);
  const about = {site: site.title};
  return {
    home: {
      ...meta(addresses.home, site.title, site.description === '' ? spanning('home.description') : site.description),
      latest: input.articles.slice(0, homeLatest),
      topics: input.topics.map((topic) => ({...topic.link, count: topic.articles.length, description: topic.description})),
      actors: mostNamed.slice(0, homeActors),
    },
    timeline: {...meta(addresses.timeline, t.text('timeline.title'), spanning('timeline.description')), ...(chart === undefined ? {} : {chart})},
    timelineYears,
    topics: meta(addresses.topics, t.text('topics.title'), t.text('topics.description', about)),
    actors: {
      ...meta(addresses.actors, t.text('actors.title'), t.text('actors.description', about)),
      groups: actorGroups(input.actors, t),
      ...(input.network === undefined ? {} : {network: input.network}),
    },
    sources: meta(addresses.sources, t.text('sources.title'), t.text('sources.description', about)),
    search: {
      ...meta(addresses.search, t.text('searchPage.title'), t.text('searchPage.description', about)),
      messages: scriptSafeJson(t.messages('search.')),
      numbering: numberingSystemOf(t.locale.intl),
    },
    notFound: meta(addresses.notFound, t.text('notFound.title'), t.text('notFound.description', about)),
  };
}
