/**
 * Debian's Chromium through playwright-core, for browser tests. Where
 * Chromium is missing, tests are skipped with a loud notice, unless `CI` is
 * set: there a missing browser is a failure.
 */

import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {chromium, type BrowserContext} from 'playwright-core';

/** Where Debian installs Chromium. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags that let Chromium run headless in this sandbox with no network. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why browser tests cannot run here, or `undefined` when they can. Throws
 * under CI, where a missing browser must fail the run.
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const message = `Chromium not found at ${chromiumPath}: browser tests need it. Install it with \`apt-get install -y chromium\`.`;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false') {
    throw new Error(message);
  }
  process.stderr.write(`\n*** SKIPPING BROWSER TESTS *** ${message}\n\n`);
  return message;
}

/** A browser with a fresh profile; `close` removes the profile. */
export async function launchBrowser(): Promise<{context: BrowserContext; close: () => Promise<void>}> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'archive-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, {recursive: true, force: true});
    },
  };
}
