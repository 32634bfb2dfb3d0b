/**
 * Find and read the files of a content folder:
 *
 * ```
 * content/
 *   site.yaml
 *   articles/**\/*.md
 *   actors/<id>.md
 *   topics/<id>.md
 *   sources/<id>.md
 * ```
 */

import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {VFile} from 'vfile';
import {fail, warn} from './messages.ts';
import {imageExtensions} from '../media/options.ts';
import {mapLimited} from '../util/map-limited.ts';

/** A content file: its text on a `VFile` (whose `path` is what reports show), and its path in the content folder. */
export interface ContentFile {
  readonly file: VFile;
  /** Relative to the content folder, `/`-separated: `articles/2021/x.md`. */
  readonly contentPath: string;
  /** File name without `.md`: the id of an actor, topic or source, the default slug of an article. */
  readonly name: string;
}

/** Every file of a content folder, sorted by path within each kind. */
export interface ContentFiles {
  readonly site: ContentFile | undefined;
  readonly articles: readonly ContentFile[];
  readonly actors: readonly ContentFile[];
  readonly topics: readonly ContentFile[];
  readonly sources: readonly ContentFile[];
  /** Image files beside the articles (in `articles/`) and in `media/`, as content-relative paths, sorted. */
  readonly images: readonly string[];
  /** The site's own interface messages: `messages/<language>.yaml`, named by the language. */
  readonly messages: readonly ContentFile[];
  /** Files that carry messages about the folder itself (unexpected files, a missing `site.yaml`). */
  readonly other: readonly VFile[];
}

const registryFolders = ['actors', 'topics', 'sources'] as const;

/** Files read at once: enough to keep the disk busy, far below the limit of open files. */
const openFiles = 64;

/**
 * Read `contentDir`. Paths on the `VFile`s are relative to `cwd`, so that
 * an editor's terminal can open them.
 */
export async function readContentFiles(contentDir: string, cwd: string = process.cwd()): Promise<ContentFiles> {
  const root = path.resolve(cwd, contentDir);
  const reportPath = (contentPath: string): string => path.relative(cwd, path.join(root, contentPath)) || contentPath;
  const other: VFile[] = [];
  let entries: string[];
  try {
    const dirents = await readdir(root, {recursive: true, withFileTypes: true});
    entries = dirents
      .filter((dirent) => dirent.isFile())
      .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'));
  } catch {
    const file = new VFile({path: reportPath('.')});
    fail(file, `The content folder \`${contentDir}\` cannot be read: it does not exist or is not a folder. Pass an existing folder with \`--content\`.`, undefined, 'missing-content');
    return {site: undefined, articles: [], actors: [], topics: [], sources: [], images: [], messages: [], other: [file]};
  }
  entries.sort();

  const read = async (contentPath: string): Promise<ContentFile> => {
    const value = await readFile(path.join(root, contentPath), 'utf8');
    return {
      file: new VFile({path: reportPath(contentPath), value}),
      contentPath,
      name: path.posix.basename(contentPath).replace(/\.(?:md|yaml)$/, ''),
    };
  };

  const byKind = {articles: [] as string[], actors: [] as string[], topics: [] as string[], sources: [] as string[]};
  let sitePath: string | undefined;
  const images: string[] = [];
  const messages: string[] = [];
  for (const entry of entries) {
    const parts = entry.split('/');
    if (parts.some((part) => part.startsWith('.'))) continue;
    const [first = '', ...rest] = parts;
    if (entry === 'site.yaml') {
      sitePath = entry;
      continue;
    }
    if (first === 'articles' && entry.endsWith('.md')) {
      byKind.articles.push(entry);
      continue;
    }
    if ((first === 'articles' || first === 'media') && imageExtensions.includes(path.posix.extname(entry).toLowerCase())) {
      images.push(entry);
      continue;
    }
    if (first === 'messages' && rest.length === 1 && entry.endsWith('.yaml')) {
      messages.push(entry);
      continue;
    }
    const registry = registryFolders.find((folder) => folder === first);
    if (registry !== undefined && rest.length === 1 && entry.endsWith('.md')) {
      byKind[registry].push(entry);
      continue;
    }
    const expected =
      first === 'articles'
        ? 'articles are `.md` files, and images beside them are JPEG, PNG, WebP, AVIF, GIF or TIFF files'
        : first === 'media'
          ? '`media/` holds images (JPEG, PNG, WebP, AVIF, GIF or TIFF files)'
          : first === 'messages'
            ? '`messages/` holds `<language>.yaml` files of interface messages, such as `messages/ps.yaml`'
            : registry !== undefined
              ? `\`${first}/\` holds \`<id>.md\` files directly, with no subfolders`
              : 'the content folder holds `site.yaml` and the folders `articles/`, `actors/`, `topics/`, `sources/`, `media/` and `messages/`';
    const file = new VFile({path: reportPath(entry)});
    warn(file, `Unexpected file \`${entry}\`: ${expected}. It is ignored.`, undefined, 'unexpected-file');
    other.push(file);
  }

  const site = sitePath === undefined ? undefined : await read(sitePath);
  if (site === undefined) {
    const file = new VFile({path: reportPath('site.yaml')});
    fail(file, 'Missing `site.yaml`: the content folder needs one with at least `title` and `baseUrl`. Create it, e.g. `title: Afghanistan Archive` and `baseUrl: https://archive.example.org`.', undefined, 'missing-site-config');
    other.push(file);
  }

  return {
    site,
    articles: await mapLimited(byKind.articles, openFiles, read),
    actors: await mapLimited(byKind.actors, openFiles, read),
    topics: await mapLimited(byKind.topics, openFiles, read),
    sources: await mapLimited(byKind.sources, openFiles, read),
    images,
    messages: await mapLimited(messages, openFiles, read),
    other,
  };
}
