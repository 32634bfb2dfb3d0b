/**
 * Building the same content twice gives byte-identical output, search index
 * included; and the CBOR codec behind the index's canonical form round-trips.
 */

import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from '../src/build.ts';
import {decodeCbor, encodeCbor, type CborValue} from '../src/cbor.ts';
import {listFiles} from './helpers/site-links.ts';

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-repro-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** Every file of `dir` with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    result[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  }
  return result;
}

test('two builds of the same content are byte-identical, search index included', async () => {
  const first = path.join(scratch, 'first');
  const second = path.join(scratch, 'second');
  for (const outputDir of [first, second]) {
    const result = await build({contentDir: fixture, outputDir, today: '2026-01-01'});
    assert.equal(result.ok, true, result.failure);
  }
  const a = await fingerprint(first);
  const b = await fingerprint(second);
  assert.ok(Object.keys(a).some((file) => file.startsWith('pagefind/filter/')), 'the search index has filter files');
  assert.deepEqual(b, a);
});

test('CBOR round-trips every supported type in the shortest form', () => {
  const value: CborValue = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 32, -1, -500, 'Талибан', 'طالبان', '', new Uint8Array([1, 2]), true, false, null, [[]], {map: [['a', 1]]}];
  const bytes = encodeCbor(value);
  assert.deepEqual(decodeCbor(bytes), value);
  assert.deepEqual([...encodeCbor(23)], [0x17]);
  assert.deepEqual([...encodeCbor(24)], [0x18, 24]);
  assert.deepEqual([...encodeCbor(256)], [0x19, 1, 0]);
  assert.deepEqual([...encodeCbor('a')], [0x61, 0x61]);
  assert.throws(() => decodeCbor(Uint8Array.from([0x82, 0x01])), /unexpected end/);
});
