/**
 * Images, built from `fixtures/images/`: an article with a lead image (beside
 * it) and images in its text (in `content/media/`, one alone in its
 * paragraph, one inside a sentence), one that reuses an image, a draft with
 * its own image, an unused image and an image in `site.yaml`. Checks the
 * responsive markup (width, height, alt, caption, credit, srcset, sizes,
 * loading), that every file it names is published at that size and nothing
 * else is, the share metadata of every page kind, the JSON-LD and the Atom
 * enclosure, and that the build is reproducible: twice cold, and warm from
 * the cache without processing any image again. The bad cases are in
 * `fixtures/errors/image-*`.
 */

import assert from 'node:assert/strict';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import sharp from 'sharp';
import {build, type BuildResult} from '../src/build.ts';
import {listFiles} from '../src/util/folder.ts';
import {fingerprint} from './helpers/fingerprint.ts';

const fixture = fileURLToPath(new URL('fixtures/images/content/', import.meta.url));
const today = '2026-01-01';


/** Undo the escaping of an attribute value. */
const decode = (value: string): string => value.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The `<tag …>` elements of `html`, as attribute maps. */
function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\s([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...(match[1] ?? '').matchAll(/([a-z-]+)="([^"]*)"/g)].map((attribute) => [attribute[1] ?? '', decode(attribute[2] ?? '')])),
  );
}

/** The `<meta>` values of a page's head, by `property` or `name`. */
function metaOf(html: string): Record<string, string> {
  return Object.fromEntries(elements(html, 'meta').flatMap((meta) => {
    const key = meta['property'] ?? meta['name'];
    return key === undefined || meta['content'] === undefined ? [] : [[key, meta['content']]];
  }));
}

describe('images', () => {
  let scratch = '';
  let cold = '';
  let cache = '';
  let result: BuildResult;
  const read = (file: string): Promise<string> => readFile(path.join(cold, file), 'utf8');

  before(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-images-'));
    cold = path.join(scratch, 'cold');
    cache = path.join(scratch, 'cache');
    result = await build({contentDir: fixture, outputDir: cold, today, cacheDir: cache});
    assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  });
  after(() => rm(scratch, {recursive: true, force: true}));

  test('the lead image: a figure with a responsive picture, its caption and credit, loaded first', async () => {
    const html = await read('articles/airport/index.html');
    const lead = /<\/header>\s*(<figure class="figure">[\s\S]*?<\/figure>)/.exec(html)?.[1] ?? '';
    assert.ok(lead !== '', 'a figure right after the article header');
    const [img] = elements(lead, 'img');
    assert.ok(img !== undefined);
    assert.equal(img['alt'], 'Crowds of people at the gates of the airport under a blue sky');
    assert.equal(img['width'], '800');
    assert.equal(img['height'], '533');
    assert.equal(img['loading'], 'eager');
    assert.equal(img['fetchpriority'], 'high');
    assert.equal(img['sizes'], '(min-width: 44rem) 42rem, calc(100vw - 2rem)');
    assert.match(img['srcset'] ?? '', /^\/media\/[\w-]+-400\.jpeg 400w, \/media\/[\w-]+-800\.jpeg 800w$/);
    const [webp] = elements(lead, 'source');
    assert.equal(webp?.['type'], 'image/webp');
    assert.match(webp?.['srcset'] ?? '', /-400\.webp 400w, .*-800\.webp 800w$/);
    assert.match(lead, /<figcaption><span class="caption">The north gate on the morning of 16 August\.<\/span> <span class="credit" lang="en" dir="ltr">Image: <bdi>Jane Doe \/ Example Wire<\/bdi><\/span><\/figcaption>/);
  });

  test('images in the text: alone in a paragraph, a lazy figure with its caption; inside a sentence, an inline picture', async () => {
    const html = await read('articles/airport/index.html');
    const prose = html.slice(html.indexOf('<div class="prose">'));
    const figure = /<figure class="figure">([\s\S]*?)<\/figure>/.exec(prose)?.[1] ?? '';
    const [img] = elements(figure, 'img');
    assert.equal(img?.['alt'], 'A valley with a river and hills at dusk');
    assert.equal(img?.['loading'], 'lazy');
    assert.deepEqual([img?.['width'], img?.['height']], ['1600', '1066']);
    assert.equal((img?.['srcset'] ?? '').split(', ').length, 4, 'four widths of an image wider than the widest made');
    assert.match(figure, /<figcaption><span class="caption">The valley north of the city, where many had come from\.<\/span><\/figcaption>/);
    assert.doesNotMatch(prose, /<p>\s*<figure/, 'no figure inside a paragraph');
    const inline = /A map handed out by volunteers <picture>([\s\S]*?)<\/picture> showed/.exec(prose)?.[1] ?? '';
    const [map] = elements(inline, 'img');
    assert.equal(map?.['alt'], 'Map of the gates');
    assert.equal(map?.['title'], 'The gates, as volunteers drew them');
    assert.match(map?.['src'] ?? '', /-300\.png$/, 'a transparent PNG keeps a PNG fallback');
    // With no lead image, an image at the top of the text is on the first screen: not lazy.
    const later = elements(await read('articles/later/index.html'), 'img');
    assert.equal(later[0]?.['loading'], 'eager');
  });

  test('every file the pages name is published at its stated size, and no other image is', async () => {
    const published = (await listFiles(cold)).filter((file) => file.startsWith('media/'));
    const named = new Set<string>();
    for (const file of (await listFiles(cold)).filter((name) => name.endsWith('.html') || name.endsWith('.xml'))) {
      for (const match of (await read(file)).matchAll(/\/media\/([\w-]+-(\d+)\.(?:webp|jpeg|png))/g)) named.add(`media/${match[1] ?? ''}`);
    }
    assert.deepEqual(published.sort(), [...named].sort());
    // Lead (2 widths), valley (4), map (1), each in two formats; the site's card only as the preview shows it.
    assert.equal(published.length, 15);
    assert.deepEqual(result.media, {images: 4, processed: 4, files: 15});
    for (const file of published) {
      const width = Number(/-(\d+)\.\w+$/.exec(file)?.[1]);
      const metadata = await sharp(path.join(cold, file)).metadata();
      assert.equal(metadata.width, width, `${file} is ${width} pixels wide`);
      assert.equal(metadata.format, /\.webp$/.test(file) ? 'webp' : /\.png$/.test(file) ? 'png' : 'jpeg');
    }
    const all = await listFiles(cold);
    assert.ok(!all.some((file) => /unused|draft-photo|airport\.jpg|valley\.jpg/.test(file)), 'no source image, nor the unused or draft ones');
  });

  test('share metadata: an article shows its lead image, else its first image, else the site’s; actors and topics the site’s, with a real description', async () => {
    const airport = metaOf(await read('articles/airport/index.html'));
    assert.equal(airport['og:type'], 'article');
    assert.equal(airport['og:title'], 'Crowds at the airport');
    assert.match(airport['og:description'] ?? '', /^Thousands of people gathered at the gates/);
    assert.match(airport['og:image'] ?? '', /^https:\/\/images\.example\.org\/media\/[\w-]+-800\.jpeg$/);
    assert.equal(airport['og:image:alt'], 'Crowds of people at the gates of the airport under a blue sky');
    assert.deepEqual([airport['og:image:width'], airport['og:image:height'], airport['og:image:type']], ['800', '533', 'image/jpeg']);
    assert.equal(airport['twitter:card'], 'summary_large_image');
    assert.equal(airport['twitter:image'], airport['og:image']);
    assert.equal(airport['article:published_time'], '2021-08-16');
    const later = metaOf(await read('articles/later/index.html'));
    assert.match(later['og:image'] ?? '', /-1200\.jpeg$/, 'the first image of the text, at 1200 pixels');
    const site = metaOf(await read('articles/no-image/index.html'));
    assert.match(site['og:image'] ?? '', /-1200\.jpeg$/);
    assert.equal(site['og:image:alt'], "The archive's card, a landscape in violet");
    const topic = metaOf(await read('topics/airlift/index.html'));
    assert.equal(topic['og:image'], site['og:image']);
    assert.equal(topic['og:description'], 'The evacuation from Kabul airport.');
    assert.equal(topic['og:type'], 'website');
    const source = metaOf(await read('sources/example-wire/index.html'));
    assert.equal(source['og:description'], 'Articles from Example Wire in Image Fixture Archive.');
  });

  test('the lead image is in the JSON-LD and the Atom entry', async () => {
    const html = await read('articles/airport/index.html');
    const jsonLd: unknown = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}');
    assert.ok(typeof jsonLd === 'object' && jsonLd !== null && 'image' in jsonLd);
    assert.deepEqual(jsonLd.image, {
      '@type': 'ImageObject',
      url: metaOf(html)['og:image'],
      width: 800,
      height: 533,
      caption: 'The north gate on the morning of 16 August.',
      creditText: 'Jane Doe / Example Wire',
    });
    const feed = await read('feed.xml');
    const entry = /<entry xml:lang="en">\s*<id>https:\/\/images\.example\.org\/articles\/airport\/<\/id>[\s\S]*?<\/entry>/.exec(feed)?.[0] ?? '';
    assert.match(entry, /<link rel="enclosure" type="image\/jpeg" href="https:\/\/images\.example\.org\/media\/[\w-]+-800\.jpeg" title="Crowds of people/);
    assert.match(entry, /<content type="html">&lt;div lang=&quot;en&quot; dir=&quot;ltr&quot;&gt;&lt;figure class=&quot;figure&quot;&gt;&lt;picture&gt;/, 'the feed shows the lead image above the text');
  });

  test('drafts publish their images only when drafts are built', async () => {
    const out = path.join(scratch, 'drafts');
    const drafts = await build({contentDir: fixture, outputDir: out, today, includeDrafts: true, cacheDir: cache});
    assert.equal(drafts.ok, true, drafts.failure);
    assert.deepEqual(drafts.media, {images: 5, processed: 1, files: 19}, 'the draft’s image is the one new image');
  });

  test('builds are reproducible: a second cold build is byte-identical, and a warm one processes nothing and is byte-identical too', async () => {
    const again = path.join(scratch, 'again');
    const second = await build({contentDir: fixture, outputDir: again, today});
    assert.equal(second.ok, true, second.failure);
    assert.equal(second.media?.processed, 4, 'without a cache every image is processed');
    const warm = path.join(scratch, 'warm');
    const third = await build({contentDir: fixture, outputDir: warm, today, cacheDir: cache});
    assert.equal(third.ok, true, third.failure);
    assert.equal(third.media?.processed, 0, 'every image comes from the cache');
    const expected = await fingerprint(cold);
    assert.deepEqual(await fingerprint(again), expected);
    assert.deepEqual(await fingerprint(warm), expected);
  });

  test('an edited image gets new file names, and only it is processed again', async () => {
    const content = path.join(scratch, 'edited');
    await cp(fixture, content, {recursive: true});
    await writeFile(path.join(content, 'media/map.png'), await sharp(path.join(fixture, 'media/map.png')).flop().png().toBuffer());
    const edited = await build({contentDir: content, outputDir: path.join(scratch, 'edited-site'), today, cacheDir: cache});
    assert.equal(edited.ok, true, edited.failure);
    assert.equal(edited.media?.processed, 1);
    const before = (await listFiles(cold)).filter((file) => file.endsWith('-300.png'));
    const after = (await listFiles(path.join(scratch, 'edited-site'))).filter((file) => file.endsWith('-300.png'));
    assert.equal(after.length, 1);
    assert.notDeepEqual(after, before);
  });
});
