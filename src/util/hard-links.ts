/**
 * Put files of one folder into another as hard links: reusing a previous
 * build's unchanged pages or cached search shards means thousands of small
 * files, and linking is many times faster than copying. Nothing writes to
 * these files afterwards: a later build replaces the whole site folder.
 */

import {constants, copyFileSync, linkSync, mkdirSync} from 'node:fs';
import path from 'node:path';
import {isRecord} from './is-record.ts';

/**
 * Hard-link each of `files` (paths relative to `from`) to the same path
 * below `to`, creating folders as needed, or copy it where links fail
 * (another file system, or one without hard links). Fails when a file is
 * already there. Synchronous, so that a worker thread can do it while the
 * main thread is busy. Returns the files that were copied rather than linked.
 */
export function linkOrCopyFilesSync(files: readonly string[], from: string, to: string): string[] {
  const folders = new Set<string>();
  let linking = true;
  const copied: string[] = [];
  for (const file of files) {
    const target = path.join(to, file);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, {recursive: true});
      folders.add(folder);
    }
    if (linking) {
      try {
        linkSync(path.join(from, file), target);
        continue;
      } catch (error) {
        if (isRecord(error) && error['code'] === 'EEXIST') throw error;
        linking = false;
      }
    }
    copyFileSync(path.join(from, file), target, constants.COPYFILE_EXCL);
    copied.push(file);
  }
  return copied;
}
