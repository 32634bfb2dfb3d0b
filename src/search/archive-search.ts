/**
 * The whole search bundle of an archive, as the build and the preview both
 * write it: the Pagefind index of its pages and the name table of its
 * entities, in `siteDir/pagefind/`.
 */

import type {Archive} from '../model/types.ts';
import {type SearchIndexResult, writeSearchIndex} from './index-writer.ts';
import {writeNameTable} from './name-table.ts';
import {searchPages} from './records.ts';

/** Options of `writeArchiveSearch`. */
export interface ArchiveSearchOptions {
  /** Keep finished shards here and reuse them while their pages are unchanged. */
  readonly cacheDir?: string;
  /** The most pages in one shard; default: the site's setting. */
  readonly maxShardPages?: number;
}

/** Write the search index and the name table of `archive` into `siteDir/pagefind/`. */
export async function writeArchiveSearch(archive: Archive, siteDir: string, options: ArchiveSearchOptions = {}): Promise<SearchIndexResult> {
  const result = await writeSearchIndex(searchPages(archive), siteDir, {
    ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
    maxShardPages: options.maxShardPages ?? archive.site.searchShardPages,
    language: archive.site.language,
  });
  await writeNameTable(archive, siteDir);
  return result;
}
