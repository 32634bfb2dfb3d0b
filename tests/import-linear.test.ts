/**
 * The importer's time grows with the size of a page, not with its square:
 * a 1 MB text and a 1 MB HTML page import well within a generous bound. (A
 * quadratic pass took 84 s for 200 KB of text; 1 MB would take half an hour.)
 * This is a guard against a blow-up, not a benchmark.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {prepareArticle} from '../src/import/import-article.ts';

/** Seconds a 1 MB page may take on a loaded machine; linear passes take a fraction of it. */
const bound = 150;
const registry = {sources: [], topics: [], articles: new Map<string, string>()};

/** A paragraph of varied prose, the `n`th of many (numbers keep words from repeating everywhere). */
const paragraph = (n: number): string =>
  `Officials in district ${n} said on Tuesday that the road to the provincial capital had reopened after ${n % 7} days, and that traders were moving fruit and coal again by the afternoon.`;

/** Page furniture between stretches of prose. */
const furniture = ['Share', 'Advertisement', 'Most read', 'Floods in the north', 'Prices rise in Herat', 'Sign up for our newsletter', 'Read more'];

function page(size: number, line: (n: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const text = n % 5 === 4 ? (furniture[n % furniture.length] ?? '') : line(n);
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n');
}

test('a 1 MB text imports in linear time', () => {
  const text = `Roads reopen across the provinces\n${page(1_000_000, paragraph)}`;
  const started = performance.now();
  const article = prepareArticle(text, {title: 'Roads reopen across the provinces', date: '2024'}, registry, {contentLabel: 'content'});
  const seconds = (performance.now() - started) / 1000;
  assert.ok(article.cleaned.blocks.length > 1000);
  assert.ok(seconds < bound, `1 MB of text took ${seconds.toFixed(1)} s`);
});

test('a 1 MB HTML page imports in linear time', () => {
  const body = page(1_000_000, (n) => `<p>${paragraph(n)}</p>`).replace(/^(?!<p>)(.+)$/gmu, '<div class="widget">$1</div>');
  const html = `<!doctype html><html lang="en"><head><title>Roads reopen</title><meta property="article:published_time" content="2024-05-01"></head><body><article><h1>Roads reopen</h1>${body}</article></body></html>`;
  const started = performance.now();
  const article = prepareArticle(html, {}, registry, {contentLabel: 'content', kind: 'html'});
  const seconds = (performance.now() - started) / 1000;
  assert.ok(article.cleaned.blocks.length > 1000);
  assert.ok(seconds < bound, `a 1 MB page took ${seconds.toFixed(1)} s`);
});
