/**
 * The ranking table: queries over a small archive of confusable names
 * (`fixtures/search-ranking/content/`: an organisation and a splinter group
 * sharing a word, a father and son, a place and a person named after it, the
 * same names in Latin, Arabic and Cyrillic script), each with the card that
 * must come first and the article that must be the first article. Run in
 * Chromium against the real index, built by the real build.
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
import {searchPage, shownSearch} from './helpers/search-page.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();

const fixture = fileURLToPath(new URL('fixtures/search-ranking/content/', import.meta.url));

/** One row: the query, the page of the first card (or none), the slug of the first article (or none). */
interface Row {
  readonly query: string;
  readonly card: string | null;
  readonly article: string | null;
  /** What the row checks, for the reader of a failure. */
  readonly why: string;
}

/** The ranking table. */
export const rankingTable: readonly Row[] = [
  {query: 'taliban', card: '/actors/taliban/', article: 'taliban-take-kabul', why: 'the movement, not the splinter group that shares its name'},
  {query: "Taliban's", card: '/actors/taliban/', article: 'taliban-take-kabul', why: 'a possessive'},
  {query: 'Талибан', card: '/actors/taliban/', article: 'taliban-take-kabul', why: 'a Cyrillic alias finds the English article that says most'},
  {query: 'طالبان', card: '/actors/taliban/', article: 'taliban-take-kabul', why: 'an Arabic-script alias'},
  {query: 'TTP', card: '/actors/tehrik-i-taliban-pakistan/', article: 'pakistani-taliban-attack', why: 'the splinter group by its acronym'},
  {query: 'Pakistani Taliban', card: '/actors/tehrik-i-taliban-pakistan/', article: 'pakistani-taliban-attack', why: 'an alias that contains the other name'},
  {query: 'Tehrik', card: '/actors/tehrik-i-taliban-pakistan/', article: 'pakistani-taliban-attack', why: 'the start of a name'},
  {query: 'Ahmad Shah Massoud', card: '/actors/ahmad-shah-massoud/', article: 'the-elder-massoud-remembered', why: 'the father by his name'},
  {query: 'Ahmad Massoud', card: '/actors/ahmad-massoud/', article: 'ahmad-massoud-calls-for-talks', why: 'the son, whose name is in his father’s'},
  {query: 'the elder Massoud', card: '/actors/ahmad-shah-massoud/', article: 'the-elder-massoud-remembered', why: 'the father by an alias'},
  {query: 'Massoud', card: '/actors/ahmad-massoud/', article: 'ahmad-massoud-calls-for-talks', why: 'an alias both share: the one with more articles'},
  {query: 'Panjshir', card: '/actors/panjshir/', article: 'panjshir-floods', why: 'the place before the person named after it'},
  {query: 'پنجشیر', card: '/actors/panjshir/', article: 'panjshir-floods', why: 'the place by its Persian name finds the English article about it'},
  {query: 'Panjshiri', card: '/actors/yusuf-panjshiri/', article: 'yusuf-panjshiri-profile', why: 'the person named after the place'},
  {query: 'Kabul', card: '/actors/kabul/', article: 'taliban-take-kabul', why: 'one name in three scripts: Latin'},
  {query: 'کابل', card: '/actors/kabul/', article: 'taliban-take-kabul', why: 'Arabic script'},
  {query: 'Кабул', card: '/actors/kabul/', article: 'taliban-take-kabul', why: 'Cyrillic'},
  {query: 'Путин', card: '/actors/vladimir-putin/', article: 'putin-meets-envoy', why: 'a Cyrillic name finds the English article that says most about him'},
  {query: 'پاكستان', card: '/actors/pakistan/', article: 'pakistani-taliban-attack', why: 'Pakistan written with Arabic kaf'},
  {query: 'Putin envoy', card: '/actors/vladimir-putin/', article: 'putin-meets-envoy', why: 'a name among other words'},
  {query: 'checkpoint', card: null, article: 'pakistani-taliban-attack', why: 'no name: the article that says the word most'},
  {query: 'floods valley', card: null, article: 'panjshir-floods', why: 'no name, two words'},
];

describe('the ranking table, in Chromium', {skip}, () => {
  let scratch: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-ranking-'));
    const built = await build({contentDir: fixture, outputDir: path.join(scratch, 'site'), today: '2026-01-01'});
    assert.equal(built.ok, true, built.report + (built.failure ?? ''));
    server = await serveStatic(path.join(scratch, 'site'));
    browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumFlags});
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (scratch !== undefined) await rm(scratch, {recursive: true, force: true});
  });

  for (const row of rankingTable) {
    test(`${row.query} → ${row.card ?? 'no card'}, then ${row.article ?? 'no article'} (${row.why})`, async () => {
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
});
