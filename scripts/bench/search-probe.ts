/**
 * Search as a reader meets it: Debian's Chromium (through playwright-core,
 * with a fresh profile, so nothing is cached) opens `/search/?q=WORD` on a
 * built site served on 127.0.0.1, and we record the time until the first
 * result shows (`#search-results li`) and the bytes the server sent, for
 * Pagefind's files and in all.
 *
 * The test server sends files as they are, uncompressed. Pagefind's index,
 * fragment and WebAssembly files are gzip already; `gzipBytes` estimates what
 * a host that gzips the rest (HTML, CSS, JavaScript, JSON) would send.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {browserSkipReason, launchBrowser} from '../../tests/helpers/browser.ts';
import {serveStatic} from '../../tests/helpers/static-server.ts';

/** Bytes sent for a set of requests. */
export interface ByteCount {
  readonly requests: number;
  /** As the test server sent them (uncompressed). */
  readonly bytes: number;
  /** Estimated with gzip for files that are not gzip already. */
  readonly gzipBytes: number;
}

/** What a fetched file is, for the report by kind of file. */
export type FileKind = 'scripts and WebAssembly' | 'entry' | 'metadata' | 'word chunks' | 'filters' | 'fragments' | 'name table' | 'page';

/** The kinds of file, in the order reported. */
export const fileKinds: readonly FileKind[] = ['scripts and WebAssembly', 'entry', 'metadata', 'word chunks', 'filters', 'fragments', 'name table', 'page'];

/** The kind of a fetched path: Pagefind's files by their folder or extension, the name table, and the page itself (HTML, CSS, the site's script). */
export function fileKind(file: string): FileKind {
  if (!isSearchFile({path: file})) return file.endsWith('.js') ? 'scripts and WebAssembly' : 'page';
  if (/\/names\//.test(file)) return 'name table';
  if (file.endsWith('.pf_meta')) return 'metadata';
  if (file.endsWith('.pf_index')) return 'word chunks';
  if (file.endsWith('.pf_filter')) return 'filters';
  if (file.endsWith('.pf_fragment')) return 'fragments';
  if (file.endsWith('.json')) return 'entry';
  return 'scripts and WebAssembly';
}

/** Bytes of one kind of file, before the first result and once the page went quiet. */
export interface KindBytes {
  readonly kind: FileKind;
  readonly atFirstResult: ByteCount;
  readonly settled: ByteCount;
}

/** One query, in a fresh browser. */
export interface SearchProbe {
  readonly query: string;
  /** From starting navigation to the first result in the list (the page notes when it appears). */
  readonly msToFirstResult: number;
  /** The result count the page announced. */
  readonly results: string;
  /** Pagefind's files the server sent before the first result showed. */
  readonly searchAtFirstResult: ByteCount;
  /** Pagefind's files fetched once the page went quiet (first page of results, filter counts). */
  readonly searchSettled: ByteCount;
  /** Everything fetched once the page went quiet (HTML, CSS, scripts too). */
  readonly allSettled: ByteCount;
  /** Every file fetched (the site's script, Pagefind's and the name table too), by kind. */
  readonly byKind: readonly KindBytes[];
  /** Each Pagefind file fetched, once the page went quiet. */
  readonly files: readonly {path: string; bytes: number}[];
}

/** Results of `probeSearch`, or why it could not run. */
export type SearchProbeResult = {readonly ok: true; readonly probes: readonly SearchProbe[]} | {readonly ok: false; readonly reason: string};

const isGzip = (bytes: Buffer): boolean => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

async function countBytes(siteDir: string, entries: readonly {path: string; bytes: number}[]): Promise<ByteCount> {
  let bytes = 0;
  let gzipBytes = 0;
  for (const entry of entries) {
    bytes += entry.bytes;
    let file = path.join(siteDir, decodeURIComponent(entry.path));
    if (file.endsWith('/')) file = path.join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    gzipBytes += body === undefined || isGzip(body) ? entry.bytes : gzipSync(body).length;
  }
  return {requests: entries.length, bytes, gzipBytes};
}

const isSearchFile = (entry: {path: string}): boolean => entry.path.includes('/pagefind/');

/** Runs in the page before its own scripts: note the time (`Date.now()`) when the first result shows. */
const watchFirstResult = `(() => {
  const check = () => {
    if (window.__benchFirstResult === undefined && document.querySelector('#search-results li')) window.__benchFirstResult = Date.now();
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true});
})();`;

/** A request the server answered, and when (`Date.now()`). */
interface TimedEntry {
  readonly path: string;
  readonly bytes: number;
  readonly sentAt: number;
}

/** Open `/search/?q=QUERY` for each query, each in a fresh browser, on `siteDir` served at `/`. */
export async function probeSearch(siteDir: string, queries: readonly string[]): Promise<SearchProbeResult> {
  let skip: string | undefined;
  try {
    skip = browserSkipReason();
  } catch (error) {
    skip = error instanceof Error ? error.message : String(error);
  }
  if (skip !== undefined) return {ok: false, reason: skip};
  const server = await serveStatic(path.resolve(siteDir));
  // Note when the server sent each file, on the same clock as the page's first result.
  const sent: TimedEntry[] = [];
  const push = server.log.push.bind(server.log);
  server.log.push = (...entries) => {
    for (const entry of entries) sent.push({...entry, sentAt: Date.now()});
    return push(...entries);
  };
  const probes: SearchProbe[] = [];
  try {
    for (const query of queries) {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        await page.addInitScript({content: watchFirstResult});
        sent.length = 0;
        const started = Date.now();
        await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
        await page.waitForSelector('#search-results li', {timeout: 120_000});
        const shown: unknown = await page.evaluate('window.__benchFirstResult');
        const firstAt = typeof shown === 'number' ? shown : Date.now();
        const msToFirstResult = firstAt - started;
        await page.waitForLoadState('networkidle');
        const results = (await page.textContent('#search-status')) ?? '';
        const all = [...sent];
        const searchAtFirstResult = await countBytes(siteDir, all.filter((entry) => isSearchFile(entry) && entry.sentAt <= firstAt));
        const byKind = await Promise.all(
          fileKinds.map(async (kind): Promise<KindBytes> => {
            const ofKind = all.filter((entry) => fileKind(entry.path) === kind);
            return {kind, atFirstResult: await countBytes(siteDir, ofKind.filter((entry) => entry.sentAt <= firstAt)), settled: await countBytes(siteDir, ofKind)};
          }),
        );
        probes.push({
          query,
          msToFirstResult,
          results: results.trim(),
          searchAtFirstResult,
          searchSettled: await countBytes(siteDir, all.filter(isSearchFile)),
          allSettled: await countBytes(siteDir, all),
          byKind,
          files: all.filter(isSearchFile).map((entry) => ({path: entry.path, bytes: entry.bytes})),
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return {ok: true, probes};
}
