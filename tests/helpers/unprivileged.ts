/**
 * Run one of the project's scripts as a user whom file permissions bind.
 * Root may read and write every file, so a test of "permission denied"
 * run as root switches to the user `nobody` (uid 65534) for the script;
 * any other user runs it as itself.
 */

import {spawn} from 'node:child_process';
import {chmod, readdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const nobody = 65534;

/** What a script run printed and how it ended. */
export interface ScriptRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Whether this process is root, whom permissions do not stop. */
export const isRoot = process.getuid?.() === 0;

/**
 * Make everything under `dir` readable (and its folders passable) for the
 * unprivileged user: a `mkdtemp` folder is private to its owner.
 */
export async function makeReadableByOthers(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isSymbolicLink()) continue;
    await chmod(path.join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}

/** Run the script `script` (a path; relative ones are in `scripts/`) with `args` in `cwd`, as `nobody` when this process is root. */
export function runUnprivileged(script: string, args: readonly string[], cwd: string): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve(root, 'scripts', script), ...args], {
      cwd,
      env: {...process.env, HOME: cwd, CI: ''},
      ...(isRoot ? {uid: nobody, gid: nobody} : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}
