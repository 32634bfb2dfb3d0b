/**
 * A site built in Pashto and one in Dari/Persian shows every interface word
 * in that language: on every HTML page of every kind, and on the search page
 * once its script has shown results and filters, this test lists each
 * string outside the catalogue, i.e. Latin letters left once the content's
 * own strings (names, titles, descriptions, URLs) are taken out. The pages
 * are right to left, and they pass axe.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {AxeBuilder} from '@axe-core/playwright';
import type {BrowserContext, Page} from 'playwright-core';
import {build} from '../src/build.ts';
import type {Archive} from '../src/model/types.ts';
import {browserSkipReason, launchBrowser} from './helpers/browser.ts';
import {listFiles} from '../src/util/folder.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();
const fixture = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));

/**
 * The languages built, with their direction. (Every catalogue is checked
 * complete, and those of right-to-left languages free of Latin letters, in
 * `i18n.test.ts`; the pages are the same templates in every language.)
 */
const languages = [
  {tag: 'ps', dir: 'rtl', axe: true},
  {tag: 'fa', dir: 'rtl', axe: true},
] as const;

/** Every string of the content that a page may show as it is. */
function contentStrings(archive: Archive): string[] {
  const strings = new Set<string>([archive.site.title, archive.site.description]);
  for (const article of archive.articles) {
    for (const value of [article.title, article.summary, article.genre, article.originalUrl, article.source?.name, article.reportsOn?.name, ...article.authors, ...article.editors]) {
      if (value !== undefined) strings.add(value);
    }
  }
  for (const actor of archive.actors) for (const value of [actor.name, actor.description, actor.wikidata, ...actor.aliases]) if (value !== undefined) strings.add(value);
  for (const topic of archive.topics) for (const value of [topic.title, topic.description]) strings.add(value);
  for (const source of archive.sources) for (const value of [source.name, source.url, source.country]) if (value !== undefined) strings.add(value);
  return [...strings].filter((value) => value !== '').sort((a, b) => b.length - a.length);
}

/**
 * Collects, in the page, every text node and every attribute readers see
 * (or hear: `aria-label`, `alt`, `title`, the page's description) that has a
 * Latin letter, with the language it is marked as and whether it is the
 * content's own text (article and profile bodies, quoted sentences, search
 * excerpts). A script, not a function: the test runner's compiler would add
 * helpers the page does not have.
 */
const collectLatin = String.raw`(() => {
  const found = [];
  const describe = (element) => {
    const parts = [];
    for (let node = element; node && node !== document.documentElement && parts.length < 4; node = node.parentElement) {
      parts.unshift(node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + (node.classList.length ? '.' + [...node.classList].join('.') : ''));
    }
    return parts.join(' > ');
  };
  const record = (text, element, where) => {
    if (!/[A-Za-z]/.test(text)) return;
    found.push({
      text: text.trim(),
      where: where + ' ' + describe(element),
      lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      content: element.closest('.prose, blockquote, .search-result-excerpt, script[type="application/ld+json"], script#search-messages') !== null,
    });
  };
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (parent && !parent.closest('style') && parent.tagName !== 'NOSCRIPT') record(node.textContent ?? '', parent, 'text');
  }
  // What link previews show readers: the page's description, titles and image text (not machine values such as og:type).
  const shown = ['description', 'og:title', 'og:description', 'og:site_name', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt'];
  for (const element of document.querySelectorAll('[aria-label], [alt], [title], [placeholder], meta[name], meta[property]')) {
    for (const name of ['aria-label', 'alt', 'title', 'placeholder', 'content']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      if (name === 'content' && !shown.includes(element.getAttribute('name') ?? element.getAttribute('property') ?? '')) continue;
      record(value, element, '@' + name);
    }
  }
  return found;
})()`;

interface Found {
  readonly text: string;
  readonly where: string;
  readonly lang: string;
  readonly content: boolean;
}

function isFoundList(value: unknown): value is Found[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'text' in item && 'where' in item);
}

describe('the interface in the site’s language', {skip}, () => {
  let scratch = '';
  let browser: {context: BrowserContext; close: () => Promise<void>};
  let noScript: BrowserContext;
  const built: {tag: string; dir: string; axe: boolean; out: string; server: StaticServer; archive: Archive; allowed: string[]}[] = [];

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-ui-language-'));
    const siteYaml = await readFile(path.join(fixture, 'site.yaml'), 'utf8');
    for (const language of languages) {
      const content = path.join(scratch, `content-${language.tag}`);
      await cp(fixture, content, {recursive: true});
      await writeFile(path.join(content, 'site.yaml'), siteYaml.replace(/^language: .*$/m, `language: ${language.tag}`));
      const out = path.join(scratch, `site-${language.tag}`);
      const result = await build({contentDir: content, outputDir: out, today: '2026-01-01'});
      assert.equal(result.ok, true, result.report + (result.failure ?? ''));
      assert.ok(result.archive !== undefined);
      built.push({...language, out, server: await serveStatic(out), archive: result.archive, allowed: contentStrings(result.archive)});
    }
    browser = await launchBrowser();
    noScript = await browser.context.browser()?.newContext({javaScriptEnabled: false}) ?? browser.context;
  });

  after(async () => {
    await browser?.close();
    for (const site of built) await site.server.close();
    await rm(scratch, {recursive: true, force: true});
  });

  /** The strings on `page` that are neither the content's nor in the interface's language. */
  async function strangers(page: Page, site: (typeof built)[number], typed: readonly string[] = []): Promise<string[]> {
    const found: unknown = await page.evaluate(collectLatin);
    assert.ok(isFoundList(found));
    const problems: string[] = [];
    for (const item of found) {
      // Language tags stand as they are, after a language's name: `پښتو (ps)`.
      let rest = item.text.replace(/[\u2066-\u2069]/g, '').replace(/\([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\)/g, '');
      for (const allowed of [...site.allowed, ...typed]) rest = rest.split(allowed).join(' ');
      if (!/[A-Za-z]/.test(rest)) continue;
      // The content's own text, in its own language or in a body or quotation, is not the interface.
      if (item.content) continue;
      problems.push(`${new URL(page.url()).pathname}: “${item.text}” (${item.where}, lang=${item.lang})`);
    }
    return problems;
  }

  for (const language of languages) {
    test(`${language.tag}: every page kind has its interface in ${language.tag}, ${language.dir}`, async () => {
      const site = built.find((candidate) => candidate.tag === language.tag);
      assert.ok(site !== undefined);
      const pages = (await listFiles(site.out)).filter((file) => file.endsWith('.html'));
      const kinds = new Set(pages.map((file) => file.split('/')[0]));
      for (const kind of ['index.html', '404.html', 'articles', 'actors', 'topics', 'sources', 'timeline', 'search']) assert.ok(kinds.has(kind), `pages of kind ${kind}`);
      const page = await noScript.newPage();
      const problems: string[] = [];
      try {
        for (const file of pages) {
          await page.goto(new URL(file.replace(/index\.html$/, ''), site.server.url).href);
          const ui: unknown = await page.evaluate(`(() => { const header = document.querySelector('header.site-header'); return [header.closest('[lang]').getAttribute('lang'), getComputedStyle(header).direction]; })()`);
          assert.deepEqual(ui, [language.tag, language.dir], `${file}: the header is in ${language.tag}, ${language.dir}`);
          problems.push(...(await strangers(page, site)));
        }
      } finally {
        await page.close();
      }
      assert.deepEqual(problems, [], `strings outside the ${language.tag} catalogue:\n${problems.join('\n')}`);
    });
  }

  test('ps and fa: the search page’s script writes status, cards, filters and results in the language', async () => {
    for (const site of built.filter((candidate) => candidate.axe)) {
      const page = await browser.context.newPage();
      try {
        for (const query of ['Massoud', '', 'zzzqqq']) {
          await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, site.server.url).href);
          await page.locator('#search[data-results]').waitFor({state: 'attached'});
          if (query === 'Massoud') {
            // The card of the actor the query names, the articles that name it first, and the filter panel opened.
            await page.locator('.search-card').first().waitFor();
            await page.locator('#search-named-first').waitFor();
            await page.locator('.search-result').first().waitFor();
            await page.locator('#search-filters-panel summary').click();
            await page.locator('#search-filters legend').first().waitFor();
          }
          const status = (await page.locator('#search-status').textContent()) ?? '';
          assert.doesNotMatch(status.replace(/\u2068[^\u2069]*\u2069/g, ''), /[A-Za-z]/, `${site.tag}: status “${status}”`);
          if (query === 'Massoud') {
            // Counts in the digits the build writes (Pashto's and Dari's own), though Chromium has no Pashto data of its own.
            const cardMeta = (await page.locator('.search-card-meta').first().textContent()) ?? '';
            const counts = await page.locator('#search-filters .count').allTextContents();
            assert.ok(counts.length > 0, `${site.tag}: filter counts are shown`);
            for (const text of [status.replace(/\u2068[^\u2069]*\u2069/g, ''), cardMeta, ...counts]) assert.match(text, /^[^0-9]*[۰-۹][^0-9]*$/, `${site.tag}: “${text}” has its numbers in the language’s digits`);
          }
          // What the reader typed is shown back as it is.
          assert.deepEqual(await strangers(page, site, query === '' ? [] : [query]), []);
        }
      } finally {
        await page.close();
      }
    }
  });

  test('ps and fa: axe-core finds no accessibility violation on any page kind', async () => {
    const found: string[] = [];
    for (const site of built.filter((candidate) => candidate.axe)) {
      const page = await browser.context.newPage();
      try {
        for (const address of ['', 'articles/dari/', 'articles/resistance/', 'actors/ahmad-massoud/', 'actors/', 'topics/resistance/', 'topics/', 'sources/example-wire/', 'sources/', 'timeline/', 'timeline/2021/', 'search/?q=Massoud', '404.html']) {
          await page.goto(new URL(address, site.server.url).href);
          if (address.startsWith('search/')) await page.locator('.search-result').first().waitFor();
          const result = await new AxeBuilder({page}).setLegacyMode(true).analyze();
          for (const violation of result.violations) {
            found.push(`${site.tag} /${address}: ${violation.id} ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`);
          }
        }
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(found, []);
  });
});
