/**
 * Names to ids: outlet names to source ids, tags to topic ids, and titles
 * to slugs.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {maxTitleSlugLength as maxSlugLength, titleSlug as articleSlug} from '../src/model/slug.ts';
import {matchSource, outletName, sameOutlet, suggestedSourceId} from '../src/import/match/source.ts';
import {matchTopics} from '../src/import/match/topics.ts';

const sources = [
  {id: 'the-week', name: 'The Week', url: 'https://theweek.com'},
  {id: 'deutsche-welle', name: 'Deutsche Welle', url: 'https://www.dw.com'},
  {id: 'daily-beast', name: 'The Daily Beast'},
  {id: 'nyt', name: 'New York Times (The)', url: 'https://www.nytimes.com'},
];

describe('outlet names to sources', () => {
  test('by name, ignoring case, parentheses and a leading "The"', () => {
    assert.equal(matchSource('The Week', sources).id, 'the-week');
    assert.equal(matchSource('the week', sources).id, 'the-week');
    assert.equal(matchSource('Week', sources).id, 'the-week');
    assert.equal(matchSource('Daily Beast', sources).id, 'daily-beast');
    assert.equal(matchSource('The Daily Beast (an essay by Thomas Joscelyn)', sources).id, 'daily-beast');
    assert.equal(matchSource('The New York Times', sources).id, 'nyt');
  });

  test('by a parenthesised name, by id and by host', () => {
    assert.equal(matchSource('DW (Deutsche Welle)', sources).id, 'deutsche-welle');
    assert.equal(matchSource('DW', sources, 'https://dw.com/en').id, 'deutsche-welle');
    assert.equal(matchSource('theweek.com', sources).id, 'the-week');
    assert.equal(matchSource('the-week', sources).id, 'the-week');
  });

  test('an unknown outlet gets a suggested id and does not exist', () => {
    assert.deepEqual(matchSource('Eurasia Review', sources), {id: 'eurasia-review', exists: false, name: 'Eurasia Review'});
    assert.deepEqual(matchSource('Mosaic (magazine)', sources), {id: 'mosaic', exists: false, name: 'Mosaic'});
    assert.equal(suggestedSourceId('The Week'), 'the-week');
    assert.equal(suggestedSourceId('', 'https://www.truthout.org'), 'truthout');
    assert.equal(outletName('The Daily Beast (an essay by Thomas Joscelyn)'), 'The Daily Beast');
    assert.ok(sameOutlet('Daily Beast', 'The Daily Beast (an essay)'));
    assert.ok(!sameOutlet('Daily Beast', 'The Week'));
  });
});

describe('tags to topics', () => {
  const topics = [
    {id: 'russia-and-the-taliban', title: 'Russia and the Taliban'},
    {id: 'anti-taliban-resistance', title: 'Anti-Taliban resistance'},
    {id: 'afghanistan-pakistan-border', title: 'Afghanistan–Pakistan border'},
    {id: 'peace-talks', title: 'Peace talks'},
  ];

  test('tags that together carry every significant word of a title', () => {
    assert.deepEqual(matchTopics(['Afghanistan', 'ISIS', 'NATO', 'Politics & Current Affairs', 'Russia', 'Taliban', 'U.S. Foreign policy'], topics), {
      ids: ['russia-and-the-taliban'],
      matched: ['Russia', 'Taliban'],
      unmatched: ['Afghanistan', 'ISIS', 'NATO', 'Politics & Current Affairs', 'U.S. Foreign policy'],
    });
  });

  test('a tag equal to an id or a title, or of several words within a title', () => {
    assert.deepEqual(matchTopics(['peace-talks'], topics).ids, ['peace-talks']);
    assert.deepEqual(matchTopics(['PEACE TALKS'], topics).ids, ['peace-talks']);
    assert.deepEqual(matchTopics(['Pakistan border'], topics).ids, ['afghanistan-pakistan-border']);
    assert.deepEqual(matchTopics(['Taliban'], topics).ids, []);
    assert.deepEqual(matchTopics([], topics), {ids: [], matched: [], unmatched: []});
  });
});

describe('slugs from titles', () => {
  test('apostrophes dropped, shortened at a word boundary, no dangling small word', () => {
    assert.equal(articleSlug('Russia Tries to Bring the Taliban into Its Anti-U.S. Alliance'), 'russia-tries-to-bring-the-taliban-into-its-anti-u-s-alliance');
    assert.equal(
      articleSlug("Afghanistan's anti-Taliban resistance not getting response in quest for international support"),
      'afghanistans-anti-taliban-resistance-not-getting-response',
    );
    assert.equal(articleSlug('Rising Shadows: The Taliban’s Ripple Effect on Regional Terrorism'), 'rising-shadows-the-talibans-ripple-effect-on-regional');
    const long = articleSlug('A '.repeat(10) + 'x'.repeat(80));
    assert.ok(long.length <= maxSlugLength);
  });
});
