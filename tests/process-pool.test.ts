/**
 * The worker pool gives every article exactly one result, or fails: a worker
 * that loses results is an error, never made up for in this thread unseen.
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {processArticles} from '../src/process/pool.ts';
import type {ArticleSource, ProcessSettings} from '../src/process/article.ts';
import {isLanguageTag} from '../src/model/language.ts';
import {englishInterface} from '../src/i18n/catalogue.ts';

const en = 'en';
assert.ok(isLanguageTag(en));
const settings: ProcessSettings = {defaultLanguage: en, topicIds: [], actorIds: [], sourceIds: [], actors: [], people: [], ui: englishInterface, pathPrefix: '/', advice: false};
const sources: ArticleSource[] = Array.from({length: 5}, (_, index) => ({
  contentPath: `articles/a${index}.md`,
  reportPath: `content/articles/a${index}.md`,
  name: `a${index}`,
  text: `---\ntitle: Article ${index}\ndate: 2021\n---\n\nText ${index}.\n`,
}));

test('workers give one result per article, in order', async () => {
  const results = await processArticles(sources, settings, {minForWorkers: 0});
  assert.deepEqual(results.map((result) => result.entry?.title), sources.map((_, index) => `Article ${index}`));
});

test('a worker that loses results fails the call', async () => {
  await assert.rejects(
    processArticles(sources, settings, {minForWorkers: 0, workerModule: new URL('fixtures/workers/lossy-article-worker.ts', import.meta.url)}),
    /An article worker answered a batch of 5 articles with 4 results/,
  );
});
