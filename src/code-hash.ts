/**
 * A hash of the program itself, for build caches: a new version of the code
 * or of a dependency never reads what an older one cached.
 */

import {createHash} from 'node:crypto';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const sourceDir = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.join(sourceDir, '..');
let codeHash: Promise<string> | undefined;

/**
 * A hash of the program's own source files (`src/`), its templates and the
 * exact dependency versions (the lock file). Computed once per process.
 */
export function hashCode(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    for (const dir of [sourceDir, path.join(repositoryRoot, 'templates')]) {
      const files = (await readdir(dir, {recursive: true, withFileTypes: true}))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(repositoryRoot, path.join(entry.parentPath, entry.name)))
        .sort();
      for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(repositoryRoot, file)));
    }
    hash.update(await readFile(path.join(repositoryRoot, 'package-lock.json')).catch(() => ''));
    return hash.digest('hex');
  })();
  return codeHash;
}
