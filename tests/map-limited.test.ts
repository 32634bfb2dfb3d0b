/**
 * `mapLimited` keeps the order of its items and never has more than its
 * limit of calls under way.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {mapLimited} from '../src/util/map-limited.ts';

test('maps in order, at most `limit` at a time', async () => {
  let running = 0;
  let most = 0;
  const items = Array.from({length: 50}, (_, index) => index);
  const results = await mapLimited(items, 4, async (item) => {
    running++;
    most = Math.max(most, running);
    await delay((item * 7) % 5);
    running--;
    return item * 2;
  });
  assert.deepEqual(results, items.map((item) => item * 2));
  assert.equal(most, 4);
});

test('no items, no calls; a failure rejects', async () => {
  assert.deepEqual(await mapLimited([], 8, () => Promise.reject(new Error('never called'))), []);
  await assert.rejects(mapLimited([1, 2, 3], 2, async (item) => (item === 2 ? Promise.reject(new Error('two')) : item)), /two/);
});
