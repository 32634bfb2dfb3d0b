/**
 * From a content folder to an `Archive`: read the files, check each one,
 * check them against each other, and link them. Every problem in every file
 * is collected; the archive exists only when there is no error.
 */

import path from 'node:path';
import type {VFile} from 'vfile';
import type {Position} from 'unist';
import {adviseOnContent} from './content/advice.ts';
import {checkFutureDate} from './content/article-entry.ts';
import {openArticleCache} from './cache/articles.ts';
import {type ArticleMemo, settingsKey} from './cache/article-memo.ts';
import {linkArchive, type LinkableArticle} from './link/archive.ts';
import {checkDuplicateSlugs, checkSharedAliases} from './content/cross-file-checks.ts';
import {type ByteReader, type ContentFile, readContentFiles} from './content/files.ts';
import {referenceKind} from './content/fields.ts';
import {hasErrors, report} from './content/messages.ts';
import type {ArticleSource, ProcessedArticle, ProcessSettings} from './process/article.ts';
import {processArticles} from './process/pool.ts';
import {readActor, readSource, readTopic} from './content/registry-entries.ts';
import {checkImageFiles, type PlacedImage} from './content/image-checks.ts';
import {readYamlFile} from './content/front-matter.ts';
import {type ImageInfo, inspectImages, isImageInfo} from './media/inspect.ts';
import {collectMessages, formatReport, type ReportedMessage} from './content/reporter.ts';
import {readSite, type SiteOverrides} from './content/site-config.ts';
import {defaultLanguage} from './model/language.ts';
import {englishInterface} from './i18n/catalogue.ts';
import {siteAddresses} from './model/addresses.ts';
import type {Archive} from './model/types.ts';

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
  /** Keep processed articles here across builds and checks; no cache when absent. */
  readonly cacheDir?: string;
  /** Folder that reported paths are relative to; default: the working folder. */
  readonly cwd?: string;
  /** Reads each content file; default: from disk. */
  readonly read?: ByteReader;
  /** Processed articles kept in memory between loads (the preview's); checked before the cache folder. */
  readonly memo?: ArticleMemo;
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
  /** Articles taken from the cache and processed, when there is a cache. */
  readonly articleCache?: {readonly hits: number; readonly misses: number};
}

/** An article after processing, with its messages on its file. */
interface LoadedArticle extends LinkableArticle {
  readonly file: VFile;
  /** The file's path relative to the content folder. */
  readonly contentPath: string;
  readonly slugPlace: Position;
  /** Where the lead image is written. */
  readonly imagePlace: Position | undefined;
  readonly evidence: ProcessedArticle['evidence'];
}

/** Every image the loaded articles show, with where each is written. */
function placedImagesOf(articles: readonly LoadedArticle[]): PlacedImage[] {
  return articles.flatMap(({file, contentPath: from, entry, imagePlace, images}) => [
    ...(entry.image === undefined ? [] : [{file, from, image: entry.image, place: imagePlace}]),
    ...images.map((body) => ({file, from, image: body.image, place: body.place})),
  ]);
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

  const content = await readContentFiles(contentDir, options.cwd, options.read);
  lap('load');

  const site = readSite(content.site?.readable === true ? content.site.file : undefined, options.overrides ?? {}, content.messages);
  const kinds = {
    topics: referenceKind('topic', content.topics.map((file) => file.name)),
    actors: referenceKind('actor', content.actors.map((file) => file.name)),
    sources: referenceKind('source', content.sources.map((file) => file.name)),
  };
  // A file that could not be read keeps its id (so that references to it
  // are not errors too) but has nothing else to check.
  const readable = (file: ContentFile): boolean => file.readable;
  const actors = content.actors.filter(readable).flatMap((file) => readActor(file, kinds.actors) ?? []);
  const topics = content.topics.filter(readable).flatMap((file) => readTopic(file) ?? []);
  const sources = content.sources.filter(readable).flatMap((file) => readSource(file) ?? []);
  const articleFiles = content.articles.filter(readable);

  const settings: ProcessSettings = {
    defaultLanguage: site?.language ?? defaultLanguage,
    topicIds: [...kinds.topics.ids],
    actorIds: [...kinds.actors.ids],
    sourceIds: [...kinds.sources.ids],
    actors: actors.map(({entry}) => ({id: entry.id, names: [entry.name, ...entry.aliases]})),
    people: actors.flatMap(({entry}) => (entry.kind === 'person' ? [entry.id] : [])),
    ui: site?.ui ?? englishInterface,
    pathPrefix: site?.pathPrefix ?? '/',
    advice: options.advice === true,
  };
  const {processed, stats} = await processContent(articleFiles, settings, options.cacheDir, options.memo);
  const articles = collectArticles(articleFiles, processed, options.today ?? new Date().toISOString().slice(0, 10));
  lap('parse');

  // Every image the pages show, looked at once each: missing, unreadable or far too large ones are reported where they are written.
  const placedImages = placedImagesOf(articles);
  if (site?.image !== undefined && content.site !== undefined) {
    placedImages.push({file: content.site.file, from: 'site.yaml', image: site.image, place: readYamlFile(content.site.file).get('image')?.entries?.get('src')?.place});
  }
  // The site's card is only shown by link previews, unless a page shows the same file.
  const onPages = new Set(placedImages.filter((placed) => placed.file !== content.site?.file).map((placed) => placed.image.path));
  const inspected = await inspectImages(
    path.resolve(options.cwd ?? '.', contentDir),
    [...new Set(placedImages.map((placed) => placed.image.path))].sort().map((file) => ({path: file, shareOnly: !onPages.has(file)})),
    site === undefined ? '/media/' : siteAddresses(site).media.url,
  );
  checkImageFiles(placedImages, inspected, content.images);
  const images = new Map([...inspected].flatMap(([file, result]): [string, ImageInfo][] => (isImageInfo(result) ? [[file, result]] : [])));
  lap('images');

  checkDuplicateSlugs(articles);
  checkSharedAliases(actors);
  if (options.advice === true) {
    adviseOnContent(
      articles.flatMap((article) => (article.evidence === undefined ? [] : [{entry: article.entry, file: article.file, evidence: article.evidence}])),
      actors,
    );
  }

  const files = [
    ...content.other,
    ...(content.site === undefined ? [] : [content.site.file]),
    ...[content.articles, content.actors, content.topics, content.sources, content.messages].flat().map((item) => item.file),
  ];
  const messages = collectMessages(files);
  const archive =
    site === undefined || hasErrors(files)
      ? undefined
      : linkArchive({site, articles, actors, topics, sources, images, includeDrafts: options.includeDrafts ?? false});
  lap('link');
  return {archive, files, messages, report: formatReport(messages), timings, ...(stats === undefined ? {} : {articleCache: {...stats}})};
}

/**
 * Process every article file, in the order given: from `memo` or the cache
 * in `cacheDir` where an entry serves, in the worker pool otherwise; the cache
 * and the memo then keep exactly what this run used.
 */
async function processContent(
  files: readonly ContentFile[],
  settings: ProcessSettings,
  cacheDir: string | undefined,
  memo: ArticleMemo | undefined,
): Promise<{readonly processed: readonly ProcessedArticle[]; readonly stats: {readonly hits: number; readonly misses: number} | undefined}> {
  const sources: ArticleSource[] = files.map((article) => ({
    contentPath: article.contentPath,
    reportPath: article.file.path,
    name: article.name,
    text: String(article.file.value),
  }));
  const remembered = memo?.open(settingsKey(settings));
  const known = sources.map((source) => remembered?.get(source));
  // With a memo that holds articles, its misses are the few files just
  // edited: processing them costs less than reading the whole cache folder.
  const cache = cacheDir === undefined || (remembered !== undefined && !remembered.empty) ? undefined : await openArticleCache(cacheDir, settings);
  const cached = sources.map((source, index) => known[index] ?? cache?.get(source));
  const fresh = await processArticles(sources.filter((_source, index) => cached[index] === undefined), settings);
  let freshIndex = 0;
  const processed = sources.map((source, index) => {
    const hit = cached[index];
    if (hit !== undefined) return hit;
    const result = fresh[freshIndex++];
    if (result === undefined) throw new Error(`No result for ${source.contentPath}.`);
    cache?.set(source, result);
    return result;
  });
  await cache?.save();
  remembered?.keep(sources, processed);
  return {processed, stats: cache?.stats};
}

/**
 * Put each processed article's messages on its file, with the future-date
 * check for `today`, and keep the articles that can be published.
 */
function collectArticles(files: readonly ContentFile[], processed: readonly ProcessedArticle[], today: string): LoadedArticle[] {
  const articles: LoadedArticle[] = [];
  files.forEach((article, index) => {
    const result = processed[index];
    if (result === undefined) return;
    for (const message of result.messages) report(article.file, message.reason, message.place, message.ruleId);
    if (result.date !== undefined) checkFutureDate(article.file, result.date, today);
    if (result.entry !== undefined) {
      articles.push({
        entry: result.entry,
        file: article.file,
        contentPath: article.contentPath,
        slugPlace: result.slugPlace,
        imagePlace: result.imagePlace,
        mentions: result.mentions,
        quotes: result.quotes,
        html: result.html,
        text: result.text,
        lead: result.lead,
        images: result.images,
        evidence: result.evidence,
      });
    }
  });
  return articles;
}
