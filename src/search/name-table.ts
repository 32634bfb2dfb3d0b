/**
 * The name table: every actor's, topic's and source's names, for the search
 * page to decide in the browser which entities a query names (the cards
 * above the results), without asking Pagefind, whose ranking cannot tell
 * "Taliban" from "Tehrik-i-Taliban Pakistan" for `taliban`.
 *
 * A large archive has thousands of names, and a search should load only the
 * few it needs: the table is split into buckets of about `bucketBytes` by
 * the order of each name's key (`nameKey`), as a dictionary is split into
 * volumes. `names/index.names` lists each bucket's first key; each bucket
 * file is named by its content, so that hosts can cache it for good. Every
 * file is gzip-compressed JSON (as Pagefind's own files are compressed), so
 * that it is small whether or not the host compresses what it sends. An
 * entity is in the bucket of each of its names.
 */

import {createHash} from 'node:crypto';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Archive, ShownDate} from '../model/types.ts';
import {nameTableFolder, nameTableIndexFile, searchBundleFolder, type NameBucket, type NameEntry, type NameTableIndex} from './layout.ts';
import {nameKey} from './normalise.ts';
import {actorToken} from './records.ts';

/**
 * The most bytes of JSON in one bucket (about 30 entities; 1.5 to 2.5 KB
 * compressed). Smaller buckets make the list of buckets longer: at 5,000
 * actors of five names, this size gives about 900 buckets, listed in 5 KB.
 */
export const bucketBytes = 8_000;

/** One bucket, before it is written. */
export interface NameTableBucket {
  /** The first key in the bucket. */
  readonly first: string;
  readonly entries: readonly NameEntry[];
}

/** The date range of articles listed newest first. */
const range = (dates: readonly ShownDate[]): {newest?: string; oldest?: string} => {
  const newest = dates[0];
  const oldest = dates.at(-1);
  return newest === undefined || oldest === undefined ? {} : {newest: newest.label, oldest: oldest.label};
};

/** The table's entries: every actor, topic and source, in the archive's order. */
export function nameEntries(archive: Archive): NameEntry[] {
  return [
    ...archive.actors.map((actor) => ({
      url: actor.page.url,
      names: [actor.name, ...actor.aliases],
      kind: actor.kind,
      description: actor.description,
      articles: actor.appearances.length,
      ...range(actor.appearances.map((appearance) => appearance.article.date)),
      token: actorToken(actor.id),
      ...(actor.quotesSection === undefined
        ? {}
        : {quotes: actor.quotes.reduce((sum, quoted) => sum + quoted.quotes.length, 0), quotesUrl: actor.quotesSection.url}),
    })),
    ...archive.topics.map((topic) => ({
      url: topic.page.url,
      names: [topic.title],
      kind: 'topic',
      description: topic.description,
      articles: topic.articles.length,
      ...range(topic.articles.map((article) => article.date)),
    })),
    ...archive.sources.map((source) => ({
      url: source.page.url,
      names: [source.name],
      kind: 'source',
      description: source.country ?? '',
      articles: source.articles.length,
      ...range(source.articles.map((article) => article.date)),
    })),
  ];
}

/**
 * Split `entries` into buckets by the keys of their names, in the order of
 * the keys: a bucket takes the next keys while its entries' JSON stays
 * within `maxBytes` (one key's entries are never split), so that a bucket
 * holds every name whose key falls between its first key and the next
 * bucket's. Each entry is once in each bucket that has one of its keys, in
 * the order given.
 */
export function nameTableBuckets(entries: readonly NameEntry[], maxBytes = bucketBytes): NameTableBucket[] {
  const keyed = entries
    .flatMap((entry, index) => [...new Set(entry.names.map(nameKey))].filter((key) => key !== '').map((key) => ({key, index})))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  const sizes = entries.map((entry) => JSON.stringify(entry).length + 1);
  const buckets: {first: string; indexes: Set<number>; bytes: number}[] = [];
  let previous: string | undefined;
  for (const {key, index} of keyed) {
    const current = buckets.at(-1);
    const added = current?.indexes.has(index) === true ? 0 : (sizes[index] ?? 0);
    if (current === undefined || (key !== previous && current.bytes + added > maxBytes)) {
      buckets.push({first: key, indexes: new Set([index]), bytes: sizes[index] ?? 0});
    } else {
      current.indexes.add(index);
      current.bytes += added;
    }
    previous = key;
  }
  return buckets.map((bucket) => ({
    first: bucket.first,
    entries: [...bucket.indexes].sort((a, b) => a - b).flatMap((index) => entries[index] ?? []),
  }));
}

/** JSON, gzip-compressed (the search page checks for gzip's signature, in case a host decompressed it already). */
const compressed = (value: unknown): Buffer => gzipSync(JSON.stringify(value), {level: 9});

/** The bytes of one bucket file. */
export function bucketFile(bucket: NameTableBucket): Buffer {
  const content: NameBucket = {entries: bucket.entries};
  return compressed(content);
}

/** Write the name table of `archive` into `siteDir/pagefind/names/`; resolves to its buckets. */
export async function writeNameTable(archive: Archive, siteDir: string): Promise<NameTableBucket[]> {
  const folder = path.join(siteDir, searchBundleFolder, nameTableFolder);
  await mkdir(folder, {recursive: true});
  const buckets = nameTableBuckets(nameEntries(archive));
  const listed: [string, string][] = [];
  for (const bucket of buckets) {
    const bytes = bucketFile(bucket);
    const file = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.names`;
    await writeFile(path.join(folder, file), bytes);
    listed.push([bucket.first, file]);
  }
  const index: NameTableIndex = {buckets: listed};
  await writeFile(path.join(folder, nameTableIndexFile), compressed(index));
  return buckets;
}
