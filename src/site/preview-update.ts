/**
 * The preview's update after a content edit, in place in the folder it
 * serves, in the order an editor waits for it:
 *
 * 1. load the content again, from memory where files did not change, and
 *    with processed articles from memory (`cache/article-memo.ts`): only the
 *    edited files are read and processed again; then check and link;
 * 2. render the article pages whose key changed (`render-cache.ts`), remove
 *    those of articles that are gone, and reload the browser;
 * 3. render every other page, and reload;
 * 4. index for search again, where the cache has no shard for the new pages
 *    (with a cache, that is the edited article's shard), swap the index in,
 *    and reload.
 *
 * A new edit stops an update between these steps; the next one starts from
 * the pages on disk, so nothing is skipped. Where the set of pages other than
 * article pages changes (an actor, topic, source or year added or removed),
 * the update says so and the preview builds the whole site instead.
 */

import {rename, rm} from 'node:fs/promises';
import path from 'node:path';
import {loadArchive, type LoadOptions, type StageTiming} from '../load-archive.ts';
import type {BuildResult} from '../build.ts';
import type {SiteOverrides} from '../content/site-config.ts';
import {writeArchiveSearch} from '../search/archive-search.ts';
import {searchBundleFolder} from '../search/layout.ts';
import type {Archive} from '../model/types.ts';
import {articlePageArchive, renderPart} from './render.ts';
import {articlePageFile, articlePageKeys} from './render-cache.ts';

/** What the preview knows of the site it serves. */
export interface PreviewSite {
  readonly archive: Archive;
  /** The key of every article page on disk, by file. */
  readonly keys: ReadonlyMap<string, string>;
}

/** Options of `updatePreview`. */
export interface PreviewUpdateOptions {
  readonly contentDir: string;
  /** The folder served. */
  readonly outputDir: string;
  readonly overrides: SiteOverrides;
  readonly cacheDir?: string;
  readonly memo: NonNullable<LoadOptions['memo']>;
  readonly read: NonNullable<LoadOptions['read']>;
  /** Reload open pages. */
  readonly reload: () => void;
  /** Whether a newer edit is waiting: the update then stops at the next step. */
  readonly superseded: () => boolean;
  /** Told when a step is done, with the time since the update started. */
  readonly onStep?: (step: PreviewStep, ms: number) => void;
}

/** The steps an editor sees: the edited article pages, every other page, search. */
export type PreviewStep = 'article pages' | 'other pages' | 'search index';

/** What an update did: the build result to report, and the site now served (`undefined` when it must be built whole). */
export interface PreviewUpdate {
  readonly result: BuildResult;
  readonly site: PreviewSite | undefined;
}

/** The site the preview serves after a full build of `archive` into its folder. */
export async function previewSiteOf(archive: Archive): Promise<PreviewSite> {
  return {archive, keys: await articlePageKeys(archive, articlePageArchive(archive))};
}

/** Update the served site `site` after an edit; see the module comment. */
export async function updatePreview(site: PreviewSite, options: PreviewUpdateOptions): Promise<PreviewUpdate> {
  const started = performance.now();
  const timings: StageTiming[] = [];
  const step = (name: PreviewStep): void => {
    const ms = performance.now() - started;
    timings.push({stage: name, ms});
    options.onStep?.(name, ms);
  };
  const loaded = await loadArchive(options.contentDir, {
    includeDrafts: true,
    overrides: options.overrides,
    memo: options.memo,
    read: options.read,
    ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
  });
  const base = {archive: loaded.archive, messages: loaded.messages, report: loaded.report, notes: [], files: 0, timings: [...loaded.timings, ...timings]};
  const archive = loaded.archive;
  if (archive === undefined) return {result: {...base, ok: false}, site};
  if (!sameOtherPages(site.archive, archive)) return {result: {...base, ok: true}, site: undefined};

  const outputDir = path.resolve(options.outputDir);
  const keys = await articlePageKeys(archive, articlePageArchive(archive));
  const changed = archive.articles.filter((article) => {
    const file = articlePageFile(article);
    return site.keys.get(file) !== keys.get(file);
  });
  const removed = [...site.keys.keys()].filter((file) => !keys.has(file));
  if (changed.length > 0) await renderPart(archive, outputDir, {articles: changed, articlesOnly: true});
  for (const file of removed) await rm(path.join(outputDir, path.dirname(file)), {recursive: true, force: true});
  const updated: PreviewSite = {archive, keys};
  if (changed.length > 0 || removed.length > 0) options.reload();
  step('article pages');
  const result = (): PreviewUpdate => ({result: {...base, ok: true, timings: [...loaded.timings, ...timings]}, site: updated});
  if (options.superseded()) return result();

  await renderPart(archive, outputDir, {articles: [], articlesOnly: false});
  options.reload();
  step('other pages');
  if (options.superseded()) return result();

  await reindex(archive, outputDir, options.cacheDir);
  options.reload();
  step('search index');
  return result();
}

/** Whether two archives have the same site settings and the same pages other than article pages (same addresses). */
function sameOtherPages(before: Archive, after: Archive): boolean {
  const others = (archive: Archive): string => {
    const articles = new Set(archive.articles.map((article) => article.page.absoluteUrl));
    return JSON.stringify(archive.sitemap.entries.flatMap((entry) => (articles.has(entry.url) ? [] : [entry.url])));
  };
  return JSON.stringify(before.site) === JSON.stringify(after.site) && others(before) === others(after);
}

/** Write the search index for `archive` beside `outputDir`, then swap it in for the one served. */
async function reindex(archive: Archive, outputDir: string, cacheDir: string | undefined): Promise<void> {
  const next = `${outputDir}.search-${process.pid}`;
  const old = path.join(next, 'previous');
  await rm(next, {recursive: true, force: true});
  try {
    await writeArchiveSearch(archive, next, cacheDir === undefined ? {} : {cacheDir});
    const served = path.join(outputDir, searchBundleFolder);
    await rename(served, old);
    await rename(path.join(next, searchBundleFolder), served);
  } finally {
    await rm(next, {recursive: true, force: true});
  }
}
