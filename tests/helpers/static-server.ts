/**
 * A static file server on 127.0.0.1 for tests: serves a built site under a
 * path prefix the way a static host does (`/x/` → `x/index.html`, 404 page).
 */

import {readFile, stat} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT/prefix/` */
  readonly url: string;
  /** Bytes sent per request path, for measuring what a page fetches. */
  readonly log: {path: string; bytes: number}[];
  close(): Promise<void>;
}

/** Serve `dir` under `prefix` (`/` or `/archive/`) on a free port. */
export async function serveStatic(dir: string, prefix = '/'): Promise<StaticServer> {
  const log: {path: string; bytes: number}[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      let pathname = decodeURIComponent(url.pathname);
      const send = async (file: string, status: number): Promise<void> => {
        const body = await readFile(file);
        response.writeHead(status, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'});
        response.end(body);
        log.push({path: url.pathname, bytes: body.length});
      };
      const notFound = async (): Promise<void> => {
        const page = path.join(dir, '404.html');
        if (await isFile(page)) await send(page, 404);
        else {
          response.writeHead(404).end('not found');
        }
      };
      if (!pathname.startsWith(prefix)) return notFound();
      pathname = pathname.slice(prefix.length);
      if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
      const file = path.join(dir, pathname);
      if (!file.startsWith(dir)) return notFound();
      if (await isFile(file)) return send(file, 200);
      if (await isFile(path.join(file, 'index.html'))) {
        response.writeHead(301, {location: `${url.pathname}/`}).end();
        return undefined;
      }
      return notFound();
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}
