/**
 * The preview server's guard: a request whose path, once decoded, could
 * name anything outside the served folder is answered `400` before the
 * static server sees it. Eleventy's dev server decodes the path after
 * joining it to the folder and checks it with a bare prefix test, so
 * `/..%2fsite-other/x` would reach a sibling folder whose name starts like
 * the served one, and a path it refuses leaves the request unanswered.
 */

import type {IncomingMessage, ServerResponse} from 'node:http';
import path from 'node:path';

/** Whether the request path `rawPath` (as sent, before decoding) stays inside `dir`. */
export function isInsideFolder(dir: string, rawPath: string): boolean {
  const pathname = rawPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith('/') || pathname.startsWith('//')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  // Backslashes, NUL and a second round of encoding are never in this site's URLs.
  if (/[\\\0]|%[0-9a-f]{2}/i.test(decoded)) return false;
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return false;
  const root = path.resolve(dir);
  const target = path.resolve(root, `.${decoded}`);
  return target === root || target.startsWith(root + path.sep);
}

/** A middleware for Eleventy's dev server that refuses paths leaving `dir`. */
export function refuseOutsidePaths(dir: string): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  return (request, response, next) => {
    if (isInsideFolder(dir, request.url ?? '')) {
      next();
      return;
    }
    response.writeHead(400, {'Content-Type': 'text/plain; charset=utf-8'});
    response.end('Bad request: the path leaves the site.\n');
  };
}
