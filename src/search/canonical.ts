/**
 * Make a written Pagefind bundle byte-identical from build to build.
 *
 * Pagefind 1.5 writes its filter indexes, and the list of filters in its
 * metadata file, in hash-map order, which changes from run to run (its
 * fragments and word indexes are stable since 1.3). This step rewrites those
 * files with filter values and filters sorted, and renames them after their
 * new content, so that the same content always gives the same bundle.
 */

import {createHash} from 'node:crypto';
import {readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gunzipSync, gzipSync} from 'node:zlib';
import {type CborValue, decodeCbor, encodeCbor} from './cbor.ts';

/** Every Pagefind data file starts with this, inside the gzip stream. */
const signature = new TextEncoder().encode('pagefind_dcd');

/** The bundle is not in the layout this step knows. */
export class SearchBundleError extends Error {
  override readonly name = 'SearchBundleError';
}

/** Read a Pagefind data file: gunzip, check the signature, decode the CBOR after it. */
function decodeDataFile(gzipped: Uint8Array, name: string): CborValue {
  const bytes = gunzipSync(gzipped);
  if (!signature.every((unit, index) => bytes[index] === unit)) {
    throw new SearchBundleError(`${name} is not a Pagefind data file`);
  }
  return decodeCbor(bytes.subarray(signature.length));
}

/** Write a Pagefind data file: signature, CBOR, gzip with no timestamp. */
function encodeDataFile(value: CborValue): Buffer {
  const cbor = encodeCbor(value);
  const bytes = new Uint8Array(signature.length + cbor.length);
  bytes.set(signature, 0);
  bytes.set(cbor, signature.length);
  return gzipSync(bytes, {level: 9});
}

const hashOf = (bytes: Uint8Array, length: number): string =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length);

const byKey = (a: CborValue, b: CborValue): number => {
  const left = typeof a === 'string' ? a : '';
  const right = typeof b === 'string' ? b : '';
  return left < right ? -1 : left > right ? 1 : 0;
};

/** Sort a filter file's `[name, [[value, pages], …]]` by value. */
function sortFilter(value: CborValue, name: string): CborValue {
  if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[1])) {
    throw new SearchBundleError(`unexpected layout of filter file ${name}`);
  }
  const entries = [...value[1]];
  entries.sort((a, b) => byKey(Array.isArray(a) ? (a[0] ?? '') : '', Array.isArray(b) ? (b[0] ?? '') : ''));
  return [value[0] ?? null, entries];
}

/** Rewrite the bundle in `bundleDir` (`…/pagefind`) into its canonical form. */
export async function canonicaliseSearchBundle(bundleDir: string): Promise<void> {
  const entryPath = path.join(bundleDir, 'pagefind-entry.json');
  const entry: unknown = JSON.parse(await readFile(entryPath, 'utf8'));
  if (typeof entry !== 'object' || entry === null || !('languages' in entry) || typeof entry.languages !== 'object' || entry.languages === null) {
    throw new SearchBundleError('pagefind-entry.json has no languages');
  }
  const languages = entry.languages as Record<string, {hash?: unknown}>;
  for (const [language, info] of Object.entries(languages)) {
    if (typeof info.hash !== 'string') throw new SearchBundleError(`pagefind-entry.json has no hash for ${language}`);
    const metaName = `pagefind.${info.hash}.pf_meta`;
    const metaPath = path.join(bundleDir, metaName);
    const meta = decodeDataFile(await readFile(metaPath), metaName);
    // [version, pages, index chunks, filters, sorts, meta fields]
    if (!Array.isArray(meta) || !Array.isArray(meta[3])) throw new SearchBundleError(`unexpected layout of ${metaName}`);
    const filters: CborValue[] = [];
    for (const pair of meta[3]) {
      const [filterName, hash] = Array.isArray(pair) ? pair : [];
      if (typeof filterName !== 'string' || typeof hash !== 'string') throw new SearchBundleError(`unexpected filter entry in ${metaName}`);
      const oldPath = path.join(bundleDir, 'filter', `${hash}.pf_filter`);
      const sorted = encodeDataFile(sortFilter(decodeDataFile(await readFile(oldPath), `${hash}.pf_filter`), hash));
      const newHash = `${language}_${hashOf(sorted, 7)}`;
      await rm(oldPath);
      await writeFile(path.join(bundleDir, 'filter', `${newHash}.pf_filter`), sorted);
      filters.push([filterName, newHash]);
    }
    filters.sort((a, b) => byKey(Array.isArray(a) ? (a[0] ?? '') : '', Array.isArray(b) ? (b[0] ?? '') : ''));
    const newMeta = encodeDataFile([...meta.slice(0, 3), filters, ...meta.slice(4)]);
    const newHash = `${language}_${hashOf(newMeta, 10)}`;
    await rm(metaPath);
    await writeFile(path.join(bundleDir, `pagefind.${newHash}.pf_meta`), newMeta);
    info.hash = newHash;
  }
  await writeFile(entryPath, JSON.stringify(entry));
}
