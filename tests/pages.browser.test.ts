/**
 * The pages that carry quotes, coverage charts, networks and Solar Hijri
 * dates, in Chromium: the shipped archive (`content/`) and the calendar
 * fixture are built and served on 127.0.0.1. axe-core finds no violation on
 * any of them (the dark colour scheme's contrast included); at a phone's
 * width nothing is wider than the screen; each chart's layer of links lies
 * exactly over its picture, and a bar's link leads to its month or year; a
 * quoted person's search card links to their quotations.
 *
 * Without Chromium these tests are skipped with a loud notice; under CI they
 * fail (see `helpers/browser.ts`).
 */

import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {AxeBuilder} from '@axe-core/playwright';
import {chromium, type Browser, type BrowserContext} from 'playwright-core';
import {build} from '../src/build.ts';
import {browserSkipReason, chromiumFlags, chromiumPath} from './helpers/browser.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();
const root = fileURLToPath(new URL('../', import.meta.url));

/** `[what, site, address]`: `content` is the shipped archive, `calendars` the calendar fixture. */
const pages: readonly (readonly [string, 'content' | 'calendars', string])[] = [
  ['actors index with the network', 'content', '/actors/'],
  ...['hamid-saifi', 'john-nicholson', 'james-mattis', 'joseph-votel', 'zamir-kabulov'].map((id) => [`actor page of ${id}`, 'content', `/actors/${id}/`] as const),
  ['timeline', 'content', '/timeline/'],
  ['timeline year', 'content', '/timeline/2017/'],
  ['topic', 'content', '/topics/recognition-of-the-taliban/'],
  ['article with marked speakers', 'content', '/articles/pentagon-ties-russia-to-taliban-attack-publicly-accuses/'],
  ['article in Pashto with both calendars', 'calendars', '/articles/panjshir-pashto/'],
  ['actor page with quotes in three languages', 'calendars', '/actors/ahmad-massoud/'],
];

describe('quotes, charts, networks and calendars in the browser', {skip}, () => {
  let scratch = '';
  const servers: Partial<Record<'content' | 'calendars', StaticServer>> = {};
  let browser: Browser;
  let context: BrowserContext;

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-pages-'));
    for (const [site, contentDir, today] of [
      ['content', path.join(root, 'content'), undefined],
      ['calendars', path.join(root, 'tests/fixtures/calendars/content'), '2026-01-01'],
    ] as const) {
      const outputDir = path.join(scratch, site);
      const built = await build({contentDir, outputDir, ...(today === undefined ? {} : {today})});
      assert.equal(built.ok, true, built.report + (built.failure ?? ''));
      servers[site] = await serveStatic(outputDir);
    }
    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumFlags});
    context = await browser.newContext();
    context.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await servers.content?.close();
    await servers.calendars?.close();
    if (scratch !== '') await rm(scratch, {recursive: true, force: true});
  });

  const at = (site: 'content' | 'calendars', address: string): string => new URL(address.replace(/^\//, ''), servers[site]?.url).href;

  test('axe-core finds no accessibility violation, in the light and the dark colour scheme', async () => {
    const page = await context.newPage();
    const found: string[] = [];
    for (const [what, site, address] of pages) {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme: scheme});
        await page.goto(at(site, address));
        const axe = new AxeBuilder({page}).setLegacyMode(true);
        const result = await (scheme === 'light' ? axe : axe.withRules(['color-contrast'])).analyze();
        for (const violation of result.violations) {
          found.push(`${what}, ${scheme} (${address}): ${violation.id}: ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`);
        }
      }
    }
    await page.close();
    assert.deepEqual(found, []);
  });

  test('at a phone’s width no page is wider than the screen, and each chart’s links lie over its picture', async () => {
    const phone = await browser.newContext({viewport: {width: 320, height: 640}});
    const page = await phone.newPage();
    for (const [what, site, address] of pages) {
      await page.goto(at(site, address));
      const width = Number(await page.evaluate('document.documentElement.scrollWidth'));
      assert.ok(width <= 320, `${what} is ${width}px wide at 320px`);
      for (const frame of await page.locator('.chart-frame').all()) {
        const [picture, links] = await Promise.all([frame.locator('.chart-image').boundingBox(), frame.locator('.chart-links').boundingBox()]);
        assert.deepEqual(links, picture, `${what}: the links cover the picture`);
        assert.ok((picture?.width ?? 0) > 200, `${what}: a chart is ${picture?.width}px wide`);
      }
    }
    await phone.close();
  });

  test('a bar leads to its year of the timeline, and the table under the chart shows when its links have focus', async () => {
    const page = await context.newPage();
    await page.goto(at('content', '/timeline/'));
    const table = page.locator('.chart-numbers');
    assert.ok(((await table.boundingBox())?.height ?? 0) <= 1, 'the numbers are for screen readers');
    await table.locator('a').first().focus();
    assert.ok(((await table.boundingBox())?.height ?? 0) > 20, 'a focused link in them is visible');
    const bar = page.locator('.chart-links a').first();
    const href = await bar.getAttribute('href');
    await Promise.all([page.waitForURL((url) => url.pathname === href), bar.click()]);
    assert.equal(await page.locator('h1').textContent(), '2017 · Timeline');
    await page.close();
  });

  test('a search naming a quoted person shows, on its card, a link to their quotations', async () => {
    const page = await context.newPage();
    await page.goto(at('content', '/search/?q=Saifi'));
    const link = page.locator('.search-card .search-card-quotes a');
    await link.waitFor();
    assert.equal(await link.textContent(), '4 quotations');
    await Promise.all([page.waitForURL((url) => url.pathname === '/actors/hamid-saifi/' && url.hash === '#in-their-words'), link.click()]);
    assert.equal(await page.locator('#in-their-words').textContent(), 'In their words');
    await page.close();
  });
});
