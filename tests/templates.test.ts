/**
 * Templates render and never compute: every output path and link comes from
 * the Archive (made in `src/model/addresses.ts`), and the base layout prints
 * the `<title>` and the current navigation link the plugin gives it instead
 * of working them out by comparing values.
 */

import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import archiveSite, {type EleventyConfig} from '../src/site/plugin.ts';
import {loadSampleArchive} from './helpers/sample-archive.ts';

const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));

/** Every Nunjucks template, by its path relative to `templates/`. */
async function templates(): Promise<Map<string, string>> {
  const files = (await readdir(templatesDir, {recursive: true})).filter((file) => file.endsWith('.njk')).sort();
  return new Map(await Promise.all(files.map(async (file): Promise<[string, string]> => [file.split(path.sep).join('/'), await readFile(path.join(templatesDir, file), 'utf8')])));
}

test('no template writes its own output path: each names the address in the archive', async () => {
  for (const [file, text] of await templates()) {
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (frontMatter === undefined) continue;
    assert.doesNotMatch(frontMatter, /^permalink:/m, `${file} hard-codes its permalink`);
    assert.match(frontMatter, /^permalinkFrom: \S+\.permalink$/m, `${file} takes its permalink from an address`);
  }
});

test('no template writes a link of the site itself', async () => {
  for (const [file, text] of await templates()) {
    assert.doesNotMatch(text, /\s(?:href|src|action)="\//, `${file} writes a root-relative link instead of printing one`);
  }
});

test('the base layout compares nothing: the plugin gives it the title and the current page', async () => {
  const base = (await templates()).get('_layouts/base.njk') ?? '';
  assert.doesNotMatch(base, /==|!=/);
  assert.match(base, /<title>\{\{ documentTitle \}\}<\/title>/);
});

/** A stand-in for Eleventy's configuration object that records what the plugin registers. */
function recordingConfig(): {readonly config: EleventyConfig; readonly globalData: Map<string, unknown>; readonly copies: unknown[]; readonly ignores: Set<string>} {
  const globalData = new Map<string, unknown>();
  const copies: unknown[] = [];
  const ignores = new Set<string>();
  const config: EleventyConfig = {
    addGlobalData: (name, value) => globalData.set(name, value),
    setNunjucksEnvironmentOptions: () => undefined,
    addPassthroughCopy: (paths) => copies.push(paths),
    setTemplateFormats: () => undefined,
    setIncludesDirectory: () => undefined,
    setLayoutsDirectory: () => undefined,
    ignores,
    addPlugin: () => undefined,
    amendLibrary: () => undefined,
  };
  return {config, globalData, copies, ignores};
}

test('the plugin renders what its options say, and reads no global data', async () => {
  const archive = await loadSampleArchive();
  const [first] = archive.articles;
  assert.ok(first !== undefined);

  const whole = recordingConfig();
  archiveSite(whole.config, {archive, articles: archive.articles, articlesOnly: false});
  assert.equal(whole.globalData.get('archive'), archive);
  assert.equal(whole.globalData.get('renderArticles'), archive.articles);
  assert.equal(whole.copies.length, 1, 'the assets are copied');
  assert.equal(whole.ignores.size, 0);

  const share = recordingConfig();
  archiveSite(share.config, {archive, articles: [first], articlesOnly: true});
  assert.deepEqual(share.globalData.get('renderArticles'), [first]);
  assert.equal(share.copies.length, 0, 'a share of the article pages copies no assets');
  assert.ok(share.ignores.has('**/home.njk') && !share.ignores.has('**/article.njk'), 'and renders no other template');
});

test('the plugin computes the title and the current navigation link of each page', async () => {
  const archive = await loadSampleArchive();
  const record = recordingConfig();
  archiveSite(record.config, {archive, articles: archive.articles, articlesOnly: false});
  const computed = record.globalData.get('eleventyComputed');
  assert.ok(typeof computed === 'object' && computed !== null && 'documentTitle' in computed && 'navCurrent' in computed);
  const {documentTitle, navCurrent} = computed;
  assert.ok(typeof documentTitle === 'function' && typeof navCurrent === 'function');
  const data = {archive, metaFrom: 'archive.pages.topics'};
  assert.equal(documentTitle(data), `Topics – ${archive.site.title}`);
  assert.equal(documentTitle({archive, metaFrom: 'archive.pages.home'}), archive.site.title, 'the home page has the site title alone');
  assert.deepEqual(navCurrent(data), {home: false, timeline: false, topics: true, actors: false, sources: false, search: false});
  assert.deepEqual(navCurrent({archive, metaFrom: 'archive.pages.search'}).search, true);
});
