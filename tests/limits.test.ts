/**
 * The limits of `src/content/markdown-limits.ts` and the front-matter
 * checks: a 20 MB article, a 100,000-line article and quotes, lists,
 * emphasis, links and YAML nested 10,000 deep are each built or refused with
 * a located message in bounded time, never a crash, a hang or an
 * out-of-memory. The bound is generous (a blow-up took minutes before); the
 * figures measured are in `docs/content-format.md`, "Limits".
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from '../src/build.ts';
import {loadArchive} from '../src/load-archive.ts';

const base = fileURLToPath(new URL('fixtures/errors/_base/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-limits-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** A generous bound on one case: far above what it takes, far below the minutes a blow-up took. */
const bound = 120_000;
const head = '---\ntitle: At the limits\ndate: 2021-08\ntopics: [resistance]\n---\n\n';

/** A content folder with one more article, `big.md`, holding `text`. */
async function withArticle(name: string, text: string): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(base, dir, {recursive: true});
  await writeFile(path.join(dir, 'content/articles/big.md'), text);
  return dir;
}

/** Load `text` as an article; its messages as `line:column rule` for `big.md`. */
async function check(name: string, text: string): Promise<{readonly built: boolean; readonly messages: string[]}> {
  const dir = await withArticle(name, text);
  const started = performance.now();
  const result = await loadArchive('content', {cwd: dir, today: '2026-01-01'});
  assert.ok(performance.now() - started < bound, `${name} took ${Math.round(performance.now() - started)} ms`);
  for (const message of result.messages) {
    assert.equal(message.path, 'content/articles/big.md', `${message.path}: ${message.message}`);
    assert.ok(message.line >= 1 && message.line <= text.split('\n').length, `line ${message.line} is in the file`);
  }
  return {built: result.archive !== undefined, messages: result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)};
}

test('a 20 MB article is refused without being read', async () => {
  const result = await check('twenty-mb', head + 'Every page of the site was appended to this article, one after another.\n\n'.repeat(280_000));
  assert.deepEqual(result, {built: false, messages: ['1:1 file-too-large']});
});

test('a 100,000-line article is built, pages and search index', async () => {
  const text = head + Array.from({length: 50_000}, (_, index) => `Line ${index} of the report.\n`).join('\n');
  assert.ok(text.split('\n').length > 100_000);
  const dir = await withArticle('lines', text);
  const started = performance.now();
  const result = await build({contentDir: path.join(dir, 'content'), outputDir: path.join(dir, 'site'), today: '2026-01-01'});
  assert.ok(performance.now() - started < bound, `took ${Math.round(performance.now() - started)} ms`);
  assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  assert.ok(result.archive?.articles.some((article) => article.path === 'articles/big.md'), 'the article is published');
  assert.ok((result.search?.pages ?? 0) > (result.archive?.articles.length ?? 0), 'and indexed');
});

test('100,000 lines with no blank line are refused where the paragraph starts', async () => {
  const result = await check('one-block', `${head}Before.\n\n${Array.from({length: 100_000}, (_, index) => `Line ${index}`).join('\n')}\n`);
  assert.deepEqual(result, {built: false, messages: ['9:1 paragraph-too-long']});
});

test('quotes, lists and emphasis nested 10,000 deep are refused at their line', async () => {
  for (const [name, body] of [
    ['quotes', '>'.repeat(10_000) + ' deep\n'],
    ['spaced-quotes', '> '.repeat(10_000) + 'deep\n'],
    ['lists', '- '.repeat(10_000) + 'deep\n'],
    ['mixed', '> - 1. '.repeat(3_400) + 'deep\n'],
    ['indented-lists', Array.from({length: 1_000}, (_, index) => `${' '.repeat(2 * index)}- item`).join('\n') + '\n'],
    ['emphasis', `${'*'.repeat(10_000)}loud${'*'.repeat(10_000)}\n`],
  ] as const) {
    const result = await check(name, `${head}Intro.\n\n${body}`);
    assert.equal(result.built, false, name);
    assert.match(result.messages.join(', '), /^\d+:1 nesting-too-deep$/, name);
  }
});

test('links nested 10,000 deep are built; 64 nested quotes are built', async () => {
  assert.deepEqual(await check('brackets', `${head}${'['.repeat(10_000)}x${']'.repeat(10_000)}\n`), {built: true, messages: []});
  assert.deepEqual(await check('quotes-64', `${head}${'> '.repeat(64)}deep\n`), {built: true, messages: []});
});

test('front matter nested 10,000 deep is refused where it passes the limit', async () => {
  const result = await check('yaml', `---\ntitle: Deep\ndate: 2021\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n\nDeep.\n`);
  assert.deepEqual(result, {built: false, messages: ['4:68 yaml-too-deep']});
});
