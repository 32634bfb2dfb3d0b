/**
 * The build, as a table of contents: lock the output folder and clean up
 * after stopped builds, load and check the content, link the archive, render
 * the pages into a staging folder (with a cache, unchanged article pages are
 * taken from the previous output), bundle the site's script, process the
 * images alongside (with a cache, only new ones), index the pages for search
 * and write the name table of the search page's cards, and only when all of
 * that succeeded swap the folder into place (`output/staged-output.ts`). A
 * failed or interrupted build leaves the previous output exactly as it was.
 */

import path from 'node:path';
import {describeOutputError, openStagedOutput, type StagedOutput} from './output/staged-output.ts';
import {describeError} from './util/describe-error.ts';
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
  });
  const base = {archive: loaded.archive, messages: loaded.messages, report: loaded.report, notes: output.notes};
  if (loaded.archive === undefined) {
    return {...base, ok: false, files: 0, timings: loaded.timings};
  }

  const timings = [...loaded.timings];
  const outputDir = path.resolve(options.outputDir);
  let clock = performance.now();
  try {
    options.onStage?.('render and images');
    // The pages need only what inspecting the images found; processing them runs alongside.
    const [rendered, media] = await settleBoth(
      renderSite(loaded.archive, output.staging, {previousOutput: outputDir, ...cacheDir}),
      writeImages(loaded.archive.media, path.resolve(options.contentDir), output.staging, siteAddresses(loaded.archive.site).media.url, cacheDir),
    );
    timings.push({stage: 'render and images', ms: performance.now() - clock});
    clock = performance.now();
    options.onStage?.('search index');
    const search = await writeSearchIndex(searchPages(loaded.archive), output.staging, {
      ...cacheDir,
      maxShardPages: options.maxShardPages ?? loaded.archive.site.searchShardPages,
      language: loaded.archive.site.language,
    });
    await writeNameTable(loaded.archive, output.staging);
    timings.push({stage: 'search index', ms: performance.now() - clock});
    clock = performance.now();
    options.onStage?.('write');
    await output.commit();
    await rendered.saveKeys();
    timings.push({stage: 'write', ms: performance.now() - clock});
    return {...base, ok: true, files: rendered.files + media.files, articlePages: rendered.articlePages, search, media, timings};
  } catch (error) {
    return {...base, ok: false, failure: describeFailure(error, options.outputDir), files: 0, timings};
  }
}

/** Both results, once both have settled (so nothing is still writing when a failure is handled), or the first failure. */
async function settleBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}

/** Why a build failed when it was not the content: a writing problem in an editor's words, anything else in one or two lines. */
function describeFailure(error: unknown, outputDir: string): string {
  return describeOutputError(error, outputDir) ?? describeError(error);
}
