/**
 * `npm run check`: the editors' report, as text and as JSON, with its exit
 * codes, and the advice it gives (no topic, unused actor, suggested actor).
 */

import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-check-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** Run `scripts/check.ts` in `cwd`; resolve to its exit code and output, never reject. */
async function check(cwd: string, ...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  // `--import tsx` would resolve from `cwd`, which has no node_modules.
  return run(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'scripts/check.ts'), ...args], {cwd}).then(
    ({stdout, stderr}) => ({code: 0, stdout, stderr}),
    (error: {code: number; stdout: string; stderr: string}) => ({code: error.code, stdout: error.stdout, stderr: error.stderr}),
  );
}

interface JsonReport {
  ok: boolean;
  errors: number;
  warnings: number;
  messages: {path: string; line: number; column: number; severity: string; message: string; ruleId: string}[];
}

describe('check on content with warnings only', () => {
  const dir = path.join(scratch, 'warnings');
  before(async () => {
    await cp(fixture, path.join(dir, 'content'), {recursive: true});
    // Two articles name `Hamid Saifi`, who is no actor: a suggested actor.
    await writeFile(
      path.join(dir, 'content/articles/2021/saifi.md'),
      '---\ntitle: A commander speaks\ndate: 2021-08-20\ntopics: [resistance]\n---\n\nThe commander Hamid Saifi said the Taliban would be resisted.\n',
    );
    await writeFile(
      path.join(dir, 'content/articles/2021/saifi-again.md'),
      '---\ntitle: The commander again\ndate: 2021-08-21\ntopics: [resistance]\n---\n\nOnce more, Hamid Saifi spoke in Panjshir.\n',
    );
  });

  test('exits 0 and lists each warning with its place and rule', async () => {
    const {code, stdout} = await check(dir);
    assert.equal(code, 0, stdout);
    const lines = stdout.split('\n');
    assert.ok(lines.some((line) => line.startsWith('content/actors/never-named.md:1:1  warning  No article names `Never Named`') && line.endsWith('unused-actor')));
    assert.ok(lines.some((line) => line.startsWith('content/articles/2021/draft.md:1:1  warning  The article has no topic') && line.endsWith('missing-topics')));
    const suggestion = lines.find((line) => line.endsWith('suggested-actor'));
    assert.ok(suggestion !== undefined, stdout);
    assert.match(suggestion, /^content\/articles\/2021\/saifi-again\.md:7:12 {2}warning {2}`Hamid Saifi` appears in 2 articles \(`content\/articles\/2021\/saifi-again\.md:7`, `content\/articles\/2021\/saifi\.md:7`\)/);
    assert.match(suggestion, /add `content\/actors\/hamid-saifi\.md`/);
    assert.ok(!stdout.includes('`Panjshir` appears'), 'names of actors are never suggested');
    assert.ok(!stdout.includes('`Taliban` appears'));
  });

  test('--strict turns warnings into a failure', async () => {
    const {code} = await check(dir, '--strict');
    assert.equal(code, 1);
  });

  test('--format json gives the same messages as data', async () => {
    const {code, stdout} = await check(dir, '--format', 'json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as JsonReport;
    assert.equal(report.ok, true);
    assert.equal(report.errors, 0);
    assert.equal(report.warnings, report.messages.length);
    assert.deepEqual(
      [...new Set(report.messages.map((message) => message.ruleId))].sort(),
      ['missing-topics', 'raw-html', 'shared-alias', 'suggested-actor', 'unused-actor'],
    );
    const unused = report.messages.find((message) => message.ruleId === 'unused-actor');
    assert.deepEqual(unused && {path: unused.path, line: unused.line, column: unused.column, severity: unused.severity}, {
      path: 'content/actors/never-named.md',
      line: 1,
      column: 1,
      severity: 'warning',
    });
  });
});

test('check on content with an error exits 1, in text and in JSON', async () => {
  const dir = path.join(scratch, 'errors');
  await cp(fixture, path.join(dir, 'content'), {recursive: true});
  await writeFile(path.join(dir, 'content/articles/2021/kabul.md'), '---\ntitle: ""\ndate: 2021-08-15\n---\n\nText.\n');
  const text = await check(dir);
  assert.equal(text.code, 1);
  assert.match(text.stdout, /^content\/articles\/2021\/kabul\.md:2:8 {2}error {2}`title` is empty/m);
  const json = await check(dir, '--format', 'json');
  assert.equal(json.code, 1);
  const report = JSON.parse(json.stdout) as JsonReport;
  assert.equal(report.ok, false);
  assert.equal(report.errors, 1);
});

test('an unknown option is explained, with a suggestion', async () => {
  const {code, stderr} = await check(scratch, '--stric');
  assert.equal(code, 2);
  assert.match(stderr, /Unexpected option `--stric`.*\(did you mean `--strict`\?\)/);
});

test('`--drafts` is refused: check always checks drafts', async () => {
  const {code, stderr} = await check(scratch, '--drafts');
  assert.equal(code, 2);
  assert.match(stderr, /^`npm run check` does not take `--drafts`: it always checks every article, drafts included/);
  assert.match(stderr, /^Usage: npm run check -- \[--content DIR\]/m);
  assert.ok(!stderr.includes('[--drafts]'));
});
