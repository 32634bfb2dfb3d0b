/**
 * Write the Pagefind search index for a built site, through Pagefind's Node
 * API, from the pages of `search/records.ts`.
 *
 * The pages are split into shards by date (`search/shards.ts`). Each shard
 * is indexed by a fresh Pagefind service, in a worker thread of its own
 * (`index-worker.ts`): as many at once as there are cores, so that indexing
 * holds a few shards in memory at a time and keeps the cores busy. The newest
 * shard is the primary bundle, in `pagefind/`; the others are data-only bundles in
 * `pagefind/shards/NAME/`, listed newest first in `pagefind/shards.json`,
 * which the search page merges (`mergeIndex`). With a cache folder, each
 * shard's finished bundle is kept there under a hash of its pages and of the
 * program, so a rebuild re-indexes only the shards whose pages changed.
 *
 * Every shard uses one language (`forceLanguage`), the site's: readers
 * search the whole archive from one box, whatever the language of a page,
 * and narrow by language with a filter instead.
 */

import {createHash} from 'node:crypto';
import {availableParallelism} from 'node:os';
import {readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {hashCode} from '../cache/program-hash.ts';
import {folderSize, listFiles} from '../util/folder.ts';
import {linkOrCopyFilesSync} from '../util/hard-links.ts';
import {defaultMaxShardPages, type SearchShard, shardSearchPages} from './shards.ts';
import {SearchIndexError, type ShardJob} from './shard-indexer.ts';
import {plural} from '../util/plural.ts';
import {startWorkerLane, type WorkerLane} from '../util/worker-lane.ts';
import {defaultLanguage} from '../model/language.ts';
import type {LanguageTag} from '../model/types.ts';
import {searchBundleFolder, shardListFile, shardsFolder, type ShardList} from './layout.ts';
import type {SearchPage} from './records.ts';

export {SearchIndexError} from './shard-indexer.ts';
/** What indexing did. */
export interface SearchIndexResult {
  /** Pages in the written index, all shards together. */
  readonly pages: number;
  /** Bytes of the written index files. */
  readonly bytes: number;
  /** Shards in the index. */
  readonly shards: number;
  /** Shards indexed by this build; the others came from the cache. */
  readonly indexed: number;
}

/** Options of `writeSearchIndex`. */
export interface SearchIndexOptions {
  /** Keep finished shards here (in `search/`) and reuse them while their pages are unchanged. */
  readonly cacheDir?: string;
  /** The most pages in one shard where dates allow; see `search/shards.ts`. */
  readonly maxShardPages?: number;
  /** The language every page is indexed in: the site's (default `en`). */
  readonly language?: LanguageTag;
  /** Pagefind services at once; default: the cores. */
  readonly services?: number;
}

/** What a merged shard's bundle needs: its data, not Pagefind's scripts, styles and WebAssembly, which the primary has. */
const isShardData = (name: string): boolean =>
  name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || name === 'index' || name === 'fragment' || name === 'filter';

/**
 * Index `pages` into `siteDir/pagefind/`. Fails with `SearchIndexError` when
 * Pagefind reports an error or when a shard's index holds fewer pages than it
 * was given.
 */
export async function writeSearchIndex(pages: readonly SearchPage[], siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, searchBundleFolder);
  const shards = shardSearchPages(pages, options.maxShardPages ?? defaultMaxShardPages);
  const cacheRoot = options.cacheDir === undefined ? undefined : path.join(options.cacheDir, 'search');
  const program = await hashCode();
  const language = options.language ?? defaultLanguage;
  const used = new Set<string>();
  let indexed = 0;

  /** Put shard `position` in place, indexing it with `index` unless the cache has it; resolves to its page count. */
  const placeShard = async (shard: SearchShard<SearchPage>, position: number, index: (job: ShardJob) => Promise<void>): Promise<number> => {
    const target = position === 0 ? outputPath : path.join(outputPath, shardsFolder, shard.name);
    const records = shard.pages.map((page) => page.record());
    const key = shardKey(program, language, records);
    used.add(key);
    const cached = cacheRoot === undefined ? undefined : path.join(cacheRoot, key);
    let bundle: string;
    if (cached !== undefined && (await isFolder(cached))) {
      bundle = cached;
    } else if (cached !== undefined) {
      // Built beside the cache entry and renamed into place, so an interrupted build leaves no half entry.
      const building = `${cached}.building-${process.pid}`;
      await rm(building, {recursive: true, force: true});
      try {
        await index({records, language, bundleDir: building});
        await rename(building, cached);
      } catch (error) {
        await rm(building, {recursive: true, force: true});
        throw error;
      }
      bundle = cached;
      indexed++;
    } else {
      // Straight into the (staging) site: other shards may already be inside the primary's folder.
      await index({records, language, bundleDir: target});
      bundle = target;
      indexed++;
    }
    const count = countPages(JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')));
    if (count < records.length) {
      throw new SearchIndexError(
        `The search index holds ${plural(count, 'page')} of shard \`${shard.name}\`, but the archive has ${plural(records.length, 'page')} to index there, so some would be missing from search. Two records with the same URL, or a page Pagefind could not read, cause this.`,
      );
    }
    if (bundle !== target) {
      await linkTree(bundle, target, (name) => position === 0 || isShardData(name));
    } else if (position > 0) {
      for (const name of await readdir(bundle)) if (!isShardData(name)) await rm(path.join(bundle, name), {recursive: true});
    }
    return count;
  };

  // Lanes take the next shard as they finish one; each starts its worker
  // (and so its Pagefind service) only when a shard needs indexing.
  const counts = new Array<number>(shards.length).fill(0);
  let next = 0;
  const lane = async (): Promise<void> => {
    let worker: WorkerLane<ShardJob, object> | undefined;
    const index = async (job: ShardJob): Promise<void> => {
      worker ??= startWorkerLane<ShardJob, object>(new URL('./index-worker.ts', import.meta.url), 'A search index worker');
      try {
        await worker.run(job);
      } catch (error) {
        throw error instanceof SearchIndexError ? error : new SearchIndexError(error instanceof Error ? error.message : String(error), {cause: error});
      }
    };
    try {
      while (next < shards.length) {
        const position = next++;
        const shard = shards[position];
        if (shard !== undefined) counts[position] = await placeShard(shard, position, index);
      }
    } finally {
      await worker?.close();
    }
  };
  const services = Math.max(1, Math.min(options.services ?? availableParallelism(), shards.length));
  const lanes = await Promise.allSettled(Array.from({length: services}, lane));
  const failed = lanes.find((result) => result.status === 'rejected');
  if (failed !== undefined) throw failed.reason;

  const list: ShardList = {
    shards: shards.map((shard, position) => ({name: shard.name, path: position === 0 ? '' : `${shardsFolder}/${shard.name}/`, section: shard.section})),
  };
  await writeFile(path.join(outputPath, shardListFile), `${JSON.stringify(list)}\n`);
  if (cacheRoot !== undefined) await pruneCache(cacheRoot, used);
  return {pages: counts.reduce((sum, count) => sum + count, 0), bytes: (await folderSize(outputPath)).bytes, shards: shards.length, indexed};
}

/** The cache key of a shard: the program, the index's language, and every page's URL and document. */
function shardKey(program: string, language: LanguageTag, records: readonly {readonly url: string; readonly html: string}[]): string {
  const hash = createHash('sha256').update(program).update('\0').update(language);
  for (const record of records) hash.update('\0').update(record.url).update('\0').update(record.html);
  return hash.digest('hex').slice(0, 32);
}

/** Link (or copy) the files below `from` whose top-level name passes `keep` to the same places below `to`. */
async function linkTree(from: string, to: string, keep: (name: string) => boolean): Promise<void> {
  const files = (await listFiles(from)).filter((file) => keep(file.split('/')[0] ?? ''));
  linkOrCopyFilesSync(files, from, to);
}


/** Remove cached shards this build did not use, and leftovers of interrupted builds. */
async function pruneCache(cacheRoot: string, used: ReadonlySet<string>): Promise<void> {
  for (const name of await readdir(cacheRoot).catch(() => [])) {
    if (!used.has(name)) await rm(path.join(cacheRoot, name), {recursive: true, force: true});
  }
}

const isFolder = (dir: string): Promise<boolean> =>
  stat(dir).then(
    (info) => info.isDirectory(),
    () => false,
  );

/** Sum `languages.*.page_count` of `pagefind-entry.json`. */
function countPages(entry: unknown): number {
  if (typeof entry !== 'object' || entry === null || !('languages' in entry)) return 0;
  const {languages} = entry;
  if (typeof languages !== 'object' || languages === null) return 0;
  let pages = 0;
  for (const language of Object.values(languages)) {
    if (typeof language === 'object' && language !== null && 'page_count' in language && typeof language.page_count === 'number') {
      pages += language.page_count;
    }
  }
  return pages;
}
