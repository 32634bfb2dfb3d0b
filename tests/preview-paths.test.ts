/**
 * The preview server serves its output folder and nothing else: a path that
 * climbs out of it (`/../../etc/passwd`), in any of its encoded forms, is
 * refused, and no file beside the folder is ever sent. Requests are written
 * on a raw socket, so that no client tidies the path first.
 */

import assert from 'node:assert/strict';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {startPreview, type Preview} from '../src/site/preview-server.ts';

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-preview-paths-'));
const secret = 'secret-beside-the-output-folder';
let preview: Preview;
let port: number;

before(async () => {
  await writeFile(path.join(scratch, 'secret.txt'), secret);
  // A sibling whose name starts with the served folder's: a bare prefix test would let it through.
  await mkdir(path.join(scratch, 'preview-sibling'));
  await writeFile(path.join(scratch, 'preview-sibling', 'secret.txt'), secret);
  preview = await startPreview({contentDir: fixture, outputDir: path.join(scratch, 'preview'), port: 0});
  port = Number(new URL(preview.url).port);
});
after(async () => {
  await preview.close();
  await rm(scratch, {recursive: true, force: true});
});

/** Send `GET <target>` as written; the status and body of the answer. */
function get(target: string): Promise<{readonly status: number; readonly body: string}> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${target}`)));
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({status, body: data.slice(data.indexOf('\r\n\r\n') + 4)});
    });
  });
}

test('the preview serves its own pages, with encoded characters and query strings', async () => {
  assert.equal((await get('/')).status, 200);
  assert.equal((await get('/articles/kabul/')).status, 200);
  assert.equal((await get('/search/?q=%D9%BE%D9%86%D8%AC%D8%B4%DB%8C%D8%B1')).status, 200);
  assert.equal((await get('/assets/style.css')).status, 200);
});

const climbs = [
  '/../../../../../../etc/passwd',
  '/../secret.txt',
  '/articles/../../secret.txt',
  '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '/%2e%2e/secret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/..%2fsecret.txt',
  '/..%2f..%2f..%2f..%2fetc%2fpasswd',
  '/%252e%252e/%252e%252e/etc/passwd',
  '/%252e%252e%252fsecret.txt',
  '/..%5csecret.txt',
  '/..\\secret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt',
  '//etc/passwd',
  '/etc/passwd',
  '/%00../secret.txt',
  '/..%2fpreview-sibling%2fsecret.txt',
  '/%2e%2e/preview-sibling/secret.txt',
  `/${path.join(scratch, 'secret.txt')}`,
  'http://localhost/../secret.txt',
];

for (const target of climbs) {
  test(`refuses \`${target}\``, async () => {
    const {status, body} = await get(target);
    assert.ok(status >= 400 && status < 500, `status ${status} for ${target}`);
    assert.doesNotMatch(body, /root:.*:0:0:/, 'not /etc/passwd');
    assert.ok(!body.includes(secret), 'not the file beside the folder');
  });
}
