/**
 * Write the Pagefind search index for a built site, through Pagefind's Node
 * API, from the pages of `search/records.ts`.
 *
 * The pages are split into shards by date (`search/shards.ts`). Each shard
 * is indexed by a fresh Pagefind service, one after the other, so indexing
 * holds one shard in memory at a time. The newest shard is the primary
 * bundle, in `pagefind/`; the others are data-only bundles in
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
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {transform} from 'esbuild';
import * as pagefind from 'pagefind';
import {hashCode} from '../cache/program-hash.ts';
import {folderSize, listFiles} from '../util/folder.ts';
import {linkOrCopyFilesSync} from '../util/hard-links.ts';
import {canonicaliseSearchBundle} from './canonical.ts';
import {defaultMaxShardPages, shardSearchPages} from './shards.ts';
import {plural} from '../util/plural.ts';
import {defaultLanguage} from '../model/language.ts';
import type {LanguageTag} from '../model/types.ts';
import {searchBundleFolder, shardListFile, shardsFolder, type ShardList} from './layout.ts';
import type {SearchPage} from './records.ts';

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
}

/** Pagefind's service failed or indexed less than it was given. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/**
 * How much of the index Pagefind puts in one word chunk (its
 * `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, counted in word positions; its
 * default is 20,000). A search loads the whole chunk a word is in: at the
 * default, a common word of a 2,000-page shard shares its chunk with another
 * as common (34 KB for `ceasefire` at 10,000 articles); at 8,000 it is alone
 * in it (16 KB), for about 1 KB more of the shard's metadata, which lists the
 * chunks (see docs/performance.md). Pagefind reads it from its service's
 * environment, which is this process's; it is in this source, so it is part
 * of the program's hash that keys the cached shards.
 */
const indexChunkSize = 8000;

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
  let pageCount = 0;

  for (const [position, shard] of shards.entries()) {
    const target = position === 0 ? outputPath : path.join(outputPath, shardsFolder, shard.name);
    const records = shard.pages.map((page) => page.record());
    const key = shardKey(program, language, records);
    used.add(key);
    const cached = cacheRoot === undefined ? undefined : path.join(cacheRoot, key);
    let bundle: string;
    if (cached !== undefined && (await isFolder(cached))) {
      bundle = cached;
    } else {
      bundle = cached ?? target;
      const building = `${bundle}.building-${process.pid}`;
      await rm(building, {recursive: true, force: true});
      try {
        await indexShard(records, language, building);
        await rename(building, bundle);
      } catch (error) {
        await rm(building, {recursive: true, force: true});
        throw error;
      }
      indexed++;
    }
    const count = countPages(JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')));
    if (count < records.length) {
      throw new SearchIndexError(
        `The search index holds ${plural(count, 'page')} of shard \`${shard.name}\`, but the archive has ${plural(records.length, 'page')} to index there, so some would be missing from search. Two records with the same URL, or a page Pagefind could not read, cause this.`,
      );
    }
    pageCount += count;
    if (bundle !== target) {
      await linkTree(bundle, target, (name) => position === 0 || isShardData(name));
    } else if (position > 0) {
      for (const name of await readdir(bundle)) if (!isShardData(name)) await rm(path.join(bundle, name), {recursive: true});
    }
  }

  const list: ShardList = {
    shards: shards.map((shard, position) => ({name: shard.name, path: position === 0 ? '' : `${shardsFolder}/${shard.name}/`, section: shard.section})),
  };
  await writeFile(path.join(outputPath, shardListFile), `${JSON.stringify(list)}\n`);
  if (cacheRoot !== undefined) await pruneCache(cacheRoot, used);
  return {pages: pageCount, bytes: (await folderSize(outputPath)).bytes, shards: shards.length, indexed};
}

/** The cache key of a shard: the program, the index's language, and every page's URL and document. */
function shardKey(program: string, language: LanguageTag, records: readonly {readonly url: string; readonly html: string}[]): string {
  const hash = createHash('sha256').update(program).update('\0').update(language);
  for (const record of records) hash.update('\0').update(record.url).update('\0').update(record.html);
  return hash.digest('hex').slice(0, 32);
}

/** Index one shard's records in `language` with a fresh Pagefind service and write its canonical bundle into `bundleDir`. */
async function indexShard(records: readonly {readonly url: string; readonly html: string}[], language: LanguageTag, bundleDir: string): Promise<void> {
  try {
    // Read when the service starts, which `createIndex` does.
    process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
    const created = await pagefind.createIndex({forceLanguage: language, keepIndexUrl: false});
    const {index} = created;
    if (index === undefined || created.errors.length > 0) {
      throw new SearchIndexError(`Pagefind could not start: ${created.errors.join('; ') || 'no index was created'}.`);
    }
    const problems: string[] = [];
    for (const record of records) {
      const added = await index.addHTMLFile({url: record.url, content: record.html});
      for (const error of added.errors) problems.push(`${record.url}: ${error}`);
    }
    // Not `index.writeFiles`: Pagefind answers it before its writes reach
    // the disk, and `close()` below then ends the service, which under load
    // left files such as `pagefind-entry.json` empty. Take the files and
    // write them here instead.
    const written = await index.getFiles();
    problems.push(...written.errors);
    for (const file of written.files) {
      const target = path.join(bundleDir, file.path);
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, file.content);
    }
    if (problems.length > 0) {
      throw new SearchIndexError(`Pagefind reported ${problems.length} error(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  } finally {
    // Ending the service frees all it held; the next shard starts a new one.
    await pagefind.close();
  }
  await canonicaliseSearchBundle(bundleDir);
  await minifyPagefindScript(bundleDir);
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
