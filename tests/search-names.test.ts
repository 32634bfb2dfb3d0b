/**
 * The pieces of search that need no browser: the one normalisation (and
 * the name key built on it), the indexed text with its originals in
 * anchors, the name table's buckets and their size at scale, the tiers by
 * which a query names an entity, and the excerpt put back into the words as
 * written.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {gzipSync} from 'node:zlib';
import {excerpt, namePositions, resultTitle, writtenWords} from '../src/browser/excerpt.ts';
import {bucketsOf, findNames, maxCards} from '../src/browser/names.ts';
import type {Fragment} from '../src/browser/pagefind.ts';
import type {NameEntry, NameTableIndex} from '../src/search/layout.ts';
import {bucketFile, nameTableBuckets} from '../src/search/name-table.ts';
import {foldedCharacters, nameKey, normaliseText} from '../src/search/normalise.ts';
import {actorToken, indexedText} from '../src/search/records.ts';

test('every script is normalised as the issue lists: Arabic-script letters, tatweel, ZWNJ, digits, ё', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['پاكستان', 'پاکستان'],
    ['علي', 'علی'],
    ['مصطفى', 'مصطفی'],
    ['جامعة', 'جامعه'],
    ['ہندوستان', 'هندوستان'],
    ['کوردە', 'کورده'],
    ['أفغانستان', 'افغانستان'],
    ['إيران', 'ایران'],
    ['آمريكا', 'امریکا'],
    ['ٱلله', 'الله'],
    ['مؤسسه', 'موسسه'],
    ['مسئله', 'مسیله'],
    ['پنجـــشیر', 'پنجشیر'],
    ['می‌گوید', 'میگوید'],
    ['۲۰۲۱', '2021'],
    ['٢٠٢١', '2021'],
    ['ещё', 'еще'],
    ['Ёлка', 'Елка'],
    ['Taliban', 'Taliban'],
  ];
  for (const [written, normal] of cases) assert.equal(normaliseText(written), normal, written);
  // No replacement adds or removes whitespace: word positions stay.
  for (const [from, to] of Object.entries(foldedCharacters)) assert.ok(!/\s/.test(from + to), JSON.stringify(from));
});

test('a name key folds case, accents, possessives and punctuation, after the normalisation', () => {
  assert.equal(nameKey("Taliban's"), 'taliban');
  assert.equal(nameKey('Talibans’'), 'talibans');
  assert.equal(nameKey('TALIBAN'), 'taliban');
  assert.equal(nameKey('Tehrik-i-Taliban Pakistan'), 'tehrik i taliban pakistan');
  assert.equal(nameKey('Gen. John W. Nicholson'), 'gen john w nicholson');
  assert.equal(nameKey('Sânchez'), 'sanchez');
  assert.equal(nameKey('پاكستان'), nameKey('پاکستان'));
  assert.equal(nameKey('Ахмад  Масуд'), 'ахмад масуд');
});

test('indexed text is normalised, with each changed word as written in an anchor before it', () => {
  assert.equal(indexedText('Taliban take Kabul'), 'Taliban take Kabul');
  assert.equal(indexedText('پاكستان و پاکستان'), '<span id="پاكستان"></span>پاکستان و پاکستان');
  assert.equal(indexedText('در ۲۰۲۱ <b>'), 'در <span id="۲۰۲۱"></span>2021 &lt;b&gt;');
  assert.equal(indexedText('a \u0640 b'), 'a b', 'a lone tatweel is left out, as Pagefind would');
});

test('mention tokens are one length, stable, and differ between actors', () => {
  const tokens = Array.from({length: 5000}, (_, index) => actorToken(`actor-${index}`));
  assert.equal(new Set(tokens).size, tokens.length);
  assert.ok(tokens.every((token) => /^q\d{12}q$/.test(token)));
  assert.equal(actorToken('taliban'), actorToken('taliban'));
});

/** An entity for the name table. */
const entity = (names: readonly string[], articles = 1, kind = 'person'): NameEntry => ({
  url: `/actors/${nameKey(names[0] ?? '').replace(/ /g, '-')}/`,
  names,
  kind,
  description: `About ${names[0] ?? ''}`,
  articles,
});

/** A name table in memory, as the search page reads it. */
function table(entries: readonly NameEntry[], maxBytes?: number): {index: NameTableIndex; load: (file: string) => Promise<readonly NameEntry[]>; files: Map<string, Buffer>} {
  const buckets = nameTableBuckets(entries, maxBytes);
  const files = new Map(buckets.map((bucket, position) => [`${position}.names`, bucketFile(bucket)]));
  return {
    index: {buckets: buckets.map((bucket, position) => [bucket.first, `${position}.names`])},
    load: async (file) => buckets[Number.parseInt(file, 10)]?.entries ?? [],
    files,
  };
}

const archive = [
  entity(['Taliban', 'Afghan Taliban', 'طالبان', 'Талибан'], 5, 'organization'),
  entity(['Tehrik-i-Taliban Pakistan', 'TTP', 'Pakistani Taliban'], 1, 'organization'),
  entity(['Ahmad Shah Massoud', 'Massoud', 'the elder Massoud'], 1),
  entity(['Ahmad Massoud', 'Massoud', 'the younger Massoud'], 2),
  entity(['Panjshir', 'پنجشیر'], 4, 'place'),
  entity(['Yusuf Panjshiri', 'Panjshiri'], 1),
  entity(['Pakistan', 'پاکستان'], 2, 'country'),
  entity(['Vladimir Putin', 'Putin', 'Путин'], 2),
];

test('a query names an entity by its name before an alias before a name it only starts with', async () => {
  const {index, load} = table(archive, 300);
  assert.ok(index.buckets.length > 3, 'split into several buckets');
  const names = async (query: string): Promise<string[]> => (await findNames(query, index, load)).map((match) => `${match.tier}:${match.entry.names[0]}`);
  assert.deepEqual(await names('taliban'), ['name:Taliban'], 'not the group whose alias contains the word');
  assert.deepEqual(await names("Taliban's"), ['name:Taliban']);
  assert.deepEqual(await names('TTP'), ['alias:Tehrik-i-Taliban Pakistan']);
  assert.deepEqual(await names('tehrik'), ['prefix:Tehrik-i-Taliban Pakistan']);
  assert.deepEqual(await names('Massoud'), ['alias:Ahmad Massoud', 'alias:Ahmad Shah Massoud'], 'a shared alias: the one with more articles first');
  assert.deepEqual(await names('Ahmad Massoud'), ['name:Ahmad Massoud'], 'a whole name names nothing more in its parts');
  assert.deepEqual(await names('Ahmad'), ['prefix:Ahmad Massoud', 'prefix:Ahmad Shah Massoud']);
  assert.deepEqual(await names('Panjshir'), ['name:Panjshir', 'prefix:Yusuf Panjshiri']);
  assert.deepEqual(await names('پاكستان'), ['alias:Pakistan'], 'in any form the normalisation folds');
  assert.deepEqual(await names('Putin ceasefire'), ['alias:Vladimir Putin'], 'a name among other words');
  assert.deepEqual(await names('pa'), [], 'two letters name nothing by their start');
  assert.deepEqual(await names('nothing here'), []);
  assert.ok((await findNames('a', index, load)).length <= maxCards);
});

test('a bucket holds every key from its first to the next bucket’s, and one key is never split', () => {
  const many = Array.from({length: 400}, (_, index) => entity([`Name ${String(index).padStart(3, '0')}`, 'Shared alias'], index));
  const buckets = nameTableBuckets(many, 2000);
  assert.ok(buckets.length > 10);
  const holding = buckets.filter((bucket) => bucket.entries.some((entry) => entry.names.includes('Shared alias')));
  const index: NameTableIndex = {buckets: buckets.map((bucket, position) => [bucket.first, String(position)])};
  assert.equal(bucketsOf(index, 'shared alias', false).length, 1, 'a query for the alias reads one bucket');
  const [file] = bucketsOf(index, 'shared alias', false);
  const found = buckets[Number(file)]?.entries.filter((entry) => entry.names.includes('Shared alias')).length;
  assert.equal(found, 400, `all 400 entities with the alias are in that bucket (${holding.length} buckets hold some)`);
  for (const [position, bucket] of buckets.entries()) {
    for (const entry of bucket.entries) {
      const keys = entry.names.map(nameKey).filter((key) => bucketsOf(index, key, false)[0] === String(position));
      assert.ok(keys.length > 0, `${entry.names[0]} is in bucket ${position} for one of its keys`);
    }
  }
});

test('at 5,000 actors of five names each, a query loads a few kilobytes of the name table', async () => {
  const actors = Array.from({length: 5000}, (_, index) =>
    entity([`Person Number ${index}`, `Commander ${index}`, `Гражданин ${index}`, `شخص ${index}`, `P${index}`], index % 50),
  );
  const {index, load, files} = table(actors);
  const indexBytes = gzipSync(JSON.stringify(index)).length;
  const largest = Math.max(...[...files.values()].map((file) => file.length));
  assert.ok(indexBytes < 12_000, `the bucket list is ${indexBytes} bytes gzipped`);
  assert.ok(largest < 8_000, `the largest bucket is ${largest} bytes`);
  for (const query of ['person number 4711', 'Commander 12', 'Гражданин 4999', 'شخص ۳۰۰', 'p1']) {
    const loaded = bucketsOf(index, nameKey(query), nameKey(query).length >= 3);
    const bytes = indexBytes + loaded.reduce((sum, file) => sum + (files.get(file)?.length ?? 0), 0);
    assert.ok(bytes < 30_000, `${query}: ${bytes} bytes of the name table`);
  }
  assert.deepEqual((await findNames('Гражданин ۴۹۹۹', index, load)).map((match) => match.entry.names[0]), ['Person Number 4999']);
});

/** A fragment as Pagefind returns it for an indexed document. */
const fragment = (content: string, anchors: readonly {id: string; location: number}[], locations: readonly number[], title: string): Fragment => ({
  url: '/articles/x/',
  content,
  meta: {title},
  filters: {kind: ['Article']},
  anchors: anchors.map((anchor) => ({element: 'span', ...anchor})),
  locations,
  weighted_locations: locations.map((location) => ({location, balanced_score: 1})),
});

test('titles and excerpts show the words as written, without the mention tokens', () => {
  const shown = fragment('دیدار در کابل. هیئتی از پاکستان به کابل رفت. q123456789012q.', [{id: 'ديدار', location: 0}, {id: 'پاكستان', location: 5}], [5], 'دیدار در کابل');
  assert.equal(resultTitle(shown), 'ديدار در کابل');
  assert.deepEqual(writtenWords(shown).slice(0, 6), ['ديدار', 'در', 'کابل.', 'هیئتی', 'از', 'پاكستان']);
  assert.deepEqual(excerpt(shown, 30), [
    {text: 'هیئتی از ', marked: false},
    {text: 'پاكستان', marked: true},
    {text: ' به کابل رفت.', marked: false},
  ]);
  assert.deepEqual(namePositions(shown, ['کابل']), [2, 7], 'the name found in any form, punctuation aside');
});
