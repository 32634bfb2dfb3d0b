/**
 * The build cache: processed articles kept across builds, keyed by a hash of
 * the article's text, of everything else processing depends on (the
 * registry's names and ids, the path prefix, the date), and of the code that
 * processes it. A changed article, registry or program is simply a miss.
 */

import {createHash} from 'node:crypto';
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {hashCode} from './code-hash.ts';
import type {ArticleSource, ProcessedArticle, ProcessSettings} from './process-article.ts';

/** A loaded cache: look up and record entries, then save what this build used. */
export interface ArticleCache {
  get(source: ArticleSource): ProcessedArticle | undefined;
  set(source: ArticleSource, processed: ProcessedArticle): void;
  /** Write the entries this build used (and only those) back to disk. */
  save(): Promise<void>;
  /** Hits and misses so far. */
  readonly stats: {hits: number; misses: number};
}

/** Open the cache in `dir` for builds with `settings`. A missing or unreadable cache is empty. */
export async function openArticleCache(dir: string, settings: ProcessSettings): Promise<ArticleCache> {
  const file = path.join(dir, 'articles.json');
  const base = createHash('sha256').update(await hashCode()).update(JSON.stringify(settings)).digest('hex');
  const keyOf = (source: ArticleSource): string =>
    createHash('sha256').update(base).update(source.contentPath).update('\0').update(source.reportPath).update('\0').update(source.text).digest('hex');

  let stored = new Map<string, ProcessedArticle>();
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof data === 'object' && data !== null && 'entries' in data && Array.isArray(data.entries)) {
      stored = new Map(data.entries as [string, ProcessedArticle][]);
    }
  } catch {
    // No cache yet, or an unreadable one: start empty.
  }
  const used = new Map<string, ProcessedArticle>();
  const stats = {hits: 0, misses: 0};
  return {
    stats,
    get(source) {
      const key = keyOf(source);
      const hit = stored.get(key);
      if (hit === undefined) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      used.set(key, hit);
      return hit;
    },
    set(source, processed) {
      used.set(keyOf(source), processed);
    },
    async save() {
      // Nothing new and nothing to drop: the file on disk is already right.
      if (stats.misses === 0 && used.size === stored.size) return;
      await mkdir(dir, {recursive: true});
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify({entries: [...used]}));
      await rename(temporary, file);
    },
  };
}
