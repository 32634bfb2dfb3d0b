/**
 * What a folder holds: its files as relative paths, and their size. The one
 * listing the build, the benchmark and the tests share.
 */

import {lstat, readdir} from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir` (symbolic links included, not followed), as sorted `/`-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** How many files are below `dir`, and the sum of their sizes (a symbolic link counts as itself). */
export async function folderSize(dir: string): Promise<{readonly files: number; readonly bytes: number}> {
  const files = await listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += (await lstat(path.join(dir, file))).size;
  return {files: files.length, bytes};
}
