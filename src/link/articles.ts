/**
 * Article records: each published article with its links resolved, its
 * actors counted, its images responsive, its related articles, its share
 * metadata and its JSON-LD.
 */

import type {Translator} from '../i18n/translator.ts';
import type {BodyImage} from '../content/images.ts';
import type {Quotation} from '../process/article.ts';
import type {Mention} from '../process/mentions.ts';
import type {Addresses} from '../model/addresses.ts';
import type {ActorCount, Article, ArticleEntry, ArticleLink, PageAddress, Quote, ShareImage, ShownImage, Site, SourceEntry, SourceId} from '../model/types.ts';
import {solarHijriDate} from './calendars.ts';
import {fillImageSlots, type ImageInfos, leadImage, ownShareImage, shareMeta} from './images.ts';
import {serialiseJsonLd} from './json-ld.ts';
import type {RegistryLinks} from './links.ts';
import {nameOrder, newestFirst, type NameOrder} from './order.ts';

/** An article ready to link: its entry and what processing found in its body. */
export interface LinkableArticle {
  readonly entry: ArticleEntry;
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quotation[];
  /** Body HTML, first mentions linked. */
  readonly html: string;
  readonly text: string;
  /** Summary from the first paragraph, used when the entry has none. */
  readonly lead: string;
  /** The body's images, one for each slot in `html`. */
  readonly images: readonly BodyImage[];
}

/** What the records of articles are made with, the same for every article. */
export interface ArticleContext {
  readonly t: Translator;
  readonly addresses: Addresses;
  readonly images: ImageInfos;
  /** What a page without an image of its own shows when shared. */
  readonly siteImage: ShareImage;
}

/** A published article on its way to its record: what every other page needs of it. */
export interface ArticleDraft {
  readonly entry: ArticleEntry;
  readonly link: ArticleLink;
  readonly address: PageAddress;
  /** Mentions in the text, and the actors its front matter lists with a count of 0. */
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quotation[];
  /** The body, its images filled in. */
  readonly html: string;
  readonly text: string;
  readonly summary: string;
  readonly image?: ShownImage;
  /** The image that stands for the article: its lead image, else the first of its text. */
  readonly ownImage?: ShareImage;
  /** What the article shows when shared: its own image, else the site's. */
  readonly share: ShareImage;
}

/** The published articles as drafts, newest first (the slug breaks ties). */
export function articleDrafts(articles: readonly LinkableArticle[], context: ArticleContext, sources: ReadonlyMap<SourceId, SourceEntry>): ArticleDraft[] {
  const {t, addresses, images} = context;
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
        date: {...entry.date, label: t.date(entry.date)},
        summary,
        ...(source === undefined ? {} : {sourceName: source.name}),
        language: entry.language,
        dir: entry.dir,
      };
      const image = entry.image === undefined ? undefined : leadImage(t, addresses, images, entry.image);
      const html = fillImageSlots(t, parsed.html, parsed.images, images, image !== undefined);
      const ownImage = ownShareImage(addresses, images, [...(entry.image === undefined ? [] : [entry.image]), ...parsed.images.map((body) => body.image)]);
      return {
        entry,
        link,
        address,
        mentions,
        quotes: parsed.quotes,
        html,
        text: parsed.text,
        summary,
        ...(image === undefined ? {} : {image}),
        ...(ownImage === undefined ? {} : {ownImage}),
        share: ownImage ?? context.siteImage,
      };
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

/** The record of one article, given its related articles and its quotations. */
export function articleRecord(
  site: Site,
  t: Translator,
  addresses: Addresses,
  draft: ArticleDraft,
  links: RegistryLinks,
  related: readonly ArticleLink[],
  quotes: readonly Quote[],
): Article {
  const {entry} = draft;
  const source = entry.source === undefined ? undefined : links.sources.get(entry.source);
  const reportsOn = entry.reportsOn === undefined ? undefined : links.sources.get(entry.reportsOn);
  const topics = entry.topics.flatMap((id) => links.topics.get(id) ?? []);
  const actors = actorCounts(draft, links, nameOrder(site.language));
  const calendarDate = solarHijriDate(entry.date, entry.language, t);
  return {
    page: {...draft.address, title: entry.title, description: draft.summary, share: shareMeta('article', draft.share, entry.date.iso)},
    link: draft.link,
    path: entry.path,
    slug: entry.slug,
    title: entry.title,
    date: draft.link.date,
    ...(source === undefined ? {} : {source}),
    ...(reportsOn === undefined ? {} : {reportsOn}),
    ...(entry.originalUrl === undefined ? {} : {originalUrl: entry.originalUrl}),
    authors: entry.authors,
    editors: entry.editors,
    ...(entry.genre === undefined ? {} : {genre: entry.genre, genreLabel: genreLabel(t, entry.genre)}),
    language: entry.language,
    dir: entry.dir,
    summary: draft.summary,
    topics,
    actors,
    ...(draft.image === undefined ? {} : {image: draft.image}),
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
      image: draft.ownImage,
      sourceName: source?.name,
      actors: actors.map(({actor}) => ({name: actor.name, kind: actor.kind, url: addresses.actor(actor.id).absoluteUrl})),
      topics: topics.map((topic) => topic.title),
    }),
    quotes,
    ...(calendarDate === undefined ? {} : {calendarDate}),
    draft: entry.draft,
  };
}

/** Genres the catalogue names (`genre.opinion`, …). */
const knownGenres = ['news', 'opinion', 'analysis', 'interview', 'feature', 'editorial', 'explainer', 'report'] as const;

/** A genre for readers: the catalogue's word for a known genre, else the genre as written. */
function genreLabel(t: Translator, genre: string): string {
  const known = knownGenres.find((name) => name === genre.trim().toLowerCase());
  return known === undefined ? genre : t.text(`genre.${known}`);
}
