/**
 * The language `site.yaml` sets is the language of everything the archive
 * says itself, with no English assumed: the default of every article, the
 * order of names, the search documents, their language filter and the
 * language Pagefind indexes them in.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {loadArchive} from '../src/load-archive.ts';
import {writeSearchIndex} from '../src/search/index-writer.ts';
import {searchPages} from '../src/search/records.ts';
import {sampleContent} from './helpers/sample-archive.ts';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-site-language-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** The sample content with `language: ru` and an actor with a Cyrillic name, loaded. */
async function russianArchive(): Promise<NonNullable<Awaited<ReturnType<typeof loadArchive>>['archive']>> {
  const content = path.join(scratch, 'content');
  await cp(sampleContent, content, {recursive: true});
  const site = path.join(content, 'site.yaml');
  await writeFile(site, (await readFile(site, 'utf8')).replace('language: en', 'language: ru'));
  await writeFile(path.join(content, 'actors/andrei-sidorov.md'), '---\nname: Андрей Сидоров\nkind: person\n---\n');
  await writeFile(
    path.join(content, 'articles/2021/sidorov.md'),
    '---\ntitle: Сидоров в Дохе\ndate: 2021-12\ntopics: [peace-talks]\n---\n\nАндрей Сидоров встретил Amina Rahimi.\n',
  );
  const loaded = await loadArchive(content, {today: '2026-01-01'});
  assert.ok(loaded.archive !== undefined, loaded.report);
  return loaded.archive;
}

test('names sort as readers of the site language sort them', async () => {
  const archive = await russianArchive();
  assert.equal(archive.site.language, 'ru');
  assert.deepEqual(
    archive.actors.map((actor) => actor.name),
    ['Андрей Сидоров', 'Amina Rahimi', 'Northern Council', 'Qatar'],
    'Cyrillic before Latin, as in Russian',
  );
  const article = archive.articles.find((candidate) => candidate.slug === 'sidorov');
  assert.equal(article?.language, 'ru', 'an article without `language` is in the site language');
});

test('search documents and their language filter speak the site language, and Pagefind indexes in it', async () => {
  const archive = await russianArchive();
  const pages = searchPages(archive);
  const records = pages.map((page) => page.record());
  assert.ok(records.every((record) => record.html.startsWith('<!doctype html><html lang="ru">')));
  const market = records.find((record) => record.url.endsWith('/kabul-market-reopens/'));
  assert.match(market?.html ?? '', /data-pagefind-filter="language:пушту \(ps\)"/);

  const site = path.join(scratch, 'site');
  await writeSearchIndex(pages, site, {language: archive.site.language});
  const entry: unknown = JSON.parse(await readFile(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
  assert.ok(typeof entry === 'object' && entry !== null && 'languages' in entry && typeof entry.languages === 'object' && entry.languages !== null);
  assert.deepEqual(Object.keys(entry.languages), ['ru']);
});
