/**
 * The search index stage fails loudly when Pagefind indexes fewer pages than
 * the archive has, and writes the pages it is given with their filters.
 */

import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {SearchIndexError, writeSearchIndex} from '../src/search-index.ts';
import type {SearchRecord} from '../src/search-records.ts';
import type {Href} from '../src/types.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-search-index-'));
after(() => rm(scratch, {recursive: true, force: true}));

const record = (url: string, title: string): SearchRecord => ({
  url: url as Href,
  html: `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p>Text about ${title}.</p></main><span data-pagefind-filter="kind:Article"></span><span data-pagefind-sort="date:2021-08-15"></span></body></html>`,
});

test('writes one page per record', async () => {
  const dir = path.join(scratch, 'good');
  const result = await writeSearchIndex([record('/articles/a/', 'Kabul'), record('/articles/b/', 'Doha')], dir);
  assert.equal(result.pages, 2);
  assert.ok(result.bytes > 0);
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {languages: {en: {page_count: number}}};
  assert.equal(entry.languages.en.page_count, 2);
});

test('fails when the index holds fewer pages than the archive has', async () => {
  // Two records with one URL: Pagefind keeps one page, so one would be missing from search.
  await assert.rejects(
    writeSearchIndex([record('/articles/a/', 'Kabul'), record('/articles/a/', 'Doha')], path.join(scratch, 'short')),
    (error: unknown) => error instanceof SearchIndexError && /holds 1 page, but the archive has 2 pages to index/.test(error.message),
  );
});
