/**
 * Incremental rendering of article pages. Each article page has a key: a
 * hash of everything its HTML is made from (the program, the templates and
 * the lock file; the site-wide data an article page sees; the article record
 * itself). A build with a cache keeps the key of every article page it
 * wrote, with the identity of the file on disk (`<cache>/render/<hash of the
 * output folder>.json`); the next build into the same folder takes each page
 * whose key is unchanged, and whose file is still the one written then, from
 * the previous output (a hard link, or a copy where links fail) instead of
 * rendering it again. Every other page is rendered as usual.
 */

import {createHash, type Hash} from 'node:crypto';
import {readFileSync, statSync} from 'node:fs';
import {mkdir, readFile, stat} from 'node:fs/promises';
import {writeFileAtomic} from '../util/atomic-write.ts';
import path from 'node:path';
import {hashCode, hashTemplates} from '../cache/program-hash.ts';
import type {Archive, Article} from '../model/types.ts';
import {isRecord} from '../util/is-record.ts';
import {linkOrCopyFilesSync} from '../util/hard-links.ts';
import {mapLimited} from '../util/map-limited.ts';
import {runWorker} from '../util/run-worker.ts';

/** Bumped when the stored form or the meaning of a key changes. */
const keysFormat = 2;

/** File system calls in flight at once. */
const ioConcurrency = 32;

/** The previous build's output and the cache its page keys were kept in. */
export interface PreviousRender {
  /** The folder the previous build was swapped into (the live site), not the staging folder. */
  readonly outputDir: string;
  readonly cacheDir: string;
}

/**
 * Who a file on disk is: inode, size and modification time (nanoseconds).
 * Any write or replacement of the file changes it, so a page that something
 * else wrote since (a build without the cache, an edit by hand) is not reused
 * without looking at its bytes.
 */
export interface FileIdentity {
  readonly ino: string;
  readonly size: string;
  readonly mtime: string;
}

/**
 * A file's identity and the SHA-256 of its bytes. Where the identity differs
 * but the bytes are the same (an output folder restored from a CI cache gets
 * new inodes and times), the page is still reused.
 */
export interface FileStamp extends FileIdentity {
  readonly digest: string;
}

/** One article page as the keys file records it. */
export interface PageRecord extends FileStamp {
  readonly key: string;
}

/** An article page that can be taken from the previous output. */
export interface ReusablePage {
  readonly file: string;
  readonly record: PageRecord;
}

/** Which article pages to render and which to take from the previous output. */
export interface ArticlePagePlan {
  /** The articles whose pages are rendered. */
  readonly render: readonly Article[];
  /** Pages taken from the previous output, as paths relative to the site root. */
  readonly reuse: readonly ReusablePage[];
  /** Every article page's key, by file; empty without a cache. */
  readonly keys: ReadonlyMap<string, string>;
}

/**
 * The file an article page is written to, relative to the site root with `/`
 * separators. Eleventy writes each page to its permalink, which for an
 * article is `article.page.permalink` (see `permalinkFrom` in
 * `templates/article.njk` and `plugin.ts`), already ending in `index.html`
 * (see `pageAddress`); a permalink ending in `/` would get `index.html`.
 */
export function articlePageFile(article: Article): string {
  const permalink = article.page.permalink;
  return (permalink.endsWith('/') ? `${permalink}index.html` : permalink).replace(/^\/+/, '');
}

/**
 * Add an article to its page key. An `Article` holds no other full record:
 * its nested records (`page`, `link`, `source`, `reportsOn`, `topics`,
 * `actors[].actor`, `related`, dates) are link records of strings, numbers
 * and booleans, so the whole record serialises as JSON without cycles, and
 * the key covers every field, some the template does not show included. The
 * three long strings go in apart, each after its length, to spare escaping
 * them into one large JSON string.
 */
export function hashArticle(hash: Hash, article: Article): Hash {
  const {html, text, jsonLd, ...rest} = article;
  hash.update(JSON.stringify(rest));
  for (const long of [html, text, jsonLd]) hash.update(`\0${long.length}\0`).update(long);
  return hash;
}

/**
 * The key of every article page of `archive`, by file (`articlePageFile`):
 * `pageArchive` is the site-wide data article pages are rendered with
 * (`articlePageArchive`). The templates are hashed as they are now, so a
 * long-running process (the preview) sees a template edit.
 */
export async function articlePageKeys(archive: Archive, pageArchive: Archive): Promise<Map<string, string>> {
  const base = createHash('sha256')
    .update(`render-keys ${keysFormat}\0`)
    .update(await hashCode())
    .update('\0')
    .update(await hashTemplates())
    .update('\0')
    .update(JSON.stringify(pageArchive))
    .digest('hex');
  const keys = new Map<string, string>();
  for (const article of archive.articles) {
    keys.set(articlePageFile(article), hashArticle(createHash('sha256').update(base).update('\0'), article).digest('hex'));
  }
  return keys;
}

/**
 * Decide, for each article of `archive`, whether its page is rendered or
 * taken from `previous`. `pageArchive` is the site-wide data article pages
 * are rendered with (`articlePageArchive`). Without `previous` every page is
 * rendered and no key is computed.
 */
export async function planArticlePages(archive: Archive, pageArchive: Archive, previous: PreviousRender | undefined): Promise<ArticlePagePlan> {
  if (previous === undefined) return {render: archive.articles, reuse: [], keys: new Map()};
  const keys = await articlePageKeys(archive, pageArchive);
  const stored = await readKeys(previous);
  const render: Article[] = [];
  const reuse: ReusablePage[] = [];
  const decisions = await mapLimited(archive.articles, ioConcurrency, async (article) => {
    const file = articlePageFile(article);
    const record = stored.get(file);
    if (record === undefined || record.key !== keys.get(file)) return undefined;
    const previousFile = path.join(previous.outputDir, file);
    const identity = await identityOf(previousFile);
    if (identity === undefined) return undefined;
    if (sameIdentity(identity, record)) return {file, record};
    // The same bytes as another file (the output restored from a cache): reused, and recorded as it is now.
    if (identity.size === record.size && (await digestOf(previousFile)) === record.digest) return {file, record: {...record, ...identity}};
    return undefined;
  });
  archive.articles.forEach((article, index) => {
    const page = decisions[index];
    if (page === undefined) render.push(article);
    else reuse.push(page);
  });
  return {render, reuse, keys};
}

/** What a reuse worker is started with. */
export interface ReuseWorkerInput {
  readonly files: readonly string[];
  readonly from: string;
  readonly to: string;
}

/**
 * Put the `pages` of `previousOutput` into `outputDir`: a hard link where the
 * file system allows it, else a copy. Never overwrites a file. Resolves to
 * the stamp of each page in `outputDir`, by file.
 *
 * The work is done in a worker thread with synchronous calls: it runs while
 * Eleventy keeps the main thread busy, which would starve asynchronous calls
 * queued from there, and creating the pages' folders is serial anyway.
 */
export async function reusePages(pages: readonly ReusablePage[], previousOutput: string, outputDir: string): Promise<Map<string, FileStamp>> {
  const stamps = new Map<string, FileStamp>(pages.map(({file, record}) => [file, record]));
  if (pages.length === 0) return stamps;
  const input: ReuseWorkerInput = {files: pages.map(({file}) => file), from: previousOutput, to: outputDir};
  const {copied} = await runWorker<{copied: readonly [string, FileStamp][]}>(new URL('./reuse-worker.ts', import.meta.url), input, 'The worker that reuses article pages');
  // A linked page keeps the stamp checked when planning (same inode); had
  // the file been written in between, that stamp is stale and the next build
  // renders the page again. A copy is a new file with its own stamp.
  for (const [file, stamp] of copied) stamps.set(file, stamp);
  return stamps;
}

/**
 * Link (or copy) each of `files` from `from` into `to` with
 * `linkOrCopyFilesSync`, and return the stamps of the copies: a copy is a new
 * file with its own stamp. Synchronous, for `reuse-worker.ts`.
 */
export function placePagesSync(files: readonly string[], from: string, to: string): [string, FileStamp][] {
  return linkOrCopyFilesSync(files, from, to).map((file) => {
    const target = path.join(to, file);
    const stats = statSync(target, {bigint: true});
    return [file, {ino: String(stats.ino), size: String(stats.size), mtime: String(stats.mtimeNs), digest: createHash('sha256').update(readFileSync(target)).digest('hex')}];
  });
}

/**
 * The stamps of the `files` just rendered into `outputDir`. A missing file
 * is an error: the page was not written where `articlePageFile` says.
 */
export async function stampRendered(files: readonly string[], outputDir: string): Promise<Map<string, FileStamp>> {
  const stamped = await mapLimited(files, ioConcurrency, async (file): Promise<[string, FileStamp]> => {
    const written = path.join(outputDir, file);
    const identity = await identityOf(written);
    if (identity === undefined) throw new Error(`The article page ${file} was not written to ${outputDir}.`);
    return [file, {...identity, digest: await digestOf(written)}];
  });
  return new Map(stamped);
}

/**
 * Record the `keys` and `stamps` of the article pages now in
 * `previous.outputDir`, for the next build. Written atomically; a failure is
 * ignored (the cache only saves time, and stale records never match the new
 * files' stamps).
 */
export async function savePageKeys(previous: PreviousRender, keys: ReadonlyMap<string, string>, stamps: ReadonlyMap<string, FileStamp>): Promise<void> {
  const pages: Record<string, PageRecord> = {};
  for (const [file, key] of keys) {
    const stamp = stamps.get(file);
    if (stamp !== undefined) pages[file] = {key, ino: stamp.ino, size: stamp.size, mtime: stamp.mtime, digest: stamp.digest};
  }
  const file = keysFile(previous);
  try {
    await mkdir(path.dirname(file), {recursive: true});
    await writeFileAtomic(file, JSON.stringify({format: keysFormat, outputDir: path.resolve(previous.outputDir), pages}));
  } catch {
    // Not saved: the next build renders the pages this one wrote.
  }
}

/** The keys file of an output folder: one per folder, so builds into different folders do not mix. */
function keysFile(previous: PreviousRender): string {
  const name = createHash('sha256').update(path.resolve(previous.outputDir)).digest('hex');
  return path.join(previous.cacheDir, 'render', `${name}.json`);
}

/** The stored records of `previous`; empty when missing, unreadable or of another format. */
async function readKeys(previous: PreviousRender): Promise<Map<string, PageRecord>> {
  const records = new Map<string, PageRecord>();
  let data: unknown;
  try {
    data = JSON.parse(await readFile(keysFile(previous), 'utf8'));
  } catch {
    return records;
  }
  if (!isRecord(data) || data['format'] !== keysFormat || !isRecord(data['pages'])) return records;
  for (const [file, value] of Object.entries(data['pages'])) {
    if (
      isRecord(value) &&
      typeof value['key'] === 'string' &&
      typeof value['ino'] === 'string' &&
      typeof value['size'] === 'string' &&
      typeof value['mtime'] === 'string' &&
      typeof value['digest'] === 'string'
    ) {
      records.set(file, {key: value['key'], ino: value['ino'], size: value['size'], mtime: value['mtime'], digest: value['digest']});
    }
  }
  return records;
}

/** The identity of a regular file, or `undefined` when there is none. */
async function identityOf(file: string): Promise<FileIdentity | undefined> {
  try {
    const stats = await stat(file, {bigint: true});
    if (!stats.isFile()) return undefined;
    return {ino: String(stats.ino), size: String(stats.size), mtime: String(stats.mtimeNs)};
  } catch {
    return undefined;
  }
}

/** Whether two identities name the same unchanged file. */
function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtime === b.mtime;
}

/** The SHA-256 of a file's bytes. */
async function digestOf(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex');
}
