/**
 * schema.org JSON-LD for article pages, serialised so that it can stand
 * inside a `<script>` element.
 */

import type {AbsoluteUrl, ActorKind, ArticleEntry, PageAddress, ShareImage, Site} from '../model/types.ts';

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
  /** The site's home page, which the article is part of. */
  readonly home: AbsoluteUrl;
  readonly entry: ArticleEntry;
  readonly address: PageAddress;
  readonly summary: string;
  /** The image that stands for the article. */
  readonly image: ShareImage | undefined;
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
    ...(input.image === undefined
      ? {}
      : {
          image: {
            '@type': 'ImageObject',
            url: input.image.url,
            width: input.image.width,
            height: input.image.height,
            ...(entry.image?.caption === undefined ? {} : {caption: entry.image.caption}),
            ...(entry.image?.credit === undefined ? {} : {creditText: entry.image.credit}),
          },
        }),
    ...(entry.authors.length === 0 ? {} : {author: entry.authors.map((name) => ({'@type': 'Person', name}))}),
    ...(input.sourceName === undefined ? {} : {publisher: {'@type': 'Organization', name: input.sourceName}}),
    ...(entry.originalUrl === undefined ? {} : {isBasedOn: entry.originalUrl}),
    ...(input.topics.length === 0 ? {} : {keywords: input.topics.join(', ')}),
    ...(input.actors.length === 0
      ? {}
      : {mentions: input.actors.map((actor) => ({'@type': schemaTypes[actor.kind], name: actor.name, url: actor.url}))}),
    isPartOf: {'@type': 'WebSite', name: input.site.title, url: input.home},
  });
}
