/**
 * From a content folder to an `Archive`: read the files, check each one,
 * check them against each other, and link them. Every problem in every file
 * is collected; the archive exists only when there is no error.
 */

import type {VFile} from 'vfile';
import {readArticle, type ParsedArticle} from './article-entry.ts';
import {adviseOnContent} from './advice.ts';
import {linkArchive} from './archive.ts';
import {checkDuplicateSlugs, checkSharedAliases} from './consistency.ts';
import {readContentFiles} from './content-files.ts';
import type {ReferenceKind} from './fields.ts';
import {hasErrors} from './messages.ts';
import {readActor, readSource, readTopic} from './registry-entries.ts';
import {collectMessages, formatReport, type ReportedMessage} from './report.ts';
import {readSite, type SiteOverrides} from './site-config.ts';
import type {Archive} from './types.ts';

/** Options for `loadArchive`. */
export interface LoadOptions {
  /** Publish drafts too (the preview server does); default `false`. */
  readonly includeDrafts?: boolean;
  /** Command-line settings that win over `site.yaml`. */
  readonly overrides?: SiteOverrides;
  /** Today as `YYYY-MM-DD` (for the future-date check); default: today in UTC. */
  readonly today?: string;
  /** Also give editors' advice (articles with no topic, unused actors, suggested actors); `check` does. */
  readonly advice?: boolean;
  /** Folder that reported paths are relative to; default: the working folder. */
  readonly cwd?: string;
}

/** How long one stage took. */
export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** What loading gives: the archive when there is no error, and every message either way. */
export interface LoadResult {
  readonly archive: Archive | undefined;
  readonly files: readonly VFile[];
  readonly messages: readonly ReportedMessage[];
  /** The messages as an editor reads them; empty when there are none. */
  readonly report: string;
  readonly timings: readonly StageTiming[];
}

/** Load, check and link the content folder `contentDir`. */
export async function loadArchive(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timings: StageTiming[] = [];
  let clock = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    timings.push({stage, ms: now - clock});
    clock = now;
  };

  const content = await readContentFiles(contentDir, options.cwd);
  lap('load');

  const site = readSite(content.site?.file, options.overrides ?? {});
  const idsOf = (files: readonly {readonly name: string}[]): ReadonlySet<string> => new Set(files.map((file) => file.name));
  const kinds = {
    topics: {noun: 'topic', folder: 'topics', ids: idsOf(content.topics)},
    actors: {noun: 'actor', folder: 'actors', ids: idsOf(content.actors)},
    sources: {noun: 'source', folder: 'sources', ids: idsOf(content.sources)},
  } satisfies Record<string, ReferenceKind>;
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  const actors = content.actors.flatMap((file) => readActor(file, kinds.actors) ?? []);
  const topics = content.topics.flatMap((file) => readTopic(file) ?? []);
  const sources = content.sources.flatMap((file) => readSource(file) ?? []);
  const articles: ParsedArticle[] = content.articles.flatMap(
    (file) => readArticle(file, {defaultLanguage: site?.language ?? ('en' as Archive['site']['language']), today, ...kinds}) ?? [],
  );
  lap('parse');

  checkDuplicateSlugs(articles);
  checkSharedAliases(actors);
  if (options.advice === true) adviseOnContent(articles, actors);

  const files = [
    ...content.other,
    ...(content.site === undefined ? [] : [content.site.file]),
    ...[content.articles, content.actors, content.topics, content.sources].flat().map((item) => item.file),
  ];
  const messages = collectMessages(files);
  const archive =
    site === undefined || hasErrors(files)
      ? undefined
      : linkArchive({site, articles, actors, topics, sources, includeDrafts: options.includeDrafts ?? false});
  lap('link');
  return {archive, files, messages, report: formatReport(messages), timings};
}
