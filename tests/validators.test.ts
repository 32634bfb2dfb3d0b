/**
 * The build's outputs checked by the validators their formats define, not by
 * our own reading of them: every Atom feed against RFC 4287's RELAX NG schema
 * (`jing`), the sitemap against the sitemaps.org XML Schema (`xmllint
 * --schema`), each article's JSON-LD as a schema.org `NewsArticle` with what
 * search engines read, and links that open a new window. The schemas are in
 * `schemas/` (sources and licences in `schemas/README.md`); `jing` and
 * `xmllint` come from Debian's `jing` and `libxml2-utils`, which `.ci/run`
 * installs. Where one is missing the test says so loudly and is skipped,
 * except under CI, where it fails.
 */

import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build, type BuildResult} from '../src/build.ts';
import {listFiles} from '../src/util/folder.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const atomSchema = path.join(root, 'schemas/atom.rnc');
const sitemapSchema = path.join(root, 'schemas/sitemap.xsd');
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-validators-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** Whether `command` runs here; loud when it does not, and a failure under CI. */
function available(command: string, packageName: string): boolean {
  const probe = spawnSync(command, command === 'jing' ? [] : ['--version'], {encoding: 'utf8'});
  if (probe.error === undefined) return true;
  const message = `\`${command}\` is not installed (Debian package \`${packageName}\`; \`.ci/run\` installs it): its validation is SKIPPED.`;
  if (process.env['CI'] === 'true') assert.fail(`${message} Under CI it must run.`);
  process.stderr.write(`\n*** ${message} ***\n\n`);
  return false;
}

const hasJing = available('jing', 'jing');
const hasXmllint = available('xmllint', 'libxml2-utils');

/** Run `jing -c schemas/atom.rnc` on `files`: its exit code and report. */
function jing(files: readonly string[]): {readonly code: number | null; readonly report: string} {
  const run = spawnSync('jing', ['-c', atomSchema, ...files], {encoding: 'utf8'});
  // jing prints problems on stdout; its warnings about optional Java libraries on stderr are not about the files.
  return {code: run.status, report: run.stdout};
}

/** Run `xmllint --schema schemas/sitemap.xsd` on `file`. */
function xmllint(file: string): {readonly code: number | null; readonly report: string} {
  const run = spawnSync('xmllint', ['--noout', '--schema', sitemapSchema, file], {encoding: 'utf8'});
  return {code: run.status, report: run.stderr};
}

/** The archives to check, built once. */
const archives = [
  {name: 'the fixture archive', contentDir: 'tests/fixtures/archive/content', today: '2026-01-01'},
  {name: 'the search fixture archive', contentDir: 'tests/fixtures/search/content', today: '2026-01-01'},
  {name: 'the sample archive in content/', contentDir: 'content'},
] as const;

for (const archive of archives) {
  describe(`the outputs of ${archive.name}`, () => {
    const out = path.join(scratch, archive.contentDir.replace(/\W+/g, '-'));
    let result: BuildResult;
    let files: string[];
    before(async () => {
      result = await build({contentDir: path.join(root, archive.contentDir), outputDir: out, ...('today' in archive ? {today: archive.today} : {})});
      assert.equal(result.ok, true, result.report + (result.failure ?? ''));
      files = await listFiles(out);
    });

    test('every Atom feed is valid against RFC 4287’s RELAX NG schema (jing)', {skip: !hasJing}, async () => {
      const feeds = files.filter((file) => file.endsWith('feed.xml'));
      assert.ok(feeds.length >= 3, `${feeds.length} feeds`);
      const run = jing(feeds.map((file) => path.join(out, file)));
      assert.equal(run.code, 0, `jing found problems:\n${run.report}`);
      assert.equal(run.report, '');
      // The schema's two Schematron rules, which jing does not check.
      for (const feed of feeds) {
        const xml = await readFile(path.join(out, feed), 'utf8');
        const [head = '', ...entries] = xml.split('<entry>');
        assert.match(head, /<author><name>[^<]+<\/name><\/author>/, `${feed}: the feed has an author`);
        for (const entry of entries) assert.match(entry, /<link rel="alternate" type="text\/html" href="[^"]+"\/>/, `${feed}: each entry has an alternate link`);
      }
    });

    test('the sitemap is valid against the sitemaps.org XML Schema (xmllint)', {skip: !hasXmllint}, async () => {
      const run = xmllint(path.join(out, 'sitemap.xml'));
      assert.equal(run.code, 0, `xmllint found problems:\n${run.report}`);
      const sitemap = await readFile(path.join(out, 'sitemap.xml'), 'utf8');
      assert.doesNotMatch(sitemap, /<lastmod>/, 'no page claims a last modification the build cannot know');
      assert.equal((sitemap.match(/<url>/g) ?? []).length, files.filter((file) => /(^|\/)index\.html$/.test(file) && !file.startsWith('search/')).length);
    });

    test('each article page has one schema.org NewsArticle with what search engines read', async () => {
      const articles = result.archive?.articles ?? [];
      assert.ok(articles.length >= 3);
      for (const article of articles) {
        const file = path.join(out, article.page.permalink.replace(/^\//, ''));
        const html = await readFile(file.endsWith('/') ? path.join(file, 'index.html') : file, 'utf8');
        const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
        assert.equal(scripts.length, 1, `${article.slug}: one JSON-LD block`);
        const data: unknown = JSON.parse(scripts[0]?.[1] ?? '');
        assert.ok(typeof data === 'object' && data !== null && !Array.isArray(data));
        const ld = data as Record<string, unknown>;
        const where = `${article.slug}: ${JSON.stringify(ld)}`;
        assert.equal(ld['@context'], 'https://schema.org', where);
        assert.equal(ld['@type'], 'NewsArticle', where);
        // Google's Article guidance: headline, datePublished (ISO 8601), author (each with a name); the rest as known.
        assert.equal(ld['headline'], article.title, where);
        assert.ok(typeof ld['datePublished'] === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(ld['datePublished']), `datePublished is ISO 8601 at its known precision: ${where}`);
        assert.equal(ld['datePublished'], article.date.iso, where);
        assert.equal(ld['url'], article.page.absoluteUrl, where);
        assert.equal(ld['mainEntityOfPage'], article.page.absoluteUrl, where);
        assert.match(html, new RegExp(`<link rel="canonical" href="${article.page.absoluteUrl.replace(/[.?+]/g, '\\$&')}">`), 'the JSON-LD URL is the canonical URL');
        assert.equal(ld['inLanguage'], article.language, where);
        assert.ok(typeof ld['description'] === 'string' && ld['description'].length > 0, where);
        if (article.authors.length > 0) {
          assert.deepEqual(ld['author'], article.authors.map((name) => ({'@type': 'Person', name})), where);
        } else {
          assert.equal(ld['author'], undefined, `no invented author: ${where}`);
        }
        if (article.source !== undefined) assert.deepEqual(ld['publisher'], {'@type': 'Organization', name: article.source.name}, where);
        const isPartOf = ld['isPartOf'];
        assert.ok(typeof isPartOf === 'object' && isPartOf !== null && '@type' in isPartOf && isPartOf['@type'] === 'WebSite', where);
      }
    });

    test('every link that opens a new window has rel="noopener"', async () => {
      let checked = 0;
      for (const file of files.filter((name) => name.endsWith('.html'))) {
        const html = await readFile(path.join(out, file), 'utf8');
        for (const [tag] of html.matchAll(/<(?:a|area|form)\b[^>]*>/g)) {
          checked++;
          const target = /\starget="([^"]*)"/.exec(tag)?.[1];
          if (target === undefined || target === '_self') continue;
          assert.match(/\srel="([^"]*)"/.exec(tag)?.[1] ?? '', /(^|\s)noopener(\s|$)/, `${file}: ${tag}`);
        }
      }
      assert.ok(checked > 50, `${checked} links checked`);
    });
  });
}

describe('the validators catch what they should', () => {
  test('jing rejects a feed without an id and with a partial date', {skip: !hasJing}, async () => {
    const file = path.join(scratch, 'bad-feed.xml');
    await writeFile(file, '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><updated>2021-08</updated></feed>\n');
    const run = jing([file]);
    assert.notEqual(run.code, 0);
    assert.match(run.report, /bad-feed\.xml:2:\d+: error: /);
  });

  test('xmllint rejects a sitemap whose lastmod is a partial date', {skip: !hasXmllint}, async () => {
    const file = path.join(scratch, 'bad-sitemap.xml');
    await writeFile(file, '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://archive.example.org/</loc><lastmod>2021-08</lastmod></url></urlset>\n');
    const run = xmllint(file);
    assert.notEqual(run.code, 0);
    assert.match(run.report, /'2021-08' is not a valid value/);
  });
});

test('an article’s own links cannot open a new window: HTML in Markdown is dropped, and Markdown has no target', async () => {
  const content = path.join(scratch, 'hostile');
  await cp(path.join(root, 'tests/fixtures/archive/content'), content, {recursive: true});
  await writeFile(
    path.join(content, 'articles/2021/hostile.md'),
    '---\ntitle: Links\ndate: 2021-08\n---\n\n<a href="https://evil.example/" target="_blank">raw</a> and [markdown](https://example.org/){target=_blank}\n\n<p><a href="https://evil.example/" target="_blank" onclick="x()">block</a></p>\n',
  );
  const out = path.join(scratch, 'hostile-site');
  const result = await build({contentDir: content, outputDir: out, today: '2026-01-01'});
  assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  const html = await readFile(path.join(out, 'articles/hostile/index.html'), 'utf8');
  // No tag has a target or an event handler, and no link goes to the raw HTML's address (its text may be shown, escaped).
  const tags = [...html.matchAll(/<[a-z][^>]*>/g)].map(([tag]) => tag.replace(/"[^"]*"/g, '""'));
  assert.deepEqual(tags.filter((tag) => /\s(?:target|onclick)=/.test(tag)), []);
  assert.doesNotMatch(html, /<a[^>]*evil\.example/);
  assert.match(html, /<a href="https:\/\/example\.org\/">markdown<\/a>/);
});
