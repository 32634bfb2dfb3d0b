/**
 * Driving the search page in a browser test: open a search, wait until its
 * update has finished, and read what it shows (cards, articles, people,
 * places and topics), as link paths.
 */

import {setTimeout as delay} from 'node:timers/promises';
import type {Page} from 'playwright-core';
import type {StaticServer} from './static-server.ts';

/** The search page's address on `server` for `params` (`{q: 'taliban', kind: ['Article']}`). */
export function searchPage(server: StaticServer, params: Readonly<Record<string, string | readonly string[]>> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const each of typeof value === 'string' ? [value] : value) query.append(key, each);
  const text = query.toString();
  return new URL(`search/${text === '' ? '' : `?${text}`}`, server.url).href;
}

/** Poll `probe` until it returns a value, or fail with `what`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await delay(20);
  }
}

/**
 * Wait until the search page has finished an update: `data-results` is set
 * (and is not the `stale` marker of `markStale`). Returns the number of
 * results it announced.
 */
export async function settled(page: Page): Promise<number> {
  return until(`search results on ${page.url()}`, async () => {
    const value = await page.locator('#search').getAttribute('data-results');
    return value === null || value === 'stale' ? undefined : Number(value);
  });
}

/**
 * Overwrite `data-results` with a marker, so that `settled` waits for the
 * next update to finish even when it finds as many results as before.
 */
export async function markStale(page: Page): Promise<void> {
  await page.evaluate(`document.querySelector('#search').dataset.results = 'stale'`);
}

/** The link paths (without `?highlight=`) of the elements `selector` finds. */
export async function linkPaths(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, page.url()).pathname);
}

/** What the search page shows once settled. */
export interface Shown {
  readonly count: number;
  readonly status: string;
  readonly cards: string[];
  readonly articles: string[];
  readonly entities: string[];
}

/** Read what the page shows now. */
export async function readShown(page: Page, count: number): Promise<Shown> {
  return {
    count,
    status: (await page.locator('#search-status').textContent()) ?? '',
    cards: await linkPaths(page, '.search-card-name'),
    articles: await linkPaths(page, '#search-results .search-result-title'),
    entities: await linkPaths(page, '#search-entity-results .search-result-title'),
  };
}

/** Open `address` (a search page) in `page`, wait for its results and read them. */
export async function shownSearch(page: Page, address: string): Promise<Shown> {
  await page.goto(address);
  return readShown(page, await settled(page));
}
