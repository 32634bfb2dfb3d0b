/**
 * The article cache keeps entries in 256 bucket files: a build that changes
 * one article rewrites one bucket, entries no build uses are dropped, and an
 * unreadable bucket only costs misses. Its key holds only what changes a
 * processed article: a new day, another working folder or `check`'s advice
 * keep the entries, and `check` and `build` share them.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../src/load-archive.ts';
import {openArticleCache} from '../src/cache/articles.ts';
import type {ArticleSource, ProcessedArticle, ProcessSettings} from '../src/process/article.ts';
import type {LanguageTag} from '../src/model/types.ts';
import {englishInterface} from '../src/i18n/catalogue.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-article-cache-'));
after(() => rm(scratch, {recursive: true, force: true}));

const settings: ProcessSettings = {defaultLanguage: 'en' as LanguageTag, topicIds: [], actorIds: [], sourceIds: [], actors: [], people: [], ui: englishInterface, pathPrefix: '/', advice: false};
const source = (name: string, text = `Text of ${name}.`): ArticleSource => ({contentPath: `articles/${name}.md`, reportPath: `content/articles/${name}.md`, name, text});
/** A stand-in for what processing returns: the cache stores it as it is. */
const processed = (name: string): ProcessedArticle => ({contentPath: `articles/${name}.md`, messages: [], name}) as unknown as ProcessedArticle;

/** Bucket file → modification time. */
async function buckets(dir: string): Promise<Map<string, number>> {
  const folder = path.join(dir, 'articles');
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name): Promise<[string, number]> => [name, (await stat(path.join(folder, name))).mtimeMs])));
}

test('entries survive a save, and an edit rewrites only its bucket', async () => {
  const dir = path.join(scratch, 'edit');
  const names = Array.from({length: 40}, (_, index) => `article-${index}`);
  const first = await openArticleCache(dir, settings);
  for (const name of names) {
    assert.equal(first.get(source(name)), undefined);
    first.set(source(name), processed(name));
  }
  await first.save();
  const before = await buckets(dir);
  assert.ok(before.size > 10, `${before.size} bucket files for 40 entries`);

  await new Promise((resolve) => setTimeout(resolve, 20));
  const second = await openArticleCache(dir, settings);
  for (const name of names) {
    if (name === 'article-7') {
      assert.equal(second.get(source(name, 'Edited.')), undefined);
      second.set(source(name, 'Edited.'), processed(`${name} edited`));
    } else {
      assert.deepEqual(second.get(source(name)), processed(name));
    }
  }
  assert.deepEqual(second.stats, {hits: 39, misses: 1});
  await second.save();
  const afterEdit = await buckets(dir);
  const rewritten = [...afterEdit].filter(([name, time]) => before.get(name) !== time).map(([name]) => name);
  // The edited entry's new key may fall in another bucket than its old one: then both change.
  assert.ok(rewritten.length >= 1 && rewritten.length <= 2, `rewritten: ${rewritten.join(', ')}`);

  const third = await openArticleCache(dir, settings);
  assert.deepEqual(third.get(source('article-7', 'Edited.')), processed('article-7 edited'));
  assert.equal(third.get(source('article-7')), undefined, 'the old text is gone');
});

test('a build that uses nothing leaves no bucket behind; an unreadable bucket is a miss', async () => {
  const dir = path.join(scratch, 'drop');
  const cache = await openArticleCache(dir, settings);
  cache.set(source('a'), processed('a'));
  await cache.save();
  const [bucket] = await readdir(path.join(dir, 'articles'));
  assert.ok(bucket !== undefined);
  await writeFile(path.join(dir, 'articles', bucket), '{not json');
  const broken = await openArticleCache(dir, settings);
  assert.equal(broken.get(source('a')), undefined);
  await broken.save();
  assert.deepEqual(await readdir(path.join(dir, 'articles')), []);
  assert.equal(await readFile(path.join(dir, 'articles.json'), 'utf8').catch(() => 'absent'), 'absent');
});

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));

/** A copy of the fixture content with one more article, dated `2026-06`, and its article count. */
async function contentWithDatedArticle(name: string): Promise<{readonly dir: string; readonly articles: number}> {
  const dir = path.join(scratch, name, 'content');
  await cp(fixture, dir, {recursive: true});
  await writeFile(path.join(dir, 'articles/2021/june.md'), '---\ntitle: Dated June 2026\ndate: 2026-06\ntopics: [resistance]\n---\n\nThe Taliban spoke.\n');
  const loaded = await loadArchive(dir, {includeDrafts: true, today: '2026-01-01'});
  return {dir, articles: loaded.files.filter((file) => file.path.includes('/articles/')).length};
}

/** The rule ids reported on `june.md`. */
const juneRules = (messages: readonly {readonly path: string; readonly ruleId: string}[]): string[] =>
  messages.filter((message) => message.path.endsWith('june.md')).map((message) => message.ruleId);

test('a new day keeps every cached article, and the future-date warning follows the day', async () => {
  const {dir, articles} = await contentWithDatedArticle('days');
  const cacheDir = path.join(scratch, 'days', 'cache');
  const before = await loadArchive(dir, {cacheDir, today: '2026-01-01'});
  assert.deepEqual(before.articleCache, {hits: 0, misses: articles});
  assert.deepEqual(juneRules(before.messages), ['future-date']);

  const after = await loadArchive(dir, {cacheDir, today: '2026-07-01'});
  assert.deepEqual(after.articleCache, {hits: articles, misses: 0}, 'the next day reads every article from the cache');
  assert.deepEqual(juneRules(after.messages), [], 'June 2026 is no longer in the future in July');
  const back = await loadArchive(dir, {cacheDir, today: '2026-05-31'});
  assert.deepEqual(back.articleCache, {hits: articles, misses: 0});
  assert.deepEqual(back.messages, before.messages, 'a cached article reports what a fresh one does');
});

test('check and build share entries, from any working folder', async () => {
  const {dir, articles} = await contentWithDatedArticle('shared');
  const cacheDir = path.join(scratch, 'shared', 'cache');
  const fresh = await loadArchive(dir, {advice: true, today: '2026-01-01'});
  const check = await loadArchive(dir, {cacheDir, advice: true, today: '2026-01-01'});
  assert.deepEqual(check.articleCache, {hits: 0, misses: articles});
  const build = await loadArchive(dir, {cacheDir, today: '2026-01-01', cwd: path.join(scratch, 'shared')});
  assert.deepEqual(build.articleCache, {hits: articles, misses: 0}, 'a build reads what check cached');
  const again = await loadArchive(dir, {cacheDir, advice: true, today: '2026-01-01'});
  assert.deepEqual(again.articleCache, {hits: articles, misses: 0}, 'check reads its own entries back after a build');
  assert.deepEqual(again.messages, fresh.messages, 'advice from the cache is the advice of a fresh check');
});

test('check processes again an article a build cached without the advice it needs', async () => {
  const {dir, articles} = await contentWithDatedArticle('advice');
  const cacheDir = path.join(scratch, 'advice', 'cache');
  await loadArchive(dir, {cacheDir, today: '2026-01-01'});
  const fresh = await loadArchive(dir, {advice: true, today: '2026-01-01'});
  const check = await loadArchive(dir, {cacheDir, advice: true, today: '2026-01-01'});
  assert.equal((check.articleCache?.hits ?? 0) + (check.articleCache?.misses ?? 0), articles);
  assert.deepEqual(check.messages, fresh.messages);
});
