/**
 * The search as readers use it, in Chromium: a dedicated fixture archive
 * (8 articles over 4 years in English, Persian and Russian, 2 sources, 4
 * topics, actors with Latin, Cyrillic and Arabic-script aliases) is built
 * once, at the root, under `/archive/` and with its index in shards, served
 * on 127.0.0.1 and driven by one browser. The page shows cards for the
 * entities the query names, then the articles, then a short list of
 * people, places and topics. Also: no console errors on any page kind, and
 * axe-core finds no accessibility violation. The ranking table and the
 * normalisation of every script are in `search-ranking.browser.test.ts`.
 *
 * Without Chromium these tests are skipped with a loud notice; under CI they
 * fail (see `helpers/browser.ts`).
 */

import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {setTimeout as delay} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import {AxeBuilder} from '@axe-core/playwright';
import {HtmlValidate} from 'html-validate';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {build} from '../src/build.ts';
import {browserSkipReason, chromiumFlags, chromiumPath} from './helpers/browser.ts';
import {linkPaths, markStale, settled as settledCount, until} from './helpers/search-page.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();

const fixture = fileURLToPath(new URL('fixtures/search/content/', import.meta.url));

/** The fixture's articles and their dates, as written in their front matter. */
const articleDates: Readonly<Record<string, string>> = {
  'arms-allegation': '2017',
  'moscow-talks': '2018-11-09',
  'kabul-falls': '2021-08-15',
  'moscow-reaction': '2021-08-17',
  'valley-holdout': '2021-09',
  'panjshir-dari': '2021-09-06',
  'trade-memorandum': '2025-03',
  'border-clashes': '2025-10-12',
};

/** The labels the site shows for those dates. */
const dateLabels: Readonly<Record<string, string>> = {
  'arms-allegation': '2017',
  'moscow-talks': '9 November 2018',
  'kabul-falls': '15 August 2021',
  'moscow-reaction': '17 August 2021',
  'valley-holdout': 'September 2021',
  'panjshir-dari': '6 September 2021',
  'trade-memorandum': 'March 2025',
  'border-clashes': '12 October 2025',
};

/** `slugs` newest first, by the dates above (a day of a month is newer than the month alone). */
function newestFirst(slugs: readonly string[]): string[] {
  const key = (slug: string): string => {
    const [year = '', month = '00', day = '00'] = (articleDates[slug] ?? '').split('-');
    return `${year}-${month}-${day}`;
  };
  return [...slugs].sort((a, b) => key(b).localeCompare(key(a)));
}

const article = (slug: string): string => `/articles/${slug}/`;

describe('search in the browser', {skip}, () => {
  let scratch: string;
  let root: StaticServer;
  let prefixed: StaticServer;
  let sharded: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let noScript: BrowserContext;

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-search-'));
    const site = path.join(scratch, 'site');
    const prefixedSite = path.join(scratch, 'prefixed');
    // One after the other: the builds share Pagefind's service. The sharded
    // site has its index split into shards by date, merged in the browser.
    const built = await build({contentDir: fixture, outputDir: site, today: '2026-01-01'});
    assert.equal(built.ok, true, built.report + (built.failure ?? ''));
    assert.equal(built.search?.pages, 19, '8 articles, 5 actors, 4 topics and 2 sources are indexed');
    assert.equal(built.search?.shards, 2, 'one shard of articles, one of entity pages');
    const builtSharded = await build({contentDir: fixture, outputDir: path.join(scratch, 'sharded'), today: '2026-01-01', maxShardPages: 5});
    assert.equal(builtSharded.ok, true, builtSharded.report + (builtSharded.failure ?? ''));
    assert.equal(builtSharded.search?.pages, 19);
    assert.ok((builtSharded.search?.shards ?? 0) >= 3, `the sharded site's index has ${builtSharded.search?.shards} shards`);
    const builtPrefixed = await build({contentDir: fixture, outputDir: prefixedSite, today: '2026-01-01', overrides: {pathPrefix: '/archive/'}});
    assert.equal(builtPrefixed.ok, true, builtPrefixed.report + (builtPrefixed.failure ?? ''));
    assert.equal(builtPrefixed.search?.shards, 2);
    root = await serveStatic(site);
    prefixed = await serveStatic(prefixedSite, '/archive/');
    sharded = await serveStatic(path.join(scratch, 'sharded'));
    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumFlags});
    context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    noScript = await browser.newContext({javaScriptEnabled: false});
    noScript.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await root?.close();
    await prefixed?.close();
    await sharded?.close();
    if (scratch !== undefined) await rm(scratch, {recursive: true, force: true});
  });

  /** An absolute URL on the root site. */
  const at = (address: string): string => new URL(address, root.url).href;

  /** A new page in `from`, closed after the test. */
  async function open(t: {after: (fn: () => Promise<void>) => void}, from: BrowserContext = context): Promise<Page> {
    const page = await from.newPage();
    t.after(() => page.close());
    return page;
  }

  /**
   * Wait until the search page has finished an update and the first page of
   * each list is shown. Returns the number of results (articles and people,
   * places and topics).
   */
  async function settled(page: Page): Promise<number> {
    const count = await settledCount(page);
    return until(`the lists of ${page.url()}`, async () => {
      const shown = await page.locator('#search-results .search-result, #search-entity-results .search-entity').count();
      return count === 0 || shown > 0 ? count : undefined;
    });
  }

  /** Open the filter panel (its data loads then) and wait for the update it makes. */
  async function openFilters(page: Page): Promise<void> {
    if ((await page.locator('#search-filters-panel').getAttribute('open')) !== null) return;
    await markStale(page);
    await page.locator('#search-filters-panel summary').click();
    await settled(page);
  }

  /** Open the search page with `query` (the part after `?`) and wait for its results. */
  async function search(page: Page, query: string, server: StaticServer = root): Promise<number> {
    await page.goto(new URL(`search/?${query}`, server.url).href);
    return settled(page);
  }

  /** The shown results' link paths (without `?highlight=`): the articles, then the people, places and topics. */
  const resultPaths = (page: Page): Promise<string[]> => linkPaths(page, '#search-results .search-result-title, #search-entity-results .search-result-title');

  /** The shown articles' link paths. */
  const articlePaths = (page: Page): Promise<string[]> => linkPaths(page, '#search-results .search-result-title');

  /** The shown cards' link paths. */
  const cardPaths = (page: Page): Promise<string[]> => linkPaths(page, '.search-card-name');

  /** Record what goes wrong on `page`: console errors and warnings, uncaught errors, failed and 4xx/5xx responses. */
  function watch(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`console ${message.type()}: ${message.text()} at ${message.location().url}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // Cancelled because the test moved on to the next page (the icon is
      // fetched after `load`). A missing or broken file still shows, as an
      // HTTP status (below) or as another error.
      if (reason === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.url()} ${reason}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    return problems;
  }

  test('a distinctive phrase finds its article first', async (t) => {
    const page = await open(t);
    const count = await search(page, 'q=saffron+terraces');
    assert.equal(count, 1);
    assert.deepEqual(await resultPaths(page), [article('valley-holdout')]);
    assert.equal(await page.locator('#search-status').textContent(), '1 result for “saffron terraces”.');
    assert.equal(await page.locator('.search-result-title').first().textContent(), 'A valley holds out');
    assert.equal(await page.locator('.search-result-meta').first().textContent(), 'Article · September 2021 · Northern Wire');
    assert.deepEqual(await page.locator('.search-result-excerpt mark').allTextContents(), ['saffron', 'terraces']);

    // A phrase from a longer result list is still first.
    await search(page, 'q=Torkham+crossing+fire');
    assert.equal((await resultPaths(page))[0], article('border-clashes'));
  });

  /** `Taliban` names the actor: its card, then every article that names it (in any script), then the topics; the actor's own page is the card. */
  const talibanArticles = ['panjshir-dari', 'moscow-reaction', 'border-clashes', 'trade-memorandum', 'kabul-falls', 'arms-allegation', 'moscow-talks', 'valley-holdout'].map(article);
  const talibanEntities = ['/topics/russia-taliban/', '/topics/resistance/', '/topics/diplomacy/'];
  const taliban = [...talibanArticles, ...talibanEntities];

  test('a query that names an actor shows its card first, then the articles that name it, then other pages apart', async (t) => {
    const page = await open(t);
    // The actor's page counts as a result, shown as the card.
    assert.equal(await search(page, 'q=Taliban'), taliban.length + 1);
    assert.deepEqual(await cardPaths(page), ['/actors/taliban/']);
    const card = page.locator('.search-card').first();
    assert.equal(await card.locator('.search-card-name').textContent(), 'Taliban');
    assert.equal(await card.locator('.search-card-meta').textContent(), 'Organisation · 8 articles · 2017 – 12 October 2025');
    assert.deepEqual((await articlePaths(page)).sort(), [...talibanArticles].sort(), 'every article that names the Taliban, in any script, and nothing else');
    assert.deepEqual((await linkPaths(page, '#search-entity-results .search-result-title')).sort(), [...talibanEntities].sort());
    assert.equal(await page.locator('#search-named-first').textContent(), 'Articles that name Taliban come first, in any language.');
    // In the page: cards, then the articles, then the people, places and topics.
    const order = await page.locator('#search-cards, #search-articles, #search-entities').evaluateAll((boxes) => boxes.map((box) => box.id));
    assert.deepEqual(order, ['search-cards', 'search-articles', 'search-entities']);
    assert.equal(await page.locator('#search-entities h2').textContent(), 'People, places and topics');

    // A query that names nothing has no card and no note.
    await search(page, 'q=saffron');
    assert.deepEqual(await cardPaths(page), []);
    assert.equal(await page.locator('#search-named-first').isHidden(), true);
  });

  const filterCases = [
    {start: 'q=Taliban', before: taliban, group: 'kind', value: 'Article', results: talibanArticles},
    {start: 'q=Taliban', before: taliban, group: 'topic', value: 'Regional diplomacy', results: ['/topics/diplomacy/', ...['moscow-talks', 'kabul-falls', 'trade-memorandum'].map(article)]},
    {start: 'q=Taliban', before: taliban, group: 'actor', value: 'Pakistan', results: ['moscow-talks', 'kabul-falls', 'border-clashes'].map(article)},
    {start: 'q=Taliban', before: taliban, group: 'source', value: 'Northern Wire', results: ['arms-allegation', 'kabul-falls', 'valley-holdout', 'border-clashes'].map(article)},
    {start: 'q=Taliban', before: taliban, group: 'year', value: '2025', results: ['trade-memorandum', 'border-clashes'].map(article)},
    // No query: the articles of 2021, in three languages.
    {start: 'year=2021', before: ['kabul-falls', 'moscow-reaction', 'valley-holdout', 'panjshir-dari'].map(article), group: 'language', value: 'Persian (fa)', results: [article('panjshir-dari')]},
  ];

  for (const {start, before: shownBefore, group, value, results} of filterCases) {
    test(`the ${group} filter narrows the results to what its count says (${value}, from ?${start})`, async (t) => {
      const page = await open(t);
      await search(page, start);
      await openFilters(page);
      assert.deepEqual((await resultPaths(page)).sort(), [...shownBefore].sort());

      const item = page.locator(`#search-filters fieldset[data-filter="${group}"] li`).filter({has: page.locator(`input[value="${value}"]`)});
      assert.equal(await item.count(), 1, `one ${group} filter ${value}`);
      const shownCount = Number(await item.locator('.count').getAttribute('data-count'));
      assert.equal(await item.locator('.count').textContent(), `(${shownCount})`);

      await markStale(page);
      await item.locator('input[type="checkbox"]').check();
      const narrowed = await settled(page);
      assert.equal(narrowed, shownCount, 'the count shown next to the value is the number of results');
      assert.equal(narrowed, results.length);
      assert.ok(narrowed < shownBefore.length, 'the filter narrows');
      assert.deepEqual((await resultPaths(page)).sort(), [...results].sort());
      assert.equal(new URL(page.url()).searchParams.getAll(group).join('|'), value, 'the filter is in the URL');
      assert.equal(await page.locator(`#search-filters input[name="${group}"][value="${value}"]`).isChecked(), true);

      // Unticking it brings the first results back.
      await markStale(page);
      await page.locator(`#search-filters input[name="${group}"][value="${value}"]`).uncheck();
      await settled(page);
      assert.deepEqual((await resultPaths(page)).sort(), [...shownBefore].sort());
      assert.equal(new URL(page.url()).searchParams.has(group), false);
    });
  }

  test('the filter data is loaded only once the filter panel is opened, or a filter is in the URL', async (t) => {
    // A fresh context: nothing cached from the other tests.
    const fresh = await browser.newContext();
    t.after(() => fresh.close());
    const page = await open(t, fresh);
    const filterFiles = (): number => root.log.filter((entry) => entry.path.startsWith('/pagefind/filter/')).length;
    const before = filterFiles();
    await search(page, 'q=Taliban');
    await page.waitForLoadState('networkidle');
    assert.equal(filterFiles(), before, 'no filter file for a first search');
    assert.equal(await page.locator('#search-filters fieldset').count(), 0);
    await openFilters(page);
    assert.ok(filterFiles() > before, 'opening the panel loads them');
    assert.ok((await page.locator('#search-filters fieldset').count()) > 0, 'and shows the counts');
    await search(page, 'q=Taliban&year=2025');
    assert.equal(await page.locator('#search-filters-panel').getAttribute('open'), '', 'a filter in the URL opens the panel');
  });

  test('newest first orders the results by date', async (t) => {
    const page = await open(t);
    // Every article, by filter alone.
    assert.equal(await search(page, 'kind=Article&sort=newest'), 8);
    const all = newestFirst(Object.keys(articleDates));
    assert.deepEqual(all, ['border-clashes', 'trade-memorandum', 'panjshir-dari', 'valley-holdout', 'moscow-reaction', 'kabul-falls', 'moscow-talks', 'arms-allegation']);
    assert.deepEqual(await resultPaths(page), all.map(article));
    assert.deepEqual(
      await page.locator('.search-result-meta').allTextContents(),
      all.map((slug) => `Article · ${dateLabels[slug] ?? ''} · ${['moscow-talks', 'moscow-reaction', 'panjshir-dari', 'trade-memorandum'].includes(slug) ? 'Eastern Gazette' : 'Northern Wire'}`),
    );

    // A query, then the order chosen in the form.
    await search(page, 'q=Taliban');
    await openFilters(page);
    await markStale(page);
    await page.locator('#search-filters input[name="kind"][value="Article"]').check();
    await settled(page);
    await markStale(page);
    await page.locator('#search-sort').selectOption('newest');
    assert.equal(await settled(page), 8);
    // Every article names the Taliban, so the mentions first are all of them, newest first.
    const matching = newestFirst(talibanArticles.map((address) => address.split('/')[2] ?? ''));
    assert.deepEqual(await resultPaths(page), matching.map(article));
    assert.deepEqual(
      (await page.locator('.search-result-meta').allTextContents()).map((meta) => meta.split(' · ')[1]),
      matching.map((slug) => dateLabels[slug]),
    );
  });

  /** The results in order and the filter counts the search page shows for `query` on `server`. */
  async function shownSearch(page: Page, query: string, server: StaticServer): Promise<{results: string[]; counts: string[]}> {
    await search(page, query, server);
    await openFilters(page);
    const counts = await page.locator('#search-filters li').evaluateAll((items) =>
      items.map((item) => `${item.querySelector('input')?.getAttribute('name')}=${item.querySelector('input')?.getAttribute('value')} ${item.querySelector('.count')?.getAttribute('data-count')}`),
    );
    return {results: await resultPaths(page), counts};
  }

  // Including words that only some shards have ("Torkham" is in one
  // article and one topic), where Pagefind would fall back to a prefix of
  // the word in the others. (A word being typed, such as `torkh`, is the
  // one difference left: see docs/performance.md.)
  const shardedQueries = [
    'kind=Article&sort=newest',
    'kind=Article',
    'year=2021&sort=newest',
    'q=Taliban&kind=Article&sort=newest',
    'sort=newest&topic=Russia+and+the+Taliban',
    'q=Taliban',
    'q=Torkham',
    'q=Torkham&sort=newest',
    'q=Torkham+crossing',
    'q=saffron+terraces',
    'q=Масуд',
    'q=Moscow+Taliban&sort=newest',
  ];
  for (const query of shardedQueries) {
    test(`an index split into shards finds and orders as one bundle does (?${query})`, async (t) => {
      const page = await open(t);
      const single = await shownSearch(page, query, root);
      assert.ok(single.results.length > 0);
      const merged = await shownSearch(page, query, sharded);
      if (query.includes('sort=newest')) assert.deepEqual(merged.results, single.results);
      else assert.deepEqual([...merged.results].sort(), [...single.results].sort());
      assert.deepEqual(merged.counts, single.counts);
      assert.ok(sharded.log.some((entry) => entry.path.startsWith('/pagefind/shards/')), 'the merged shards are fetched');
    });
  }

  test('words that no one shard holds together find nothing, as in one bundle', async (t) => {
    const page = await open(t);
    // "Torkham" is only in 2025, "saffron" only in 2021.
    for (const server of [root, sharded]) {
      assert.equal(await search(page, 'q=Torkham+saffron', server), 0);
      assert.equal(await page.locator('#search-status').textContent(), 'No results for “Torkham saffron”.');
    }
  });

  test('the URL holds the query, filters and order, and reloading restores the results', async (t) => {
    const page = await open(t);
    assert.equal(await search(page, 'q=Taliban'), 12);
    assert.equal(await page.locator('#search-query').inputValue(), 'Taliban', 'the query from the URL is in the box');
    assert.equal(await page.locator('#search-status').textContent(), '12 results for “Taliban”.');

    await openFilters(page);
    await markStale(page);
    await page.locator('#search-filters input[name="kind"][value="Article"]').check();
    await settled(page);
    await markStale(page);
    await page.locator('#search-sort').selectOption('newest');
    assert.equal(await settled(page), 8);
    const url = new URL(page.url());
    assert.equal(url.pathname, '/search/');
    assert.deepEqual([...url.searchParams], [['q', 'Taliban'], ['sort', 'newest'], ['kind', 'Article']]);
    const shown = await resultPaths(page);

    await page.reload();
    assert.equal(await settled(page), 8);
    assert.deepEqual(await resultPaths(page), shown);
    assert.equal(await page.locator('#search-query').inputValue(), 'Taliban');
    assert.equal(await page.locator('#search-sort').inputValue(), 'newest');
    assert.equal(await page.locator('#search-filters input[name="kind"][value="Article"]').isChecked(), true);

    // Typing a new query searches (after a pause) and updates the URL, keeping filters and order.
    await markStale(page);
    await page.locator('#search-query').fill('Torkham');
    assert.equal(await settled(page), 1);
    assert.deepEqual(await resultPaths(page), [article('border-clashes')]);
    assert.deepEqual([...new URL(page.url()).searchParams], [['q', 'Torkham'], ['sort', 'newest'], ['kind', 'Article']]);
  });

  test('a slow earlier search never adds its results to a newer one', async (t) => {
    const page = await open(t);
    let slow = false;
    let slowDone: Promise<void> = Promise.resolve();
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (!slow) return route.continue();
      let finish = (): void => undefined;
      slowDone = new Promise((resolve) => (finish = resolve));
      await delay(1000);
      await route.continue();
      finish();
      return undefined;
    });
    assert.equal(await search(page, ''), 0);

    slow = true;
    await markStale(page);
    await page.locator('#search-query').fill('saffron');
    await page.locator('#search-query').press('Enter');
    // The search is done, its result's fragment is still on its way.
    await until('the first search', async () => ((await page.locator('#search').getAttribute('data-results')) === '1' ? true : undefined));
    slow = false;
    await markStale(page);
    await page.locator('#search-query').fill('Torkham');
    await page.locator('#search-query').press('Enter');
    assert.equal(await settled(page), 2);
    await slowDone;
    await delay(100);
    assert.deepEqual((await resultPaths(page)).sort(), [article('border-clashes'), '/topics/border/']);
  });

  test('the header search form on an article page leads to the results', async (t) => {
    const page = await open(t);
    await page.goto(at('/articles/kabul-falls/'));
    await page.locator('#site-search-query').fill('saffron terraces');
    await page.locator('#site-search-query').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    assert.equal(new URL(page.url()).search, '?q=saffron+terraces');
    assert.equal(await settled(page), 1);
    assert.deepEqual(await resultPaths(page), [article('valley-holdout')]);
    assert.equal(await page.locator('#search-query').inputValue(), 'saffron terraces');
  });

  test('without JavaScript the header form still leads to the search page, which points to the timeline, topics and actors', async (t) => {
    const page = await open(t, noScript);
    const problems = watch(page);
    await page.goto(at('/articles/kabul-falls/'));
    await page.locator('#site-search-query').fill('saffron terraces');
    await page.locator('#site-search-query').press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    assert.equal(new URL(page.url()).search, '?q=saffron+terraces');
    const notice = page.locator('#search .notice');
    assert.equal(await notice.isVisible(), true, 'the <noscript> notice is shown');
    assert.match(((await notice.textContent()) ?? '').trim(), /^Search runs in your browser and needs JavaScript, which is turned off\./);
    const links = notice.locator('a');
    assert.deepEqual(await links.allTextContents(), ['Timeline', 'Topics', 'Actors']);
    const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
    assert.deepEqual(hrefs, ['/timeline/', '/topics/', '/actors/']);
    for (const href of hrefs) assert.equal((await page.request.get(at(href ?? ''))).status(), 200, `${href} resolves`);
    assert.equal(await page.locator('.search-result').count(), 0);
    // Nothing the script would fill is shown empty: no list headings, no filter panel.
    for (const part of ['#search-articles', '#search-entities', '#search-filters-panel']) assert.equal(await page.locator(part).isHidden(), true, `${part} is hidden`);
    // The form still works: it is an ordinary GET form to the same page.
    assert.equal(await page.locator('#search-form').getAttribute('action'), '/search/');
    assert.deepEqual(problems, []);
  });

  for (const alias of ['the younger Massoud', 'Ахмад Масуд', 'احمد مسعود']) {
    test(`the alias “${alias}” shows the actor's card, then the articles that name him in any script`, async (t) => {
      const page = await open(t);
      await search(page, new URLSearchParams({q: alias}).toString());
      assert.deepEqual(await cardPaths(page), ['/actors/ahmad-massoud/']);
      assert.equal(await page.locator('.search-card-name').first().textContent(), 'Ahmad Massoud');
      assert.deepEqual((await articlePaths(page)).sort(), ['moscow-reaction', 'panjshir-dari', 'valley-holdout'].map(article).sort());
    });
  }

  test('a followed result marks the searched words on the page it opens', async (t) => {
    const page = await open(t);
    await search(page, 'q=saffron+terraces');
    await Promise.all([page.waitForURL((url) => url.pathname === article('valley-holdout')), page.locator('.search-result-title').first().click()]);
    assert.equal(new URL(page.url()).searchParams.get('highlight'), 'saffron terraces');
    assert.deepEqual(await page.locator('main mark.search-term').allTextContents(), ['saffron', 'terraces']);
    assert.equal(await page.locator('header mark, footer mark').count(), 0, 'only the main text is marked');

    // Cyrillic words are marked too, wherever they appear in the main text.
    await search(page, new URLSearchParams({q: 'Ахмад Масуд'}).toString());
    await Promise.all([page.waitForURL((url) => url.pathname === '/actors/ahmad-massoud/'), page.locator('.search-card-name').first().click()]);
    assert.equal(new URL(page.url()).searchParams.get('highlight'), 'Ахмад Масуд');
    const marks = await page.locator('main mark.search-term').allTextContents();
    assert.ok(marks.length >= 2, marks.join(', '));
    assert.deepEqual([...new Set(marks)].sort(), ['Ахмад', 'Масуд']);
  });

  const pageKinds: readonly (readonly [string, string])[] = [
    ['home', '/'],
    ['article', article('valley-holdout')],
    ['right-to-left article', article('panjshir-dari')],
    ['timeline', '/timeline/'],
    ['timeline year', '/timeline/2021/'],
    ['topics index', '/topics/'],
    ['topic', '/topics/resistance/'],
    ['actors index', '/actors/'],
    ['actor', '/actors/ahmad-massoud/'],
    ['sources index', '/sources/'],
    ['source', '/sources/northern-wire/'],
    ['search with a query', '/search/?q=Taliban'],
    ['article opened from a result', `${article('valley-holdout')}?highlight=saffron+terraces`],
    ['404', '/no-such-page/'],
  ];

  test('no console error, page error or failed request on any page kind', async (t) => {
    // One page per kind, side by side; each is watched until the network is
    // idle, so that late requests (the icon, the search index) count too.
    const found = await Promise.all(
      pageKinds.map(async ([kind, address]) => {
        const page = await open(t);
        const problems = watch(page);
        const response = await page.goto(at(address));
        if (address.startsWith('/search/')) assert.equal(await settled(page), 12);
        await page.waitForLoadState('networkidle');
        page.removeAllListeners();
        if (kind === '404') {
          assert.equal(response?.status(), 404);
          assert.equal(await page.locator('h1').count(), 1);
          // The page's own status is expected, and Chromium may echo it in the console.
          const status = problems.indexOf(`HTTP 404: ${at(address)}`);
          assert.ok(status >= 0, problems.join('\n'));
          problems.splice(status, 1);
          const echo = problems.indexOf(`console error: Failed to load resource: the server responded with a status of 404 (Not Found) at ${at(address)}`);
          if (echo >= 0) problems.splice(echo, 1);
        } else {
          assert.equal(response?.status(), 200, `${kind} ${address}`);
        }
        return problems.map((problem) => `${kind} (${address}): ${problem}`);
      }),
    );
    assert.deepEqual(found.flat(), []);
  });

  const axePages: readonly (readonly [string, string])[] = [
    ['home', '/'],
    ['article', article('valley-holdout')],
    ['right-to-left article', article('panjshir-dari')],
    ['timeline', '/timeline/'],
    ['topic', '/topics/resistance/'],
    ['actor', '/actors/ahmad-massoud/'],
    ['search with results', '/search/?q=Taliban'],
    ['article with marked words', `${article('valley-holdout')}?highlight=saffron+terraces`],
  ];

  test('axe-core finds no accessibility violation, and no contrast problem in the dark colour scheme either', async (t) => {
    const page = await open(t);
    const found: string[] = [];
    const report = (kind: string, address: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): void => {
      for (const violation of violations) {
        const targets = violation.nodes.map((node) => `${node.target.join(' ')}${node.failureSummary === undefined ? '' : ` (${node.failureSummary.replace(/\s+/g, ' ')})`}`);
        found.push(`${kind} (${address}): ${violation.id} [${violation.impact ?? ''}] ${violation.help}: ${targets.join('; ')}`);
      }
    };
    // Legacy mode runs axe in the page itself instead of collecting results
    // in an extra blank page: the same checks for pages without frames, in
    // half the time.
    for (const [kind, address] of axePages) {
      await page.emulateMedia({colorScheme: 'light'});
      await page.goto(at(address));
      if (address.startsWith('/search/')) assert.equal(await settled(page), 12);
      const light = await new AxeBuilder({page}).setLegacyMode(true).analyze();
      assert.ok(
        light.passes.some((rule) => rule.id === 'color-contrast'),
        `axe checked the contrast of ${kind}`,
      );
      report(kind, address, light.violations);
      // Only colours change in the dark scheme.
      await page.emulateMedia({colorScheme: 'dark'});
      const dark = await new AxeBuilder({page}).setLegacyMode(true).withRules(['color-contrast']).analyze();
      assert.equal(dark.passes.length, 1, `axe checked the dark contrast of ${kind}`);
      report(`${kind}, dark`, address, dark.violations);
    }
    assert.deepEqual(found, []);
  });

  test('the markup the script writes (filters, results, marks) passes html-validate', async (t) => {
    const page = await open(t);
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // As in html-validate.test.ts: the lower-case doctype is a style choice.
        'doctype-style': 'off',
        // The browser's serialiser writes every boolean attribute as `checked=""`.
        'attribute-boolean-style': 'off',
        'attribute-empty-style': 'off',
        // A filter group's checkboxes share their name, as in the URL (`?topic=a&topic=b`).
        'form-dup-name': ['error', {shared: ['radio', 'button', 'reset', 'submit', 'checkbox']}],
      },
    });
    const problems: string[] = [];
    for (const address of ['/search/?q=Taliban&kind=Article', `${article('valley-holdout')}?highlight=saffron+terraces`]) {
      await page.goto(at(address));
      if (address.startsWith('/search/')) assert.equal(await settled(page), 8);
      else assert.equal(await page.locator('mark.search-term').count(), 2);
      const report = await validator.validateString(await page.content(), address);
      for (const {messages} of report.results) for (const message of messages) problems.push(`${address}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
    assert.deepEqual(problems, []);
  });

  test('search works under a path prefix', async (t) => {
    const page = await open(t);
    const problems = watch(page);
    assert.equal(await search(page, 'q=Taliban', prefixed), 12);
    const hrefs = await Promise.all((await page.locator('.search-result-title, .search-card-name').all()).map((link) => link.getAttribute('href')));
    assert.equal(hrefs.length, 12);
    const origin = new URL(prefixed.url).origin;
    for (const href of hrefs) {
      assert.ok(href?.startsWith('/archive/'), `${href} is under /archive/`);
      assert.equal((await page.request.get(origin + href)).status(), 200, `${href} resolves`);
    }
    assert.deepEqual(
      hrefs.map((href) => new URL(href ?? '', origin).pathname).sort(),
      [...taliban, '/actors/taliban/'].map((address) => `/archive${address}`).sort(),
    );
    assert.ok(prefixed.log.some((entry) => entry.path.startsWith('/archive/pagefind/')), 'the index is fetched under the prefix');

    // The header form of an article and a followed result stay under the prefix.
    await page.goto(`${origin}/archive/articles/kabul-falls/`);
    await page.locator('#site-search-query').fill('saffron terraces');
    await page.locator('#site-search-query').press('Enter');
    await page.waitForURL((url) => url.pathname === '/archive/search/');
    assert.equal(await settled(page), 1);
    await Promise.all([page.waitForURL((url) => url.pathname === '/archive/articles/valley-holdout/'), page.locator('.search-result-title').first().click()]);
    assert.deepEqual(await page.locator('main mark.search-term').allTextContents(), ['saffron', 'terraces']);
    assert.deepEqual(problems, []);
  });
});
