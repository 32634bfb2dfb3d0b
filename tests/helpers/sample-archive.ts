/**
 * The sample archive for the renderer's tests, built from
 * `tests/fixtures/sample/content/` through the real pipeline (`loadArchive`),
 * so it is always what linking produces: three articles over two years
 * (dated to a day, a month and a year; one in Pashto, right to left), three
 * actors of different kinds (one with Arabic-script and Cyrillic aliases),
 * two topics and one source. One article title carries markup and an
 * ampersand, to check escaping. The people, places and events are invented.
 */

import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../../src/load-archive.ts';
import type {Archive} from '../../src/model/types.ts';

/** The sample archive's content folder. */
export const sampleContent = fileURLToPath(new URL('../fixtures/sample/content/', import.meta.url));

/** The title that must come out escaped everywhere. */
export const unsafeTitle = 'Ceasefire talks & trade <script>alert(1)</script>';

/** Load the sample archive; fails the test when its content reports anything. */
export async function loadSampleArchive(): Promise<Archive> {
  const loaded = await loadArchive(sampleContent, {today: '2026-01-01'});
  assert.equal(loaded.report, '', 'the sample content is clean');
  assert.ok(loaded.archive !== undefined);
  return loaded.archive;
}
