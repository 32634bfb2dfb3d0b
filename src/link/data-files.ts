/**
 * The data files under `/data/`: the records as JSON, for reuse by other
 * tools (articles with their metadata and summary, not their full text).
 */

import type {Actor, Article, DataExports, Site, Topic} from '../model/types.ts';

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
