/**
 * Renders the sample archive (`helpers/sample-archive.ts`) with Eleventy into a temporary folder and checks
 * the output: every page kind at its URL, escaping, the article head, and
 * that every root-relative link points at a file that was written.
 */

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { renderSite } from '../src/site/render.ts';
import type { Archive } from '../src/model/types.ts';
import { loadSampleArchive, unsafeTitle } from './helpers/sample-archive.ts';
import { listFiles } from '../src/util/folder.ts';

const archive: Archive = await loadSampleArchive();

let outputDir = '';
let written = 0;

/** The output file a site URL is served from: the path prefix removed, `/x/` → `x/index.html`. */
function fileForUrl(url: string): string {
  const prefix = archive.site.pathPrefix;
  assert.ok(url.startsWith(prefix), `${url} starts with the path prefix ${prefix}`);
  const rest = url.slice(prefix.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

function read(file: string): Promise<string> {
  return readFile(path.join(outputDir, file), 'utf8');
}

/** Values of `attribute` on every element, in document order. */
function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

/** Undoes the entity escaping the templates apply inside attributes. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every URL of a page, a feed or a data file the archive promises, with its file. */
function expectedFiles(): Map<string, string> {
  const urls: string[] = [
    archive.pages.home.url,
    archive.pages.timeline.url,
    archive.pages.topics.url,
    archive.pages.actors.url,
    archive.pages.sources.url,
    archive.pages.notFound.url,
    archive.pages.search.url,
    archive.feed.address.url,
    archive.nav.stylesheet,
    archive.nav.icon,
    archive.nav.script,
    archive.sitemap.address.url,
    archive.data.articles.address.url,
    archive.data.actors.address.url,
    archive.data.topics.address.url,
    // The plain card link previews show, copied with the assets.
    new URL(archive.pages.home.share.image.url).pathname,
    archive.data.quotes.address.url,
    ...archive.articles.map((article) => article.page.url),
    ...archive.pages.timelineYears.map((year) => year.page.url),
    ...archive.topics.flatMap((topic) => [topic.page.url, topic.feed.address.url]),
    ...archive.actors.flatMap((actor) => [actor.page.url, actor.feed.address.url]),
    ...archive.sources.map((source) => source.page.url),
  ];
  return new Map(urls.map((url) => [url, fileForUrl(url)]));
}

describe('renderSite with the sample archive', () => {
  let files: string[] = [];

  before(async () => {
    outputDir = await mkdtemp(path.join(os.tmpdir(), 'archive-site-'));
    ({ files: written } = await renderSite(archive, outputDir));
    files = await listFiles(outputDir);
  });

  after(async () => {
    if (outputDir !== '') {
      await rm(outputDir, { recursive: true, force: true });
    }
  });

  it('writes every page kind at its URL, and nothing else', () => {
    const expected = expectedFiles();
    for (const [url, file] of expected) {
      assert.ok(files.includes(file), `${url} is written to ${file}`);
    }
    assert.deepEqual(files, [...new Set(expected.values())].sort());
    assert.equal(written, files.length, 'renderSite counts the files it wrote');
  });

  it('escapes titles everywhere and never emits the injected markup', async () => {
    const escaped = 'Ceasefire talks &amp; trade &lt;script&gt;alert(1)&lt;/script&gt;';
    const article = await read('articles/ceasefire-talks/index.html');
    assert.ok(article.includes(`<h1>${escaped}</h1>`), 'the heading is escaped');
    assert.ok(article.includes(`<title>${escaped} – Frontline &amp; Peace Archive</title>`), 'the title is escaped');
    for (const file of files.filter((name) => /\.(html|xml)$/.test(name))) {
      const text = await read(file);
      assert.ok(!text.includes('<script>alert(1)'), `${file} has no unescaped markup`);
      // JSON-LD is script data, not markup: a bare `&` is fine there.
      const markup = text.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
      assert.ok(!/&(?!(amp|lt|gt|quot|#39|#x[0-9a-f]+|#[0-9]+);)/i.test(markup), `${file} escapes every ampersand`);
    }
    const feed = await read('feed.xml');
    assert.ok(feed.includes(`<title>${escaped}</title>`), 'the feed entry title is escaped');
    assert.ok(unsafeTitle.includes('<script>'), 'the fixture really carries markup');
  });

  it('gives an article page its language, direction, canonical link and JSON-LD', async () => {
    for (const article of archive.articles) {
      const html = await read(fileForUrl(article.page.url));
      assert.match(html, new RegExp(`^<!doctype html>\\s*<html lang="${article.language}" dir="${article.dir}">`));
      assert.ok(html.includes(`<link rel="canonical" href="${article.page.absoluteUrl}">`), 'canonical link');
      assert.ok(html.includes(`<time datetime="${article.date.iso}">${article.date.label}</time>`), 'date label');
      const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
      assert.ok(jsonLd !== null, 'a JSON-LD script');
      assert.equal(jsonLd[1], article.jsonLd);
      const parsed: unknown = JSON.parse(jsonLd[1] ?? '');
      assert.ok(typeof parsed === 'object' && parsed !== null && '@type' in parsed && parsed['@type'] === 'NewsArticle');
    }
    const pashto = await read('articles/kabul-market-reopens/index.html');
    assert.match(pashto, /<html lang="ps" dir="rtl">/);
  });

  it('isolates every alias in a <bdi>, so names of either direction keep their order', async () => {
    for (const actor of archive.actors) {
      const html = await read(fileForUrl(actor.page.url));
      for (const alias of actor.aliases) {
        assert.ok(html.includes(`<li><bdi>${alias}</bdi></li>`), `${actor.name}: ${alias}`);
      }
    }
  });

  it('writes valid-looking Atom feeds', async () => {
    const feeds = [archive.feed, ...archive.topics.map((topic) => topic.feed), ...archive.actors.map((actor) => actor.feed)];
    for (const feed of feeds) {
      const xml = await read(fileForUrl(feed.address.url));
      assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'), 'Atom root');
      assert.ok(xml.includes(`<id>${feed.address.absoluteUrl}</id>`), 'feed id');
      assert.ok(xml.includes(`<updated>${feed.updated}</updated>`), 'feed updated');
      assert.ok(xml.includes(`<link rel="self" type="application/atom+xml" href="${feed.address.absoluteUrl}"/>`), 'self link');
      assert.ok(xml.includes(`<link rel="alternate" type="text/html" href="${feed.alternate}"/>`), 'alternate link');
      assert.equal(xml.match(/<entry xml:lang="[^"]+">/g)?.length ?? 0, feed.entries.length, 'one entry per record, in its own language');
      for (const entry of feed.entries) {
        assert.ok(xml.includes(`<id>${entry.id}</id>`), 'entry id');
        assert.ok(xml.includes(`<link rel="alternate" type="text/html" href="${entry.link}"/>`), 'entry link');
      }
      assert.ok(!xml.includes('<content type="html"><'), 'entry HTML is escaped, not raw');
    }
  });

  it('copies the data exports verbatim', async () => {
    assert.equal((await read('data/articles.json')).trimEnd(), archive.data.articles.content.trimEnd());
    assert.equal((await read('data/actors.json')).trimEnd(), archive.data.actors.content.trimEnd());
    assert.equal((await read('data/topics.json')).trimEnd(), archive.data.topics.content.trimEnd());
  });

  it('links only to files that exist, with fragments that exist, and repeats no id', async () => {
    const htmlFiles = files.filter((name) => name.endsWith('.html'));
    const idsByFile = new Map<string, string[]>();
    for (const file of htmlFiles) {
      idsByFile.set(file, attributeValues(await read(file), 'id'));
    }
    for (const file of htmlFiles) {
      const html = await read(file);
      const ids = idsByFile.get(file) ?? [];
      assert.equal(new Set(ids).size, ids.length, `${file} repeats no id`);
      const links = [...attributeValues(html, 'href'), ...attributeValues(html, 'src')].map(decodeAttribute);
      for (const link of links) {
        const [target = '', fragment] = link.split('#');
        if (target.startsWith('/') && !target.startsWith('//')) {
          const targetFile = fileForUrl(target);
          assert.ok(files.includes(targetFile), `${file} links to ${link}, which exists as ${targetFile}`);
          if (fragment !== undefined && targetFile.endsWith('.html')) {
            assert.ok(idsByFile.get(targetFile)?.includes(fragment), `${file}: #${fragment} exists in ${targetFile}`);
          }
        } else if (target === '' && fragment !== undefined) {
          assert.ok(ids.includes(fragment), `${file}: #${fragment} exists`);
        }
      }
    }
  });

  it('keeps headings in order on every page', async () => {
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const levels = [...(await read(file)).matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
      assert.equal(levels[0], 1, `${file} starts with one h1`);
      assert.equal(levels.filter((level) => level === 1).length, 1, `${file} has one h1`);
      levels.forEach((level, index) => {
        const previous = levels[index - 1] ?? 0;
        assert.ok(level <= previous + 1, `${file}: h${level} after h${previous}`);
      });
    }
  });
});
