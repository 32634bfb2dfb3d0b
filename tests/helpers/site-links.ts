/**
 * Check every internal link of a built site: each `href` and `src` that
 * starts with the path prefix must name a file of the output, and a
 * `#fragment` must name an `id` on the target page.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {listFiles} from '../../src/util/folder.ts';

/** A link that does not resolve. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

const attribute = /\s(?:href|src)="([^"]*)"/g;
const idAttribute = /\sid="([^"]*)"/g;

/** Decode the few entities that can stand in an attribute value. */
function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Find the internal links of the site in `dir` that do not resolve. The site
 * is served under `prefix` (`/` or `/archive/`); a root-relative link outside
 * the prefix is broken too.
 */
export async function findBrokenLinks(dir: string, prefix = '/'): Promise<{readonly checked: number; readonly broken: BrokenLink[]}> {
  const files = new Set(await listFiles(dir));
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string): Promise<Set<string>> => {
    let set = ids.get(file);
    if (set === undefined) {
      const html = await readFile(path.join(dir, file), 'utf8');
      set = new Set([...html.matchAll(idAttribute)].map((match) => decodeAttribute(match[1] ?? '')));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of files) {
    if (!page.endsWith('.html')) continue;
    const html = await readFile(path.join(dir, page), 'utf8');
    for (const match of html.matchAll(attribute)) {
      const href = decodeAttribute(match[1] ?? '');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      checked++;
      const [pathPart = '', fragment] = href.split('#');
      let target: string;
      if (pathPart === '') {
        target = page;
      } else if (pathPart.startsWith('/')) {
        if (!pathPart.startsWith(prefix)) {
          broken.push({page, href, reason: `outside the path prefix \`${prefix}\``});
          continue;
        }
        target = decodeURIComponent(pathPart.slice(prefix.length).split('?')[0] ?? '');
      } else {
        target = path.posix.join(path.posix.dirname(page), decodeURIComponent(pathPart.split('?')[0] ?? ''));
      }
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!files.has(target)) {
        broken.push({page, href, reason: `no file \`${target}\``});
        continue;
      }
      if (fragment !== undefined && fragment !== '' && target.endsWith('.html') && !(await idsOf(target)).has(decodeURIComponent(fragment))) {
        broken.push({page, href, reason: `no element with id \`${fragment}\` in \`${target}\``});
      }
    }
  }
  return {checked, broken};
}
