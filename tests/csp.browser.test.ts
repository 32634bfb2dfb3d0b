/**
 * The site satisfies the Content-Security-Policy that docs/publishing.md
 * recommends: served with that header, no page reports a violation, and
 * search still works.
 */

import assert from 'node:assert/strict';
import {readFile, mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {BrowserContext} from 'playwright-core';
import {build} from '../src/build.ts';
import {browserSkipReason, launchBrowser} from './helpers/browser.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();
const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const publishing = fileURLToPath(new URL('../docs/publishing.md', import.meta.url));

describe('Content-Security-Policy', {skip}, () => {
  let scratch = '';
  let server: StaticServer;
  let browser: {context: BrowserContext; close: () => Promise<void>};
  let policy = '';

  before(async () => {
    const documented = /^Content-Security-Policy: (.+)$/m.exec(await readFile(publishing, 'utf8'));
    assert.ok(documented?.[1] !== undefined, 'docs/publishing.md states the policy');
    policy = documented[1];
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-csp-'));
    const result = await build({contentDir: fixture, outputDir: path.join(scratch, 'site'), today: '2026-01-01'});
    assert.equal(result.ok, true, result.failure);
    server = await serveStatic(path.join(scratch, 'site'));
    browser = await launchBrowser();
    // Serve every response with the documented policy.
    await browser.context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({response, headers: {...response.headers(), 'content-security-policy': policy}});
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (scratch !== '') await rm(scratch, {recursive: true, force: true});
  });

  for (const [name, url] of [
    ['home', ''],
    ['article', 'articles/resistance/?highlight=Massoud'],
    ['actor', 'actors/taliban/'],
    ['search', 'search/?q=Taliban'],
  ] as const) {
    test(`${name} page: no violation`, async () => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      // Runs in the page, where `document` exists.
      await page.addInitScript(
        "document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));",
      );
      await page.goto(server.url + url);
      if (name === 'search') {
        await page.waitForSelector('#search[data-results]');
        assert.ok(Number(await page.getAttribute('#search', 'data-results')) > 0, 'search finds results under the policy');
        await page.waitForSelector('#search-results li');
      }
      if (name === 'article') await page.waitForSelector('mark.search-term');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
