/**
 * Renders an `Archive` to a folder of HTML, XML and JSON files by running
 * Eleventy programmatically with the repository's templates and the archive
 * site plugin (`plugin.ts`), and bundles the site's script beside them
 * (`script.ts`). A large archive's article pages are shared out between
 * this thread and worker threads, each running its own Eleventy, so that
 * rendering uses every core. Given the previous output and a cache, article
 * pages whose inputs did not change are taken from the previous output
 * instead of rendered again (see `render-cache.ts`); every other page is
 * always rendered.
 */

import {cp, mkdir} from 'node:fs/promises';
import {availableParallelism} from 'node:os';
import path from 'node:path';

import Eleventy from '@11ty/eleventy';

import {assetsDir, configureArchiveSite, templatesDir} from './plugin.ts';
import {listFiles} from '../util/folder.ts';
import {isRecord} from '../util/is-record.ts';
import {runWorker} from '../util/run-worker.ts';
import type {Archive, Article} from '../model/types.ts';
import {articlePageFile, type FileStamp, planArticlePages, type PreviousRender, reusePages, savePageKeys, stampRendered} from './render-cache.ts';
import {writeSiteScript} from './script.ts';


/** Below this many article pages to render, one Eleventy renders everything. */
const parallelThreshold = 1500;

/**
 * The most article pages one Eleventy run renders: Eleventy keeps every page
 * of a run in memory until it ends, so a large archive is rendered in runs of
 * this size, each in a fresh worker, to bound the build's memory.
 */
const defaultChunkSize = 2000;

/** What one Eleventy run writes. */
export interface RenderPart {
  /** The article pages to write. */
  readonly articles: readonly Article[];
  /** Only those article pages: no other page, no assets. */
  readonly articlesOnly: boolean;
}

/** Options of `renderSite`. */
export interface RenderOptions {
  /** Eleventy runs at once; default: the cores (at most 4) for large archives, else 1. */
  readonly threads?: number;
  /** The most article pages per Eleventy run. */
  readonly chunkSize?: number;
  /**
   * The folder the previous build was published to (the live site, not a
   * staging folder), other than the folder rendered into. With `cacheDir`,
   * its unchanged article pages are reused.
   */
  readonly previousOutput?: string;
  /** Where the keys of the article pages written are kept between builds; needs `previousOutput`. */
  readonly cacheDir?: string;
}

/** What `renderSite` did. */
export interface RenderResult {
  /** Files written: templates, copied assets and reused article pages together. */
  readonly files: number;
  /** Article pages rendered, and reused from the previous output. */
  readonly articlePages: {readonly rendered: number; readonly reused: number};
  /**
   * Record this render's article page keys in the cache, for the next build
   * into `previousOutput`. Call it only once the rendered folder has been
   * moved to `previousOutput`. Never rejects; does nothing without a cache.
   */
  saveKeys(): Promise<void>;
}

/**
 * Writes the site for `archive` into `outputDir` (created if missing; files
 * already there are overwritten, others left alone, but a reused article
 * page must not be there yet, so `build` renders into a fresh folder) and
 * resolves to the number of files written (templates, copied assets and
 * reused article pages together) and to how many article pages were rendered
 * and reused.
 */
export async function renderSite(archive: Archive, outputDir: string, options: RenderOptions = {}): Promise<RenderResult> {
  const previous: PreviousRender | undefined =
    options.previousOutput === undefined || options.cacheDir === undefined ? undefined : {outputDir: options.previousOutput, cacheDir: options.cacheDir};
  if (previous !== undefined && path.resolve(previous.outputDir) === path.resolve(outputDir)) {
    throw new Error(`renderSite cannot reuse pages from the folder it renders into (${outputDir}).`);
  }
  const pageArchive = articlePageArchive(archive);
  const plan = await planArticlePages(archive, pageArchive, previous);
  // Reused pages are linked in a worker thread while this one renders.
  const reusing = previous === undefined ? Promise.resolve(new Map<string, FileStamp>()) : reusePages(plan.reuse, previous.outputDir, outputDir);
  const rendering = renderPages(archive, pageArchive, plan.render, outputDir, options);
  // Wait for all before failing, so nothing is still writing into `outputDir` when the caller cleans up.
  const [rendered, reused, bundled] = await Promise.allSettled([rendering, reusing, writeSiteScript(outputDir)]);
  if (rendered.status === 'rejected') throw rendered.reason;
  if (reused.status === 'rejected') throw reused.reason;
  if (bundled.status === 'rejected') throw bundled.reason;
  const stamps = previous === undefined ? reused.value : new Map([...reused.value, ...(await stampRendered(plan.render.map(articlePageFile), outputDir))]);
  return {
    files: rendered.value + plan.reuse.length + bundled.value,
    articlePages: {rendered: plan.render.length, reused: plan.reuse.length},
    saveKeys: () => (previous === undefined ? Promise.resolve() : savePageKeys(previous, plan.keys, stamps)),
  };
}

/**
 * Render every page but the reused article pages: `articles` are the article
 * pages to render. Resolves to the number of files written.
 */
async function renderPages(archive: Archive, pageArchive: Archive, articles: readonly Article[], outputDir: string, options: RenderOptions): Promise<number> {
  const chunkSize = Math.max(1, options.chunkSize ?? defaultChunkSize);
  const threads = Math.max(1, options.threads ?? (articles.length < parallelThreshold ? 1 : Math.min(availableParallelism(), 4)));
  if (threads === 1 && articles.length <= chunkSize) return (await renderPart(archive, outputDir, {articles, articlesOnly: false})).files;

  // This thread writes every other page and a smaller share of articles;
  // the rest go to workers in chunks, `threads - 1` (at least one) at a
  // time, and one more once this thread's share is written, so that no core
  // waits while chunks remain.
  const own = Math.min(chunkSize, Math.ceil(articles.length / (threads + 0.5)));
  const chunks: (readonly Article[])[] = [];
  for (let start = own; start < articles.length; start += chunkSize) chunks.push(articles.slice(start, start + chunkSize));
  let next = 0;
  const slot = async (): Promise<number> => {
    let files = 0;
    while (next < chunks.length) {
      const chunk = chunks[next++];
      if (chunk !== undefined) files += (await renderInWorker(pageArchive, outputDir, chunk)).files;
    }
    return files;
  };
  const results = await Promise.all([
    renderPart(archive, outputDir, {articles: articles.slice(0, own), articlesOnly: false}).then(async (result) => result.files + (await slot())),
    ...Array.from({length: Math.max(1, threads - 1)}, slot),
  ]);
  return results.reduce((sum, files) => sum + files, 0);
}

/**
 * Run one Eleventy over `part` of the site. It reads no configuration file
 * (`configPath: false`, so none in the working folder is picked up either):
 * the archive site is configured here, with explicit options.
 */
export async function renderPart(archive: Archive, outputDir: string, part: RenderPart): Promise<{readonly files: number}> {
  const eleventy = new Eleventy(templatesDir, path.resolve(outputDir), {
    configPath: false,
    quietMode: true,
    config: (eleventyConfig) => configureArchiveSite(eleventyConfig, {archive, articles: part.articles, articlesOnly: part.articlesOnly, copyAssets: false}),
  });
  // The build prints its own summary; errors still reach the caller as exceptions.
  eleventy.disableLogger();
  // The assets are copied here, not by Eleventy's passthrough copy: that
  // copy, failing early (a full disk, an unwritable folder), can reject
  // before Eleventy handles it and end the process instead of the build.
  const assets = part.articlesOnly ? 0 : await copyAssets(outputDir);
  const result = await eleventy.write();
  return {files: assets + countWrittenFiles(result)};
}

/** Copy `templates/assets/` to `assets/` in `outputDir`; the number of files. */
async function copyAssets(outputDir: string): Promise<number> {
  // Made first: the site's script is written into it at the same time, and
  // \`cp\` fails when the folder appears between its check and its own mkdir.
  await mkdir(path.join(outputDir, 'assets'), {recursive: true});
  await cp(assetsDir, path.join(outputDir, 'assets'), {recursive: true});
  return (await listFiles(assetsDir)).length;
}

/**
 * Make Eleventy read the templates again. Eleventy keeps every template's
 * text and compiled form in caches global to the process, which a new
 * `Eleventy` does not clear; its own watcher clears them by emitting
 * `eleventy.resourceModified` on its internal event bus for each changed file.
 * A long-running process that renders again after a template edit (the
 * preview) does the same. The bus is not among the package's exports, so it
 * is imported by its file, from the exactly pinned version.
 */
export async function forgetTemplates(): Promise<void> {
  // The package's entry is `src/Eleventy.js`; the bus is beside it.
  const bus: unknown = (await import(new URL('./EventBus.js', import.meta.resolve('@11ty/eleventy')).href)).default;
  const emit = isRecord(bus) ? bus['emit'] : undefined;
  if (typeof emit !== 'function') throw new Error('Eleventy has no event bus where this program expects one: its version is not the pinned one.');
  for (const file of await listFiles(templatesDir)) {
    const absolute = path.join(templatesDir, file);
    for (const form of [absolute, `./${path.relative(process.cwd(), absolute).split(path.sep).join('/')}`]) {
      await Reflect.apply(emit, bus, ['eleventy.resourceModified', form, [], {viaConfigReset: false, relevantLayouts: []}]);
    }
  }
}

/** What a render worker is started with. */
export interface RenderWorkerInput {
  readonly archive: Archive;
  readonly outputDir: string;
  readonly articles: readonly Article[];
}

/**
 * The archive as an article page sees it: the site, navigation and feed
 * its layout shows, without the lists no article page reads. Workers get
 * this instead of a copy of the whole archive, to save memory, and its JSON
 * is part of every article page's key (`render-cache.ts`); the test that
 * compares a shared render with a single one guards it.
 */
export function articlePageArchive(archive: Archive): Archive {
  return {
    ...archive,
    articles: [],
    actors: [],
    topics: [],
    sources: [],
    timeline: {count: 0, years: []},
    feed: {...archive.feed, entries: []},
    sitemap: {...archive.sitemap, entries: []},
    data: {
      articles: {...archive.data.articles, content: ''},
      actors: {...archive.data.actors, content: ''},
      topics: {...archive.data.topics, content: ''},
      quotes: {...archive.data.quotes, content: ''},
    },
    pages: {
      ...archive.pages,
      home: {...archive.pages.home, latest: [], topics: [], actors: []},
      timeline: without(archive.pages.timeline, 'chart'),
      timelineYears: [],
      actors: {...without(archive.pages.actors, 'network'), groups: []},
    },
  };
}

/** `page` without its field `key`: what an article page does not show of it (a chart, a network). */
function without<Page extends object, Key extends keyof Page>(page: Page, key: Key): Omit<Page, Key> {
  const {[key]: _omitted, ...rest} = page;
  return rest;
}

/** Render a share of the article pages in a worker thread; `pageArchive` is `articlePageArchive` of the archive. */
function renderInWorker(pageArchive: Archive, outputDir: string, articles: readonly Article[]): Promise<{readonly files: number}> {
  const input: RenderWorkerInput = {archive: pageArchive, outputDir, articles};
  return runWorker(new URL('./render-worker.ts', import.meta.url), input, 'A render worker');
}

/**
 * Counts files in what `Eleventy#write` resolves to:
 * `[passthroughCopyResults, templateResults]`, where each template result
 * with a string `outputPath` is one written file and each passthrough result
 * carries the `count` of files it copied.
 */
function countWrittenFiles(result: unknown): number {
  if (!Array.isArray(result)) {
    return 0;
  }
  const [passthrough, templates]: unknown[] = result;
  let files = 0;
  if (Array.isArray(templates)) {
    for (const template of templates) {
      if (isRecord(template) && typeof template['outputPath'] === 'string') {
        files += 1;
      }
    }
  }
  if (Array.isArray(passthrough)) {
    for (const copy of passthrough) {
      if (isRecord(copy) && typeof copy['count'] === 'number') {
        files += copy['count'];
      }
    }
  }
  return files;
}
