/**
 * The whole pipeline on a fixture content folder: build into a temp folder
 * and check pages, links, counts and escaping; then the command line on bad
 * content, which must exit 1 and leave the previous output untouched.
 */

import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cp, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {build, type BuildResult} from '../src/build.ts';
import {findBrokenLinks} from './helpers/site-links.ts';
import {listFiles} from '../src/util/folder.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-build-'));
after(() => rm(scratch, {recursive: true, force: true}));

const read = (dir: string, file: string): Promise<string> => readFile(path.join(dir, file), 'utf8');

describe('building the fixture archive', () => {
  const out = path.join(scratch, 'site');
  let result: BuildResult;
  before(async () => {
    result = await build({contentDir: fixture, outputDir: out, today: '2026-01-01'});
  });

  test('succeeds, with the warnings the fixture asks for', () => {
    assert.equal(result.ok, true, result.failure);
    assert.deepEqual(
      result.messages.map((message) => `${path.basename(message.path)}:${message.line} ${message.severity} ${message.ruleId}`),
      ['ahmad-massoud.md:4 warning shared-alias', 'ahmad-shah-massoud.md:4 warning shared-alias', 'resistance.md:16 warning raw-html'],
    );
  });

  test('writes every page kind at its URL', async () => {
    const files = new Set(await listFiles(out));
    const expected = [
      'index.html',
      '404.html',
      'feed.xml',
      'sitemap.xml',
      'assets/style.css',
      'data/articles.json',
      'data/actors.json',
      'data/topics.json',
      'articles/resistance/index.html',
      'articles/kabul/index.html',
      'articles/arms/index.html',
      'articles/dari/index.html',
      'timeline/index.html',
      'timeline/2017/index.html',
      'timeline/2021/index.html',
      'topics/index.html',
      'topics/resistance/index.html',
      'topics/resistance/feed.xml',
      'topics/russia/index.html',
      'actors/index.html',
      'actors/ahmad-massoud/index.html',
      'actors/ahmad-massoud/feed.xml',
      'actors/never-named/index.html',
      'sources/index.html',
      'sources/example-wire/index.html',
      'sources/unused-outlet/index.html',
    ];
    for (const file of expected) assert.ok(files.has(file), `missing ${file}`);
    assert.ok(!files.has('articles/draft/index.html'), 'drafts are not built');
  });

  test('has no broken internal link', async () => {
    const {checked, broken} = await findBrokenLinks(out);
    assert.ok(checked > 100, `only ${checked} links checked`);
    assert.deepEqual(broken, []);
  });

  test('counts mentions per actor, resolving the shared name `Massoud` per article', async () => {
    const actors = JSON.parse(await read(out, 'data/actors.json')) as {id: string; mentions: number; articles: string[]}[];
    const byId = Object.fromEntries(actors.map((actor) => [actor.id, {mentions: actor.mentions, articles: actor.articles}]));
    assert.deepEqual(byId, {
      'ahmad-massoud': {mentions: 4, articles: ['dari', 'resistance']},
      'ahmad-shah-massoud': {mentions: 1, articles: ['resistance']},
      'never-named': {mentions: 0, articles: []},
      nrf: {mentions: 1, articles: ['resistance']},
      panjshir: {mentions: 1, articles: ['resistance', 'arms']},
      russia: {mentions: 3, articles: ['kabul', 'arms']},
      taliban: {mentions: 6, articles: ['dari', 'resistance', 'kabul', 'arms']},
    });
  });

  test('article page: metadata, linked first mentions, counts, sanitized body', async () => {
    const html = await read(out, 'articles/resistance/index.html');
    assert.match(html, /<html lang="en" dir="ltr"/);
    assert.match(html, /<title>The younger Massoud &amp; the &lt;b&gt;resistance&lt;\/b&gt;/);
    assert.match(html, /<time datetime="2021-09">September 2021<\/time>/);
    assert.match(html, /href="\/sources\/example-wire\/"/);
    assert.match(html, /href="https:\/\/wire\.example\.org\/resistance"/);
    assert.match(html, /Test Author/);
    assert.match(html, /<link rel="canonical" href="https:\/\/fixture\.example\.org\/articles\/resistance\/">/);
    assert.match(html, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema\.org","@type":"NewsArticle"/);
    // The first mention of each actor is linked in the body, once.
    const body = html.slice(html.indexOf('Ahmad Massoud leads'));
    assert.match(body, /^Ahmad Massoud leads/, 'body text present');
    assert.match(html, /<a href="\/actors\/ahmad-massoud\/">Ahmad Massoud<\/a> leads the <a href="\/actors\/nrf\/">NRF<\/a> in <a href="\/actors\/panjshir\/">Panjshir<\/a>\. The <a href="\/actors\/taliban\/">Taliban<\/a>'s advance/);
    const prose = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</div>', html.indexOf('<div class="prose">')));
    assert.equal(prose.split('<a href="/actors/taliban/">Taliban</a>').length - 1, 1, 'Taliban linked once in the body');
    assert.equal(prose.split('href="/actors/ahmad-massoud/"').length - 1, 1, 'Ahmad Massoud linked once in the body');
    assert.match(html, /<a href="\/actors\/ahmad-massoud\/" dir="auto">Ahmad Massoud<\/a> <span class="count">3 mentions<\/span>/);
    // Related articles, by shared topics (2 each) and actors (1 each): dari 4, kabul 3, arms 2.
    const related = html.slice(html.indexOf('<h2>Related articles</h2>'));
    assert.deepEqual([...related.matchAll(/href="\/articles\/([a-z-]+)\/"/g)].map((match) => match[1]), ['dari', 'kabul', 'arms']);
    // Nothing dangerous from the Markdown survives.
    assert.doesNotMatch(html, /alert\(/);
    assert.doesNotMatch(html, /javascript:/i);
    assert.doesNotMatch(html, /onerror/i);
    assert.doesNotMatch(html, /<b>resistance/);
  });

  test('dates keep their precision', async () => {
    assert.match(await read(out, 'articles/kabul/index.html'), /<time datetime="2021-08-15">15 August 2021<\/time>/);
    assert.match(await read(out, 'articles/arms/index.html'), /<time datetime="2017">2017<\/time>/);
  });

  test('right-to-left articles get lang and dir', async () => {
    const html = await read(out, 'articles/dari/index.html');
    assert.match(html, /<html lang="fa" dir="rtl"/);
    assert.match(html, /<a href="\/actors\/ahmad-massoud\/">احمد مسعود<\/a>/);
  });

  test('actor page: aliases, articles newest first with the sentence of the first mention', async () => {
    const html = await read(out, 'actors/ahmad-massoud/index.html');
    assert.match(html, /the younger Massoud/);
    assert.match(html, /احمد مسعود/);
    assert.match(html, /href="\/actors\/nrf\/"/, 'affiliation linked');
    const dari = html.indexOf('href="/articles/dari/"');
    const resistance = html.indexOf('href="/articles/resistance/"');
    assert.ok(dari > 0 && resistance > dari, 'newest first');
    assert.match(html, /Ahmad Massoud leads the NRF in Panjshir\./);
  });

  test('timeline groups by year and month with counts', async () => {
    const html = await read(out, 'timeline/index.html');
    for (const label of ['2017', 'August 2021', 'September 2021']) assert.ok(html.includes(label), label);
    const data = JSON.parse(await read(out, 'data/articles.json')) as {slug: string}[];
    assert.deepEqual(data.map((article) => article.slug), ['dari', 'resistance', 'kabul', 'arms']);
  });

  test('feeds are Atom with absolute links', async () => {
    const feed = await read(out, 'feed.xml');
    assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.equal(feed.split('<entry xml:lang=').length - 1, 4);
    assert.match(feed, /<id>https:\/\/fixture\.example\.org\/articles\/kabul\/<\/id>/);
    const topicFeed = await read(out, 'topics/russia/feed.xml');
    assert.equal(topicFeed.split('<entry xml:lang=').length - 1, 2);
  });

  test('sitemap lists every page with absolute URLs', async () => {
    const sitemap = await read(out, 'sitemap.xml');
    assert.match(sitemap, /<loc>https:\/\/fixture\.example\.org\/articles\/dari\/<\/loc>/);
    assert.match(sitemap, /<loc>https:\/\/fixture\.example\.org\/actors\/never-named\/<\/loc>/);
    assert.doesNotMatch(sitemap, /draft/);
  });
});

test('drafts are built with `includeDrafts`', async () => {
  const out = path.join(scratch, 'with-drafts');
  const result = await build({contentDir: fixture, outputDir: out, includeDrafts: true, today: '2026-01-01'});
  assert.equal(result.ok, true, result.failure);
  assert.ok((await listFiles(out)).includes('articles/draft/index.html'));
});

describe('the build command on bad content', () => {
  test('exits 1 with located messages, no stack trace, and leaves the previous output as it was', async () => {
    const content = path.join(scratch, 'bad-content');
    await cp(fixture, content, {recursive: true});
    await writeFile(path.join(content, 'articles/2021/kabul.md'), '---\ntitle: Kabul falls\ndate: 2021-08-32\ntopics: [resistence]\n---\n\nText.\n');
    const out = path.join(scratch, 'previous');
    await mkdir(out, {recursive: true});
    await writeFile(path.join(out, 'index.html'), 'previous build');

    const failure = await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', content, '--output', out], {cwd: root}).then(
      () => undefined,
      (error: unknown) => error as {code: number; stdout: string; stderr: string},
    );
    assert.ok(failure !== undefined, 'the build must fail');
    assert.equal(failure.code, 1);
    const kabul = path.relative(root, path.join(content, 'articles/2021/kabul.md'));
    assert.ok(failure.stderr.includes(`${kabul}:3:7  error  \`date\` \`2021-08-32\` is not a valid date`), failure.stderr);
    assert.ok(failure.stderr.includes(`${kabul}:4:10  error  Unknown topic \`resistence\``), failure.stderr);
    assert.ok(failure.stderr.includes('(did you mean `resistance`?)'));
    assert.doesNotMatch(failure.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(await listFiles(out), ['index.html']);
    assert.equal(await read(out, 'index.html'), 'previous build');
    assert.deepEqual(
      (await listFiles(scratch)).filter((file) => file.includes('.building-')),
      [],
      'no staging folder is left behind',
    );
  });

  test('an unknown option is a usage error, not a crash', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--contnet', 'x'], {cwd: root}).then(
      () => undefined,
      (error: unknown) => error as {code: number; stderr: string},
    );
    assert.equal(failure?.code, 2);
    assert.match(failure.stderr, /Unexpected option `--contnet`.*\(did you mean `--content`\?\)/);
  });
});

describe('the archive in content/', () => {
  test('builds with no error and no broken internal link', async () => {
    const out = path.join(scratch, 'content-site');
    const result = await build({contentDir: path.join(root, 'content'), outputDir: out});
    assert.equal(result.ok, true, result.report + (result.failure ?? ''));
    assert.equal(result.messages.filter((message) => message.severity === 'error').length, 0);
    const {broken} = await findBrokenLinks(out);
    assert.deepEqual(broken, []);
  });
});

describe('a build under a path prefix', () => {
  test('puts the prefix on every link, asset, feed entry, sitemap URL and search result', async () => {
    const out = path.join(scratch, 'prefixed');
    const result = await build({
      contentDir: fixture,
      outputDir: out,
      today: '2026-01-01',
      overrides: {baseUrl: 'https://example.org', pathPrefix: '/archive/'},
    });
    assert.equal(result.ok, true, result.failure);
    const {checked, broken} = await findBrokenLinks(out, '/archive/');
    assert.ok(checked > 100);
    assert.deepEqual(broken, []);

    const home = await read(out, 'index.html');
    assert.match(home, /<link rel="stylesheet" href="\/archive\/assets\/style\.css">/);
    assert.match(home, /<script type="module" src="\/archive\/assets\/site\.js"><\/script>/);
    assert.match(home, /<form class="site-search" role="search" action="\/archive\/search\/"/);
    assert.match(home, /<link rel="canonical" href="https:\/\/example\.org\/archive\/">/);

    const sitemap = await read(out, 'sitemap.xml');
    const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
    assert.ok(locations.length > 10);
    assert.deepEqual(locations.filter((url) => !url.startsWith('https://example.org/archive/')), []);

    const feed = await read(out, 'feed.xml');
    const links = [...feed.matchAll(/<link[^>]*href="([^"]*)"/g)].map((match) => match[1] ?? '');
    assert.ok(links.length > 4);
    assert.deepEqual(links.filter((url) => !url.startsWith('https://example.org/archive/')), []);
    assert.match(feed, /href=&quot;\/archive\/actors\/taliban\/&quot;/, 'links inside entries carry the prefix');
    assert.doesNotMatch(feed, /href=&quot;\/actors\//);

    const data = JSON.parse(await read(out, 'data/articles.json')) as {url: string}[];
    assert.ok(data.every((article) => article.url.startsWith('https://example.org/archive/articles/')));
  });
});
