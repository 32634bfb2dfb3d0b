/**
 * `npm run import` end to end: it writes the article where it belongs and
 * the check accepts it; it refuses to overwrite without `--force`; `--dry-run`
 * writes nothing; a manifest imports every entry; bad input exits 1 with
 * one line per problem and no stack trace.
 */

import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../src/load-archive.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixtureContent = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-import-'));
after(() => rm(scratch, {recursive: true, force: true}));

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the import script with `args`, from the repository's root. */
function runImport(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {cwd: root}, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({code, stdout, stderr});
    });
  });
}

const raw = `Traders reopen stalls at border crossing

Traders at the border crossing reopened their stalls on Tuesday after the border post had been closed for nine days.
Customs officers on both sides said lorries carrying fruit and coal were moving again by mid-morning.
Subscribe to Example Wire
Sign up for our newsletter and get the best of Example Wire in your inbox.
Officials at the crossing said they expected the backlog of lorries to clear by the end of the week.
Author: Jane Roe
Leave a comment
`;

/** A fresh copy of the fixture archive's content folder and a raw file beside it. */
async function setUp(name: string): Promise<{readonly content: string; readonly rawFile: string}> {
  const dir = path.join(scratch, name);
  await mkdir(dir, {recursive: true});
  const content = path.join(dir, 'content');
  await cp(fixtureContent, content, {recursive: true});
  const rawFile = path.join(dir, 'raw.txt');
  await writeFile(rawFile, raw);
  return {content, rawFile};
}

const single = (rawFile: string, content: string, ...more: string[]): string[] => [
  rawFile,
  '--title',
  'Traders reopen stalls at border crossing',
  '--date',
  '2024-03',
  '--source',
  'Example Wire',
  '--url',
  'https://wire.example.org/stalls',
  '--topic',
  'resistance',
  '--content',
  content,
  ...more,
];

describe('importing one raw file', () => {
  let content = '';
  let rawFile = '';
  let first: Run;
  const target = (): string => path.join(content, 'articles', '2024', 'traders-reopen-stalls-at-border-crossing.md');
  before(async () => {
    ({content, rawFile} = await setUp('single'));
    first = await runImport(single(rawFile, content));
  });

  test('writes the article with its front matter and reports each removal', async () => {
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stderr, '');
    const text = await readFile(target(), 'utf8');
    assert.equal(
      text,
      `---
title: Traders reopen stalls at border crossing
date: "2024-03"
source: example-wire
url: https://wire.example.org/stalls
authors:
  - Jane Roe
topics:
  - resistance
---

Traders at the border crossing reopened their stalls on Tuesday after the border post had been closed for nine days.

Customs officers on both sides said lorries carrying fruit and coal were moving again by mid-morning.

Officials at the crossing said they expected the backlog of lorries to clear by the end of the week.
`,
    );
    assert.match(first.stdout, /removed {5}l\.5 {4}subscription prompt +"Subscribe to Example Wire"/u);
    assert.match(first.stdout, /removed {5}l\.8 {4}byline +"Author: Jane Roe"/u);
    assert.match(first.stdout, /learned {5}l\.8 {4}authors: Jane Roe/u);
    assert.match(first.stdout, /written .*traders-reopen-stalls-at-border-crossing\.md/u);
  });

  test('the check accepts the written article', async () => {
    const result = await loadArchive(content, {today: '2026-01-01'});
    const problems = result.messages.filter((message) => message.path.includes('traders-reopen-stalls'));
    assert.deepEqual(problems, []);
    assert.ok(result.archive?.articles.some((article) => article.slug === 'traders-reopen-stalls-at-border-crossing'));
  });

  test('refuses to overwrite without --force, naming the file and the way out', async () => {
    await writeFile(target(), 'edited by hand\n');
    const again = await runImport(single(rawFile, content));
    assert.equal(again.code, 1);
    const errors = again.stderr.trim().split('\n');
    assert.equal(errors.length, 1, again.stderr);
    assert.match(errors[0] ?? '', /traders-reopen-stalls-at-border-crossing\.md already exists; nothing was written\. Pass `--force` to overwrite it, or give a free slug, e\.g\. `--slug traders-reopen-stalls-at-border-crossing-2`/u);
    assert.equal(await readFile(target(), 'utf8'), 'edited by hand\n');
  });

  test('overwrites with --force', async () => {
    const forced = await runImport(single(rawFile, content, '--force'));
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(await readFile(target(), 'utf8'), /^---\ntitle: Traders reopen stalls/u);
    assert.match(forced.stdout, /overwritten /u);
  });

  test('--dry-run prints the file and writes nothing', async () => {
    const dry = await runImport(single(rawFile, content, '--slug', 'another-slug', '--dry-run'));
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /dry run: .*another-slug\.md not written; it would read:\n\n---\ntitle: Traders reopen stalls/u);
    assert.deepEqual((await readdir(path.join(content, 'articles', '2024'))).sort(), ['traders-reopen-stalls-at-border-crossing.md']);
  });

  test('refuses a slug another article already has, in any folder', async () => {
    const clash = await runImport(single(rawFile, content, '--date', '2023', '--force'));
    assert.equal(clash.code, 1);
    assert.match(clash.stderr, /another article, .*articles\/2024\/traders-reopen-stalls-at-border-crossing\.md, already has the slug/u);
  });
});

test('refuses a slug that another article sets in its front matter, whatever its file name', async () => {
  const {content, rawFile} = await setUp('slug-field');
  const other = path.join(content, 'articles', '2020', 'an-older-file-name.md');
  await mkdir(path.dirname(other), {recursive: true});
  await writeFile(other, '---\ntitle: Stalls at the crossing\ndate: 2020\nslug: traders-reopen-stalls-at-border-crossing\n---\n\nAn older article.\n');
  const clash = await runImport(single(rawFile, content));
  assert.equal(clash.code, 1, clash.stdout);
  assert.match(clash.stderr, /another article, .*articles\/2020\/an-older-file-name\.md, already has the slug `traders-reopen-stalls-at-border-crossing`; give this one a free slug, e\.g\. `--slug traders-reopen-stalls-at-border-crossing-2`/u);
  await assert.rejects(readFile(path.join(content, 'articles', '2024', 'traders-reopen-stalls-at-border-crossing.md')));
  const check = await loadArchive(content, {today: '2026-01-01'});
  assert.deepEqual(check.messages.filter((message) => message.ruleId === 'duplicate-slug'), []);
});

describe('importing a manifest', () => {
  test('writes every entry, maps names, keeps date precision and the note', async () => {
    const {content, rawFile} = await setUp('manifest');
    const manifest = path.join(path.dirname(rawFile), 'manifest.yaml');
    await writeFile(path.join(path.dirname(rawFile), 'second.txt'), 'A second article about the border crossing and the traders who work there every day.\nThe traders said the crossing was busy again on Wednesday, with long queues of lorries.\n');
    await writeFile(
      manifest,
      `- file: raw.txt
  title: Traders reopen stalls at border crossing
  source: The Example Wire (agency)
  date: 2024-03
  note: the crossing is not named in the original
- file: second.txt
  title: Busy day at the crossing
  source: New Outlet
  source_url: https://new-outlet.example.net
  reports_on: Example Wire
  kind: analysis
  date: 2024
`,
    );
    const run = await runImport(['--manifest', manifest, '--content', content]);
    assert.equal(run.code, 0, run.stderr);
    const first = await readFile(path.join(content, 'articles', '2024', 'traders-reopen-stalls-at-border-crossing.md'), 'utf8');
    assert.match(first, /^---\ntitle: Traders reopen stalls at border crossing\ndate: "2024-03"\nsource: example-wire\nauthors:\n {2}- Jane Roe\n# note: the crossing is not named in the original\n---\n/u);
    const second = await readFile(path.join(content, 'articles', '2024', 'busy-day-at-the-crossing.md'), 'utf8');
    // An outlet no source file describes is a comment for the editor, so that the check still accepts the file.
    assert.match(second, /^---\ntitle: Busy day at the crossing\ndate: "2024"\nreportsOn: example-wire\ngenre: analysis\n# source: new-outlet +# no sources\/new-outlet\.md yet: create it, then uncomment\n---\n/u);
    assert.match(run.stdout, /warning {5}source "New Outlet" matches no file in .*sources\/: it is written as a comment\. Create .*sources\/new-outlet\.md \(name: New Outlet, url: https:\/\/new-outlet\.example\.net\), then uncomment `source: new-outlet`/u);
    const check = await loadArchive(content, {today: '2026-01-01'});
    assert.deepEqual(check.messages.filter((message) => message.severity === 'error'), []);
    assert.match(run.stdout, /2 articles written, 0 failures\./u);
  });
});

describe('bad input', () => {
  const cases: readonly (readonly [string, readonly string[], RegExp])[] = [
    ['no page file', [], /Expected a page file/u],
    ['an unknown option', ['x.txt', '--titel', 'X'], /Unexpected option `--titel`.*\(did you mean `--title`\?\)/u],
    ['a file that does not exist', ['does-not-exist.txt', '--title', 'X', '--date', '2024'], /does-not-exist\.txt cannot be read/u],
    ['article options with a manifest', ['--manifest', 'm.yaml', '--title', 'X'], /drop `--title`/u],
    ['a manifest that does not exist', ['--manifest', 'missing.yaml'], /missing\.yaml: cannot be read/u],
  ];
  for (const [name, args, message] of cases) {
    test(`${name}: exit 1, one line, no stack trace`, async () => {
      const run = await runImport(args);
      assert.equal(run.code, 1);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /u);
    });
  }

  test('a missing date or a bad date: exit 1, one line', async () => {
    const {content, rawFile} = await setUp('bad-date');
    const missing = await runImport([rawFile, '--title', 'X', '--content', content]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^import: .*raw\.txt: no date: give one with `--date`/u);
    const bad = await runImport([rawFile, '--title', 'X', '--date', '2021-02-30', '--content', content]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /February 2021 has no day `30`/u);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });

  test('a manifest with problems lists each on a line and writes nothing', async () => {
    const {content} = await setUp('bad-manifest');
    const manifest = path.join(scratch, 'bad-manifest', 'manifest.yaml');
    await writeFile(manifest, '- file: raw.txt\n  title: X\n  date: 2024-13\n- file: raw.txt\n  date: 2024\n');
    const run = await runImport(['--manifest', manifest, '--content', content]);
    assert.equal(run.code, 1);
    assert.equal(run.stderr.trim().split('\n').length, 3, run.stderr);
    await assert.rejects(readdir(path.join(content, 'articles', '2024')));
  });
});
