/**
 * The shipped archive (`content/`), built once:
 * - its quotations, against a table written by reading the five seed
 *   articles (`content/articles/` and the raw pages in `../shared/seeds/`):
 *   every quotation, in order, with the person who spoke it or none; each
 *   person's page shows exactly their quotations under "In their words", the
 *   article pages mark the speakers, `/data/quotes.json` lists them all, and
 *   the search index gives each article its speakers as a filter;
 * - its coverage charts, whose numbers equal the articles their pages list;
 * - its networks: the actors index's drawing and its list of pairs agree,
 *   every node links to an actor page, and each actor page draws the actors
 *   "Often named with" it;
 * - and a second build of it, warm from the first one's cache, is
 *   byte-identical to the first, cold one.
 */

import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from '../src/build.ts';
import type {Archive} from '../src/model/types.ts';
import {nameEntries} from '../src/search/name-table.ts';
import {searchPages} from '../src/search/records.ts';
import {listFiles} from '../src/util/folder.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const seeds = path.join(root, '../shared/seeds');

/**
 * Every quotation of the seed articles, as `[article, speaker, first words]`,
 * in the order of the articles' text. `null`: the text does not say who
 * spoke, or no person did (an organisation, unnamed officials, scare quotes).
 */
const seedQuotes: readonly (readonly [string, string | null, string])[] = [
  // The Week, August 2021, reporting The New York Times.
  ['afghanistans-anti-taliban-resistance-not-getting-response', 'hamid-saifi', 'are quiet'],
  ['afghanistans-anti-taliban-resistance-not-getting-response', 'hamid-saifi', 'America, Europe, China, Russia'],
  // The Times's description of Nabil, not Nabil's words.
  ['afghanistans-anti-taliban-resistance-not-getting-response', null, 'vehement opponent of the Taliban'],
  ['afghanistans-anti-taliban-resistance-not-getting-response', 'rahmatullah-nabil', 'more difficult situation than'],
  ['afghanistans-anti-taliban-resistance-not-getting-response', 'rahmatullah-nabil', 'they are not interested'],
  ['afghanistans-anti-taliban-resistance-not-getting-response', 'hamid-saifi', 'We\'re changing to a guerilla war'],
  ['afghanistans-anti-taliban-resistance-not-getting-response', 'hamid-saifi', 'We don\'t need thousands and'],
  // Truthout, April 2017.
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'Oh no, I’m not refuting that.'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'james-mattis', 'The level of granularity'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'james-mattis', 'would have to be dealt with'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'joseph-votel', 'I think it is fair to assume'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'curtis-scaparrotti', 'association [with] and perhaps'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'There is some classified reporting'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'But we are concerned about'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'alexander-mantytskiy', 'just political'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'alexander-mantytskiy', 'money or materiel'],
  // The writer repeats Mantytskiy's words; the sentence attributes them to no one.
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', null, 'just political'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'This narrative that they promote'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'This is a false narrative.'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'have begun to publicly legitimize'],
  ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', 'john-nicholson', 'Arming belligerents'],
  // Mosaic, January 2017, on an essay by Thomas Joscelyn: officials' words and scare quotes first.
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', null, 'flexible'],
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', null, 'extremist'],
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', null, 'peace and security.'],
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', null, 'peace'],
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', 'zamir-kabulov', 'channels for exchanging information.'],
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', 'john-nicholson', 'public legitimacy that Russia'],
  ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', 'john-nicholson', 'certainly there’s a competition'],
  // Eurasia Review, 2024: "as Massoud rightly points out" reports a claim, not the word.
  ['rising-shadows-the-talibans-ripple-effect-on-regional', null, 'thousands'],
  // DW, December 2025: Pakistan's armed forces, and "former officials", are no person.
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', null, 'unfounded.'],
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', 'khushal-sadat', 'At that time, we believed'],
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', 'bismillah-taban', 'He stated that supporters'],
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', 'mujib-rahman-rahimi', 'The Taliban’s conflicts with Pakistan'],
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', null, 'puppet and proxy group.'],
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', 'mujib-rahman-rahimi', 'This is a conflict involving'],
  ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', 'abbas-basir', 'By offering shelter to the TTP'],
];

/** The five people whose pages must show their quotations. */
const quotedPeople = ['hamid-saifi', 'john-nicholson', 'james-mattis', 'joseph-votel', 'zamir-kabulov'];

const decode = (html: string): string =>
  html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The quotations an actor page lists under "In their words". */
function listedQuotes(html: string): string[] {
  const section = /<ol class="quote-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...section.matchAll(/<q [^>]*>([\s\S]*?)<\/q>/g)].map((match) => decode(match[1] ?? ''));
}

let scratch = '';
let out = '';
let archive: Archive | undefined;

before(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-shipped-'));
  out = path.join(scratch, 'site');
  const result = await build({contentDir: path.join(root, 'content'), outputDir: out, cacheDir: path.join(scratch, 'cache')});
  assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  archive = result.archive;
});
after(() => rm(scratch, {recursive: true, force: true}));

/** A built page's HTML. */
const page = (...parts: string[]): Promise<string> => readFile(path.join(out, ...parts, 'index.html'), 'utf8');

describe('the seed articles’ quotations', () => {
  const quoteOf = (text: string, start: string): boolean => text.startsWith(start);

  test('every quotation has the speaker the table gives, in order', () => {
    const found = (archive?.articles ?? [])
      .slice()
      .sort((a, b) => seedQuotes.findIndex(([slug]) => slug === a.slug) - seedQuotes.findIndex(([slug]) => slug === b.slug))
      .flatMap((article) => article.quotes.map((quote) => [article.slug, quote.speaker?.id ?? null, quote.text] as const));
    assert.equal(found.length, seedQuotes.length, found.map((row) => row.join(' | ')).join('\n'));
    found.forEach(([slug, speaker, text], index) => {
      const [wantSlug, wantSpeaker, start] = seedQuotes[index] ?? ['', null, ''];
      assert.ok(slug === wantSlug && quoteOf(text, start), `quote ${index + 1}: expected “${start}…” in ${wantSlug}, found “${text}” in ${slug}`);
      assert.equal(speaker, wantSpeaker, `speaker of “${text}”`);
    });
  });

  test('every quotation is in the raw seed page it was imported from', async () => {
    assert.ok(existsSync(seeds), `The raw seed pages are missing: expected them in ${seeds} (the folder beside the repository).`);
    const raw = (await Promise.all((await readdir(seeds)).filter((name) => name.endsWith('.txt')).map((name) => readFile(path.join(seeds, name), 'utf8')))).map((text) =>
      text.replace(/\s+/g, ' '),
    );
    for (const article of archive?.articles ?? []) {
      for (const quote of article.quotes) {
        assert.ok(raw.some((text) => text.includes(quote.text)), `“${quote.text}” (${article.slug}) is in a raw seed page`);
      }
    }
  });

  test('each person’s page shows exactly their quotations, newest article first', async () => {
    const people = new Set([...seedQuotes.flatMap(([, speaker]) => (speaker === null ? [] : [speaker])), ...quotedPeople]);
    const order = new Map((archive?.articles ?? []).map((article, index): [string, number] => [article.slug, index]));
    for (const person of people) {
      const html = await page('actors', person);
      const expected = seedQuotes
        .filter(([, speaker]) => speaker === person)
        .map(([slug, , start]) => ({slug, start}))
        .sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
      const listed = listedQuotes(html);
      assert.ok(html.includes('<h2 id="in-their-words">In their words</h2>'), `${person}'s page has "In their words"`);
      assert.equal(listed.length, expected.length, `${person}: ${listed.join(' | ')}`);
      listed.forEach((text, index) => assert.ok(quoteOf(text, expected[index]?.start ?? '\0'), `${person}'s quote ${index + 1} is “${expected[index]?.start}…”, not “${text}”`));
    }
    for (const actor of archive?.actors ?? []) {
      if (people.has(actor.id)) continue;
      const html = await page('actors', actor.id);
      assert.deepEqual(listedQuotes(html), [], `${actor.id} is given no quotation`);
    }
  });

  test('each quotation on an actor page links to its paragraph, which the article page anchors', async () => {
    for (const person of quotedPeople) {
      const html = await page('actors', person);
      const links = [...html.matchAll(/<a class="quote-link" href="\/articles\/([^/]+)\/#(p\d+)">/g)];
      assert.ok(links.length > 0, `${person}'s quotations link to paragraphs`);
      for (const [, slug, anchor] of links) {
        const article = await page('articles', slug ?? '');
        assert.match(article, new RegExp(`<p id="${anchor}">[\\s\\S]*?class="quote-speaker"[^>]*>[^<]+</a>`), `${slug}#${anchor} marks a speaker`);
      }
    }
  });

  test('article pages mark each attributed quotation with its speaker, and no other', async () => {
    for (const article of archive?.articles ?? []) {
      const html = await page('articles', article.slug);
      const marked = [...html.matchAll(/href="\/actors\/([^/]+)\/" class="quote-speaker"/g)].map((match) => match[1]);
      assert.deepEqual(marked, article.quotes.flatMap((quote) => (quote.speaker === undefined ? [] : [quote.speaker.id])), article.slug);
    }
  });

  test('/data/quotes.json lists every quotation with its article, paragraph and speaker', async () => {
    const data: unknown = JSON.parse(await readFile(path.join(out, 'data', 'quotes.json'), 'utf8'));
    assert.ok(Array.isArray(data));
    assert.equal(data.length, seedQuotes.length);
    const rows = data.map((row: {speaker: {id: string} | null; article: string; text: string; url: string}) => [row.article, row.speaker?.id ?? null, row.text, row.url]);
    for (const [slug, speaker, start] of seedQuotes) {
      assert.ok(
        rows.some(([article, who, text, url]) => article === slug && who === speaker && String(text).startsWith(start) && /\/articles\/[^/]+\/#p\d+$/.test(String(url))),
        `${slug}: “${start}” by ${speaker ?? 'no one'}`,
      );
    }
  });

  test('the search index gives each article the people it quotes, as its `quoted` filter, and its quotations in its text', () => {
    const pages = searchPages(archive ?? assert.fail('no archive'));
    for (const article of archive?.articles ?? []) {
      const html = pages.find((candidate) => candidate.url === article.page.url)?.record().html ?? assert.fail(`${article.slug} is indexed`);
      const quoted = [...html.matchAll(/data-pagefind-filter="quoted:([^"]+)"/g)].map((match) => match[1]);
      const speakers = [...new Set(seedQuotes.filter(([slug, speaker]) => slug === article.slug && speaker !== null).map(([, speaker]) => speaker))];
      assert.deepEqual(quoted, speakers.map((id) => archive?.actors.find((actor) => actor.id === id)?.name), article.slug);
      for (const quote of article.quotes) assert.ok(html.includes(quote.text.split(/\s+/)[0]?.replace(/&/g, '&amp;').replace(/"/g, '&quot;') ?? ''), `“${quote.text}” is indexed`);
    }
  });

  test('the name table gives each quoted person’s card the number of their quotations and a link to them', async () => {
    const entries = nameEntries(archive ?? assert.fail('no archive'));
    for (const person of new Set(seedQuotes.flatMap(([, speaker]) => (speaker === null ? [] : [speaker])))) {
      const entry = entries.find((candidate) => candidate.url === `/actors/${person}/`);
      assert.equal(entry?.quotes, seedQuotes.filter(([, speaker]) => speaker === person).length, person);
      assert.equal(entry?.quotesUrl, `/actors/${person}/#in-their-words`);
      assert.match(await page('actors', person), /<h2 id="in-their-words">/);
    }
    assert.equal(entries.filter((entry) => entry.quotes !== undefined).length, new Set(seedQuotes.map(([, speaker]) => speaker).filter((speaker) => speaker !== null)).size, 'no one else has quotations');
  });
});

/** Table rows of a page's chart: `[href or '', count]`, and whether it counts months or years. */
function chartRows(html: string): {unit: string; rows: [string, number][]} {
  const table = /<div class="chart-numbers">\s*<table>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const unit = /<th scope="col">([^<]+)<\/th>/.exec(table)?.[1] ?? '';
  const rows = [...table.matchAll(/<tr><th scope="row">(?:<a href="([^"]+)">)?[^<]*(?:<\/a>)?<\/th><td>([\d,]+)<\/td><\/tr>/g)].map(
    (match): [string, number] => [match[1] ?? '', Number((match[2] ?? '').replace(/,/g, ''))],
  );
  return {unit, rows};
}

/** The dates (`datetime`) of the article items in `html` between `start` and `end`. */
function listedDates(html: string, start: string, end?: string): string[] {
  const from = html.indexOf(start);
  assert.ok(from >= 0, `the page has ${start}`);
  const to = end === undefined ? html.length : html.indexOf(end, from);
  return [...html.slice(from, to < 0 ? html.length : to).matchAll(/<li class="article-item">\s*<a [^>]*>[^<]*<\/a>\s*<span class="article-meta"><time datetime="([^"]+)">/g)].map((match) => match[1] ?? '');
}

/** Whether an article dated `iso` belongs to the bar linking to `href`. */
function inBar(iso: string, href: string): boolean {
  const month = /#y(\d{4})-m(\d{2})$/.exec(href);
  if (month !== null) return iso.startsWith(`${month[1]}-${month[2]}`);
  const undated = /#y(\d{4})$/.exec(href);
  if (undated !== null) return iso === undated[1];
  const year = /\/timeline\/(\d{4})\/$/.exec(href);
  return year !== null && iso.startsWith(year[1] ?? '');
}

/** The chart of `html` counts exactly the articles listed between `start` and `end`. */
function assertChartCounts(html: string, page: string, start: string, end?: string): void {
  const {rows} = chartRows(html);
  const dates = listedDates(html, start, end);
  assert.ok(rows.length > 0, `${page} has a chart`);
  assert.equal(rows.reduce((sum, [, count]) => sum + count, 0), dates.length, `${page}: the chart counts every listed article`);
  for (const [href, count] of rows) {
    if (href === '') {
      assert.equal(count, 0, `${page}: a bar with articles links to the timeline`);
      continue;
    }
    assert.equal(count, dates.filter((iso) => inBar(iso, href)).length, `${page}: the bar of ${href}`);
  }
}

describe('on the shipped archive, each chart counts the articles its page lists', () => {
  test('the timeline', async () => {
    const html = await page('timeline');
    assert.equal(chartRows(html).unit, 'Year');
    assertChartCounts(html, 'timeline', '<section class="timeline-year">');
  });

  test('each year page', async () => {
    for (const year of archive?.pages.timelineYears ?? []) {
      const html = await page('timeline', String(year.year.year));
      assert.equal(chartRows(html).unit, 'Month');
      assertChartCounts(html, `timeline/${year.year.year}`, '</figure>', '<nav class="pager"');
    }
  });

  test('each actor page', async () => {
    for (const actor of archive?.actors ?? []) {
      if (actor.appearances.length === 0) continue;
      assertChartCounts(await page('actors', actor.id), `actors/${actor.id}`, '<h2>Appearances</h2>', '<h2>Often named with</h2>');
    }
  });

  test('each topic page', async () => {
    for (const topic of archive?.topics ?? []) {
      if (topic.articles.length === 0) continue;
      assertChartCounts(await page('topics', topic.id), `topics/${topic.id}`, '<h2>Articles', '<h2>Most-mentioned actors</h2>');
    }
  });

  test('each bar with articles links to the timeline, as a link the pointer can follow and one the keyboard can', async () => {
    const html = await page('timeline');
    const picture = /<svg class="chart-links"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    const hrefs = [...picture.matchAll(/<a href="([^"]+)" tabindex="-1">/g)].map((match) => match[1]);
    assert.deepEqual(hrefs, chartRows(html).rows.flatMap(([href]) => (href === '' ? [] : [href])));
    assert.match(html, /<svg class="chart-image" role="img" aria-labelledby="coverage-title coverage-desc"/);
    assert.match(html, /<desc id="coverage-desc">From 2017 to 2025: 5 articles in all; the most in one year, 2, in 2017\.<\/desc>/);
  });
});

describe('who is named with whom', () => {
  test('the actors index carries the network, and its list gives the same pairs as its lines', async () => {
    const html = await page('actors');
    const network = archive?.pages.actors.network;
    assert.ok(network !== undefined && network.edges.length > 0);
    const figure = /<figure class="network">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
    assert.match(figure, /<svg class="chart-image" role="img" aria-labelledby="network-title network-desc"/);
    assert.equal([...figure.matchAll(/<line class="network-edge"/g)].length, network.edges.length);
    const listed = [...figure.matchAll(/<li><a href="([^"]+)" dir="auto">[^<]+<\/a> and <a href="([^"]+)" dir="auto">[^<]+<\/a> <span class="count">(\d+) shared articles?<\/span><\/li>/g)].map(
      (match) => [match[1], match[2], Number(match[3])],
    );
    assert.deepEqual(listed, network.edges.map((edge) => [edge.source.url, edge.target.url, edge.shared]));
    const nodeLinks = [...figure.matchAll(/<a href="([^"]+)" tabindex="-1">/g)].map((match) => match[1] ?? '');
    assert.equal(nodeLinks.length, network.nodes.length);
    for (const href of nodeLinks) assert.ok(existsSync(path.join(out, href, 'index.html')), `${href} is an actor page`);
  });

  test('each actor page that names others draws them beside "Often named with"', async () => {
    for (const entry of archive?.actors ?? []) {
      if (entry.coActors.length === 0) continue;
      const html = await page('actors', entry.id);
      const section = html.slice(html.indexOf('<h2>Often named with</h2>'));
      const drawn = [...section.matchAll(/<a href="(\/actors\/[^"]+)" tabindex="-1">/g)].map((match) => match[1]);
      assert.deepEqual(drawn, entry.coActors.map((item) => item.actor.url), entry.id);
    }
  });
});

test('a second build of the shipped archive, from the first one’s cache, is byte-identical: charts, networks and quotes included', async () => {
  const again = path.join(scratch, 'again');
  const result = await build({contentDir: path.join(root, 'content'), outputDir: again, cacheDir: path.join(scratch, 'cache')});
  assert.equal(result.ok, true, result.report + (result.failure ?? ''));
  assert.equal(result.search?.indexed, 0, 'the second build is warm: its search index comes from the cache');
  const files = await listFiles(out);
  assert.deepEqual(await listFiles(again), files);
  for (const file of files) {
    const [first, second] = await Promise.all([readFile(path.join(out, file)), readFile(path.join(again, file))]);
    assert.ok(first.equals(second), `${file} is the same in both builds`);
  }
});
