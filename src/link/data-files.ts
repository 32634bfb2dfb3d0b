/**
 * The data files under `/data/`: the records as JSON, for reuse by other
 * tools (articles with their metadata and summary, not their full text).
 */

import type {Addresses} from '../model/addresses.ts';
import type {Actor, Article, DataExports, Topic} from '../model/types.ts';

/** What the data exports are made from. */
export interface ExportInput {
  readonly addresses: Addresses;
  readonly articles: readonly Article[];
  readonly actors: readonly Actor[];
  readonly topics: readonly Topic[];
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The records as JSON files for reuse: `/data/articles.json`, `/data/actors.json`, `/data/topics.json`, `/data/quotes.json`. */
export function serialiseExports(input: ExportInput): DataExports {
  const {data} = input.addresses;
  return {
    articles: {address: data.articles, content: serialiseArticles(input.articles)},
    actors: {address: data.actors, content: serialiseActors(input.actors)},
    topics: {address: data.topics, content: serialiseTopics(input.topics)},
    quotes: {address: data.quotes, content: serialiseQuotes(input.articles)},
  };
}

/** `/data/articles.json`: every article's metadata and summary, not its text. */
function serialiseArticles(articles: readonly Article[]): string {
  return json(
    articles.map((article) => ({
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
  );
}

/** `/data/actors.json`: every actor with its names, links and counts. */
function serialiseActors(actors: readonly Actor[]): string {
  return json(
    actors.map((actor) => ({
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
  );
}

/** `/data/topics.json`: every topic with its articles. */
function serialiseTopics(topics: readonly Topic[]): string {
  return json(
    topics.map((topic) => ({
      id: topic.id,
      url: topic.page.absoluteUrl,
      title: topic.title,
      description: topic.description,
      articles: topic.articles.map((article) => article.slug),
    })),
  );
}

/** `/data/quotes.json`: every quotation with its speaker (or `null`), article, date and paragraph. */
function serialiseQuotes(articles: readonly Article[]): string {
  return json(
    articles.flatMap((article) =>
      article.quotes.map((quote) => ({
        text: quote.text,
        speaker: quote.speaker === undefined ? null : {id: quote.speaker.id, name: quote.speaker.name},
        article: article.slug,
        date: {iso: article.date.iso, precision: article.date.precision},
        language: article.language,
        url: quote.absoluteUrl,
      })),
    ),
  );
}
