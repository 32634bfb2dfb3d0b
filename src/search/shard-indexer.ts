/**
 * Index one search shard with a fresh Pagefind service (`pagefind --service`,
 * through Pagefind's Node API) and write its canonical bundle. Each call
 * starts its own service and ends it, which frees all the service held.
 * Pagefind's Node API keeps one service per module instance, so shards are
 * indexed at the same time from separate worker threads (`index-worker.ts`),
 * one service per thread.
 */

import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {transform} from 'esbuild';
import * as pagefind from 'pagefind';
import {canonicaliseSearchBundle} from './canonical.ts';
import type {LanguageTag} from '../model/types.ts';

/**
 * How much of the index Pagefind puts in one word chunk (its
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, counted in word positions; its
 * default is 20,000). A search loads the whole chunk a word is in: at the
 * default, a common word of a 2,000-page shard shares its chunk with another
 * as common (34 KB for `ceasefire` at 10,000 articles); at 8,000 it is alone
 * in it (16 KB), for about 1 KB more of the shard's metadata, which lists the
 * chunks (see docs/performance.md). Pagefind reads it from its service's
 * environment, which is this thread's; it is in this source, so it is part
 * of the program's hash that keys the cached shards.
 */
const indexChunkSize = 8000;

/** Pagefind's service failed or indexed less than it was given. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/** One shard to index. */
export interface ShardJob {
  readonly records: readonly {readonly url: string; readonly html: string}[];
  readonly language: LanguageTag;
  /** Where the bundle is written (created). */
  readonly bundleDir: string;
}

/** Index `job.records` in `job.language` and write the canonical bundle into `job.bundleDir`. */
export async function indexShard(job: ShardJob): Promise<void> {
  try {
    // Read when the service starts, which `createIndex` does.
    process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
    const created = await pagefind.createIndex({forceLanguage: job.language, keepIndexUrl: false});
    const {index} = created;
    if (index === undefined || created.errors.length > 0) {
      throw new SearchIndexError(`Pagefind could not start: ${created.errors.join('; ') || 'no index was created'}.`);
    }
    // Every record is sent at once: the service reads and answers them in
    // order, so it never waits for this thread between two pages.
    const added = await Promise.all(job.records.map((record) => index.addHTMLFile({url: record.url, content: record.html})));
    const problems = added.flatMap((result, position) => result.errors.map((error) => `${job.records[position]?.url ?? '?'}: ${error}`));
    // Not `index.writeFiles`: Pagefind answers it before its writes reach
    // the disk, and `close()` below then ends the service, which under load
    // left files such as `pagefind-entry.json` empty. Take the files and
    // write them here instead.
    const written = await index.getFiles();
    problems.push(...written.errors);
    const folders = new Set<string>();
    for (const file of written.files) {
      const target = path.join(job.bundleDir, file.path);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        await mkdir(folder, {recursive: true});
        folders.add(folder);
      }
      await writeFile(target, file.content);
    }
    if (problems.length > 0) {
      throw new SearchIndexError(`Pagefind reported ${problems.length} error(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  } finally {
    await pagefind.close();
  }
  await canonicaliseSearchBundle(job.bundleDir);
  await minifyPagefindScript(job.bundleDir);
}

/**
 * Minify Pagefind's script (`pagefind.js`, which the search page loads
 * before any index file): 45 KB become 31 KB as sent uncompressed, 12.8 KB
 * become 11.1 KB gzipped. esbuild's output depends only on its input and
 * version, so builds stay reproducible.
 */
async function minifyPagefindScript(bundleDir: string): Promise<void> {
  const file = path.join(bundleDir, 'pagefind.js');
  const {code} = await transform(await readFile(file, 'utf8'), {loader: 'js', minify: true, format: 'esm', target: 'es2022'});
  await writeFile(file, code);
}
