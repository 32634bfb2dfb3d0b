/**
 * The build cache: processed articles kept across builds and shared by
 * `build`, `check` and the preview, keyed by a hash of the article's path and
 * text, of everything else processing depends on (the registry's names and
 * ids, the default language, the path prefix), and of the code that processes
 * it. A changed article, registry or program is simply a miss. Nothing that
 * leaves the processed article as it is is part of the key: not the day (the
 * future-date check runs on the cached date, see `checkFutureDate`), not the
 * folder reports are relative to, and not whether `check`'s advice is wanted:
 * an entry made with the advice's name evidence serves a build as well, and a
 * check that finds an entry without it processes the article again.
 *
 * Entries are kept in 256 files by the first two hex digits of their key
 * (`articles/00.json` … `articles/ff.json`): a rebuild after one edit
 * rewrites one small file rather than the whole cache, and no single file
 * grows past what one string can hold (one file for 100,000 articles did).
 */

import {createHash} from 'node:crypto';
import {mkdir, readdir, readFile, rm} from 'node:fs/promises';
import {writeFileAtomic} from '../util/atomic-write.ts';
import path from 'node:path';
import {hashCode} from './program-hash.ts';
import {isRecord} from '../util/is-record.ts';
import {mapLimited} from '../util/map-limited.ts';
import type {ArticleSource, ProcessedArticle, ProcessSettings} from '../process/article.ts';

/** A loaded cache: look up and record entries, then save what this build used. */
export interface ArticleCache {
  get(source: ArticleSource): ProcessedArticle | undefined;
  set(source: ArticleSource, processed: ProcessedArticle): void;
  /** Write the entries this build used (and only those) back to disk. */
  save(): Promise<void>;
  /** Hits and misses so far. */
  readonly stats: {hits: number; misses: number};
}

/**
 * Whether `value` is an entry as `save` writes it: a key and a processed
 * article. The article is checked only for its shape's outline: the program
 * hash in the key means only this program's own output is ever read.
 */
function isCacheEntry(value: unknown): value is [string, ProcessedArticle] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    isRecord(value[1]) &&
    typeof value[1]['contentPath'] === 'string' &&
    Array.isArray(value[1]['messages'])
  );
}

/** The bucket of a key: its first two hex digits. */
const bucketOf = (key: string): string => key.slice(0, 2);

/** Open the cache in `dir` for builds with `settings`. A missing or unreadable cache (or bucket) is empty. */
export async function openArticleCache(dir: string, settings: ProcessSettings): Promise<ArticleCache> {
  const folder = path.join(dir, 'articles');
  const {advice, ...keyed} = settings;
  const base = createHash('sha256').update(await hashCode()).update(JSON.stringify(keyed)).digest('hex');
  const keyOf = (source: ArticleSource): string =>
    createHash('sha256').update(base).update(source.contentPath).update('\0').update(source.text).digest('hex');
  /** Whether a stored entry has all this build asks for: the name evidence when advice is wanted and the article has an entry. */
  const serves = (processed: ProcessedArticle): boolean => !advice || processed.entry === undefined || processed.evidence !== undefined;

  const stored = new Map<string, ProcessedArticle>();
  /** Entries on disk per bucket. */
  const storedCounts = new Map<string, number>();
  const files = (await readdir(folder).catch(() => [])).filter((name) => /^[0-9a-f]{2}\.json$/.test(name));
  await mapLimited(files, 16, async (name) => {
    try {
      const data: unknown = JSON.parse(await readFile(path.join(folder, name), 'utf8'));
      if (!Array.isArray(data) || !data.every(isCacheEntry)) throw new Error(`${name} is not a list of entries.`);
      for (const [key, processed] of data) stored.set(key, processed);
      storedCounts.set(name.slice(0, 2), data.length);
    } catch {
      // An unreadable bucket: its entries are misses, and it is rewritten or removed.
      storedCounts.set(name.slice(0, 2), -1);
    }
  });

  const used = new Map<string, ProcessedArticle>();
  /** Buckets that got an entry this build did not find on disk. */
  const changed = new Set<string>();
  const stats = {hits: 0, misses: 0};
  return {
    stats,
    get(source) {
      const key = keyOf(source);
      const hit = stored.get(key);
      if (hit === undefined || !serves(hit)) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      used.set(key, hit);
      return hit;
    },
    set(source, processed) {
      const key = keyOf(source);
      used.set(key, processed);
      changed.add(bucketOf(key));
    },
    async save() {
      const buckets = new Map<string, [string, ProcessedArticle][]>();
      for (const entry of used) {
        const bucket = bucketOf(entry[0]);
        const entries = buckets.get(bucket);
        if (entries === undefined) buckets.set(bucket, [entry]);
        else entries.push(entry);
      }
      // A bucket is rewritten when it gained an entry or lost one (an
      // article edited, removed, or no longer valid); the others are right.
      const rewrite = [...buckets].filter(([bucket, entries]) => changed.has(bucket) || storedCounts.get(bucket) !== entries.length);
      const unused = [...storedCounts.keys()].filter((bucket) => !buckets.has(bucket));
      if (rewrite.length === 0 && unused.length === 0) return;
      await mkdir(folder, {recursive: true});
      await mapLimited(rewrite, 16, async ([bucket, entries]) => {
        await writeFileAtomic(path.join(folder, `${bucket}.json`), JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
      });
      for (const bucket of unused) await rm(path.join(folder, `${bucket}.json`), {force: true});
      // The single file of earlier versions of the cache.
      await rm(path.join(dir, 'articles.json'), {force: true});
    },
  };
}
