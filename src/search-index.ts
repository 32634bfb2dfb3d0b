/**
 * Write the Pagefind search index for a built site, through Pagefind's Node
 * API, from the records of `search-records.ts`.
 *
 * Everything goes into one index (`forceLanguage`): readers search the whole
 * archive from one box, whatever the language of a page, and narrow by
 * language with a filter instead.
 */

import {mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {canonicaliseSearchBundle} from './search-canonical.ts';
import {plural} from './report.ts';
import type {SearchRecord} from './search-records.ts';

/** What indexing did. */
export interface SearchIndexResult {
  /** Pages in the written index. */
  readonly pages: number;
  /** Bytes of the written index files. */
  readonly bytes: number;
}

/** Pagefind's service failed or indexed less than it was given. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/** The folder of the index inside the site. */
export const searchBundleFolder = 'pagefind';

/**
 * Index `records` and write the index into `siteDir/pagefind/`. Fails with
 * `SearchIndexError` when Pagefind reports an error or when the written index
 * holds fewer pages than there are records.
 */
export async function writeSearchIndex(records: readonly SearchRecord[], siteDir: string): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, searchBundleFolder);
  try {
    const created = await pagefind.createIndex({forceLanguage: 'en', keepIndexUrl: false});
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
      const target = path.join(outputPath, file.path);
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, file.content);
    }
    if (problems.length > 0) {
      throw new SearchIndexError(`Pagefind reported ${problems.length} error(s):\n  ${problems.slice(0, 10).join('\n  ')}`);
    }
  } finally {
    await pagefind.close();
  }

  await canonicaliseSearchBundle(outputPath);
  const entry: unknown = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const pages = countPages(entry);
  if (pages < records.length) {
    throw new SearchIndexError(
      `The search index holds ${plural(pages, 'page')}, but the archive has ${plural(records.length, 'page')} to index, so some would be missing from search. Two records with the same URL, or a page Pagefind could not read, cause this.`,
    );
  }
  return {pages, bytes: await folderSize(outputPath)};
}

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

/** Total size of the files in `dir`. */
async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  let bytes = 0;
  for (const entry of entries) {
    if (entry.isFile()) bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return bytes;
}
