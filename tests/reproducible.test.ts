/**
 * Building the same content twice gives byte-identical output, search index
 * included; and the CBOR codec behind the index's canonical form round-trips.
 */

import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from '../src/build.ts';
import {decodeCbor, encodeCbor, type CborValue} from '../src/search/cbor.ts';
import type {ActorId, LanguageTag} from '../src/model/types.ts';
import {fingerprint} from './helpers/fingerprint.ts';
import {englishInterface} from '../src/i18n/catalogue.ts';

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-repro-'));
after(() => rm(scratch, {recursive: true, force: true}));

test('two builds of the same content are byte-identical, search index included', async () => {
  const first = path.join(scratch, 'first');
  const second = path.join(scratch, 'second');
  for (const outputDir of [first, second]) {
    const result = await build({contentDir: fixture, outputDir, today: '2026-01-01'});
    assert.equal(result.ok, true, result.failure);
  }
  const a = await fingerprint(first);
  const b = await fingerprint(second);
  assert.ok(Object.keys(a).some((file) => file.startsWith('pagefind/filter/')), 'the search index has filter files');
  assert.deepEqual(b, a);
});

test('CBOR round-trips every supported type in the shortest form', () => {
  const value: CborValue = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -500, 'Талибан', 'طالبان', '', new Uint8Array([1, 2]), true, false, null, [[]], {map: [['a', 1]]}];
  const bytes = encodeCbor(value);
  assert.deepEqual(decodeCbor(bytes), value);
  assert.deepEqual([...encodeCbor(23)], [0x17]);
  assert.deepEqual([...encodeCbor(24)], [0x18, 24]);
  assert.deepEqual([...encodeCbor(256)], [0x19, 1, 0]);
  assert.deepEqual([...encodeCbor('a')], [0x61, 0x61]);
  assert.throws(() => decodeCbor(Uint8Array.from([0x82, 0x01])), /unexpected end/);
});

test('a build from the cache is byte-identical to a cold build', async () => {
  const cacheDir = path.join(scratch, 'cache');
  const cold = path.join(scratch, 'cold');
  const warm = path.join(scratch, 'warm');
  const first = await build({contentDir: fixture, outputDir: cold, today: '2026-01-01', cacheDir});
  assert.equal(first.ok, true, first.failure);
  const second = await build({contentDir: fixture, outputDir: warm, today: '2026-01-01', cacheDir});
  assert.equal(second.ok, true, second.failure);
  assert.deepEqual(second.messages, first.messages, 'cached articles report the same messages');
  assert.deepEqual(await fingerprint(warm), await fingerprint(cold));
});

test('articles processed in worker threads equal those processed in this thread', async () => {
  const {readContentFiles} = await import('../src/content/files.ts');
  const {processArticles} = await import('../src/process/pool.ts');
  const content = await readContentFiles(fixture);
  const sources = content.articles.map((article) => ({
    contentPath: article.contentPath,
    reportPath: article.file.path,
    name: article.name,
    text: String(article.file.value),
  }));
  const settings = {
    defaultLanguage: 'en' as LanguageTag,
    topicIds: content.topics.map((topic) => topic.name),
    actorIds: content.actors.map((actor) => actor.name),
    sourceIds: content.sources.map((source) => source.name),
    actors: [{id: 'taliban' as ActorId, names: ['Taliban', 'طالبان']}],
    people: [],
    ui: englishInterface,
    pathPrefix: '/',
    advice: true,
  };
  const inThread = await processArticles(sources, settings);
  const inWorkers = await processArticles(sources, settings, {minForWorkers: 0});
  assert.ok(inThread.some((article) => article.mentions.length > 0));
  assert.deepEqual(inWorkers, inThread);
});

test('article pages shared out between render threads give the same site as one render', async () => {
  const {loadArchive} = await import('../src/load-archive.ts');
  const {renderSite} = await import('../src/site/render.ts');
  const loaded = await loadArchive(fixture, {today: '2026-01-01'});
  assert.ok(loaded.archive !== undefined);
  const one = path.join(scratch, 'one-thread');
  const three = path.join(scratch, 'three-threads');
  const single = await renderSite(loaded.archive, one, {threads: 1});
  const shared = await renderSite(loaded.archive, three, {threads: 3, chunkSize: 1});
  assert.equal(shared.files, single.files);
  assert.deepEqual(await fingerprint(three), await fingerprint(one));
});
