/**
 * What a content file is before it is an article: its bytes (UTF-8, with or
 * without a byte-order mark, any line ends), its permissions, and which
 * files of the folder are content at all. The located reports of bad bytes,
 * links and ignored files are fixtures in `fixtures/errors/`.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {VFile} from 'vfile';
import {build} from '../src/build.ts';
import {decodeContent} from '../src/content/decode.ts';
import {isIgnored} from '../src/content/files.ts';
import {listFiles} from '../src/util/folder.ts';

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-input-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** Every text file under `dir`, rewritten by `change`. */
async function rewriteAll(dir: string, change: (text: string) => string): Promise<void> {
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    await writeFile(file, change(await readFile(file, 'utf8')));
  }
}

test('a byte-order mark and CRLF line ends give byte for byte the site of the same files with LF', async () => {
  const windows = path.join(scratch, 'windows');
  await cp(fixture, windows, {recursive: true});
  await rewriteAll(windows, (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
  const sites = {lf: path.join(scratch, 'site-lf'), crlf: path.join(scratch, 'site-crlf')};
  const lf = await build({contentDir: fixture, outputDir: sites.lf, today: '2026-01-01'});
  const crlf = await build({contentDir: windows, outputDir: sites.crlf, today: '2026-01-01'});
  assert.equal(lf.ok, true, lf.report);
  assert.equal(crlf.ok, true, crlf.report);
  assert.deepEqual(
    crlf.messages.map((message) => `${path.basename(message.path)}:${message.line}:${message.column} ${message.ruleId}`),
    lf.messages.map((message) => `${path.basename(message.path)}:${message.line}:${message.column} ${message.ruleId}`),
    'the same messages at the same places',
  );
  const files = await listFiles(sites.lf);
  assert.deepEqual(await listFiles(sites.crlf), files);
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(path.join(sites.lf, file)), readFile(path.join(sites.crlf, file))]);
    assert.ok(a.equals(b), `${file} differs`);
  }
});

test('decoding: a lone CR is a line end, and bad bytes do not stop the rest of the file being read', () => {
  const file = new VFile({path: 'x.md'});
  assert.equal(decodeContent(Buffer.from('a\rb\r\nc\n'), file), 'a\nb\nc\n');
  assert.deepEqual(file.messages, []);
  const bad = new VFile({path: 'x.md'});
  const text = decodeContent(Buffer.from([0x61, 0x0a, 0x62, 0xff, 0x63, 0x00, 0x64]), bad);
  assert.equal(text, 'a\nb\uFFFDc\uFFFDd');
  assert.deepEqual(
    bad.messages.map((message) => [message.ruleId, message.line, message.column]),
    [
      ['invalid-encoding', 2, 2],
      ['control-character', 2, 4],
    ],
  );
});

test('decoding: overlong forms, surrogates and truncated characters are not UTF-8', () => {
  for (const bytes of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]]) {
    const file = new VFile({path: 'x.md'});
    decodeContent(Buffer.from([0x78, ...bytes]), file);
    assert.deepEqual(file.messages.map((message) => [message.ruleId, message.line, message.column]), [['invalid-encoding', 1, 2]], `bytes ${bytes.join(' ')}`);
  }
  const fine = new VFile({path: 'x.md'});
  decodeContent(Buffer.from('Kabul کابل Кабул 🇦🇫\t\n', 'utf8'), fine);
  assert.deepEqual(fine.messages, []);
});

test('hidden files and editor backups are not content', () => {
  for (const ignored of ['articles/.#kabul.md', 'articles/kabul.md~', 'articles/.kabul.md.swp', 'articles/#kabul.md#', '.git/config', 'articles/.drafts/x.md', '.DS_Store']) {
    assert.equal(isIgnored(ignored.split('/')), true, ignored);
  }
  for (const kept of ['articles/kabul.md', 'articles/2021/kabul.md', 'site.yaml', 'articles/notes.txt']) {
    assert.equal(isIgnored(kept.split('/')), false, kept);
  }
});
