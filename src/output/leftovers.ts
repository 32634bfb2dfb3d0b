/**
 * What an interrupted build leaves behind, and its removal by the next one.
 * A build writes into `<output>.building-<pid>` and swaps it in with two
 * renames (`<output>` to `<output>.previous-<pid>`, then the new folder to
 * `<output>`); it writes its lock as `<output>.lock.<pid>.tmp` first; its
 * caches write `….<pid>.tmp` files, `….building-<pid>` folders (search) and
 * `.partial-<pid>-<n>` folders (images) and rename them into place. A build
 * killed at any moment leaves some of these; none is ever read as output or
 * cache, and the next build removes them. Killed between the two renames, it leaves no `<output>` at
 * all but the previous one intact as `<output>.previous-<pid>`: that is put
 * back.
 */

import {readdir, rename, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import {isRunning} from './lock.ts';

/** The folder a build with process id `pid` writes into before the swap. */
export const stagingFolder = (outputDir: string, pid: number = process.pid): string => `${outputDir}.building-${pid}`;

/** Where the previous output waits during the swap. */
export const previousFolder = (outputDir: string, pid: number = process.pid): string => `${outputDir}.previous-${pid}`;

/** A name that holds a process id: `x.building-123`, `x.previous-123`, `x.123.tmp`, and the image cache's `.partial-123-4`. */
const leftoverName = /^(?:\.partial-(?<partial>\d+)-\d+|(?<stem>.*?)(?:\.(?<kind>building|previous)-(?<pid>\d+)|\.(?<tmp>\d+)\.tmp))$/;

/** What was cleaned, said in one line each, for the build's report. */
export type CleanupNote = string;

/** Whether `file` exists. */
const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * Put back or remove what interrupted builds left beside `outputDir` (which
 * this process has locked) and in `cacheDir` (where only what dead processes
 * left is touched: builds into other folders may share the cache).
 */
export async function cleanLeftovers(outputDir: string, cacheDir: string | undefined): Promise<CleanupNote[]> {
  const notes: CleanupNote[] = [];
  const parent = path.dirname(outputDir);
  const base = path.basename(outputDir);
  const names = await readdir(parent).catch(() => []);
  const mine = names.flatMap((name) => {
    const match = leftoverName.exec(name);
    const groups = match?.groups;
    if (groups === undefined) return [];
    if (groups['stem'] === base && groups['kind'] !== undefined) return [{name, kind: groups['kind'], pid: Number(groups['pid'])}];
    // The lock, being written by a build killed at that moment.
    if (groups['stem'] === `${base}.lock` && groups['tmp'] !== undefined && !isRunning(Number(groups['tmp']))) return [{name, kind: 'lock', pid: Number(groups['tmp'])}];
    return [];
  });

  if (!(await exists(outputDir))) {
    const previous = mine.find((item) => item.kind === 'previous');
    if (previous !== undefined) {
      await rename(path.join(parent, previous.name), outputDir);
      notes.push(`Put back \`${outputDir}\` from \`${previous.name}\`: a build (process ${previous.pid}) was stopped while it swapped its output in.`);
      mine.splice(mine.indexOf(previous), 1);
    }
  }
  for (const item of mine) {
    if (item.pid === process.pid) continue;
    await rm(path.join(parent, item.name), {recursive: true, force: true});
    notes.push(`Removed \`${path.join(parent, item.name)}\`, left by a build (process ${item.pid}) that was stopped before it finished.`);
  }

  if (cacheDir !== undefined) {
    const removed = await cleanCache(path.resolve(cacheDir));
    if (removed > 0) notes.push(`Removed ${removed} unfinished ${removed === 1 ? 'file' : 'files'} from the cache \`${cacheDir}\`, left by builds that were stopped.`);
  }
  return notes;
}

/** Remove the temporary files and folders of dead processes anywhere in `cacheDir`; how many. */
async function cleanCache(cacheDir: string): Promise<number> {
  const entries = await readdir(cacheDir, {recursive: true, withFileTypes: true}).catch(() => []);
  let removed = 0;
  const done = new Set<string>();
  for (const entry of entries) {
    const groups = leftoverName.exec(entry.name)?.groups;
    if (groups === undefined || groups['kind'] === 'previous') continue;
    const pid = Number(groups['pid'] ?? groups['tmp'] ?? groups['partial']);
    const file = path.join(entry.parentPath, entry.name);
    if (pid === process.pid || isRunning(pid) || [...done].some((folder) => file.startsWith(folder + path.sep))) continue;
    await rm(file, {recursive: true, force: true});
    done.add(file);
    removed++;
  }
  return removed;
}
