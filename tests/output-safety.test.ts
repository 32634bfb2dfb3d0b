/**
 * The output folder survives whatever happens to a build: SIGINT, SIGTERM
 * and SIGKILL at several moments, a second build into the same folder, an
 * unwritable folder and a full disk. Each time the previous output is byte
 * for byte as it was (or, killed after the swap, the whole new one), and the
 * next build removes what was left, says so, and writes the right site.
 */

import assert from 'node:assert/strict';
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, statfs, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from '../src/build.ts';
import {cleanLeftovers} from '../src/output/leftovers.ts';
import {listFiles} from '../src/util/folder.ts';
import {makeReadableByOthers, runUnprivileged} from './helpers/unprivileged.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-output-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** Content A (the fixture) and B (A with one article edited), and reference builds of each. */
const contentA = fixture;
const contentB = path.join(scratch, 'content-b');
const referenceA = path.join(scratch, 'reference-a');
const referenceB = path.join(scratch, 'reference-b');

/** Every file below `dir` with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await listFiles(dir)) result[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return result;
}

/** The names beside `outputDir` that belong to it, other than itself, once the output a build replaced is removed. */
async function besideOutput(outputDir: string): Promise<string[]> {
  const base = path.basename(outputDir);
  const list = async (): Promise<string[]> => (await readdir(path.dirname(outputDir))).filter((name) => name.startsWith(`${base}.`)).sort();
  // A build removes the output it replaced in a detached process, after it
  // ends: wait (bounded) for that removal before calling anything a leftover.
  const deadline = Date.now() + 30_000;
  let found = await list();
  while (found.some((name) => name.startsWith(`${base}.previous-`)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    found = await list();
  }
  return found;
}

/** Files in `cacheDir` that are unfinished writes. */
async function unfinishedInCache(cacheDir: string): Promise<string[]> {
  const entries = await readdir(cacheDir, {recursive: true}).catch(() => []);
  return entries.filter((name) => /\.\d+\.tmp$|\.building-\d+$|(^|\/)\.partial-\d+-\d+$/.test(String(name))).map(String);
}

/** A fresh output folder holding build A, with its own cache. */
async function outputWithA(name: string): Promise<{readonly outputDir: string; readonly cacheDir: string}> {
  const dir = path.join(scratch, name);
  await mkdir(dir, {recursive: true});
  const outputDir = path.join(dir, 'site');
  const cacheDir = path.join(dir, 'cache');
  const result = await build({contentDir: contentA, outputDir, cacheDir});
  assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  return {outputDir, cacheDir};
}

/** Start `npm run build` of content B into `outputDir`. */
function startBuild(outputDir: string, cacheDir: string): ChildProcess & {stderrText: () => string} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', contentB, '--output', outputDir, '--cache', cacheDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Object.assign(child, {stderrText: () => stderr});
}

/** How a child process ended. */
function ended(child: ChildProcess): Promise<{readonly code: number | null; readonly signal: NodeJS.Signals | null}> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({code: child.exitCode, signal: child.signalCode});
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({code, signal})));
}

/** Wait until `file` exists or the child ends; whether it exists. */
async function waitFor(file: string, child: ChildProcess): Promise<boolean> {
  for (let waited = 0; waited < 120_000; waited += 10) {
    if (await stat(file).then(() => true, () => false)) return true;
    if (child.exitCode !== null || child.signalCode !== null) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/** A process id that no process has: a child that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
  return Number(child.stdout);
}

before(async () => {
  await cp(contentA, contentB, {recursive: true});
  const file = path.join(contentB, 'articles/2021/kabul.md');
  await writeFile(file, `${await readFile(file, 'utf8')}\nA paragraph added in the second version.\n`);
  for (const [content, out] of [[contentA, referenceA], [contentB, referenceB]] as const) {
    const result = await build({contentDir: content, outputDir: out});
    assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  }
  assert.notDeepEqual(await snapshot(referenceA), await snapshot(referenceB), 'the two versions differ');
});

describe('a build killed with SIGKILL', () => {
  // The moments: right after it took the lock, while it renders, while it indexes for search.
  const moments = [
    ['after taking the lock', (outputDir: string) => `${outputDir}.lock`],
    ['while rendering', (outputDir: string, pid: number) => `${outputDir}.building-${pid}/assets`],
    ['while indexing for search', (outputDir: string, pid: number) => `${outputDir}.building-${pid}/pagefind`],
  ] as const;
  for (const [moment, marker] of moments) {
    test(`${moment}: the previous output is as it was, and the next build cleans up, says so and is right`, async () => {
      const {outputDir, cacheDir} = await outputWithA(`kill-${moment.replace(/\W+/g, '-')}`);
      const before = await snapshot(outputDir);
      const child = startBuild(outputDir, cacheDir);
      const reached = await waitFor(marker(outputDir, child.pid ?? 0), child);
      child.kill('SIGKILL');
      const end = await ended(child);
      const after = await snapshot(outputDir);
      if (end.signal === 'SIGKILL') {
        assert.deepEqual(after, before, 'killed before the swap: the previous output, byte for byte');
      } else {
        assert.ok(!reached, 'the build finished before it could be killed');
        assert.deepEqual(after, await snapshot(referenceB), 'finished: the whole new output');
      }

      const next = await build({contentDir: contentB, outputDir, cacheDir});
      assert.equal(next.ok, true, next.report + (next.failure ?? ''));
      if (end.signal === 'SIGKILL') {
        assert.ok(
          next.notes.some((note) => note.includes(`process ${child.pid ?? 0}`)),
          `the next build says what it cleaned up:\n${next.notes.join('\n')}`,
        );
      }
      assert.deepEqual(await besideOutput(outputDir), [], 'no staging folder, previous output or lock is left');
      assert.deepEqual(await unfinishedInCache(cacheDir), [], 'no unfinished cache file is left');
      assert.deepEqual(await snapshot(outputDir), await snapshot(referenceB), 'the next build is right (and equal to a cold one)');
    });
  }
});

describe('a build stopped with SIGINT or SIGTERM', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`${signal} while rendering: it cleans up itself, ends by the signal, and the output is as it was`, async () => {
      const {outputDir, cacheDir} = await outputWithA(`stop-${signal}`);
      const before = await snapshot(outputDir);
      const child = startBuild(outputDir, cacheDir);
      const reached = await waitFor(`${outputDir}.building-${child.pid ?? 0}/assets`, child);
      assert.ok(reached, `the build reached rendering: ${child.stderrText()}`);
      child.kill(signal);
      const end = await ended(child);
      assert.equal(end.signal, signal, `ends by ${signal}, as a shell expects: ${child.stderrText()}`);
      assert.match(child.stderrText(), new RegExp(`Build stopped by ${signal}: nothing was written; \`.*site\` is as it was\\.`));
      assert.deepEqual(await besideOutput(outputDir), [], 'its staging folder and lock are gone');
      assert.deepEqual(await snapshot(outputDir), before);
    });
  }
});

describe('leftovers of a build killed while it swapped', () => {
  test('an output moved aside and not replaced is put back', async () => {
    const {outputDir} = await outputWithA('swap-moment');
    const before = await snapshot(outputDir);
    const pid = deadPid();
    await cp(outputDir, `${outputDir}.building-${pid}`, {recursive: true});
    await rm(path.join(`${outputDir}.building-${pid}`, 'index.html'));
    await cp(outputDir, `${outputDir}.previous-${pid}`, {recursive: true});
    await rm(outputDir, {recursive: true});
    const notes = await cleanLeftovers(outputDir, undefined);
    assert.deepEqual(await snapshot(outputDir), before, 'the previous output is back, byte for byte');
    assert.equal(notes.length, 2, notes.join('\n'));
    assert.match(notes[0] ?? '', /^Put back `.*site` from `site\.previous-\d+`: a build \(process \d+\) was stopped while it swapped its output in\.$/);
    assert.match(notes[1] ?? '', /^Removed `.*site\.building-\d+`, left by a build \(process \d+\) that was stopped before it finished\.$/);
    assert.deepEqual(await besideOutput(outputDir), []);
  });
});

describe('two builds into one folder', () => {
  test('while another build holds the lock, a build exits with a message naming the folder and the process', async () => {
    const {outputDir, cacheDir} = await outputWithA('busy');
    const before = await snapshot(outputDir);
    const holder = spawn('sleep', ['60']);
    after(() => holder.kill());
    const lock = {pid: holder.pid, host: os.hostname(), started: '2026-01-01T10:00:00.000Z'};
    await writeFile(`${outputDir}.lock`, JSON.stringify(lock));
    const result = await build({contentDir: contentB, outputDir, cacheDir});
    assert.equal(result.ok, false);
    assert.equal(
      result.failure,
      `another build (process ${holder.pid ?? 0}, started 2026-01-01T10:00:00.000Z) is writing \`${outputDir}\` now. Wait for it to finish and build again, or stop it. If no build is running (for example after the machine restarted), delete its lock \`${outputDir}.lock\``,
    );
    assert.deepEqual(await snapshot(outputDir), before);
    assert.deepEqual(JSON.parse(await readFile(`${outputDir}.lock`, 'utf8')), lock, 'the other build keeps its lock');

    holder.kill();
    await ended(holder);
    const next = await build({contentDir: contentB, outputDir, cacheDir});
    assert.equal(next.ok, true, next.failure);
    assert.deepEqual(next.notes, [`Replaced the lock \`${outputDir}.lock\` of a build (process ${holder.pid ?? 0}, started 2026-01-01T10:00:00.000Z) that no longer runs.`]);
    assert.deepEqual(await snapshot(outputDir), await snapshot(referenceB));
    assert.deepEqual(await besideOutput(outputDir), []);
  });

  test('two builds started at once: one writes, the other waits for nothing and says why', async () => {
    const {outputDir, cacheDir} = await outputWithA('race');
    const children = [startBuild(outputDir, cacheDir), startBuild(outputDir, cacheDir)];
    const ends = await Promise.all(children.map(ended));
    const succeeded = ends.filter((end) => end.code === 0).length;
    assert.ok(succeeded >= 1, children.map((child) => child.stderrText()).join('\n'));
    for (const [index, end] of ends.entries()) {
      if (end.code !== 0) {
        assert.equal(end.code, 1);
        assert.match(children[index]?.stderrText() ?? '', /Build failed: another build \(process \d+, started .*\) is writing `.*site` now\./);
      }
    }
    assert.deepEqual(await snapshot(outputDir), await snapshot(referenceB));
    assert.deepEqual(await besideOutput(outputDir), []);
  });
});

test('an output folder the builder may not write: exit 1, a clear message, the output as it was', async () => {
  const dir = path.join(scratch, 'unwritable');
  const {outputDir} = await outputWithA('unwritable');
  const content = path.join(dir, 'content');
  await cp(contentB, content, {recursive: true});
  await makeReadableByOthers(scratch);
  await chmod(dir, 0o555);
  const before = await snapshot(outputDir);
  const run = await runUnprivileged('build.ts', ['--content', content, '--output', outputDir, '--no-cache'], dir);
  await chmod(dir, 0o755);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /Build failed: the site cannot be written: permission denied \(EACCES\) \(writing `.*site\.lock[^`]*`\)\. .* make `.*unwritable` \(and the cache folder\) writable by the user who builds, or pass another `--output`\./);
  assert.match(run.stderr, /Nothing was written; `.*site` is as it was\./);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(await snapshot(outputDir), before);
});

describe('a full disk', () => {
  const disk = path.join(scratch, 'disk');
  let mounted = false;
  before(async () => {
    await mkdir(disk, {recursive: true});
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', disk], {encoding: 'utf8'});
    mounted = mount.status === 0;
    if (!mounted) {
      process.stderr.write(`\n*** The full-disk test needs a small tmpfs, and \`mount\` failed (${mount.stderr.trim() || 'not root?'}): it is SKIPPED. Run the tests as root to check it. ***\n\n`);
    }
  });
  after(() => {
    if (mounted) spawnSync('umount', ['-l', disk]);
  });

  test('exit 1 with a clear message, the output and the cache as they were, and the next build after space is freed is right', async (t) => {
    if (!mounted) {
      t.skip('no tmpfs could be mounted');
      return;
    }
    const outputDir = path.join(disk, 'site');
    const cacheDir = path.join(disk, 'cache');
    const first = await build({contentDir: contentA, outputDir, cacheDir});
    assert.equal(first.ok, true, first.failure);
    const before = await snapshot(outputDir);
    // Fill the disk, leaving less room than a new site needs.
    const {bsize, bavail} = await statfs(disk);
    await writeFile(path.join(disk, 'filler'), Buffer.alloc(Math.max(0, bsize * bavail - 64 * 1024)));

    const full = await build({contentDir: contentB, outputDir, cacheDir});
    assert.equal(full.ok, false);
    assert.match(full.failure ?? '', /^the disk is full \(ENOSPC\)( \(writing `[^`]+`\))?: a build needs room for the new site beside the old one until it replaces it\. Free some space/);
    assert.deepEqual(await snapshot(outputDir), before, 'the output, byte for byte');
    assert.deepEqual(await besideOutput(outputDir), [], 'no staging folder or lock is left');
    assert.deepEqual(await unfinishedInCache(cacheDir), [], 'no unfinished cache file is left');
    for (const file of await listFiles(cacheDir)) {
      // Each entry is the old one or a whole new one: every JSON file still parses.
      if (file.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(readFileSync(path.join(cacheDir, file), 'utf8')), file);
    }

    await rm(path.join(disk, 'filler'));
    const next = await build({contentDir: contentB, outputDir, cacheDir});
    assert.equal(next.ok, true, next.failure);
    assert.deepEqual(await snapshot(outputDir), await snapshot(referenceB), 'the next build is right');
  });
});
