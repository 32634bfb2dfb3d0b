/**
 * The preview server: starts on a free port, serves drafts, picks up an
 * edited article by itself, keeps the last good site on a content error,
 * and stops.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build, type BuildResult} from '../src/build.ts';
import {startPreview} from '../src/site/preview-server.ts';
import type {PreviewStep} from '../src/site/preview-update.ts';
import {fingerprint} from './helpers/fingerprint.ts';

const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-preview-'));
after(() => rm(scratch, {recursive: true, force: true}));

/** Wait until `check` holds, polling; fail after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail('condition not met in time');
}

test('preview serves drafts, rebuilds on edits and survives bad content', async () => {
  const content = path.join(scratch, 'content');
  await cp(fixture, content, {recursive: true});
  const builds: BuildResult[] = [];
  const preview = await startPreview({
    contentDir: content,
    outputDir: path.join(scratch, 'preview'),
    port: 0,
    onBuild: (result) => builds.push(result),
  });
  try {
    assert.match(preview.url, /^http:\/\/localhost:\d+\/$/);
    const page = (url: string): Promise<Response> => fetch(new URL(url, preview.url));

    const home = await page('/');
    assert.equal(home.status, 200);
    const draft = await page('/articles/draft/');
    assert.equal(draft.status, 200, 'drafts are visible in preview');

    const article = path.join(content, 'articles/2021/kabul.md');
    const original = await readFile(article, 'utf8');
    await writeFile(article, original.replace('title: Kabul falls', 'title: Kabul falls to the Taliban'));
    await eventually(async () => (await (await page('/articles/kabul/')).text()).includes('Kabul falls to the Taliban'));

    const before = builds.length;
    await writeFile(article, original.replace('date: 2021-08-15', 'date: 2021-08-35'));
    await eventually(async () => builds.length > before && builds.at(-1)?.ok === false);
    assert.match(builds.at(-1)?.report ?? '', /kabul\.md:3:7 {2}error {2}`date` `2021-08-35` is not a valid date/);
    assert.ok((await (await page('/articles/kabul/')).text()).includes('Kabul falls to the Taliban'), 'the last good build is still served');
  } finally {
    await preview.close();
  }
});

test('an edit updates the served site in place, the article page first, to what a cold build writes', async () => {
  const content = path.join(scratch, 'content-in-place');
  await cp(fixture, content, {recursive: true});
  const served = path.join(scratch, 'in-place');
  const steps: PreviewStep[] = [];
  const preview = await startPreview({contentDir: content, outputDir: served, port: 0, cacheDir: path.join(scratch, 'in-place-cache'), onStep: (step) => steps.push(step)});
  try {
    const article = path.join(content, 'articles/2021/kabul.md');
    await writeFile(article, `${(await readFile(article, 'utf8')).trimEnd()}\n\nA sentence added in the preview.\n`);
    await eventually(async () => steps.includes('search index'));
    assert.deepEqual(steps, ['article pages', 'other pages', 'search index']);
    assert.match(await readFile(path.join(served, 'articles/kabul/index.html'), 'utf8'), /A sentence added in the preview/);

    // An actor's description is shown on its page and on the pages of the articles that name it.
    steps.length = 0;
    const actor = path.join(content, 'actors/taliban.md');
    await writeFile(actor, (await readFile(actor, 'utf8')).replace('kind: organization', 'kind: organization\ndescription: Described again in the preview.'));
    await eventually(async () => steps.includes('search index'));
    assert.match(await readFile(path.join(served, 'actors/taliban/index.html'), 'utf8'), /Described again in the preview/);

    const cold = path.join(scratch, 'in-place-cold');
    const built = await build({contentDir: content, outputDir: cold, includeDrafts: true, overrides: {pathPrefix: '/'}});
    assert.ok(built.ok, built.report);
    assert.deepEqual(await fingerprint(served), await fingerprint(cold));
  } finally {
    await preview.close();
  }
});
