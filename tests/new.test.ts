/**
 * `npm run new`: creates a complete article file, refuses to overwrite, and
 * suggests a free slug.
 */

import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {loadArchive} from '../src/load-archive.ts';
import {freeSlug, slugFromTitle} from '../src/content/new-article.ts';
import {prepareArticle} from '../src/import/import-article.ts';
import {toSlug} from '../src/model/slug.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-new-'));
after(() => rm(scratch, {recursive: true, force: true}));

async function newArticle(content: string, ...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return run(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args, '--content', content], {cwd: root}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}),
  );
}

test('creates an article with every field filled or commented, which checks clean once filled in', async () => {
  const content = path.join(scratch, 'one');
  await cp(fixture, content, {recursive: true});
  const created = await newArticle(content, 'Taliban claim control of Panjshir', '--date', '2021-09-06', '--source', 'example-wire');
  assert.equal(created.code, 0, created.stderr);
  const file = path.join(content, 'articles/2021/taliban-claim-control-of-panjshir.md');
  assert.equal(created.stdout.trim(), file);
  const text = await readFile(file, 'utf8');
  assert.match(text, /^---\ntitle: "Taliban claim control of Panjshir"\ndate: "2021-09-06" +#/);
  assert.match(text, /^source: example-wire +#/m);
  for (const field of ['reportsOn', 'url', 'authors', 'editors', 'genre', 'language', 'actors', 'summary', 'slug']) {
    assert.match(text, new RegExp(`^# ${field}: `, 'm'), `${field} is there, commented`);
  }
  assert.match(text, /^topics: \[\] +#/m);
  assert.match(text, /^draft: true +#/m);
  for (const field of ['image:', '  src: ', '  alt: ', '  caption: ', '  credit: ']) {
    assert.match(text, new RegExp(`^# ${field}`, 'm'), `the image's ${field.trim()} is there, commented`);
  }

  // A draft is read without errors, and is published only with drafts.
  const loaded = await loadArchive(content, {today: '2026-01-01', includeDrafts: true});
  assert.deepEqual(loaded.messages.filter((message) => message.severity === 'error'), []);
  assert.ok(loaded.archive?.articles.some((article) => article.slug === 'taliban-claim-control-of-panjshir'));

  // Uncommented, with the photo beside the article, the image fields check clean too.
  await cp(fileURLToPath(new URL('fixtures/images/content/articles/2021/airport.jpg', import.meta.url)), path.join(content, 'articles/2021/photo.jpg'));
  const withImage = text.replace(/^# (image:|  src:|  alt:|  caption:|  credit:)/gm, '$1').replace(/^An image in the text.*$/m, '![Fighters on a ridge](photo.jpg "Its caption")');
  await writeFile(file, withImage);
  const reloaded = await loadArchive(content, {today: '2026-01-01', includeDrafts: true});
  assert.deepEqual(reloaded.messages.filter((message) => message.severity === 'error'), []);
  const article = reloaded.archive?.articles.find((candidate) => candidate.slug === 'taliban-claim-control-of-panjshir');
  assert.match(article?.image?.figure ?? '', /<img alt="What the photo shows"/);
  assert.match(article?.html ?? '', /<figure class="figure"><picture>/);
});

test('refuses to overwrite and suggests a free slug', async () => {
  const content = path.join(scratch, 'two');
  await cp(fixture, content, {recursive: true});
  assert.equal((await newArticle(content, 'Kabul falls', '--date', '2021-08-15')).code, 0);
  const first = await newArticle(content, 'Kabul falls', '--date', '2021-08-15');
  assert.equal(first.code, 1);
  assert.match(first.stderr, /already exists; nothing was written\. Use a free slug, e\.g\. `npm run new -- "Kabul falls" --slug kabul-falls-2`/);
  // `kabul` is taken by the fixture's 2021/kabul.md.
  const second = await newArticle(content, 'Kabul', '--date', '2022');
  assert.equal(second.code, 1);
  assert.match(second.stderr, /The slug `kabul` is already used by another article; nothing was written\. .*--slug kabul-2/);
});

test('explains a bad date or an unknown source', async () => {
  const content = path.join(scratch, 'three');
  await cp(fixture, content, {recursive: true});
  const badDate = await newArticle(content, 'Something', '--date', '2021-13');
  assert.equal(badDate.code, 1);
  assert.match(badDate.stderr, /`--date 2021-13` is not a valid date: the month `13` is not between `01` and `12`/);
  const badSource = await newArticle(content, 'Something', '--source', 'example-wir');
  assert.equal(badSource.code, 1);
  assert.match(badSource.stderr, /Unknown source `example-wir`.*\(did you mean `example-wire`\?\)/);
});

test('slugs from titles are short and free', () => {
  assert.equal(slugFromTitle('Pentagon Ties Russia to Taliban Attack, Publicly Accuses Moscow of Arming Afghan Militants'), 'pentagon-ties-russia-to-taliban-attack-publicly-accuses');
  assert.ok(slugFromTitle('x'.repeat(100)).length <= 60);
  assert.equal(freeSlug('kabul', new Set(['kabul', 'kabul-2'])), 'kabul-3');
  assert.equal(freeSlug('doha', new Set(['kabul'])), 'doha');
});

test('`npm run new` and the importer make the same slug: an apostrophe inside a word is dropped', async () => {
  const content = path.join(scratch, 'apostrophe');
  await cp(fixture, content, {recursive: true});
  const created = await newArticle(content, "Taliban's return", '--date', '2021-08-15');
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.stdout.trim(), path.join(content, 'articles/2021/talibans-return.md'));
  const imported = prepareArticle('The Taliban returned to Kabul on Sunday, a week after the last provincial capital fell.\n', {title: 'Taliban’s return', date: '2021-08-15'}, {sources: [], topics: [], articles: new Map()}, {contentLabel: 'content'});
  assert.equal(imported.slug, 'talibans-return');
  assert.equal(toSlug("Kabul's booksellers, Herat’s poets"), 'kabuls-booksellers-herats-poets');
  assert.equal(toSlug('Mazar-i-Sharif'), 'mazar-i-sharif');
});
