/**
 * Bad input, case by case: each folder in `fixtures/errors/` holds the files
 * that differ from `fixtures/errors/_base/`, and `expected.txt`, the report an
 * editor sees. Run with `UPDATE=1` to regenerate the expected reports, then
 * read the diff.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../src/load-archive.ts';

const fixtures = fileURLToPath(new URL('fixtures/errors/', import.meta.url));
const update = process.env['UPDATE'] === '1';
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-errors-'));
after(() => rm(scratch, {recursive: true, force: true}));

const cases = (await readdir(fixtures, {withFileTypes: true}))
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort();

test('there are error fixtures', () => {
  assert.ok(cases.length >= 10, `only ${cases.length} fixtures found in ${fixtures}`);
});

for (const name of cases) {
  test(`bad input: ${name}`, async () => {
    const dir = path.join(scratch, name);
    await cp(path.join(fixtures, '_base'), dir, {recursive: true});
    await cp(path.join(fixtures, name, 'content'), path.join(dir, 'content'), {recursive: true});
    const result = await loadArchive('content', {cwd: dir, today: '2026-01-01'});

    const expectedPath = path.join(fixtures, name, 'expected.txt');
    if (update) await writeFile(expectedPath, result.report);
    assert.equal(result.report, await readFile(expectedPath, 'utf8'));

    const hasError = result.messages.some((message) => message.severity === 'error');
    assert.equal(result.archive === undefined, hasError, 'the archive exists exactly when there is no error');
    for (const message of result.messages) {
      assert.match(message.ruleId, /^[a-z]+(-[a-z]+)*$/, 'rule ids are stable kebab-case names');
      assert.match(message.path, /^content\//, 'paths are relative to the working folder');
    }
  });
}
