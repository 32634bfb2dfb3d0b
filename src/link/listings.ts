/**
 * The listing pages: home, the timeline and its years, the indexes of
 * topics, actors and sources, search and 404, each with its head data and
 * everything it lists.
 */

import {searchMessages} from '../search/messages.ts';
import {scriptSafeJson} from './json-ld.ts';
import type {Addresses} from '../model/addresses.ts';
import {actorKinds} from '../model/ids.ts';
import type {Actor, ActorGroup, ArchivePages, ArticleLink, Site, Timeline, TimelineYearPage, Topic} from '../model/types.ts';
import {plural} from '../util/plural.ts';
import {actorCount, kindLabels} from './actors.ts';
import {nameOrder} from './order.ts';

/** How many articles and actors the home page lists. */
const homeLatest = 10;
const homeActors = 12;

/** What the listing pages are made from. */
export interface ListingInput {
  readonly site: Site;
  readonly addresses: Addresses;
  /** Every published article, newest first. */
  readonly articles: readonly ArticleLink[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
  readonly timeline: Timeline;
}

/** The year pages of the timeline, each with its neighbours. */
export function timelineYearPages(timeline: Timeline, addresses: Addresses): TimelineYearPage[] {
  return timeline.years.map((year, index) => {
    const previous = timeline.years[index - 1];
    const next = timeline.years[index + 1];
    return {
      page: {...addresses.timelineYear(year.year), title: `${year.year} · Timeline`, description: `${plural(year.count, 'article')} from ${year.year}, by month.`},
      year,
      ...(previous === undefined ? {} : {previous}),
      ...(next === undefined ? {} : {next}),
    };
  });
}

/** The actors of each kind, for the actors index. */
function actorGroups(actors: readonly Actor[]): ActorGroup[] {
  return actorKinds.flatMap((kind) => {
    const members = actors.filter((actor) => actor.kind === kind).map(actorCount);
    return members.length === 0 ? [] : [{kind, label: kindLabels[kind].many, anchor: kind, actors: members}];
  });
}

/** Every listing page. */
export function listingPages(input: ListingInput, timelineYears: readonly TimelineYearPage[]): ArchivePages {
  const {site, addresses, timeline} = input;
  const count = plural(input.articles.length, 'article');
  const first = timeline.years[0]?.year;
  const last = timeline.years.at(-1)?.year;
  const span = first === undefined ? '' : first === last ? ` from ${first}` : ` from ${first} to ${String(last)}`;
  const mostNamed = input.actors
    .filter((actor) => actor.appearances.length > 0)
    .map(actorCount)
    .sort(nameOrder(site.language).mostNamedFirst);
  return {
    home: {
      ...addresses.home,
      title: site.title,
      description: site.description === '' ? `${site.title}: ${count}${span}.` : site.description,
      latest: input.articles.slice(0, homeLatest),
      topics: input.topics.map((topic) => ({...topic.link, count: topic.articles.length, description: topic.description})),
      actors: mostNamed.slice(0, homeActors),
    },
    timeline: {...addresses.timeline, title: 'Timeline', description: `Every article in ${site.title} by date: ${count}${span}.`},
    timelineYears,
    topics: {...addresses.topics, title: 'Topics', description: `The topics of ${site.title}.`},
    actors: {...addresses.actors, title: 'Actors', description: `People, organisations, countries and places named in ${site.title}.`, groups: actorGroups(input.actors)},
    sources: {...addresses.sources, title: 'Sources', description: `The outlets whose reporting ${site.title} keeps.`},
    search: {
      ...addresses.search,
      title: 'Search',
      description: `Search every article, actor, topic and source in ${site.title}.`,
      messages: scriptSafeJson(searchMessages),
    },
    notFound: {...addresses.notFound, title: 'Page not found', description: `This page is not in ${site.title}.`},
  };
}
