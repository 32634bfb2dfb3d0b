/**
 * Write a file so that readers see the old content or the new, never a part:
 * write `<file>.<pid>.tmp` beside it and rename it into place. On failure
 * (a full disk) the temporary file is removed and the old file stays; one
 * left by a killed process is removed by the next build
 * (`output/leftovers.ts` knows the name).
 */

import {rename, rm, writeFile} from 'node:fs/promises';

/** Replace `file` by `data`, atomically. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, {force: true});
    throw error;
  }
}
