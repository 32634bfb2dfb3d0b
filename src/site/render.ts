/**
 * Renders an `Archive` to a folder of HTML, XML and JSON files by running
 * Eleventy programmatically with the repository's templates and
 * `.eleventy.ts`. A large archive's article pages are shared out between
 * this thread and worker threads, each running its own Eleventy, so that
 * rendering uses every core.
 */

import {readdirSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';

import Eleventy from '@11ty/eleventy';

import type {Archive, Article} from '../types.ts';

/** The repository root, found from this file so the working directory does not matter. */
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const templatesDir = path.join(repositoryRoot, 'templates');

/** Below this many article pages, one Eleventy renders everything. */
const parallelThreshold = 1500;

/** What one Eleventy run writes. */
export interface RenderPart {
  /** The article pages to write. */
  readonly articles: readonly Article[];
  /** Only those article pages: no other page, no assets. */
  readonly articlesOnly: boolean;
}

/** Options of `renderSite`. */
export interface RenderOptions {
  /** Threads to share article pages between; default: the cores, for large archives. */
  readonly threads?: number;
}

/**
 * Writes the site for `archive` into `outputDir` (created if missing; files
 * already there are overwritten, others left alone) and resolves to the
 * number of files written, templates and copied assets together.
 */
export async function renderSite(archive: Archive, outputDir: string, options: RenderOptions = {}): Promise<{readonly files: number}> {
  const threads = options.threads ?? (archive.articles.length < parallelThreshold ? 1 : Math.min(availableParallelism(), 4));
  if (threads <= 1) return renderPart(archive, outputDir, {articles: archive.articles, articlesOnly: false});

  // This thread also writes every other page, so it takes a smaller share of articles.
  const share = Math.ceil(archive.articles.length / (threads + 0.5));
  const shares: Article[][] = [];
  for (let start = archive.articles.length - share; start > 0; start -= share) {
    shares.push(archive.articles.slice(Math.max(0, start), start + share));
  }
  const covered = shares.reduce((sum, list) => sum + list.length, 0);
  const own = archive.articles.slice(0, archive.articles.length - covered);
  const results = await Promise.all([
    renderPart(archive, outputDir, {articles: own, articlesOnly: false}),
    ...shares.map((articles) => renderInWorker(archive, outputDir, articles)),
  ]);
  return {files: results.reduce((sum, result) => sum + result.files, 0)};
}

/** Run one Eleventy over `part` of the site. */
export async function renderPart(archive: Archive, outputDir: string, part: RenderPart): Promise<{readonly files: number}> {
  const eleventy = new Eleventy(templatesDir, path.resolve(outputDir), {
    configPath: path.join(repositoryRoot, '.eleventy.ts'),
    quietMode: true,
    // Runs before `.eleventy.ts`, which then leaves this archive in place.
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData('archive', archive);
      eleventyConfig.addGlobalData('renderArticles', part.articles);
      if (part.articlesOnly) {
        eleventyConfig.addGlobalData('articlesOnly', true);
        for (const file of readdirSync(templatesDir)) {
          if (file.endsWith('.njk') && file !== 'article.njk') eleventyConfig.ignores.add(`**/${file}`);
        }
      }
    },
  });
  // The build prints its own summary; errors still reach the caller as exceptions.
  eleventy.disableLogger();
  const result = await eleventy.write();
  return {files: countWrittenFiles(result)};
}

/** What a render worker is started with. */
export interface RenderWorkerInput {
  readonly module: string;
  readonly archive: Archive;
  readonly outputDir: string;
  readonly articles: readonly Article[];
}

/** Render a share of the article pages in a worker thread. */
function renderInWorker(archive: Archive, outputDir: string, articles: readonly Article[]): Promise<{readonly files: number}> {
  const input: RenderWorkerInput = {module: new URL('./render-worker.ts', import.meta.url).href, archive, outputDir, articles};
  const worker = new Worker(new URL('../worker-entry.mjs', import.meta.url), {workerData: input});
  return new Promise((resolve, reject) => {
    worker.once('message', (message: {files: number} | {error: string}) => {
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A render worker stopped with exit code ${code}.`));
    });
  });
}

/** A value that can hold named properties. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
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
