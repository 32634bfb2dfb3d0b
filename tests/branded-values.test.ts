/**
 * Branded ids and URLs are made only by their guards: no `as ActorId`,
 * `as Href`, … anywhere in the program, so every branded value has passed a
 * check (`src/model/ids.ts`, `src/model/language.ts`), and every URL of the
 * site is made in `src/model/addresses.ts`.
 */

import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {isAbsoluteUrl, isHref, isUrlUnder} from '../src/model/ids.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** The brands of `src/model/types.ts`. */
const brands = ['ArticleSlug', 'ActorId', 'TopicId', 'SourceId', 'Href', 'AbsoluteUrl', 'LanguageTag'];

test('no branded value is made with `as`', async () => {
  const files = [
    '.eleventy.ts',
    ...(await readdir(path.join(root, 'src'), {recursive: true})).filter((file) => file.endsWith('.ts')).map((file) => path.join('src', file)),
    ...(await readdir(path.join(root, 'scripts'), {recursive: true})).filter((file) => file.endsWith('.ts')).map((file) => path.join('scripts', file)),
  ];
  const cast = new RegExp(`\\bas (?:${brands.join('|')})\\b`);
  const found: string[] = [];
  for (const file of files) {
    const lines = (await readFile(path.join(root, file), 'utf8')).split('\n');
    lines.forEach((line, index) => {
      if (cast.test(line)) found.push(`${file}:${index + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});

test('the URL guards tell links and absolute URLs from other text', () => {
  assert.ok(isHref('/') && isHref('/archive/actors/x/') && isHref('/feed.xml'));
  assert.ok(!isHref('') && !isHref('actors/') && !isHref('//evil.example/') && !isHref('/a b/'));
  assert.ok(isAbsoluteUrl('https://news.example.org/archive/'));
  const base = 'https://news.example.org';
  assert.ok(isAbsoluteUrl(base));
  assert.ok(isUrlUnder(`${base}/archive/`, base));
  assert.ok(!isUrlUnder(`${base}.evil/`, base) && !isUrlUnder('https://other.example.org/', base) && !isUrlUnder(`${base}//x`, base));
});
