/**
 * Search by name and in every script, in Chromium against the real index
 * built by the real build.
 *
 * The ranking table: queries over a small archive of confusable names
 * (`fixtures/search-ranking/content/`: an organisation and a splinter group
 * sharing a word, a father and son, a place and a person named after it, the
 * same names in Latin, Arabic and Cyrillic script), each with the card that
 * must come first and the article that must be the first article. Then
 * the normalisation of every script, on the same archive, and the five
 * queries of the shipped archive (`content/`) that once found the wrong page
 * first or nothing.
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
import {chromium, type Browser, type Page} from 'playwright-core';
import {build} from '../src/build.ts';
import {browserSkipReason, chromiumFlags, chromiumPath} from './helpers/browser.ts';
import {rankingTable} from './fixtures/search-ranking/table.ts';
import {linkPaths, searchPage, shownSearch} from './helpers/search-page.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();

const fixture = fileURLToPath(new URL('fixtures/search-ranking/content/', import.meta.url));
const shippedContent = fileURLToPath(new URL('../content/', import.meta.url));

describe('search by name and in every script, in Chromium', {skip}, () => {
  let scratch: string;
  let server: StaticServer;
  let shipped: StaticServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-ranking-'));
    // One after the other: the builds share Pagefind's service.
    const built = await build({contentDir: fixture, outputDir: path.join(scratch, 'site'), today: '2026-01-01'});
    assert.equal(built.ok, true, built.report + (built.failure ?? ''));
    const builtShipped = await build({contentDir: shippedContent, outputDir: path.join(scratch, 'shipped'), today: '2026-01-01'});
    assert.equal(builtShipped.ok, true, builtShipped.report + (builtShipped.failure ?? ''));
    server = await serveStatic(path.join(scratch, 'site'));
    shipped = await serveStatic(path.join(scratch, 'shipped'));
    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumFlags});
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await shipped?.close();
    if (scratch !== undefined) await rm(scratch, {recursive: true, force: true});
  });

  for (const row of rankingTable) {
    test(`ranking table: ${row.query} → ${row.card ?? 'no card'}, then ${row.article ?? 'no article'} (${row.why})`, async () => {
      const shown = await shownSearch(page, searchPage(server, {q: row.query}));
      assert.equal(shown.cards[0] ?? null, row.card, `first card of ${shown.cards.join(', ') || 'none'}`);
      assert.equal(shown.articles[0] ?? null, row.article === null ? null : `/articles/${row.article}/`, `first article of ${shown.articles.join(', ') || 'none'}`);
      assert.ok(
        shown.articles.every((address) => address.startsWith('/articles/')),
        `only articles in the article list: ${shown.articles.join(', ')}`,
      );
      assert.ok(!shown.entities.some((address) => shown.cards.includes(address)), 'a page shown as a card is not listed again');
    });
  }

  /** Queries written in different forms of one script that must find the same. */
  const sameAs: readonly (readonly [string, string, string])[] = [
    ['پاكستان', 'پاکستان', 'Arabic kaf and Persian keheh'],
    ['۲۰۲۱', '2021', 'Persian digits'],
    ['٢٠٢١', '2021', 'Arabic-Indic digits'],
    ['ديدار', 'دیدار', 'Arabic and Persian yeh'],
    ['مقاومـت', 'مقاومت', 'a tatweel'],
    ['می‌گوید', 'میگوید', 'a zero-width non-joiner'],
    ['ещё', 'еще', 'ё and е'],
  ];
  for (const [variant, plain, what] of sameAs) {
    test(`normalisation: “${variant}” finds what “${plain}” finds (${what})`, async () => {
      const a = await shownSearch(page, searchPage(server, {q: variant}));
      const b = await shownSearch(page, searchPage(server, {q: plain}));
      assert.ok(a.count > 0, `“${variant}” finds something`);
      assert.deepEqual([a.cards, a.articles, a.entities], [b.cards, b.articles, b.entities]);
    });
  }

  test('normalisation: titles, excerpts and the opened page keep the words as written', async () => {
    // The article writes ديدار and كابل with Arabic letters, and پاكستان with Arabic kaf.
    const shown = await shownSearch(page, searchPage(server, {q: 'دیدار'}));
    assert.deepEqual(shown.articles, ['/articles/kabul-islamabad-fa/']);
    assert.equal(await page.locator('#search-results .search-result-title').first().textContent(), 'ديدار مقامات در كابل');
    assert.deepEqual(await page.locator('#search-results .search-result-excerpt mark').allTextContents(), ['ديدار']);
    assert.match((await page.locator('#search-results .search-result-excerpt').first().textContent()) ?? '', /پاكستان/);
    // A tatweel and a zero-width non-joiner stay where they were written.
    await shownSearch(page, searchPage(server, {q: 'مقاومت'}));
    assert.deepEqual(await page.locator('#search-results .search-result-excerpt mark').allTextContents(), ['مقاومـت']);
    assert.match((await page.locator('#search-results .search-result-excerpt').first().textContent()) ?? '', /می\u200Cگوید/);
    // The opened page marks the words in the forms it writes them.
    await shownSearch(page, searchPage(server, {q: 'پاکستان'}));
    const link = page.locator('#search-results .search-result-title', {hasText: 'ديدار'});
    await Promise.all([page.waitForURL((url) => url.pathname === '/articles/kabul-islamabad-fa/'), link.click()]);
    assert.deepEqual(await page.locator('main mark.search-term').allTextContents(), ['پاكستان', 'پاكستان']);
  });

  test('a card says what the entity is, how many articles name it and when, and links to its page', async () => {
    await shownSearch(page, searchPage(server, {q: 'Panjshir'}));
    const cards = page.locator('.search-card');
    assert.equal(await cards.count(), 2, 'the place, then the person whose name starts with it');
    assert.equal(await cards.nth(0).locator('.search-card-name').textContent(), 'Panjshir');
    assert.equal(await cards.nth(0).locator('.search-card-meta').textContent(), 'Place · 4 articles · 6 September 2021 – 20 May 2024');
    assert.equal(await cards.nth(0).locator('.search-card-description').textContent(), 'Mountain valley and province north-east of Kabul');
    assert.equal(await cards.nth(1).getAttribute('data-match'), 'prefix');
    assert.deepEqual(await linkPaths(page, '.search-card-name'), ['/actors/panjshir/', '/actors/yusuf-panjshiri/']);
    assert.equal(await page.locator('#search-named-first').textContent(), 'Articles that name Panjshir come first, in any language.');
    // The articles that name the place in any script, those that say most first; then the others with the word.
    const articles = await linkPaths(page, '#search-results .search-result-title');
    assert.deepEqual(articles.slice(0, 2), ['/articles/panjshir-floods/', '/articles/panjshir-dari/']);
    assert.ok(articles.includes('/articles/yusuf-panjshiri-profile/'), articles.join(', '));
  });

  /** The five queries of the shipped archive, with the page that must come first: the first card, or else the first article. */
  const shippedQueries: readonly (readonly [string, string])[] = [
    ['taliban', '/actors/taliban/'],
    ['Panjshir', '/actors/panjshir/'],
    ['پاکستان', '/actors/pakistan/'],
    ['پاكستان', '/actors/pakistan/'],
  ];
  for (const [query, first] of shippedQueries) {
    test(`the shipped archive: “${query}” shows ${first} first`, async () => {
      const shown = await shownSearch(page, searchPage(shipped, {q: query}));
      assert.equal(shown.cards[0], first, `cards: ${shown.cards.join(', ')}`);
      assert.ok(!shown.cards.includes('/actors/tehrik-i-taliban-pakistan/'), 'not the splinter group');
      assert.ok(shown.articles.length > 0 && shown.articles.every((address) => address.startsWith('/articles/')));
    });
  }

  test('the shipped archive: “Panjshir” lists the one article about Panjshir first, and “۲۰۲۱” finds what “2021” finds', async () => {
    const panjshir = await shownSearch(page, searchPage(shipped, {q: 'Panjshir'}));
    assert.equal(panjshir.articles[0], '/articles/afghanistans-anti-taliban-resistance-not-getting-response/');
    const persian = await shownSearch(page, searchPage(shipped, {q: '۲۰۲۱'}));
    const ascii = await shownSearch(page, searchPage(shipped, {q: '2021'}));
    assert.ok(persian.articles.length > 0);
    assert.deepEqual([persian.articles, persian.entities], [ascii.articles, ascii.entities]);
  });
});
