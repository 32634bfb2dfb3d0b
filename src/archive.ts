/**
 * Link validated entries into the immutable `Archive`: resolve references,
 * detect actor mentions, and compute every list, count, grouping, URL, feed
 * and export that a page shows, so that templates only render.
 */

import type {Mention} from './article-mentions.ts';
import {actorKinds} from './ids.ts';
import {renderHtml} from './markdown.ts';
import {plainText} from './plain-text.ts';
import {plural} from './report.ts';
import type {ParsedActor, ParsedEntry} from './registry-entries.ts';
import {siteAddresses} from './addresses.ts';
import {buildTimeline} from './timeline.ts';
import {serialiseExports, serialiseJsonLd} from './exports.ts';
import type {
  AbsoluteUrl,
  Actor,
  ActorCount,
  ActorGroup,
  ActorId,
  ActorKind,
  ActorLink,
  Appearance,
  ArticleEntry,
  Archive,
  Article,
  ArticleLink,
  Feed,
  PageAddress,
  SitemapEntry,
  Site,
  Source,
  SourceEntry,
  SourceLink,
  Topic,
  TopicEntry,
  TopicId,
  TopicLink,
} from './types.ts';

/** An article ready to link: its entry and what processing found in its body. */
export interface LinkableArticle {
  readonly entry: ArticleEntry;
  readonly mentions: readonly Mention[];
  /** Body HTML, first mentions linked. */
  readonly html: string;
  readonly text: string;
  /** Summary from the first paragraph, used when the entry has none. */
  readonly lead: string;
}

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

/** How many entries the whole-archive feed has; topic and actor feeds have fewer. */
export const feedSizes = {archive: 50, page: 20} as const;
const homeLatest = 10;
const homeActors = 12;
const relatedCount = 5;
const coActorCount = 10;
const topicActorCount = 10;

const kindLabels: Readonly<Record<ActorKind, {one: string; many: string}>> = {
  person: {one: 'Person', many: 'People'},
  organization: {one: 'Organisation', many: 'Organisations'},
  country: {one: 'Country', many: 'Countries'},
  place: {one: 'Place', many: 'Places'},
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** One collator for every name comparison: `localeCompare` with options builds a new one per call. */
const collator = new Intl.Collator('en', {sensitivity: 'base'});
const byName = (a: string, b: string): number => collator.compare(a, b) || byText(a, b);

/** Newest first, then by slug: the archive's one order of articles. */
const newestFirst = (a: {readonly date: {readonly sortKey: string}; readonly slug: string}, b: typeof a): number =>
  byText(b.date.sortKey, a.date.sortKey) || byText(a.slug, b.slug);

/** Link the archive. Entries must have passed the cross-file checks. */
export function linkArchive(input: LinkInput): Archive {
  const {site} = input;
  const addresses = siteAddresses(site);
  const published = input.articles.filter((article) => input.includeDrafts || !article.entry.draft);

  const sources = new Map(input.sources.map(({entry}) => [entry.id, entry]));
  const sourceLinks = new Map<string, SourceLink>(
    input.sources.map(({entry}) => [entry.id, {id: entry.id, url: addresses.source(entry.id).url, name: entry.name}]),
  );
  const topicLinks = new Map<string, TopicLink>(
    input.topics.map(({entry}) => [entry.id, {id: entry.id, url: addresses.topic(entry.id).url, title: entry.title}]),
  );
  const actorLinks = new Map<string, ActorLink>(
    input.actors.map(({entry}) => [
      entry.id,
      {id: entry.id, url: addresses.actor(entry.id).url, name: entry.name, kind: entry.kind, description: entry.description},
    ]),
  );

  // Articles: mentions, HTML, summaries.
  interface Draft {
    readonly parsed: LinkableArticle;
    readonly link: ArticleLink;
    readonly address: PageAddress;
    readonly mentions: readonly Mention[];
    readonly html: string;
    readonly text: string;
    readonly summary: string;
  }
  const drafts: Draft[] = published
    .map((parsed): Draft => {
      const {entry} = parsed;
      const mentions = [...parsed.mentions];
      for (const actor of entry.actors) {
        if (!mentions.some((mention) => mention.actor === actor)) mentions.push({actor, count: 0, sentence: ''});
      }
      const summary = entry.summary ?? parsed.lead;
      const address = addresses.article(entry.slug);
      const source = entry.source === undefined ? undefined : sources.get(entry.source);
      const link: ArticleLink = {
        slug: entry.slug,
        url: address.url,
        title: entry.title,
        date: entry.date,
        summary,
        ...(source === undefined ? {} : {sourceName: source.name}),
        language: entry.language,
        dir: entry.dir,
      };
      return {parsed, link, address, mentions, html: parsed.html, text: parsed.text, summary};
    })
    .sort((a, b) => newestFirst(a.parsed.entry, b.parsed.entry));

  const countsFor = (draft: Draft): ActorCount[] =>
    draft.mentions
      .flatMap((mention) => {
        const actor = actorLinks.get(mention.actor);
        return actor === undefined ? [] : [{actor, count: mention.count, articles: 1}];
      })
      .sort((a, b) => b.count - a.count || byName(a.actor.name, b.actor.name));

  // Related articles: shared topics weigh twice as much as shared actors.
  const articlesByActor = new Map<ActorId, Draft[]>();
  const articlesByTopic = new Map<TopicId, Draft[]>();
  for (const draft of drafts) {
    for (const mention of draft.mentions) push(articlesByActor, mention.actor, draft);
    for (const topic of draft.parsed.entry.topics) push(articlesByTopic, topic, draft);
  }
  // Drafts are sorted newest first, so a lower index is the newer article.
  // Scores live in one reused array indexed by that rank; `touched` lists
  // the ranks to read and reset, so each article costs only its candidates.
  const rank = new Map(drafts.map((draft, index) => [draft, index]));
  const actorRanks = new Map([...articlesByActor].map(([actor, list]) => [actor, list.map((draft) => rank.get(draft) ?? 0)]));
  const topicRanks = new Map([...articlesByTopic].map(([topic, list]) => [topic, list.map((draft) => rank.get(draft) ?? 0)]));
  const scores = new Int32Array(drafts.length);
  const touched: number[] = [];
  const add = (ranks: readonly number[] | undefined, weight: number): void => {
    for (const other of ranks ?? []) {
      if (scores[other] === 0) touched.push(other);
      scores[other] = (scores[other] ?? 0) + weight;
    }
  };
  const relatedTo = (draft: Draft): ArticleLink[] => {
    const own = rank.get(draft) ?? -1;
    for (const mention of draft.mentions) add(actorRanks.get(mention.actor), 1);
    for (const topic of draft.parsed.entry.topics) add(topicRanks.get(topic), 2);
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

  const articles: Article[] = drafts.map((draft) => {
    const {entry} = draft.parsed;
    const source = entry.source === undefined ? undefined : sourceLinks.get(entry.source);
    const reportsOn = entry.reportsOn === undefined ? undefined : sourceLinks.get(entry.reportsOn);
    const topics = entry.topics.flatMap((id) => topicLinks.get(id) ?? []);
    const actors = countsFor(draft);
    return {
      page: {...draft.address, title: entry.title, description: draft.summary},
      link: draft.link,
      path: entry.path,
      slug: entry.slug,
      title: entry.title,
      date: entry.date,
      ...(source === undefined ? {} : {source}),
      ...(reportsOn === undefined ? {} : {reportsOn}),
      ...(entry.originalUrl === undefined ? {} : {originalUrl: entry.originalUrl}),
      authors: entry.authors,
      editors: entry.editors,
      ...(entry.genre === undefined ? {} : {genre: entry.genre}),
      language: entry.language,
      dir: entry.dir,
      summary: draft.summary,
      topics,
      actors,
      html: draft.html,
      text: draft.text,
      wordCount: draft.text.split(/\s+/).filter((word) => word !== '').length,
      related: relatedTo(draft),
      jsonLd: serialiseJsonLd({
        site,
        entry,
        address: draft.address,
        summary: draft.summary,
        sourceName: source?.name,
        actors: actors.map(({actor}) => ({name: actor.name, kind: actor.kind, url: `${site.baseUrl}${actor.url}` as AbsoluteUrl})),
        topics: topics.map((topic) => topic.title),
      }),
      draft: entry.draft,
    };
  });
  const articleBySlug = new Map(articles.map((article) => [article.slug, article]));
  const linkOf = (draft: Draft): ArticleLink => draft.link;

  const feedOf = (address: PageAddress, title: string, alternate: AbsoluteUrl, list: readonly Draft[], size: number): Feed => {
    const entries = list.slice(0, size).map((draft) => {
      const article = articleBySlug.get(draft.parsed.entry.slug);
      return {
        id: draft.address.absoluteUrl,
        link: draft.address.absoluteUrl,
        title: draft.parsed.entry.title,
        updated: draft.parsed.entry.date.timestamp,
        summary: draft.summary,
        authors: draft.parsed.entry.authors,
        html: article?.html ?? draft.html,
      };
    });
    return {address, title, alternate, updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z', entries};
  };

  // Actors.
  const members = new Map<ActorId, ActorLink[]>();
  for (const {entry} of input.actors) {
    for (const affiliation of entry.affiliations) {
      const link = actorLinks.get(entry.id);
      if (link !== undefined) push(members, affiliation, link);
    }
  }
  const actors: Actor[] = input.actors
    .map(({entry, tree}): Actor => {
      const address = addresses.actor(entry.id);
      const link = actorLinks.get(entry.id) ?? {id: entry.id, url: address.url, name: entry.name, kind: entry.kind, description: entry.description};
      const named = articlesByActor.get(entry.id) ?? [];
      const appearances: Appearance[] = named.map((draft) => {
        const mention = draft.mentions.find((item) => item.actor === entry.id);
        return {article: draft.link, count: mention?.count ?? 0, sentence: mention?.sentence ?? ''};
      });
      const shared = new Map<ActorId, number>();
      for (const draft of named) {
        for (const mention of draft.mentions) {
          if (mention.actor !== entry.id) shared.set(mention.actor, (shared.get(mention.actor) ?? 0) + 1);
        }
      }
      const coActors = [...shared]
        .flatMap(([id, count]) => {
          const actor = actorLinks.get(id);
          return actor === undefined ? [] : [{actor, count, articles: count}];
        })
        .sort((a, b) => b.count - a.count || byName(a.actor.name, b.actor.name))
        .slice(0, coActorCount);
      const description = entry.description === '' ? `Articles in ${site.title} that name ${entry.name}.` : `${entry.name}: ${entry.description}`;
      return {
        page: {...address, title: entry.name, description},
        link,
        path: entry.path,
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        kindLabel: kindLabels[entry.kind].one,
        aliases: entry.aliases,
        description: entry.description,
        affiliations: entry.affiliations.flatMap((id) => actorLinks.get(id) ?? []),
        members: (members.get(entry.id) ?? []).slice().sort((a, b) => byName(a.name, b.name)),
        ...(entry.wikidata === undefined
          ? {}
          : {wikidata: entry.wikidata, wikidataUrl: `https://www.wikidata.org/wiki/${entry.wikidata}` as AbsoluteUrl}),
        html: renderHtml(tree),
        text: plainText(tree),
        appearances,
        mentionCount: appearances.reduce((sum, appearance) => sum + appearance.count, 0),
        coActors,
        feed: feedOf(addresses.feedOf(address), `${entry.name} · ${site.title}`, address.absoluteUrl, named, feedSizes.page),
      };
    })
    .sort((a, b) => byName(a.name, b.name));
  const actorCount = (actor: Actor): ActorCount => ({actor: actor.link, count: actor.mentionCount, articles: actor.appearances.length});

  // Topics.
  const topics: Topic[] = input.topics
    .map(({entry, tree}): Topic => {
      const address = addresses.topic(entry.id);
      const list = articlesByTopic.get(entry.id) ?? [];
      const counts = new Map<ActorId, {count: number; articles: number}>();
      for (const draft of list) {
        for (const mention of draft.mentions) {
          const seen = counts.get(mention.actor) ?? {count: 0, articles: 0};
          counts.set(mention.actor, {count: seen.count + mention.count, articles: seen.articles + 1});
        }
      }
      const topicActors = [...counts]
        .flatMap(([id, count]) => {
          const actor = actorLinks.get(id);
          return actor === undefined ? [] : [{actor, ...count}];
        })
        .sort((a, b) => b.count - a.count || b.articles - a.articles || byName(a.actor.name, b.actor.name))
        .slice(0, topicActorCount);
      return {
        page: {...address, title: entry.title, description: entry.description === '' ? `Articles on ${entry.title}.` : entry.description},
        link: {id: entry.id, url: address.url, title: entry.title},
        path: entry.path,
        id: entry.id,
        title: entry.title,
        description: entry.description,
        html: renderHtml(tree),
        text: plainText(tree),
        articles: list.map(linkOf),
        actors: topicActors,
        timeline: buildTimeline(list.map(linkOf), addresses),
        feed: feedOf(addresses.feedOf(address), `${entry.title} · ${site.title}`, address.absoluteUrl, list, feedSizes.page),
      };
    })
    .sort((a, b) => byName(a.title, b.title));

  // Sources.
  const articlesBySource = new Map<string, Draft[]>();
  const articlesReportingOn = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (draft.parsed.entry.source !== undefined) push(articlesBySource, draft.parsed.entry.source, draft);
    if (draft.parsed.entry.reportsOn !== undefined) push(articlesReportingOn, draft.parsed.entry.reportsOn, draft);
  }
  const sourceList: Source[] = input.sources
    .map(({entry, tree}): Source => {
      const address = addresses.source(entry.id);
      const list = articlesBySource.get(entry.id) ?? [];
      return {
        page: {...address, title: entry.name, description: `Articles from ${entry.name} in ${site.title}.`},
        link: {id: entry.id, url: address.url, name: entry.name},
        path: entry.path,
        id: entry.id,
        name: entry.name,
        ...(entry.url === undefined ? {} : {url: entry.url}),
        ...(entry.country === undefined ? {} : {country: entry.country}),
        html: renderHtml(tree),
        text: plainText(tree),
        articles: list.map(linkOf),
        reportedOn: (articlesReportingOn.get(entry.id) ?? []).map(linkOf),
      };
    })
    .sort((a, b) => byName(a.name, b.name));

  // Listings.
  const allLinks = drafts.map(linkOf);
  const timeline = buildTimeline(allLinks, addresses);
  const ranked = actors
    .filter((actor) => actor.appearances.length > 0)
    .map(actorCount)
    .sort((a, b) => b.count - a.count || b.articles - a.articles || byName(a.actor.name, b.actor.name));
  const groups: ActorGroup[] = actorKinds.flatMap((kind) => {
    const members = actors.filter((actor) => actor.kind === kind).map(actorCount);
    return members.length === 0 ? [] : [{kind, label: kindLabels[kind].many, anchor: kind, actors: members}];
  });
  const first = timeline.years[0]?.year;
  const last = timeline.years.at(-1)?.year;
  const span = first === undefined ? '' : first === last ? ` from ${first}` : ` from ${first} to ${String(last)}`;
  const timelineYears = timeline.years.map((year, index) => {
    const previous = timeline.years[index - 1];
    const next = timeline.years[index + 1];
    return {
      page: {...addresses.timelineYear(year.year), title: `${year.year} · Timeline`, description: `${plural(year.count, 'article')} from ${year.year}, by month.`},
      year,
      ...(previous === undefined ? {} : {previous}),
      ...(next === undefined ? {} : {next}),
    };
  });

  const sitemap: SitemapEntry[] = [
    addresses.home,
    addresses.timeline,
    ...timelineYears.map((year) => year.page),
    addresses.topics,
    ...topics.map((topic) => topic.page),
    addresses.actors,
    ...actors.map((actor) => actor.page),
    addresses.sources,
    ...sourceList.map((source) => source.page),
  ]
    .map((page): SitemapEntry => ({url: page.absoluteUrl}))
    .concat(articles.map((article) => ({url: article.page.absoluteUrl, lastmod: article.date.iso})));

  return {
    site,
    nav: addresses.nav,
    articles,
    actors,
    topics,
    sources: sourceList,
    timeline,
    pages: {
      home: {
        ...addresses.home,
        title: site.title,
        description: site.description === '' ? `${site.title}: ${plural(articles.length, 'article')}${span}.` : site.description,
        latest: allLinks.slice(0, homeLatest),
        topics: topics.map((topic) => ({...topic.link, count: topic.articles.length, description: topic.description})),
        actors: ranked.slice(0, homeActors),
      },
      timeline: {...addresses.timeline, title: 'Timeline', description: `Every article in ${site.title} by date: ${plural(articles.length, 'article')}${span}.`},
      timelineYears,
      topics: {...addresses.topics, title: 'Topics', description: `The topics of ${site.title}.`},
      actors: {...addresses.actors, title: 'Actors', description: `People, organisations, countries and places named in ${site.title}.`, groups},
      sources: {...addresses.sources, title: 'Sources', description: `The outlets whose reporting ${site.title} keeps.`},
      search: {...addresses.search, title: 'Search', description: `Search every article, actor, topic and source in ${site.title}.`},
      notFound: {...addresses.notFound, title: 'Page not found', description: `This page is not in ${site.title}.`},
    },
    feed: feedOf(addresses.feed, site.title, addresses.home.absoluteUrl, drafts, feedSizes.archive),
    sitemap,
    data: serialiseExports({articles, actors, topics, site}),
  };
}


/** Append `value` to the list at `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
