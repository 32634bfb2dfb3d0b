/**
 * What the importer writes always builds: every page of the shared
 * article-extraction benchmark (`../shared/extraction-benchmark/`, outside
 * the repository), imported as saved HTML and as copied text into a scratch
 * archive, passes `check` with no error. Values the archive does not know
 * (outlets, tags) must become comments, names must be people's, slugs must
 * not clash. Where the folder is missing the test says so and is skipped;
 * under CI it fails.
 */

import assert from 'node:assert/strict';
import {access, cp, mkdtemp, readdir, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {freeSlug} from '../src/content/new-article.ts';
import {ImportError, prepareArticle, type PageKind} from '../src/import/import-article.ts';
import {readRegistry} from '../src/import/match/known-content.ts';
import {readPageFile} from '../src/import/read-input.ts';
import {writeArticle} from '../src/import/write/write-article.ts';
import {loadArchive} from '../src/load-archive.ts';

const benchmark = path.resolve(fileURLToPath(new URL('../', import.meta.url)), '..', 'shared', 'extraction-benchmark');
const present = await access(path.join(benchmark, 'ground-truth.json')).then(
  () => true,
  () => false,
);
const missing = `the benchmark folder ${benchmark} is missing: this test of the importer cannot run`;
if (!present) {
  process.stderr.write(`\n*** ${missing} ***\n\n`);
  if (process.env['CI'] === 'true') test('the shared benchmark folder is there', () => assert.fail(missing));
}

const fixtureContent = fileURLToPath(new URL('fixtures/archive/content/', import.meta.url));
const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-benchmark-'));
after(() => rm(scratch, {recursive: true, force: true}));

describe('every benchmark page, imported into a scratch archive', {skip: present ? false : missing}, () => {
  test('passes the check with no error', async () => {
    const content = path.join(scratch, 'content');
    await cp(fixtureContent, content, {recursive: true});
    const registry = await readRegistry(content);
    const taken = new Map(registry.articles);
    let written = 0;
    const refused: string[] = [];
    for (const [kind, folder] of [['html', 'html'], ['text', 'text']] as const satisfies readonly (readonly [PageKind, string])[]) {
      for (const name of (await readdir(path.join(benchmark, folder))).sort()) {
        const page = await readPageFile(path.join(benchmark, folder, name));
        let article;
        try {
          // As an editor would: a date only where the page gives none.
          article = prepareArticle(page.text, {}, registry, {contentLabel: 'content', kind, fallback: {date: '2019', title: 'Untitled page'}});
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          refused.push(`${name}: ${error.message}`);
          continue;
        }
        if (taken.has(article.slug)) {
          // Two pages with one headline: the editor takes the free slug the importer suggests.
          const slug = freeSlug(article.slug, new Set(taken.keys()));
          article = prepareArticle(page.text, {slug}, registry, {contentLabel: 'content', kind, fallback: {date: '2019', title: 'Untitled page'}});
        }
        const outcome = await writeArticle(article, {contentDir: content, force: false, dryRun: false, taken, slugHint: (slug) => slug});
        assert.notEqual(outcome.status, 'refused', outcome.reason);
        written++;
      }
    }
    assert.deepEqual(refused, [], 'every page gives an article');
    const result = await loadArchive(content, {today: '2026-01-01'});
    const errors = result.messages.filter((message) => message.severity === 'error');
    assert.deepEqual(errors.map((message) => `${message.path}:${message.line}  ${message.message}  ${message.ruleId}`), []);
    assert.ok(written >= 170, `${written} articles written`);
  });
});
