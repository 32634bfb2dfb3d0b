/**
 * What an import needs to know of the content folder: the sources and
 * topics that exist (to map outlet names and tags to ids) and the article
 * files already there (to never overwrite one by accident).
 */

import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {VFile} from 'vfile';
import {splitFile} from '../../content/front-matter.ts';

/** A file of `sources/`: its id and what it says of the outlet. */
export interface KnownSource {
  readonly id: string;
  readonly name: string;
  readonly url?: string;
}

/** A file of `topics/`: its id and title. */
export interface KnownTopic {
  readonly id: string;
  readonly title: string;
}

/** The parts of a content folder an import looks at. */
export interface Registry {
  readonly sources: readonly KnownSource[];
  readonly topics: readonly KnownTopic[];
  /** Article files by slug (file name without `.md`), as paths relative to the content folder. */
  readonly articles: ReadonlyMap<string, string>;
}

/** The `.md` files directly in `folder`, or none when it does not exist. */
async function markdownFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
}

/** The text fields of a file's front matter; unreadable files give none. */
async function textFields(file: string): Promise<ReadonlyMap<string, string>> {
  const fields = new Map<string, string>();
  try {
    const split = splitFile(new VFile({path: file, value: await readFile(file, 'utf8')}));
    for (const [key, field] of split.fields) if (typeof field.value === 'string') fields.set(key, field.value.trim());
  } catch {
    // An unreadable file is the check's business; here it is simply not known.
  }
  return fields;
}

/** Read the sources, topics and article file names of `contentDir` (missing folders are empty). */
export async function readRegistry(contentDir: string): Promise<Registry> {
  const sources: KnownSource[] = [];
  for (const name of await markdownFiles(path.join(contentDir, 'sources'))) {
    const fields = await textFields(path.join(contentDir, 'sources', name));
    const url = fields.get('url');
    sources.push({id: name.slice(0, -3), name: fields.get('name') ?? name.slice(0, -3), ...(url === undefined ? {} : {url})});
  }
  const topics: KnownTopic[] = [];
  for (const name of await markdownFiles(path.join(contentDir, 'topics'))) {
    const fields = await textFields(path.join(contentDir, 'topics', name));
    topics.push({id: name.slice(0, -3), title: fields.get('title') ?? name.slice(0, -3)});
  }
  const articles = new Map<string, string>();
  try {
    const entries = await readdir(path.join(contentDir, 'articles'), {recursive: true, withFileTypes: true});
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const relative = path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      articles.set(entry.name.slice(0, -3), relative);
    }
  } catch {
    // No articles folder yet.
  }
  return {sources, topics, articles};
}
