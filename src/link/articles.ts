/**
 * Article records: each published article with its links resolved, its
 * actors counted, its related articles and its JSON-LD.
 */

import type {Mention} from '../process/mentions.ts';
import type {Addresses} from '../model/addresses.ts';
import type {ActorCount, Article, ArticleEntry, ArticleLink, PageAddress, Site, SourceEntry, SourceId} from '../model/types.ts';
import {serialiseJsonLd} from './json-ld.ts';
import type {RegistryLinks} from './links.ts';
import {nameOrder, newestFirst, type NameOrder} from './order.ts';

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

/** A published article on its way to its record: what every other page needs of it. */
export interface ArticleDraft {
  readonly entry: ArticleEntry;
  readonly link: ArticleLink;
  readonly address: PageAddress;
  /** Mentions in the text, and the actors its front matter lists with a count of 0. */
  readonly mentions: readonly Mention[];
  readonly html: string;
  readonly text: string;
  readonly summary: string;
}

/** The published articles as drafts, newest first (the slug breaks ties). */
export function articleDrafts(
  articles: readonly LinkableArticle[],
  addresses: Addresses,
  sources: ReadonlyMap<SourceId, SourceEntry>,
): ArticleDraft[] {
  return articles
    .map((parsed): ArticleDraft => {
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
      return {entry, link, address, mentions, html: parsed.html, text: parsed.text, summary};
    })
    .sort((a, b) => newestFirst(a.entry, b.entry));
}

/** The actors an article names, most mentioned first. */
function actorCounts(draft: ArticleDraft, links: RegistryLinks, order: NameOrder): ActorCount[] {
  return draft.mentions
    .flatMap((mention) => {
      const actor = links.actors.get(mention.actor);
      return actor === undefined ? [] : [{actor, count: mention.count, articles: 1}];
    })
    .sort(order.mostNamedFirst);
}

/** The record of one article, given its related articles. */
export function articleRecord(site: Site, addresses: Addresses, draft: ArticleDraft, links: RegistryLinks, related: readonly ArticleLink[]): Article {
  const {entry} = draft;
  const source = entry.source === undefined ? undefined : links.sources.get(entry.source);
  const reportsOn = entry.reportsOn === undefined ? undefined : links.sources.get(entry.reportsOn);
  const topics = entry.topics.flatMap((id) => links.topics.get(id) ?? []);
  const actors = actorCounts(draft, links, nameOrder(site.language));
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
    related,
    jsonLd: serialiseJsonLd({
      site,
      home: addresses.home.absoluteUrl,
      entry,
      address: draft.address,
      summary: draft.summary,
      sourceName: source?.name,
      actors: actors.map(({actor}) => ({name: actor.name, kind: actor.kind, url: addresses.actor(actor.id).absoluteUrl})),
      topics: topics.map((topic) => topic.title),
    }),
    draft: entry.draft,
  };
}
