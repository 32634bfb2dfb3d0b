/**
 * Importing a saved page: the front matter from the page's metadata (and
 * the editor's values over it), the article through Readability as Markdown,
 * the boilerplate inside it reported; `.html.gz` read as well; `--dry-run`
 * prints the article after the report; the check accepts what is written.
 * The expected file and report are regenerated with `UPDATE=1`.
 */

import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {prepareArticle} from '../src/import/import-article.ts';
import {bylineNames, pageDate, pageMetadata, withoutSiteName} from '../src/import/html/metadata.ts';
import {parsePage} from '../src/import/html/dom.ts';
import {looksLikePersonName} from '../src/import/clean/names.ts';
import {readPageFile} from '../src/import/read-input.ts';
import {loadArchive} from '../src/load-archive.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtures = fileURLToPath(new URL('fixtures/import-html/', import.meta.url));
const fixtureContent = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const update = process.env['UPDATE'] === '1';
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-import-html-'));
after(() => rm(scratch, {recursive: true, force: true}));

const registry = {sources: [{id: 'example-wire', name: 'Example Wire', url: 'https://wire.example.org'}], topics: [], articles: new Map<string, string>()};
const page = await readFile(path.join(fixtures, 'page.html'), 'utf8');

/** Compare `actual` with the file, or write it with `UPDATE=1`. */
async function matchesFile(actual: string, file: string): Promise<void> {
  if (update) await writeFile(file, actual);
  assert.equal(actual, await readFile(file, 'utf8'), `${path.basename(file)} differs; regenerate with UPDATE=1 if the change is meant`);
}

describe('a saved page', () => {
  test('gives the article as Markdown and its front matter from the page', async () => {
    const article = prepareArticle(page, {}, registry, {contentLabel: 'content', kind: 'html'});
    await matchesFile(article.text, path.join(fixtures, 'expected.md'));
    await matchesFile(`${article.path}\n${article.report.join('\n')}\n`, path.join(fixtures, 'expected-report.txt'));
    assert.equal(article.path, 'articles/2021/kabul-airport-reopens-to-domestic-flights.md');
    assert.deepEqual(article.front.authors, ['Jane Roe'], 'the glued `GarberFOXBusiness` and the organisation are no authors');
    assert.equal(article.front.date, '2021-09-05', 'the publisher’s own day, not the UTC one');
    assert.match(article.text, /^source: example-wire$/mu);
    assert.match(article.text, /^language: en-GB$/mu);
    assert.match(article.text, /\[Mazar-i-Sharif\]\(https:\/\/wire\.example\.org\/tags\/mazar\)/u, 'a relative link is resolved against the page');
    assert.match(article.text, /^## Repairs to the terminal$/mu);
    assert.match(article.text, /^- The radar was repaired first\.$/mu);
    for (const gone of ['Most read', 'Floods in the north', 'All rights reserved', 'By Jane Roe', 'Share', 'runway.jpg', 'Photo: Example Wire', 'Home']) {
      assert.ok(!article.text.includes(gone), `${JSON.stringify(gone)} is still in the file`);
    }
    assert.ok(article.report.some((line) => /removed +figure +media credit +"The runway at Kabul airport/u.test(line)), 'the dropped caption is reported');
  });

  test('what the editor gives wins over what the page says', () => {
    const article = prepareArticle(page, {title: 'Flights resume at Kabul airport', date: '2021-09', authors: ['A. N. Editor'], language: 'ps'}, registry, {contentLabel: 'content', kind: 'html'});
    assert.equal(article.front.title, 'Flights resume at Kabul airport');
    assert.equal(article.front.date, '2021-09');
    assert.deepEqual(article.front.authors, ['A. N. Editor']);
    assert.equal(article.front.language, 'ps');
    assert.equal(article.slug, 'flights-resume-at-kabul-airport');
  });

  test('an outlet no source file describes becomes a comment, so the file still checks', () => {
    const article = prepareArticle(page, {}, {sources: [], topics: [], articles: new Map()}, {contentLabel: 'content', kind: 'html'});
    assert.match(article.text, /^# source: example-wire +# no sources\/example-wire\.md yet: create it, then uncomment$/mu);
    assert.doesNotMatch(article.text, /^source:/mu);
    assert.equal(article.warnings, 1);
  });

  test('a page with no article, or no date, is refused with one line saying what to do', () => {
    assert.throws(() => prepareArticle('<html><body><nav>Home</nav></body></html>', {}, registry, {contentLabel: 'content', kind: 'html'}), /no title: the page names none; give one with `--title/u);
    assert.throws(() => prepareArticle(page.replace(/"datePublished": "[^"]+",/u, '').replace(/\/2021\/09\//gu, '/'), {}, registry, {contentLabel: 'content', kind: 'html'}), /no date: the page gives none; give one with `--date`/u);
  });
});

describe("the page's metadata", () => {
  test('dates keep the day the page gives, at its precision', () => {
    assert.equal(pageDate('2019-11-19T22:31:00-06:00'), '2019-11-19');
    assert.equal(pageDate('2019-11'), '2019-11');
    assert.equal(pageDate('01:38:07 PM IST Nov 20, 2019'), '2019-11-20');
    assert.equal(pageDate('20 November 2019'), '2019-11-20');
    assert.equal(pageDate('0001-01-01T00:00:00Z'), undefined);
    assert.equal(pageDate('2019-02-30'), undefined);
    assert.equal(pageDate('soon'), undefined);
  });

  test("titles lose the site's name, and only it", () => {
    assert.equal(withoutSiteName('Kabul airport reopens | Example Wire', 'Example Wire'), 'Kabul airport reopens');
    assert.equal(withoutSiteName('Example Wire: Kabul airport reopens', 'Example Wire'), 'Example Wire: Kabul airport reopens');
    assert.equal(withoutSiteName('Kabul - Herat road reopens', 'Example Wire'), 'Kabul - Herat road reopens');
  });

  test('credits are people: no glued outlet names, addresses or desks', () => {
    assert.ok(looksLikePersonName('Jane Roe'));
    assert.ok(looksLikePersonName('Sarah E. Needleman'));
    assert.ok(looksLikePersonName('Michael McDonald'));
    assert.ok(looksLikePersonName('Ahmad Shah bin Massoud'));
    assert.ok(looksLikePersonName('Хусейн Сират'));
    assert.ok(!looksLikePersonName('Jonathan GarberFOXBusiness'));
    assert.ok(!looksLikePersonName('Cleveland.com'));
    assert.ok(!looksLikePersonName('https://example.org/staff'));
    assert.deepEqual(bylineNames('By Jane Roe and John Doe'), ['Jane Roe', 'John Doe']);
    assert.equal(bylineNames('Finian Cunningham. Sputnik International')[0], 'Finian Cunningham', 'a name and an outlet run together are parted');
  });

  test('JSON-LD authors that are organisations, and broken JSON-LD, give no author', () => {
    const metadata = pageMetadata(
      parsePage(`<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Example Desk Team"}}</script></head><body></body></html>`),
    );
    assert.deepEqual(metadata.authors, []);
  });
});

describe('npm run import on a page file', () => {
  const runImport = (args: readonly string[]): Promise<{code: number; stdout: string; stderr: string}> =>
    new Promise((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {cwd: root}, (error, stdout, stderr) => {
        resolve({code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr});
      });
    });

  test('reads .html.gz, prints the article after the report with --dry-run, and writes nothing', async () => {
    const content = path.join(scratch, 'dry', 'content');
    await cp(fixtureContent, content, {recursive: true});
    const file = path.join(scratch, 'dry', 'page.html.gz');
    await writeFile(file, gzipSync(page));
    assert.equal((await readPageFile(file)).kind, 'html');
    const dry = await runImport([file, '--content', content, '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    const report = dry.stdout.indexOf('removed');
    const article = dry.stdout.indexOf('it would read:\n\n---\ntitle: Kabul airport reopens to domestic flights\ndate: "2021-09-05"\n');
    assert.ok(report !== -1 && article > report, dry.stdout);
    assert.match(dry.stdout, /International flights are expected to resume later this month/u);
    assert.deepEqual(await readdir(path.join(content, 'articles')), (await readdir(path.join(fixtureContent, 'articles'))));
  });

  test('writes an article the check accepts', async () => {
    const content = path.join(scratch, 'write', 'content');
    await cp(fixtureContent, content, {recursive: true});
    const file = path.join(scratch, 'write', 'page.html');
    await writeFile(file, page);
    const written = await runImport([file, '--content', content]);
    assert.equal(written.code, 0, written.stderr);
    const result = await loadArchive(content, {today: '2026-01-01'});
    assert.deepEqual(result.messages.filter((message) => message.severity === 'error'), []);
    assert.ok(result.archive?.articles.some((entry) => entry.slug === 'kabul-airport-reopens-to-domestic-flights'));
  });
});
