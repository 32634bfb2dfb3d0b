/**
 * A folder's fingerprint, to compare two builds byte for byte.
 */

import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from '../../src/util/folder.ts';

/** Every file of `dir` with the SHA-256 of its bytes. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    result[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  }
  return result;
}
