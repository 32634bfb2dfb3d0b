/**
 * Machine-readable forms of the records: schema.org JSON-LD for article
 * pages, and the JSON data exports under `/data/`.
 */

import type {AbsoluteUrl, Actor, ActorKind, Article, ArticleEntry, DataExports, PageAddress, Site, Topic} from './types.ts';

/** Serialise JSON so that it can stand inside an HTML `<script>` element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const schemaTypes: Readonly<Record<ActorKind, string>> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  place: 'Place',
};

/** What the NewsArticle JSON-LD is made from. */
export interface JsonLdInput {
  readonly site: Site;
  readonly entry: ArticleEntry;
  readonly address: PageAddress;
  readonly summary: string;
  readonly sourceName: string | undefined;
  readonly actors: readonly {readonly name: string; readonly kind: ActorKind; readonly url: AbsoluteUrl}[];
  readonly topics: readonly string[];
}

/** schema.org `NewsArticle` for an article page, serialised and safe to embed. */
export function serialiseJsonLd(input: JsonLdInput): string {
  const {entry} = input;
  return scriptSafeJson({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: entry.title,
    description: input.summary,
    datePublished: entry.date.iso,
    inLanguage: entry.language,
    url: input.address.absoluteUrl,
    mainEntityOfPage: input.address.absoluteUrl,
    ...(entry.authors.length === 0 ? {} : {author: entry.authors.map((name) => ({'@type': 'Person', name}))}),
    ...(input.sourceName === undefined ? {} : {publisher: {'@type': 'Organization', name: input.sourceName}}),
    ...(entry.originalUrl === undefined ? {} : {isBasedOn: entry.originalUrl}),
    ...(input.topics.length === 0 ? {} : {keywords: input.topics.join(', ')}),
    ...(input.actors.length === 0
      ? {}
      : {mentions: input.actors.map((actor) => ({'@type': schemaTypes[actor.kind], name: actor.name, url: actor.url}))}),
    isPartOf: {'@type': 'WebSite', name: input.site.title, url: `${input.site.baseUrl}${input.site.pathPrefix}`},
  });
}

/** What the data exports are made from. */
export interface ExportInput {
  readonly site: Site;
  readonly articles: readonly Article[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const absolute = (site: Site, href: string): string => `${site.baseUrl}${href}`;

/** The records as JSON files for reuse: `/data/articles.json`, `/data/actors.json`, `/data/topics.json`. */
export function serialiseExports(input: ExportInput): DataExports {
  const {site} = input;
  return {
    articles: json(
      input.articles.map((article) => ({
        slug: article.slug,
        url: article.page.absoluteUrl,
        title: article.title,
        date: {iso: article.date.iso, precision: article.date.precision, label: article.date.label},
        source: article.source === undefined ? null : {id: article.source.id, name: article.source.name},
        reportsOn: article.reportsOn === undefined ? null : {id: article.reportsOn.id, name: article.reportsOn.name},
        originalUrl: article.originalUrl ?? null,
        authors: article.authors,
        editors: article.editors,
        genre: article.genre ?? null,
        language: article.language,
        topics: article.topics.map((topic) => topic.id),
        actors: article.actors.map(({actor, count}) => ({id: actor.id, mentions: count})),
        summary: article.summary,
        wordCount: article.wordCount,
      })),
    ),
    actors: json(
      input.actors.map((actor) => ({
        id: actor.id,
        url: actor.page.absoluteUrl,
        name: actor.name,
        kind: actor.kind,
        aliases: actor.aliases,
        description: actor.description,
        affiliations: actor.affiliations.map((link) => link.id),
        wikidata: actor.wikidata ?? null,
        mentions: actor.mentionCount,
        articles: actor.appearances.map((appearance) => appearance.article.slug),
      })),
    ),
    topics: json(
      input.topics.map((topic) => ({
        id: topic.id,
        url: absolute(site, topic.page.url),
        title: topic.title,
        description: topic.description,
        articles: topic.articles.map((article) => article.slug),
      })),
    ),
  };
}
