/**
 * Writing a site so that readers and the next build only ever see a whole
 * one. The build locks the output folder (`lock.ts`), removes what
 * interrupted builds left (`leftovers.ts`), writes into a staging folder
 * beside the output, and swaps it in with two renames when everything
 * succeeded. Interrupted (`interrupt.ts`) or failed, it removes the staging
 * folder and leaves the previous output exactly as it was.
 *
 * `build.ts` calls `openStagedOutput` first and `commit` last; everything
 * between writes into `staging`.
 */

import {spawn} from 'node:child_process';
import {renameSync, rmSync} from 'node:fs';
import {mkdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {cleanLeftovers, type CleanupNote, previousFolder, stagingFolder} from './leftovers.ts';
import {onInterrupt} from './interrupt.ts';
import {lockOutput, OutputBusyError} from './lock.ts';

/** An output folder being written. */
export interface StagedOutput {
  /** The folder to write the site into. */
  readonly staging: string;
  /** What was put right before this build started, one line each. */
  readonly notes: readonly CleanupNote[];
  /** Swap the staging folder in as the output. */
  commit(): Promise<void>;
  /** Remove what is left of the staging folder and release the lock; call it once, committed or not. */
  close(): Promise<void>;
}

/** Options for `openStagedOutput`. */
export interface StagedOutputOptions {
  /** The build cache, whose unfinished files of stopped builds are removed too. */
  readonly cacheDir?: string | undefined;
  /** Told when a signal stops the build, after the cleanup, with what to print. */
  readonly onInterrupt?: (message: string) => void;
}

/** Lock `outputDir`, clean up after stopped builds, and make a staging folder beside it. */
export async function openStagedOutput(outputDir: string, options: StagedOutputOptions = {}): Promise<StagedOutput> {
  const target = path.resolve(outputDir);
  await mkdir(path.dirname(target), {recursive: true});
  const lock = await lockOutput(target);
  const staging = stagingFolder(target);
  const dispose = onInterrupt((signal) => {
    rmSync(staging, {recursive: true, force: true});
    lock.releaseSync();
    options.onInterrupt?.(`Build stopped by ${signal}: nothing was written; \`${outputDir}\` is as it was.`);
  });
  try {
    const notes = await cleanLeftovers(target, options.cacheDir);
    if (lock.replaced !== undefined) {
      notes.unshift(`Replaced the lock \`${lock.file}\` of a build (process ${lock.replaced.pid}, started ${lock.replaced.started}) that no longer runs.`);
    }
    await rm(staging, {recursive: true, force: true});
    await mkdir(staging);
    let closed = false;
    return {
      staging,
      notes,
      async commit() {
        swapIn(staging, target);
        removeInBackground(previousFolder(target));
      },
      async close() {
        if (closed) return;
        closed = true;
        try {
          // After a failure, writes the renderer had under way may still land in it: retried.
          await rm(staging, {recursive: true, force: true, maxRetries: 20, retryDelay: 50});
        } catch {
          // Left for the next build, which removes it and says so.
        } finally {
          dispose();
          await lock.release();
        }
      },
    };
  } catch (error) {
    dispose();
    await lock.release();
    throw error;
  }
}

/**
 * Remove `dir` in a detached process, so that neither the command nor the
 * preview waits for it (tens of thousands of files at 10,000 articles). The
 * new output shares no file with it that removal could harm: reused pages
 * are hard links, which outlive the old name. Should the process not start,
 * this one removes it; should it be stopped, the next build does
 * (`leftovers.ts`).
 */
function removeInBackground(dir: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], {recursive: true, force: true})', dir], {detached: true, stdio: 'ignore'});
  child.on('error', () => void rm(dir, {recursive: true, force: true}).catch(() => undefined));
  child.unref();
}

/**
 * Replace `target` by `staging`: two renames, synchronous so that no signal
 * handler runs between them. Killed between them, the process leaves the
 * previous output as `<output>.previous-<pid>`, which the next build puts back.
 */
function swapIn(staging: string, target: string): void {
  const previous = previousFolder(target);
  let moved = false;
  try {
    renameSync(target, previous);
    moved = true;
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    if (moved) renameSync(previous, target);
    throw error;
  }
}

/** The file-system error code of `error` or of one of its causes (Eleventy and Pagefind wrap them), with the path it names. */
function fileSystemError(error: unknown): {readonly code: string; readonly path: string | undefined} | undefined {
  for (let current: unknown = error; current instanceof Error; current = current.cause ?? ('originalError' in current ? current.originalError : undefined)) {
    const named = 'path' in current && typeof current.path === 'string' ? current.path : /'(\/[^']+)'/.exec(current.message)?.[1];
    if ('code' in current && typeof current.code === 'string' && /^E[A-Z]+$/.test(current.code)) return {code: current.code, path: named};
    const code = /\b(ENOSPC|EDQUOT|EACCES|EPERM|EROFS)\b/.exec(current.message)?.[1];
    if (code !== undefined) return {code, path: named};
  }
  return undefined;
}

/**
 * What went wrong writing the site into `outputDir`, for an editor: what
 * happened, that the previous output is intact, and what to do. `undefined`
 * when the error is not one of writing (the caller describes it).
 */
export function describeOutputError(error: unknown, outputDir: string): string | undefined {
  if (error instanceof OutputBusyError) return error.message;
  const found = fileSystemError(error);
  const code = found?.code;
  const where = found?.path === undefined ? '' : ` (writing \`${found.path}\`)`;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return `the disk is full (${code})${where}: a build needs room for the new site beside the old one until it replaces it. Free some space, or pass an \`--output\` or \`--cache\` on a disk with room, and build again; the cache keeps only whole entries, so the next build is correct`;
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    const folder = path.dirname(path.resolve(outputDir));
    return `the site cannot be written: ${code === 'EROFS' ? 'the disk is read-only' : 'permission denied'} (${code})${where}. A build writes its lock \`${path.basename(outputDir)}.lock\` and the new site beside \`${outputDir}\`, in \`${folder}\`, then puts the new site in its place: make \`${folder}\` (and the cache folder) writable by the user who builds, or pass another \`--output\``;
  }
  return undefined;
}
