/**
 * Folder sizes and byte-for-byte folder comparison, for the benchmark.
 */

import {execFileSync} from 'node:child_process';
import {lstat, readFile, readlink} from 'node:fs/promises';
import path from 'node:path';
import {folderSize as countFiles, listFiles} from '../../src/util/folder.ts';

/** How big a folder is. */
export interface FolderSize {
  readonly files: number;
  /** Sum of the file sizes. */
  readonly bytes: number;
  /** Disk use as `du -sk` reports it (blocks, so small files count more), in bytes; `undefined` without `du`. */
  readonly diskBytes: number | undefined;
}

/** Files, bytes and disk use of `dir`. */
export async function folderSize(dir: string): Promise<FolderSize> {
  const {files, bytes} = await countFiles(dir);
  let diskBytes: number | undefined;
  try {
    const kib = Number(execFileSync('du', ['-sk', dir], {encoding: 'utf8'}).split(/\s/)[0]);
    diskBytes = Number.isFinite(kib) ? kib * 1024 : undefined;
  } catch {
    diskBytes = undefined;
  }
  return {files, bytes, diskBytes};
}

/** How two folders differ; `identical` when they hold the same paths with the same bytes. */
export interface TreeComparison {
  readonly identical: boolean;
  readonly filesCompared: number;
  readonly onlyInFirst: readonly string[];
  readonly onlyInSecond: readonly string[];
  readonly differing: readonly string[];
}

/** Compare `first` and `second` byte for byte (symbolic links by target). Lists are cut at `limit` entries. */
export async function compareTrees(first: string, second: string, limit = 20): Promise<TreeComparison> {
  const [a, b] = await Promise.all([listFiles(first), listFiles(second)]);
  const inB = new Set(b);
  const inA = new Set(a);
  const onlyInFirst = a.filter((file) => !inB.has(file));
  const onlyInSecond = b.filter((file) => !inA.has(file));
  const differing: string[] = [];
  let filesCompared = 0;
  for (const file of a) {
    if (!inB.has(file)) continue;
    filesCompared++;
    if (!(await sameFile(path.join(first, file), path.join(second, file)))) differing.push(file);
  }
  return {
    identical: onlyInFirst.length === 0 && onlyInSecond.length === 0 && differing.length === 0,
    filesCompared,
    onlyInFirst: onlyInFirst.slice(0, limit),
    onlyInSecond: onlyInSecond.slice(0, limit),
    differing: differing.slice(0, limit),
  };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([lstat(a), lstat(b)]);
  if (statA.isSymbolicLink() || statB.isSymbolicLink()) {
    return statA.isSymbolicLink() && statB.isSymbolicLink() && (await readlink(a)) === (await readlink(b));
  }
  if (statA.size !== statB.size) return false;
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b)]);
  return bytesA.equals(bytesB);
}
