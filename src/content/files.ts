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

import {readdir, readFile, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import {VFile} from 'vfile';
import {decodeContent} from './decode.ts';
import {fileTooLargeReason, maxFileBytes} from './markdown-limits.ts';
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
  /** Whether the file was read; one that was not (`unreadable-file`, `file-too-large`) has an error and no text to check. */
  readonly readable: boolean;
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

/** Reads one file's bytes; the preview gives one that keeps unchanged files in memory. */
export type ByteReader = (file: string) => Promise<Uint8Array>;

const readFromDisk: ByteReader = (file) => readFile(file);

/**
 * Read `contentDir`. Paths on the `VFile`s are relative to `cwd`, so that
 * an editor's terminal can open them. `readBytes` reads each file (by absolute path).
 */
export async function readContentFiles(contentDir: string, cwd: string = process.cwd(), readBytes: ByteReader = readFromDisk): Promise<ContentFiles> {
  const root = path.resolve(cwd, contentDir);
  const reportPath = (contentPath: string): string => path.relative(cwd, path.join(root, contentPath)) || contentPath;
  const other: VFile[] = [];
  let entries: string[];
  /** Symbolic links among the entries, by path: read through, once checked. */
  const links = new Set<string>();
  try {
    const dirents = await readdir(root, {recursive: true, withFileTypes: true});
    entries = [];
    for (const dirent of dirents) {
      if (!dirent.isFile() && !dirent.isSymbolicLink()) continue;
      const entry = path.relative(root, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/');
      if (dirent.isSymbolicLink()) links.add(entry);
      entries.push(entry);
    }
  } catch {
    const file = new VFile({path: reportPath('.')});
    fail(file, `The content folder \`${contentDir}\` cannot be read: it does not exist or is not a folder. Pass an existing folder with \`--content\`.`, undefined, 'missing-content');
    return {site: undefined, articles: [], actors: [], topics: [], sources: [], images: [], messages: [], other: [file]};
  }
  entries.sort();
  const realRoot = await realpath(root);

  const read = async (contentPath: string): Promise<ContentFile> => {
    const file = new VFile({path: reportPath(contentPath)});
    let readable = true;
    try {
      const size = (await stat(path.join(root, contentPath))).size;
      if (size > maxFileBytes) {
        file.value = '';
        fail(file, fileTooLargeReason(size), {line: 1, column: 1}, 'file-too-large');
        return {file, contentPath, name: path.posix.basename(contentPath).replace(/\.md$/, ''), readable: false};
      }
      file.value = decodeContent(await readBytes(path.join(root, contentPath)), file);
    } catch (error) {
      file.value = '';
      readable = false;
      fail(file, unreadableReason(error), {line: 1, column: 1}, 'unreadable-file');
    }
    return {file, contentPath, name: path.posix.basename(contentPath).replace(/\.(?:md|yaml)$/, ''), readable};
  };

  /** Why the link `entry` cannot be read through, or `undefined` when it points to a file inside the content folder. */
  const checkLink = async (entry: string): Promise<VFile | undefined> => {
    const file = new VFile({path: reportPath(entry)});
    let target: string;
    try {
      target = await realpath(path.join(root, entry));
    } catch (error) {
      const loop = error instanceof Error && 'code' in error && error.code === 'ELOOP';
      fail(
        file,
        loop
          ? `\`${entry}\` is a symbolic link that leads back to itself through other links, so it names no file. Replace it by the file it should show, or delete it.`
          : `\`${entry}\` is a symbolic link to something that does not exist. Point it at a file in the content folder, or delete it.`,
        undefined,
        'symlink-unresolved',
      );
      return file;
    }
    if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
      fail(
        file,
        `\`${entry}\` is a symbolic link to \`${target}\`, outside the content folder. The build reads only files inside the content folder, so that a link cannot publish a file from elsewhere on the machine. Copy the file into the content folder instead.`,
        undefined,
        'symlink-outside-content',
      );
      return file;
    }
    if (!(await stat(target)).isFile()) {
      fail(file, `\`${entry}\` is a symbolic link to a folder; links to folders are not followed (a folder can contain itself that way). Move the folder into place, or link each file.`, undefined, 'symlink-folder');
      return file;
    }
    return undefined;
  };

  const byKind = {articles: [] as string[], actors: [] as string[], topics: [] as string[], sources: [] as string[]};
  let sitePath: string | undefined;
  const images: string[] = [];
  const messages: string[] = [];
  for (const entry of entries) {
    const parts = entry.split('/');
    if (isIgnored(parts)) continue;
    if (links.has(entry)) {
      const problem = await checkLink(entry);
      if (problem !== undefined) {
        other.push(problem);
        continue;
      }
    }
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

/**
 * Whether a path (as its parts) is left out of the content altogether: hidden
 * files and folders (`.git/`, `.DS_Store`, Vim's `.x.md.swp`, Emacs's lock
 * file `.#x.md`) and editors' backup and autosave files (`x.md~`, `#x.md#`).
 */
export function isIgnored(parts: readonly string[]): boolean {
  const name = parts.at(-1) ?? '';
  return parts.some((part) => part.startsWith('.')) || name.endsWith('~') || (name.startsWith('#') && name.endsWith('#'));
}

/** Why a content file could not be read, for an editor. */
function unreadableReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'EACCES' || code === 'EPERM') {
    return 'The file cannot be read: permission denied. Make it readable by the user who runs the build (e.g. `chmod a+r` on it), or move it out of the content folder.';
  }
  if (code === 'ENOENT') return 'The file disappeared while the content folder was read. Build again once it is back in place.';
  if (code === 'EISDIR') return 'This is a folder where a file was expected. Rename it.';
  const detail = error instanceof Error ? error.message : String(error);
  return `The file cannot be read (${detail}). Check the disk and the file, then build again.`;
}
