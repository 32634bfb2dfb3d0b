/**
 * The search index stage: it fails loudly when Pagefind indexes fewer pages
 * than the archive has, splits the pages into shards by date (the newest the
 * primary bundle, the others listed in `shards.json`), and with a cache
 * re-indexes only the shards whose pages changed.
 */

import assert from 'node:assert/strict';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {SearchIndexError, writeSearchIndex} from '../src/search/index-writer.ts';
import type {SearchPage} from '../src/search/records.ts';
import {shardSearchPages} from '../src/search/shards.ts';
import type {Href} from '../src/model/types.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-search-index-'));
after(() => rm(scratch, {recursive: true, force: true}));

const page = (url: string, title: string, sortKey = '2021-08-15', text = `Text about ${title}.`): SearchPage => ({
  url: url as Href,
  sortKey,
  section: 'articles',
  record: () => ({
    url: url as Href,
    html: `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main><span data-pagefind-filter="kind:Article"></span><span data-pagefind-sort="date:${sortKey}"></span></body></html>`,
  }),
});

/** The files under `dir`, relative, sorted, with their contents. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

test('writes one page per record', async () => {
  const dir = path.join(scratch, 'good');
  const result = await writeSearchIndex([page('/articles/a/', 'Kabul'), page('/articles/b/', 'Doha')], dir);
  assert.equal(result.pages, 2);
  assert.equal(result.shards, 1);
  assert.ok(result.bytes > 0);
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {languages: {en: {page_count: number}}};
  assert.equal(entry.languages.en.page_count, 2);
  assert.deepEqual(JSON.parse(await readFile(path.join(dir, 'pagefind', 'shards.json'), 'utf8')), {shards: [{name: '2000-2099', path: '', section: 'articles'}]});
});

test('fails when the index holds fewer pages than the archive has', async () => {
  // Two records with one URL: Pagefind keeps one page, so one would be missing from search.
  await assert.rejects(
    writeSearchIndex([page('/articles/a/', 'Kabul'), page('/articles/a/', 'Doha')], path.join(scratch, 'short')),
    (error: unknown) => error instanceof SearchIndexError && /holds 1 page of shard `2000-2099`, but the archive has 2 pages to index there/.test(error.message),
  );
});

test('shards are windows of one width, the widest that keeps each under the limit, newest first', () => {
  const dated = (sortKey: string) => ({sortKey});
  const names = (keys: string[], max: number) => shardSearchPages(keys.map(dated), max).map((shard) => [shard.name, shard.pages.length]);
  const keys = ['2001-05-01', '2003-00-00', '2019-12-31', '2021-08-15', '2021-09-00', '2024-01-01', '0000-00-00'];
  assert.deepEqual(names(keys, 100), [['2000-2099', 6], ['0000-0099', 1]]);
  assert.deepEqual(names(keys, 3), [['2020-2029', 3], ['2010-2019', 1], ['2000-2009', 2], ['0000-0009', 1]]);
  assert.deepEqual(names(keys, 2), [['2024-2025', 1], ['2020-2021', 2], ['2018-2019', 1], ['2002-2003', 1], ['2000-2001', 1], ['0000-0001', 1]], '5 years would put 3 pages in 2020–2024');
  assert.deepEqual(names(keys, 1), [['2024-01', 1], ['2021-09', 1], ['2021-08', 1], ['2019-12', 1], ['2003-01', 1], ['2001-05', 1], ['0000-01', 1]]);
  assert.deepEqual(names(['2021-03-01', '2021-03-02'], 1), [['2021-03', 2]], 'one month is never split');
  assert.deepEqual(shardSearchPages([], 10), [{name: 'empty', section: 'articles', pages: []}]);
});

test('entity pages have shards of their own, after the articles, of at most the limit each', () => {
  const pages = [
    {sortKey: '2021-08-15', section: 'articles' as const},
    {sortKey: '2021-09-00', section: 'entities' as const},
    {sortKey: '0000-00-00', section: 'entities' as const},
    {sortKey: '2024-01-01', section: 'entities' as const},
  ];
  assert.deepEqual(
    shardSearchPages(pages, 2).map((shard) => [shard.name, shard.section, shard.pages.length]),
    [['2000-2099', 'articles', 1], ['entities', 'entities', 2], ['entities-2', 'entities', 1]],
  );
  assert.deepEqual(shardSearchPages(pages.slice(1), 5).map((shard) => shard.name), ['entities'], 'an archive of entity pages alone has them as its primary bundle');
});

/** Five pages that make four shards of at most two pages: 2022–2023, 2020–2021, 2018–2019 and 2010–2011. */
const fivePages = [
  page('/e/', 'Herat', '2022-01-01'),
  page('/a/', 'Kabul', '2021-08-15'),
  page('/b/', 'Doha', '2020-02-29'),
  page('/c/', 'Moscow', '2018-11-09'),
  page('/d/', 'Tashkent', '2010-00-00'),
];

test('several shards: the newest is the primary bundle, the others are data only and listed newest first', async () => {
  const dir = path.join(scratch, 'sharded');
  const result = await writeSearchIndex(fivePages, dir, {maxShardPages: 2});
  assert.deepEqual([result.pages, result.shards, result.indexed], [5, 4, 4]);
  const bundle = path.join(dir, 'pagefind');
  assert.deepEqual(JSON.parse(await readFile(path.join(bundle, 'shards.json'), 'utf8')), {
    shards: [
      {name: '2022-2023', path: '', section: 'articles'},
      {name: '2020-2021', path: 'shards/2020-2021/', section: 'articles'},
      {name: '2018-2019', path: 'shards/2018-2019/', section: 'articles'},
      {name: '2010-2011', path: 'shards/2010-2011/', section: 'articles'},
    ],
  });
  const merged = (await readdir(path.join(bundle, 'shards', '2018-2019'))).sort();
  assert.ok(merged.includes('pagefind-entry.json') && merged.includes('fragment') && merged.includes('index'));
  assert.ok(!merged.some((name) => name.endsWith('.js') || name.endsWith('.css') || name.startsWith('wasm.')), `no scripts, styles or WebAssembly in a merged shard: ${merged.join(', ')}`);
  assert.ok((await readdir(bundle)).includes('pagefind.js'));
});

test('with a cache, only the shard whose pages changed is indexed again, and the index equals a cold one', async () => {
  const cacheDir = path.join(scratch, 'cache');
  const pages = fivePages;
  const first = await writeSearchIndex(pages, path.join(scratch, 'cached-1'), {cacheDir, maxShardPages: 2});
  assert.equal(first.indexed, 4);
  const again = await writeSearchIndex(pages, path.join(scratch, 'cached-2'), {cacheDir, maxShardPages: 2});
  assert.equal(again.indexed, 0);
  assert.deepEqual(await snapshot(path.join(scratch, 'cached-2')), await snapshot(path.join(scratch, 'cached-1')));

  const edited = pages.map((each) => (each.url === '/c/' ? page('/c/', 'Moscow', '2018-11-09', 'Text about Moscow, edited.') : each));
  const warm = await writeSearchIndex(edited, path.join(scratch, 'cached-3'), {cacheDir, maxShardPages: 2});
  assert.equal(warm.indexed, 1, 'only the 2018–2019 shard');
  await writeSearchIndex(edited, path.join(scratch, 'cold'), {maxShardPages: 2});
  assert.deepEqual(await snapshot(path.join(scratch, 'cached-3')), await snapshot(path.join(scratch, 'cold')));
  assert.equal((await readdir(path.join(cacheDir, 'search'))).length, 4, 'the replaced shard is pruned from the cache');
});
