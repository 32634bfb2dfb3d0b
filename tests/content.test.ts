/**
 * The archive's own content: the five imported articles, checked the way an
 * editor would after importing them: dates with the manifest's precision,
 * topics, and the actor counts of the hard cases.
 */

import assert from 'node:assert/strict';
import {before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {loadArchive} from '../src/load-archive.ts';
import type {Archive, Article} from '../src/model/types.ts';

const contentDir = fileURLToPath(new URL('../content/', import.meta.url));

describe('the archive in content/', () => {
  let archive: Archive;
  const bySlug = new Map<string, Article>();
  const counts = (slug: string): Record<string, number> =>
    Object.fromEntries((bySlug.get(slug)?.actors ?? []).map(({actor, count}) => [actor.id, count]));

  before(async () => {
    const loaded = await loadArchive(contentDir);
    assert.deepEqual(loaded.messages.filter((message) => message.severity === 'error'), []);
    assert.ok(loaded.archive !== undefined);
    archive = loaded.archive;
    for (const article of archive.articles) bySlug.set(article.slug, article);
  });

  test('holds the five articles with the manifest’s dates, at their precision', () => {
    assert.deepEqual(
      archive.articles.map((article) => [article.slug, article.date.iso, article.date.label, article.source?.id]),
      [
        ['afghan-taliban-see-popularity-boost-over-pakistan-clashes', '2025-12-04', '4 December 2025', 'dw'],
        ['rising-shadows-the-talibans-ripple-effect-on-regional', '2024', '2024', 'eurasia-review'],
        ['afghanistans-anti-taliban-resistance-not-getting-response', '2021-08', 'August 2021', 'the-week'],
        ['pentagon-ties-russia-to-taliban-attack-publicly-accuses', '2017-04', 'April 2017', 'truthout'],
        ['russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance', '2017-01', 'January 2017', 'mosaic'],
      ],
    );
  });

  test('every article is in at least two topics, and says whose reporting it is based on', () => {
    for (const article of archive.articles) assert.ok(article.topics.length >= 2, article.slug);
    assert.equal(bySlug.get('afghanistans-anti-taliban-resistance-not-getting-response')?.reportsOn?.id, 'the-new-york-times');
    assert.equal(bySlug.get('russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance')?.reportsOn?.id, 'the-daily-beast');
  });

  test('no boilerplate is left in any article', () => {
    for (const article of archive.articles) {
      assert.doesNotMatch(article.text, /Subscribe|Sign up|newsletter|Read more at|More about:|Leave a comment|Trending|Dear Truthout|donation|Gaza|Hamas|Published$/m, article.slug);
    }
  });

  test('father and son: "the younger Massoud" and a bare "Massoud" are the son, "the elder Massoud" the father', () => {
    const week = counts('afghanistans-anti-taliban-resistance-not-getting-response');
    assert.equal(week['ahmad-massoud'], 4);
    assert.equal(week['ahmad-shah-massoud'], 2);
    assert.equal(counts('rising-shadows-the-talibans-ripple-effect-on-regional')['ahmad-massoud'], 4);
  });

  test('the Taliban and Tehrik-i-Taliban Pakistan are counted apart', () => {
    const dw = counts('afghan-taliban-see-popularity-boost-over-pakistan-clashes');
    assert.equal(dw['tehrik-i-taliban-pakistan'], 5);
    assert.equal(dw['taliban'], 30);
  });

  test('IS only as the capitalised word; America, U.S. and US are the United States', () => {
    assert.equal(counts('russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance')['islamic-state'], 3);
    assert.equal(counts('afghanistans-anti-taliban-resistance-not-getting-response')['united-states'], 1, '"America"');
    assert.equal(counts('russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance')['united-states'], 2, '"America", "U.S."');
  });

  test('spelling variants resolve: Mazar-i-Shariff, Nangahar', () => {
    const truthout = counts('pentagon-ties-russia-to-taliban-attack-publicly-accuses');
    assert.equal(truthout['mazar-i-sharif'], 1);
    assert.equal(truthout['nangarhar'], 1);
  });

  test('every actor is named by an article, and its page lists them with counts', () => {
    for (const actor of archive.actors) {
      assert.ok(actor.appearances.length > 0, `${actor.id} is named in no article`);
      const total = actor.appearances.reduce((sum, appearance) => sum + appearance.count, 0);
      assert.equal(actor.mentionCount, total);
      for (const appearance of actor.appearances) {
        const article = bySlug.get(appearance.article.slug);
        assert.ok(article?.actors.some((item) => item.actor.id === actor.id && item.count === appearance.count));
      }
    }
  });
});
