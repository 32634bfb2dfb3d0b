/**
 * "Did you mean" suggestions: `closest` picks a likely intended id or field
 * name, `didYouMean` phrases it for a message.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {closest, didYouMean, editDistance} from '../src/content/did-you-mean.ts';

const actorIds = ['ahmad-massoud', 'ahmad-shah-massoud', 'taliban', 'russia', 'united-states', 'pakistan'];
const articleFields = ['title', 'date', 'source', 'url', 'authors', 'author', 'language', 'topics', 'actors', 'summary', 'slug', 'draft'];

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', 'abc'), 0);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('talbian', 'taliban'), 1);
  });
});

describe('closest', () => {
  test('typos: a wrong, missing or swapped letter', () => {
    assert.equal(closest('talibam', actorIds), 'taliban');
    assert.equal(closest('russa', actorIds), 'russia');
    assert.equal(closest('talbian', actorIds), 'taliban');
    assert.equal(closest('ahmad-masoud', actorIds), 'ahmad-massoud');
    assert.equal(closest('titel', articleFields), 'title');
    assert.equal(closest('topic', articleFields), 'topics');
  });

  test('ignores case', () => {
    assert.equal(closest('Taliban', actorIds), 'taliban');
    assert.equal(closest('TITLE', articleFields), 'title');
  });

  test('prefers the nearest candidate', () => {
    assert.equal(closest('autor', articleFields), 'author');
    assert.equal(closest('authrs', articleFields), 'authors');
  });

  test('breaks ties between equally near candidates alphabetically, whatever their order', () => {
    assert.equal(closest('cat', ['hat', 'bat']), 'bat');
    assert.equal(closest('cat', ['bat', 'hat']), 'bat');
  });

  test('a hyphen-separated part of an id, or an id within a longer value', () => {
    assert.equal(closest('united', actorIds), 'united-states');
    assert.equal(closest('pakistan-army', actorIds), 'pakistan');
  });

  test('nothing when no candidate is close', () => {
    assert.equal(closest('xyz', actorIds), undefined);
    assert.equal(closest('tlbn', actorIds), undefined);
    assert.equal(closest('us', actorIds), undefined);
    assert.equal(closest('taliban', []), undefined);
  });

  test('the allowed distance grows with length: one edit for short words, at most four', () => {
    assert.equal(closest('ab', ['xy']), undefined);
    assert.equal(closest('abc', ['xbc']), 'xbc');
    assert.equal(closest('abc', ['xyc']), undefined);
    assert.equal(closest('abcdefghijklmnop', ['abcdefghijklwxyz']), 'abcdefghijklwxyz');
    assert.equal(closest('abcdefghijklmnop', ['abcdefghijkvwxyz']), undefined);
  });

  test('accepts any iterable, such as a set of ids', () => {
    assert.equal(closest('rusia', new Set(actorIds)), 'russia');
  });
});

describe('didYouMean', () => {
  test('phrases the suggestion for a message', () => {
    assert.equal(didYouMean('talibam', actorIds), ' (did you mean `taliban`?)');
    assert.equal(didYouMean('sumary', articleFields), ' (did you mean `summary`?)');
  });

  test('is empty when nothing is close', () => {
    assert.equal(didYouMean('xyz', actorIds), '');
  });
});
