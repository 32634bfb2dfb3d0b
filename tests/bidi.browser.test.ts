/**
 * Names of either direction keep their order: on Ahmad Massoud's page, whose
 * aliases are in Latin, Arabic and Cyrillic script, the alias list renders
 * in document order in the page's direction, each alias reads in its own
 * direction, and each separator stays right after its alias, in a
 * left-to-right site (English) and in a right-to-left one (Dari). Before
 * names were isolated, an Arabic alias in an English list carried its comma
 * to its far side ("The younger Massoud,   ,احمد مسعود   Ахмад Масуд").
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import type {BrowserContext} from 'playwright-core';
import {build} from '../src/build.ts';
import {browserSkipReason, launchBrowser} from './helpers/browser.ts';
import {serveStatic, type StaticServer} from './helpers/static-server.ts';

const skip = browserSkipReason();
const content = fileURLToPath(new URL('../content/', import.meta.url));

/** Where an alias and its list item are drawn. */
interface AliasBox {
  readonly text: string;
  /** The alias's own text. */
  readonly textLeft: number;
  readonly textRight: number;
  /** The list item: the alias and the separator after it. */
  readonly itemLeft: number;
  readonly itemRight: number;
  readonly top: number;
  /** Where the alias's first and last letters are drawn. */
  readonly firstLetter: number;
  readonly lastLetter: number;
}

/**
 * Measures the alias list in the page (a script, not a function: the test
 * runner's compiler would add helpers the page does not have). The letters'
 * positions come from ranges over the text; the separator is drawn by CSS
 * inside the list item, so the item's box is the alias plus its separator.
 */
const measureAliases = String.raw`(() => {
  const list = document.querySelector('.facts dd ul.inline');
  if (list === null) throw new Error('no alias list');
  const rectOf = (node, start, end) => {
    const range = document.createRange();
    if (start === undefined) range.selectNodeContents(node);
    else {
      range.setStart(node, start);
      range.setEnd(node, end);
    }
    return range.getBoundingClientRect();
  };
  const middle = (rect) => (rect.left + rect.right) / 2;
  const boxes = [...list.querySelectorAll(':scope > li')].map((item) => {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    const first = texts[0];
    const last = texts[texts.length - 1];
    const text = rectOf(texts.length === 1 ? first : item);
    const own = item.getBoundingClientRect();
    return {
      text: item.textContent,
      textLeft: text.left,
      textRight: text.right,
      itemLeft: own.left,
      itemRight: own.right,
      top: Math.round(own.top),
      firstLetter: middle(rectOf(first, 0, 1)),
      lastLetter: middle(rectOf(last, last.textContent.length - 1, last.textContent.length)),
    };
  });
  return {dir: getComputedStyle(list).direction, boxes};
})()`;

/** Whether `value` is what `measureAliases` returns. */
function isMeasured(value: unknown): value is {dir: string; boxes: AliasBox[]} {
  return typeof value === 'object' && value !== null && 'dir' in value && 'boxes' in value && Array.isArray(value.boxes);
}

describe('mixed-script names in a list', {skip}, () => {
  let scratch = '';
  let browser: {context: BrowserContext; close: () => Promise<void>};
  const servers: StaticServer[] = [];
  const sites: Record<'ltr' | 'rtl', string> = {ltr: '', rtl: ''};

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-bidi-'));
    const rtlContent = path.join(scratch, 'content-fa');
    await cp(content, rtlContent, {recursive: true});
    const siteYaml = await readFile(path.join(content, 'site.yaml'), 'utf8');
    await writeFile(path.join(rtlContent, 'site.yaml'), siteYaml.replace(/^language: .*$/m, 'language: prs'));
    for (const [dir, from] of [['ltr', content], ['rtl', rtlContent]] as const) {
      const out = path.join(scratch, `site-${dir}`);
      const result = await build({contentDir: from, outputDir: out});
      assert.equal(result.ok, true, result.report + (result.failure ?? ''));
      const server = await serveStatic(out);
      servers.push(server);
      sites[dir] = server.url;
    }
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
    await rm(scratch, {recursive: true, force: true});
  });

  /** The drawn boxes of Ahmad Massoud's aliases, in document order. */
  async function aliasBoxes(site: string): Promise<{dir: string; boxes: AliasBox[]}> {
    const page = await browser.context.newPage();
    await page.setViewportSize({width: 1400, height: 900});
    await page.goto(new URL('actors/ahmad-massoud/', site).href);
    const result: unknown = await page.evaluate(measureAliases);
    await page.close();
    assert.ok(isMeasured(result), 'the page measured its aliases');
    return result;
  }
  for (const dir of ['ltr', 'rtl'] as const) {
    test(`in a ${dir === 'ltr' ? 'left-to-right (English)' : 'right-to-left (Dari)'} site, the aliases read in order, each with its separator after it`, async () => {
      const {dir: listDir, boxes} = await aliasBoxes(sites[dir]);
      assert.equal(listDir, dir);
      assert.deepEqual(
        boxes.map((box) => box.text),
        ['Massoud', 'the younger Massoud', 'The younger Massoud', 'احمد مسعود', 'Ахмад Масуд'],
      );
      const forward = dir === 'ltr' ? 1 : -1;
      boxes.forEach((box, index) => {
        const before = boxes[index - 1];
        // Document order is reading order: each alias follows the one before it in the page's direction, or starts the next line.
        if (before !== undefined && before.top === box.top) {
          assert.ok(forward * (box.itemLeft - before.itemLeft) > 0, `“${box.text}” comes after “${before.text}”`);
        } else if (before !== undefined) {
          assert.ok(box.top > before.top, `“${box.text}” starts the next line`);
        }
        // The separator is after the alias in the page's direction: its item extends past the text on that side only.
        if (index < boxes.length - 1) {
          const after = dir === 'ltr' ? box.itemRight - box.textRight : box.textLeft - box.itemLeft;
          const beforeText = dir === 'ltr' ? box.textLeft - box.itemLeft : box.itemRight - box.textRight;
          assert.ok(after > 1, `“${box.text}” has its separator after it (${after.toFixed(1)}px)`);
          assert.ok(beforeText < 1, `nothing of “${box.text}”'s item comes before it (${beforeText.toFixed(1)}px)`);
        }
        // Each alias reads in its own script's direction.
        const rightToLeft = /[\u0600-\u06ff]/.test(box.text);
        assert.ok((rightToLeft ? -1 : 1) * (box.lastLetter - box.firstLetter) > 0, `“${box.text}” reads ${rightToLeft ? 'right to left' : 'left to right'}`);
      });
    });
  }
});
