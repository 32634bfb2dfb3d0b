/**
 * A hash of the program itself, for build caches: a new version of the code
 * or of a dependency never reads what an older one cached.
 */

import {createHash, type Hash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {listFiles} from '../util/folder.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = path.join(repositoryRoot, 'src');
const templatesDir = path.join(repositoryRoot, 'templates');
let codeHash: Promise<string> | undefined;

/**
 * A hash of the program's own source files (`src/` and the Eleventy
 * configuration `.eleventy.ts`) and the exact dependency versions (the lock
 * file). Computed once per process. Not the templates: processed articles
 * and search shards do not depend on them, so a template edit keeps those
 * caches; rendered pages add `hashTemplates`.
 */
export function hashCode(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    await hashFolder(hash, sourceDir);
    hash.update('.eleventy.ts\0').update(await readFile(path.join(repositoryRoot, '.eleventy.ts')));
    hash.update(await readFile(path.join(repositoryRoot, 'package-lock.json')).catch(() => ''));
    return hash.digest('hex');
  })();
  return codeHash;
}

/**
 * A hash of the templates as they are on disk now, read again on every call:
 * a long-running process such as the preview server renders edited
 * templates, which `hashCode`, computed once, does not see.
 */
export async function hashTemplates(): Promise<string> {
  const hash = createHash('sha256');
  await hashFolder(hash, templatesDir);
  return hash.digest('hex');
}

/** Add every file below `dir` to `hash`: its path from the repository root, then its bytes. */
async function hashFolder(hash: Hash, dir: string): Promise<void> {
  const folder = path.relative(repositoryRoot, dir).split(path.sep).join('/');
  for (const file of await listFiles(dir)) hash.update(`${folder}/${file}`).update('\0').update(await readFile(path.join(dir, file)));
}
