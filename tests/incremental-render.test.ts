/**
 * Incremental render: a rebuild with the build cache renders only the
 * article pages whose inputs changed, takes the others from the previous
 * output, and writes exactly what a cold build of the same content writes.
 */

import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build, type BuildOptions, type BuildResult} from '../src/build.ts';
import {loadArchive} from '../src/load-archive.ts';
import {articlePageFile, hashArticle, placePagesSync} from '../src/site/render-cache.ts';
import {articlePageArchive, renderSite} from '../src/site/render.ts';
import type {Archive, Article} from '../src/model/types.ts';
import {fingerprint} from './helpers/fingerprint.ts';
import {listFiles} from '../src/util/folder.ts';

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-incremental-'));
after(() => rm(scratch, {recursive: true, force: true}));
const today = '2026-01-01';
let folders = 0;

/** A fresh folder name in the scratch folder. */
function fresh(name: string): string {
  return path.join(scratch, `${name}-${++folders}`);
}

/** A copy of the fixture content, to edit. */
async function copyFixture(): Promise<string> {
  const content = fresh('content');
  await cp(fixture, content, {recursive: true});
  return content;
}

/** Build and fail the test when the build fails. */
async function built(options: BuildOptions): Promise<BuildResult & {readonly archive: Archive}> {
  const result = await build({today, ...options});
  assert.equal(result.ok, true, result.failure ?? result.report);
  assert.ok(result.archive !== undefined);
  return {...result, archive: result.archive};
}

/** Assert that `dir` holds what a cold build of `options` (no cache, a fresh folder) writes, and return that build. */
async function assertSameAsCold(dir: string, options: Omit<BuildOptions, 'outputDir' | 'cacheDir'>): Promise<BuildResult> {
  const cold = fresh('cold');
  const result = await built({...options, outputDir: cold});
  assert.deepEqual(await fingerprint(dir), await fingerprint(cold));
  return result;
}

/** Append to a content file. */
async function append(content: string, file: string, text: string): Promise<void> {
  const full = path.join(content, file);
  await writeFile(full, (await readFile(full, 'utf8')) + text);
}

/** Replace `from` by `to` in a content file, which must contain it. */
async function replace(content: string, file: string, from: string, to: string): Promise<void> {
  const full = path.join(content, file);
  const text = await readFile(full, 'utf8');
  assert.ok(text.includes(from), `${file} contains ${from}`);
  await writeFile(full, text.replace(from, to));
}

test('every article page is written where articlePageFile says, and nothing else is under articles/', async () => {
  const out = fresh('site');
  const result = await built({contentDir: fixture, outputDir: out, includeDrafts: true});
  const expected = result.archive.articles.map(articlePageFile).sort();
  assert.ok(expected.includes('articles/draft/index.html'));
  assert.deepEqual((await listFiles(out)).filter((file) => file.startsWith('articles/')), expected);
});

test('what a page key hashes is plain JSON: no cycle, nothing lost', async () => {
  const loaded = await loadArchive(fixture, {today});
  assert.ok(loaded.archive !== undefined);
  const pageArchive = articlePageArchive(loaded.archive);
  assert.deepEqual(JSON.parse(JSON.stringify(pageArchive)), pageArchive);
  for (const article of loaded.archive.articles) assert.deepEqual(JSON.parse(JSON.stringify(article)), article);
});

test("an article's page key changes with any of its fields, and the long strings cannot run into each other", async () => {
  const key = (article: Article): string => hashArticle(createHash('sha256'), article).digest('hex');
  const loaded = await loadArchive(fixture, {today});
  const article = loaded.archive?.articles.find((candidate) => candidate.slug === 'resistance');
  assert.ok(article !== undefined && article.related.length > 0 && article.actors.length > 0);
  const keys = [
    article,
    {...article, html: `${article.html}x`},
    {...article, html: article.html.slice(0, -1), text: `${article.html.slice(-1)}${article.text}`},
    {...article, text: ''},
    {...article, jsonLd: '{}'},
    {...article, title: `${article.title}!`},
    {...article, related: article.related.map((link, index) => (index === 0 ? {...link, title: `${link.title}!`} : link))},
    {...article, actors: article.actors.map((count) => ({...count, actor: {...count.actor, name: `${count.actor.name}!`}}))},
  ].map(key);
  assert.equal(new Set(keys).size, keys.length);
});

test('after a body edit only that article page is rendered, and the site equals a cold build', async () => {
  const content = await copyFixture();
  const out = fresh('site');
  const cacheDir = fresh('cache');
  const first = await built({contentDir: content, outputDir: out, cacheDir});
  const articles = first.archive.articles.length;
  assert.deepEqual(first.articlePages, {rendered: articles, reused: 0}, 'no previous output: everything renders');

  const same = await built({contentDir: content, outputDir: out, cacheDir});
  assert.deepEqual(same.articlePages, {rendered: 0, reused: articles}, 'nothing changed: every article page is reused');
  assert.equal(same.files, first.files);

  await append(content, 'articles/2021/kabul.md', '\nA later paragraph, added to the body.\n');
  const edited = await built({contentDir: content, outputDir: out, cacheDir});
  assert.deepEqual(edited.articlePages, {rendered: 1, reused: articles - 1});
  assert.match(await readFile(path.join(out, 'articles/kabul/index.html'), 'utf8'), /A later paragraph, added to the body\./);
  const cold = await assertSameAsCold(out, {contentDir: content});
  assert.equal(edited.files, cold.files, 'reused pages are counted as files');
});

test('a new title re-renders the article pages that list the article as related', async () => {
  const content = await copyFixture();
  const out = fresh('site');
  const cacheDir = fresh('cache');
  await built({contentDir: content, outputDir: out, cacheDir});
  await replace(content, 'articles/2021/kabul.md', 'title: Kabul falls', 'title: Kabul falls to the Taliban');
  const edited = await built({contentDir: content, outputDir: out, cacheDir});
  const listing = edited.archive.articles.filter((article) => article.related.some((link) => link.slug === 'kabul'));
  assert.ok(listing.length > 0, 'some article lists kabul as related');
  assert.deepEqual(edited.articlePages, {rendered: listing.length + 1, reused: edited.archive.articles.length - listing.length - 1});
  for (const article of listing) {
    assert.match(await readFile(path.join(out, articlePageFile(article)), 'utf8'), /Kabul falls to the Taliban/);
  }
  await assertSameAsCold(out, {contentDir: content});
});

test('a change to the site configuration re-renders every article page', async () => {
  const content = await copyFixture();
  const out = fresh('site');
  const cacheDir = fresh('cache');
  const first = await built({contentDir: content, outputDir: out, cacheDir});
  const articles = first.archive.articles.length;

  const overrides = {pathPrefix: '/archive/'};
  const prefixed = await built({contentDir: content, outputDir: out, cacheDir, overrides});
  assert.deepEqual(prefixed.articlePages, {rendered: articles, reused: 0}, 'a new path prefix');
  await assertSameAsCold(out, {contentDir: content, overrides});

  await replace(content, 'site.yaml', 'title: Fixture Archive', 'title: Renamed Archive');
  const renamed = await built({contentDir: content, outputDir: out, cacheDir, overrides});
  assert.deepEqual(renamed.articlePages, {rendered: articles, reused: 0}, 'a new site title');
  await assertSameAsCold(out, {contentDir: content, overrides});
});

test('a page written since by a build without the cache is rendered again where its bytes differ', async () => {
  const content = await copyFixture();
  const out = fresh('site');
  const cacheDir = fresh('cache');
  const first = await built({contentDir: content, outputDir: out, cacheDir});
  const articles = first.archive.articles.length;
  // Another build into the same folder, of other content, without the cache.
  const other = await copyFixture();
  await append(other, 'articles/2021/kabul.md', '\nOnly in the other content.\n');
  await built({contentDir: other, outputDir: out});
  // The first content again, with the cache: its keys match, but the files are not the ones it wrote;
  // only the page whose bytes are not what the cache recorded is rendered.
  const again = await built({contentDir: content, outputDir: out, cacheDir});
  assert.deepEqual(again.articlePages, {rendered: 1, reused: articles - 1});
  await assertSameAsCold(out, {contentDir: content});
});

test('reuse with article pages shared out between render threads', async () => {
  const content = await copyFixture();
  const out = fresh('site');
  const cacheDir = fresh('cache');
  const renderInto = async (): Promise<{rendered: number; reused: number}> => {
    const loaded = await loadArchive(content, {today});
    assert.ok(loaded.archive !== undefined);
    const staging = fresh('staging');
    const result = await renderSite(loaded.archive, staging, {threads: 3, chunkSize: 1, previousOutput: out, cacheDir});
    await rm(out, {recursive: true, force: true});
    await rename(staging, out);
    await result.saveKeys();
    return result.articlePages;
  };
  const first = await renderInto();
  const firstPrint = await fingerprint(out);
  assert.equal(first.reused, 0);
  assert.deepEqual(await renderInto(), {rendered: 0, reused: first.rendered});
  assert.deepEqual(await fingerprint(out), firstPrint);
  await append(content, 'articles/2017/arms.md', '\nOne more paragraph.\n');
  assert.deepEqual(await renderInto(), {rendered: 1, reused: first.rendered - 1});
  const cold = fresh('cold');
  const loaded = await loadArchive(content, {today});
  assert.ok(loaded.archive !== undefined);
  await renderSite(loaded.archive, cold);
  assert.deepEqual(await fingerprint(out), await fingerprint(cold));
});

test('pages are copied where hard links fail, and an existing file is never overwritten', async (context) => {
  const otherDevice = '/dev/shm';
  const here = await stat(scratch);
  const there = await stat(otherDevice).catch(() => undefined);
  if (there === undefined || there.dev === here.dev) {
    context.skip(`${otherDevice} is not another file system here`);
    return;
  }
  const from = fresh('from');
  await mkdir(path.join(from, 'articles/a'), {recursive: true});
  await writeFile(path.join(from, 'articles/a/index.html'), 'page a');
  const to = await mkdtemp(path.join(otherDevice, 'archive-incremental-'));
  try {
    const copied = placePagesSync(['articles/a/index.html'], from, to);
    assert.equal(await readFile(path.join(to, 'articles/a/index.html'), 'utf8'), 'page a');
    const stats = await stat(path.join(to, 'articles/a/index.html'), {bigint: true});
    const digest = createHash('sha256').update('page a').digest('hex');
    assert.deepEqual(copied, [['articles/a/index.html', {ino: String(stats.ino), size: String(stats.size), mtime: String(stats.mtimeNs), digest}]]);
    assert.throws(() => placePagesSync(['articles/a/index.html'], from, to), /EEXIST/);
    const linked = fresh('linked');
    assert.deepEqual(placePagesSync(['articles/a/index.html'], from, linked), [], 'linked, not copied');
    assert.throws(() => placePagesSync(['articles/a/index.html'], from, linked), /EEXIST/);
  } finally {
    await rm(to, {recursive: true, force: true});
  }
});

test('an output restored from a cache (same bytes, new files) is reused; a page changed by hand is not', async () => {
  const content = await copyFixture();
  const out = fresh('site');
  const cacheDir = fresh('cache');
  const first = await built({contentDir: content, outputDir: out, cacheDir});
  // As CI restores a cached output: every file a copy, with another inode and time.
  const copy = fresh('restored');
  await cp(out, copy, {recursive: true});
  await rm(out, {recursive: true, force: true});
  await rename(copy, out);
  const page = path.join(out, 'articles/kabul/index.html');
  await writeFile(page, (await readFile(page, 'utf8')).replace('</body>', '<p>changed by hand</p></body>'));
  await append(content, 'articles/2017/arms.md', '\nOne more paragraph.\n');
  const again = await built({contentDir: content, outputDir: out, cacheDir});
  // The edited article and the page changed by hand are rendered; every other page is reused.
  assert.deepEqual(again.articlePages, {rendered: 2, reused: (first.articlePages?.rendered ?? 0) - 2});
  await assertSameAsCold(out, {contentDir: content});
});
