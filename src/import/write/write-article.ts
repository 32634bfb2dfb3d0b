/**
 * Writing an imported article into the content folder, never over an
 * existing file unless asked to, and never under a slug another article has.
 */

import {access, mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {PreparedArticle} from '../import-article.ts';
import {freeSlug} from '../../content/new-article.ts';

/** What became of one article. */
export interface WriteOutcome {
  readonly status: 'written' | 'overwritten' | 'dry-run' | 'refused';
  /** The file, as the editor would type it: `content/articles/2021/x.md`. */
  readonly file: string;
  /** Why it was refused, and what to do. */
  readonly reason?: string;
}

/** How to write. */
export interface WriteOptions {
  readonly contentDir: string;
  readonly force: boolean;
  readonly dryRun: boolean;
  /** Article files by slug, relative to the content folder; updated with what is written. */
  readonly taken: Map<string, string>;
  /** How to suggest another slug: `--slug` on the command line, `slug:` in a manifest. */
  readonly slugHint: (slug: string) => string;
}

const exists = async (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/** The first of `slug-2`, `slug-3`, … that no article uses. */
const freeSlugFor = (slug: string, taken: ReadonlyMap<string, string>): string => freeSlug(slug, new Set([slug, ...taken.keys()]));

/** Write `article` into the content folder, unless that would overwrite or duplicate something. */
export async function writeArticle(article: PreparedArticle, options: WriteOptions): Promise<WriteOutcome> {
  const target = path.join(options.contentDir, article.path);
  const file = target.split(path.sep).join('/');
  const other = options.taken.get(article.slug);
  if (other !== undefined && other !== article.path) {
    const otherFile = path.join(options.contentDir, other).split(path.sep).join('/');
    return {
      status: 'refused',
      file,
      reason: `another article, ${otherFile}, already has the slug \`${article.slug}\`; give this one a free slug, e.g. ${options.slugHint(freeSlugFor(article.slug, options.taken))}.`,
    };
  }
  const present = other !== undefined || (await exists(target));
  if (present && !options.force) {
    return {
      status: 'refused',
      file,
      reason: `${file} already exists; nothing was written. Pass \`--force\` to overwrite it, or give a free slug, e.g. ${options.slugHint(freeSlugFor(article.slug, options.taken))}.`,
    };
  }
  if (options.dryRun) return {status: 'dry-run', file};
  await mkdir(path.dirname(target), {recursive: true});
  await writeFile(target, article.text);
  options.taken.set(article.slug, article.path);
  return {status: present ? 'overwritten' : 'written', file};
}
