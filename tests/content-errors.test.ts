/**
 * Bad input, case by case: each folder in `fixtures/errors/` holds the files
 * that differ from `fixtures/errors/_base/`, and `expected.txt`, the report an
 * editor sees. A case may also hold `options.json`: `"advice": true` reads
 * the content as `npm run check` does (with its advice to editors), and
 * `"remove": [paths]` deletes files or folders of the copy (such as
 * `content/site.yaml`) before it is read; `"unreadable": [paths]` takes the
 * read permission from files of the copy, which is then read by a user whom
 * permissions bind (see `helpers/unprivileged.ts`); `"generate": [{"path",
 * "head", "line", "times"}]` writes files too large to keep in the repository:
 * `head`, then `line` repeated `times` times. Symbolic links are copied
 * as they are. Run with `UPDATE=1` to regenerate the expected reports, then
 * read the diff.
 */

import assert from 'node:assert/strict';
import {chmod, cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../src/load-archive.ts';
import type {ReportedMessage} from '../src/content/reporter.ts';
import {makeReadableByOthers, runUnprivileged} from './helpers/unprivileged.ts';
import {rules} from '../src/content/rules.ts';

const fixtures = fileURLToPath(new URL('fixtures/errors/', import.meta.url));
const update = process.env['UPDATE'] === '1';
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-errors-'));
after(() => rm(scratch, {recursive: true, force: true}));

const cases = (await readdir(fixtures, {withFileTypes: true}))
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort();

/** What a case's `options.json` may say. */
interface CaseOptions {
  readonly advice: boolean;
  readonly remove: readonly string[];
  readonly unreadable: readonly string[];
  readonly generate: readonly GeneratedFile[];
}

/** A file a case writes before it is read. */
interface GeneratedFile {
  readonly path: string;
  readonly head: string;
  readonly line: string;
  readonly times: number;
}

const isGeneratedFile = (value: unknown): value is GeneratedFile =>
  typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string' && 'head' in value && typeof value.head === 'string' &&
  'line' in value && typeof value.line === 'string' && 'times' in value && typeof value.times === 'number';

/** Read a case's `options.json`; every option is off when it is absent. */
async function caseOptions(name: string): Promise<CaseOptions> {
  const text = await readFile(path.join(fixtures, name, 'options.json'), 'utf8').catch(() => '{}');
  const data: unknown = JSON.parse(text);
  assert.ok(typeof data === 'object' && data !== null && !Array.isArray(data), `${name}/options.json holds an object`);
  const advice = 'advice' in data ? data.advice : false;
  const remove = 'remove' in data ? data.remove : [];
  const unreadable = 'unreadable' in data ? data.unreadable : [];
  assert.ok(typeof advice === 'boolean', `${name}/options.json: \`advice\` is true or false`);
  assert.ok(Array.isArray(remove) && remove.every((item) => typeof item === 'string'), `${name}/options.json: \`remove\` lists paths`);
  assert.ok(Array.isArray(unreadable) && unreadable.every((item) => typeof item === 'string'), `${name}/options.json: \`unreadable\` lists paths`);
  const generate = 'generate' in data ? data.generate : [];
  assert.ok(Array.isArray(generate) && generate.every(isGeneratedFile), `${name}/options.json: \`generate\` lists {path, head, line, times}`);
  return {advice, remove, unreadable, generate};
}

/** Load the copy in `dir` with `unreadable` files of it unreadable, as a user whom that stops. */
async function loadUnprivileged(dir: string, unreadable: readonly string[]): Promise<{report: string; messages: ReportedMessage[]; archive: unknown}> {
  await makeReadableByOthers(scratch);
  for (const item of unreadable) await chmod(path.join(dir, item), 0o000);
  const run = await runUnprivileged(fileURLToPath(new URL('helpers/load-report.ts', import.meta.url)), [], dir);
  assert.equal(run.code, 0, run.stderr);
  const loaded: unknown = JSON.parse(run.stdout);
  assert.ok(typeof loaded === 'object' && loaded !== null && 'report' in loaded && 'messages' in loaded && 'hasArchive' in loaded);
  const {report, messages, hasArchive} = loaded as {report: string; messages: ReportedMessage[]; hasArchive: boolean};
  return {report, messages, archive: hasArchive ? {} : undefined};
}

test('there are error fixtures', () => {
  assert.ok(cases.length >= 10, `only ${cases.length} fixtures found in ${fixtures}`);
});

for (const name of cases) {
  test(`bad input: ${name}`, async () => {
    const options = await caseOptions(name);
    const dir = path.join(scratch, name);
    await cp(path.join(fixtures, '_base'), dir, {recursive: true, verbatimSymlinks: true});
    const own = path.join(fixtures, name, 'content');
    const hasOwn = await readdir(own).then(() => true, () => false);
    if (hasOwn) await cp(own, path.join(dir, 'content'), {recursive: true, verbatimSymlinks: true});
    for (const item of options.remove) await rm(path.join(dir, item), {recursive: true});
    for (const item of options.generate) await writeFile(path.join(dir, item.path), item.head + item.line.repeat(item.times));
    const result =
      options.unreadable.length === 0
        ? await loadArchive('content', {cwd: dir, today: '2026-01-01', advice: options.advice})
        : await loadUnprivileged(dir, options.unreadable);

    const expectedPath = path.join(fixtures, name, 'expected.txt');
    if (update) await writeFile(expectedPath, result.report);
    assert.equal(result.report, await readFile(expectedPath, 'utf8'));
    assert.notEqual(result.report, '', 'a case reports something');

    const hasError = result.messages.some((message) => message.severity === 'error');
    assert.equal(result.archive === undefined, hasError, 'the archive exists exactly when there is no error');
    for (const message of result.messages) {
      assert.match(message.ruleId, /^[a-z]+(-[a-z]+)*$/, 'rule ids are stable kebab-case names');
      assert.equal(message.severity, rules[message.ruleId], `\`${message.ruleId}\` is always reported as ${rules[message.ruleId]}`);
      assert.match(message.path, /^content(\/|$)/, 'paths are relative to the working folder');
    }
  });
}
