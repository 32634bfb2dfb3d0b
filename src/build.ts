/**
 * The build, as a table of contents: load and check the content, link the
 * archive, render the pages and the site's script into a fresh folder (with
 * a cache, unchanged article pages are taken from the previous output) while
 * the images are processed (with a cache, only new ones), index the pages for
 * search and write the name table of the search page's cards, and only when
 * all of that succeeded swap the folder into place. A failed build leaves the
 * previous output exactly as it was.
 */

import {mkdir, rename, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import {loadArchive, type StageTiming} from './load-archive.ts';
import type {ReportedMessage} from './content/reporter.ts';
import type {SiteOverrides} from './content/site-config.ts';
import {searchPages} from './search/records.ts';
import {type SearchIndexResult, writeSearchIndex} from './search/index-writer.ts';
import {writeNameTable} from './search/name-table.ts';
import {type MediaResult, writeImages} from './media/write.ts';
import {siteAddresses} from './model/addresses.ts';
import {type RenderResult, renderSite} from './site/render.ts';
import type {Archive} from './model/types.ts';

/** Options for `build`. */
export interface BuildOptions {
  readonly contentDir: string;
  readonly outputDir: string;
  readonly includeDrafts?: boolean;
  readonly overrides?: SiteOverrides;
  /** Today as `YYYY-MM-DD`, for the future-date check. */
  readonly today?: string;
  /** Keep processed articles here across builds (see `cache/articles.ts`); no cache when absent. */
  readonly cacheDir?: string;
  /** The most pages in one search shard (see `search/shards.ts`), instead of `site.yaml`'s; tests set it low to get several. */
  readonly maxShardPages?: number;
  /** Told when each stage after loading starts, for progress output. */
  readonly onStage?: (stage: string) => void;
}

/** What a build did. */
export interface BuildResult {
  readonly ok: boolean;
  readonly archive: Archive | undefined;
  readonly messages: readonly ReportedMessage[];
  /** The content report, as an editor reads it. */
  readonly report: string;
  /** Why the build failed when it was not because of the content. */
  readonly failure?: string;
  readonly files: number;
  /** Article pages rendered, and reused from the previous output, when the build rendered. */
  readonly articlePages?: RenderResult['articlePages'];
  /** The search index, when one was written. */
  readonly search?: SearchIndexResult;
  /** The images published, when the build got that far. */
  readonly media?: MediaResult;
  readonly timings: readonly StageTiming[];
}

/** Build the site from `contentDir` into `outputDir`, atomically. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const loaded = await loadArchive(options.contentDir, {
    includeDrafts: options.includeDrafts ?? false,
    ...(options.overrides === undefined ? {} : {overrides: options.overrides}),
    ...(options.today === undefined ? {} : {today: options.today}),
    ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
  });
  const base = {archive: loaded.archive, messages: loaded.messages, report: loaded.report};
  if (loaded.archive === undefined) {
    return {...base, ok: false, files: 0, timings: loaded.timings};
  }

  const timings = [...loaded.timings];
  const outputDir = path.resolve(options.outputDir);
  const staging = `${outputDir}.building-${process.pid}`;
  await rm(staging, {recursive: true, force: true});
  await mkdir(path.dirname(outputDir), {recursive: true});
  let clock = performance.now();
  try {
    options.onStage?.('render and images');
    // The pages need only what inspecting the images found; processing them runs alongside.
    const cache = options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir};
    const [rendered, media] = await settleBoth(
      renderSite(loaded.archive, staging, {previousOutput: outputDir, ...cache}),
      writeImages(loaded.archive.media, path.resolve(options.contentDir), staging, siteAddresses(loaded.archive.site).media.url, cache),
    );
    timings.push({stage: 'render and images', ms: performance.now() - clock});
    clock = performance.now();
    options.onStage?.('search index');
    const search = await writeSearchIndex(searchPages(loaded.archive), staging, {
      ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
      maxShardPages: options.maxShardPages ?? loaded.archive.site.searchShardPages,
      language: loaded.archive.site.language,
    });
    await writeNameTable(loaded.archive, staging);
    timings.push({stage: 'search index', ms: performance.now() - clock});
    clock = performance.now();
    options.onStage?.('write');
    await swapInto(staging, outputDir);
    await rendered.saveKeys();
    timings.push({stage: 'write', ms: performance.now() - clock});
    return {...base, ok: true, files: rendered.files + media.files, articlePages: rendered.articlePages, search, media, timings};
  } catch (error) {
    await rm(staging, {recursive: true, force: true});
    return {...base, ok: false, failure: describeError(error), files: 0, timings};
  }
}

/** Both results, once both have settled (so nothing is still writing when a failure is handled), or the first failure. */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/** Replace `target` by `staging` with renames, so readers never see a half-written folder. */
async function swapInto(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  const exists = await stat(target).then(
    () => true,
    () => false,
  );
  if (exists) await rename(target, previous);
  try {
    await rename(staging, target);
  } catch (error) {
    if (exists) await rename(previous, target);
    throw error;
  }
  if (exists) await rm(previous, {recursive: true, force: true});
}

/** One or two lines on what went wrong, without a stack trace. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const causes: string[] = [error.message];
  let cause: unknown = error.cause;
  while (cause instanceof Error && causes.length < 4) {
    causes.push(cause.message);
    cause = cause.cause;
  }
  return causes.join('\n  caused by: ');
}
