/**
 * The build, as a table of contents: lock the output folder and clean up
 * after stopped builds, load and check the content, link the archive, render
 * the pages into a staging folder (with a cache, unchanged article pages are
 * taken from the previous output, and the site's script bundled), and at
 * the same time process the images (with a cache, only new ones), index the
 * records for search and write the name table of the search page's cards;
 * only when all of that succeeded swap the folder into place (`output/staged-output.ts`). A
 * failed or interrupted build leaves the previous output exactly as it was.
 */

import path from 'node:path';
import {describeOutputError, openStagedOutput, type StagedOutput} from './output/staged-output.ts';
import {describeError} from './util/describe-error.ts';
import {loadArchive, type LoadOptions, type StageTiming} from './load-archive.ts';
import type {ReportedMessage} from './content/reporter.ts';
import type {SiteOverrides} from './content/site-config.ts';
import type {SearchIndexResult} from './search/index-writer.ts';
import {writeArchiveSearch} from './search/archive-search.ts';
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
  /** Processed articles kept in memory between builds, and the reader of content files (the preview's); see `LoadOptions`. */
  readonly memo?: LoadOptions['memo'];
  readonly read?: LoadOptions['read'];
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
  /** What was put right before the build started (leftovers of stopped builds, a stale lock), one line each. */
  readonly notes: readonly string[];
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
  const cacheDir = options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir};
  let output: StagedOutput;
  try {
    output = await openStagedOutput(options.outputDir, {...cacheDir, onInterrupt: (message) => process.stderr.write(`\n${message}\n`)});
  } catch (error) {
    return {archive: undefined, messages: [], report: '', notes: [], ok: false, failure: describeFailure(error, options.outputDir), files: 0, timings: []};
  }
  try {
    return await buildInto(output, options);
  } catch (error) {
    return {archive: undefined, messages: [], report: '', notes: output.notes, ok: false, failure: describeFailure(error, options.outputDir), files: 0, timings: []};
  } finally {
    await output.close();
  }
}

/** Load, render and index into `output.staging`, and swap it in when all of that succeeded. */
async function buildInto(output: StagedOutput, options: BuildOptions): Promise<BuildResult> {
  const cacheDir = options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir};
  const loaded = await loadArchive(options.contentDir, {
    includeDrafts: options.includeDrafts ?? false,
    ...(options.overrides === undefined ? {} : {overrides: options.overrides}),
    ...(options.today === undefined ? {} : {today: options.today}),
    ...cacheDir,
    ...(options.memo === undefined ? {} : {memo: options.memo}),
    ...(options.read === undefined ? {} : {read: options.read}),
  });
  const base = {archive: loaded.archive, messages: loaded.messages, report: loaded.report, notes: output.notes};
  if (loaded.archive === undefined) {
    return {...base, ok: false, files: 0, timings: loaded.timings};
  }

  const timings = [...loaded.timings];
  const outputDir = path.resolve(options.outputDir);
  try {
    // Search records are made from the archive, not from the pages, and the
    // pages need only what inspecting the images found, so rendering,
    // processing the images and indexing for search all start now.
    const started = performance.now();
    const took = new Map<string, number>();
    const stage = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      options.onStage?.(name);
      try {
        return await work();
      } finally {
        took.set(name, performance.now() - started);
      }
    };
    const archive = loaded.archive;
    const [rendering, imaging, indexing] = await Promise.allSettled([
      stage('render', () => renderSite(archive, output.staging, {previousOutput: outputDir, ...cacheDir})),
      stage('process images', () => writeImages(archive.media, path.resolve(options.contentDir), output.staging, siteAddresses(archive.site).media.url, cacheDir)),
      stage('search index', () => writeArchiveSearch(archive, output.staging, {
        ...cacheDir,
        ...(options.maxShardPages === undefined ? {} : {maxShardPages: options.maxShardPages}),
      })),
    ]);
    // Each from the moment all started: they overlap.
    for (const name of ['render', 'process images', 'search index']) {
      const ms = took.get(name);
      if (ms !== undefined) timings.push({stage: name, ms});
    }
    // All have settled, so nothing still writes into the staging folder when it is removed.
    if (rendering.status === 'rejected') throw rendering.reason;
    if (imaging.status === 'rejected') throw imaging.reason;
    if (indexing.status === 'rejected') throw indexing.reason;
    const rendered = rendering.value;
    const clock = performance.now();
    options.onStage?.('write');
    await output.commit();
    await rendered.saveKeys();
    timings.push({stage: 'write', ms: performance.now() - clock});
    return {...base, ok: true, files: rendered.files + imaging.value.files, articlePages: rendered.articlePages, search: indexing.value, media: imaging.value, timings};
  } catch (error) {
    return {...base, ok: false, failure: describeFailure(error, options.outputDir), files: 0, timings};
  }
}

/** Why a build failed when it was not the content: a writing problem in an editor's words, anything else in one or two lines. */
function describeFailure(error: unknown, outputDir: string): string {
  return describeOutputError(error, outputDir) ?? describeError(error);
}
