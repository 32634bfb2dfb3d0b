/**
 * One build at a time into an output folder: a lock file beside it,
 * `<output>.lock`, created exclusively and holding the builder's process id,
 * host and start time. A lock whose process no longer runs (a build killed
 * with SIGKILL, a machine that lost power) is stale: the next build takes it
 * over and says so.
 */

import {link, readFile, rename, rm, unlink, writeFile} from 'node:fs/promises';
import {unlinkSync} from 'node:fs';
import os from 'node:os';

/** What a lock file says. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/** A lock held by this process. */
export interface OutputLock {
  readonly file: string;
  /** The owner of a stale lock this one replaced. */
  readonly replaced: LockOwner | undefined;
  release(): Promise<void>;
  /** For signal handlers, which cannot wait. */
  releaseSync(): void;
}

/** Another build holds the lock. */
export class OutputBusyError extends Error {
  override readonly name = 'OutputBusyError';
  constructor(
    readonly outputDir: string,
    readonly lockFile: string,
    readonly owner: LockOwner,
  ) {
    const where = owner.host === os.hostname() ? '' : ` on the machine \`${owner.host}\``;
    super(
      `another build (process ${owner.pid}${where}, started ${owner.started}) is writing \`${outputDir}\` now. Wait for it to finish and build again, or stop it. If no build is running (for example after the machine restarted), delete its lock \`${lockFile}\``,
    );
  }
}

/** Whether process `pid` runs on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Read a lock file; `'missing'` when it is gone, `undefined` when it does not hold a lock (not one this program wrote). */
async function readOwner(file: string): Promise<LockOwner | undefined | 'missing'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'pid' in data && 'host' in data && 'started' in data) {
      const {pid, host, started} = data;
      if (typeof pid === 'number' && typeof host === 'string' && typeof started === 'string') return {pid, host, started};
    }
  } catch {
    // Not JSON: half written.
  }
  return undefined;
}

/**
 * Take the lock of `outputDir`. Throws `OutputBusyError` when a running
 * build holds it; replaces a stale one.
 */
export async function lockOutput(outputDir: string): Promise<OutputLock> {
  const file = `${outputDir}.lock`;
  const me: LockOwner = {pid: process.pid, host: os.hostname(), started: new Date().toISOString()};
  let replaced: LockOwner | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // Written whole, then linked into place: the link fails if a lock exists, and a lock is never seen half written.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(me)}\n`);
      try {
        await link(temporary, file);
      } finally {
        await rm(temporary, {force: true});
      }
      let released = false;
      return {
        file,
        replaced,
        async release() {
          if (released) return;
          released = true;
          await rm(file, {force: true});
        },
        releaseSync() {
          if (released) return;
          released = true;
          try {
            unlinkSync(file);
          } catch {
            // Already gone.
          }
        },
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const owner = await readOwner(file);
    if (owner === 'missing') continue;
    // A lock of another machine cannot be checked: it is taken to be held.
    if (owner !== undefined && (owner.host !== me.host || isRunning(owner.pid))) throw new OutputBusyError(outputDir, file, owner);
    // Stale. Moved aside rather than deleted, so that of two builds that
    // both found it stale only one removes it; the other tries again.
    const aside = `${file}.stale-${process.pid}`;
    try {
      await rename(file, aside);
      await unlink(aside);
      replaced = owner ?? {pid: 0, host: me.host, started: 'an unknown time'};
    } catch {
      // Another build moved it first.
    }
  }
  const owner = await readOwner(file);
  throw new OutputBusyError(outputDir, file, owner === undefined || owner === 'missing' ? {pid: 0, host: me.host, started: 'just now'} : owner);
}
