/**
 * The suspicious-token check: glued punctuation and words run together are
 * reported with a line and a suggestion; ordinary words, compounds, web
 * addresses and abbreviations are not; and the article text is never changed.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {prepareArticle} from '../src/import/import-article.ts';
import {baseForms, findSuspiciousTokens} from '../src/import/clean/suspicious.ts';

const found = (text: string): string[] =>
  findSuspiciousTokens(text.split('\n').map((line, index) => ({line: index + 1, text: line}))).map((token) => `${token.line} ${token.token} → ${token.suggestion}`);

describe('punctuation with no space after it', () => {
  test('between two words, whatever the mark', () => {
    assert.deepEqual(found('Shelling went on, with heavy casualties.Both sides blamed the other.\nThey agreed to a truce.on Monday.\nHowever,they kept firing; the talks failed:nobody came.'), [
      '1 casualties.Both → casualties. Both',
      '2 truce.on → truce. on',
      '3 However,they → However, they',
      '3 failed:nobody → failed: nobody',
    ]);
  });

  test('a lower-case word after a full stop may mean a stray full stop', () => {
    const [token] = findSuspiciousTokens([{line: 4, text: 'They agreed to a truce.on Monday.'}]);
    assert.match(token?.message ?? '', /`truce\. on`, or `truce on` if the `\.` is stray/u);
  });

  test('web addresses, abbreviations, numbers and times are not glued words', () => {
    assert.deepEqual(found('Read it on TheWeek.com or www.example.org/news.html, e.g. in the U.S. at 10:30 a.m., a 3.5% rise, Ph.D. students, mail@example.org.'), []);
  });
});

describe('words run together', () => {
  test('a function word glued to a word the text or the common list knows', () => {
    assert.deepEqual(
      found('Pakistan launched an attack andkilling ten civilians.\nDuringprevious clashes, officials said they weretargeting militants.\nThe previous round ended when militants began targeting roads.'),
      ['1 andkilling → and killing', '2 Duringprevious → During previous', '2 weretargeting → were targeting'],
    );
  });

  test('two longer words, the first inflected', () => {
    assert.deepEqual(found('The continuous peace negotiationsweakened under fire.'), ['1 negotiationsweakened → negotiations weakened']);
  });

  test('real words and compounds are left alone', () => {
    assert.deepEqual(
      found(
        'Nevertheless, the withdrawal went ahead without delay, however slowly, and the ceasefire held.\nPeacekeeping stakeholders on the frontlines saw counterterrorism as a blueprint, and themselves as the frontline.\nThe takeover of the headquarters was nationwide; something changed overall.',
      ),
      [],
    );
  });

  test('a word the text uses twice is meant', () => {
    assert.deepEqual(found('The andkilling was reported.\nThe andkilling went on.'), []);
  });

  test('base forms strip common endings', () => {
    assert.ok(baseForms('killing').includes('kill'));
    assert.ok(baseForms('targeted').includes('target'));
    assert.ok(baseForms('stopped').includes('stop'));
    assert.ok(baseForms('casualties').includes('casualty'));
  });
});

test('the body keeps the words as written; the report names them', () => {
  const raw = 'A long paragraph about the border where officials said the crossing closed andkilling was reported by casualties.Both sides.\nAnother paragraph about the border crossing and the officials who closed it on Monday after clashes.';
  const article = prepareArticle(raw, {title: 'Border crossing closes', date: '2024'}, {sources: [], topics: [], articles: new Map()}, {contentLabel: 'content'});
  assert.match(article.text, /andkilling was reported by casualties\.Both sides\./u);
  assert.deepEqual(
    article.report.filter((line) => line.startsWith('suspicious')),
    [
      'suspicious  l.1    `casualties.Both`: no space after `.`: did you mean `casualties. Both`?',
      'suspicious  l.1    `andkilling`: two words run together? Did you mean `and killing`?',
    ],
  );
});
