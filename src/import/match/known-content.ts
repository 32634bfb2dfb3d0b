/**
 * What an import needs to know of the content folder: the sources and
 * topics that exist (to map outlet names and tags to ids) and the slugs
 * articles already use (to never write a second article under one). The
 * folder is read with the reader the check uses (`content/files.ts`), and an
 * article's slug is its `slug:` field or else its file name, as the check
 * has it.
 */

import {readContentFiles, type ContentFile} from '../../content/files.ts';
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
  /** Article files by the slug they publish under (`slug:`, or the file name), as paths relative to the content folder. */
  readonly articles: ReadonlyMap<string, string>;
}

/** The text fields of a file's front matter (a file the check would reject gives what it can). */
function textFields(content: ContentFile): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  for (const [key, field] of splitFile(content.file).fields) if (typeof field.value === 'string') fields.set(key, field.value.trim());
  return fields;
}

/** Read the sources, topics and article slugs of `contentDir` (a missing folder has none). */
export async function readRegistry(contentDir: string): Promise<Registry> {
  const content = await readContentFiles(contentDir);
  const sources = content.sources.map((file): KnownSource => {
    const fields = textFields(file);
    const url = fields.get('url');
    return {id: file.name, name: fields.get('name') ?? file.name, ...(url === undefined ? {} : {url})};
  });
  const topics = content.topics.map((file): KnownTopic => ({id: file.name, title: textFields(file).get('title') ?? file.name}));
  const articles = new Map<string, string>();
  for (const file of content.articles) {
    const slug = textFields(file).get('slug') || file.name;
    if (!articles.has(slug)) articles.set(slug, file.contentPath);
  }
  return {sources, topics, articles};
}
