/**
 * Language tags: canonical form, and the writing direction that goes with
 * the language or its script.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {canonicalLanguageTag, directionOf} from '../src/model/language.ts';
import type {LanguageTag, TextDirection} from '../src/model/types.ts';

/** The direction of `value`, failing the test when it is not a tag. */
function direction(value: string): TextDirection {
  const tag = canonicalLanguageTag(value);
  if (tag === undefined) assert.fail(`${value} is not a language tag`);
  return directionOf(tag);
}

describe('canonicalLanguageTag', () => {
  test('keeps canonical tags as they are', () => {
    for (const tag of ['en', 'ps', 'fa', 'ur', 'ru', 'pt-BR', 'uz-Latn', 'pa-Arab']) {
      assert.equal(canonicalLanguageTag(tag), tag);
    }
  });

  test('fixes the case of each subtag', () => {
    assert.equal(canonicalLanguageTag('EN-gb'), 'en-GB');
    assert.equal(canonicalLanguageTag('pa-arab'), 'pa-Arab');
    assert.equal(canonicalLanguageTag('PA-ARAB'), 'pa-Arab');
    assert.equal(canonicalLanguageTag('zh-hant-tw'), 'zh-Hant-TW');
  });

  test('replaces deprecated and alias codes', () => {
    assert.equal(canonicalLanguageTag('iw'), 'he');
    assert.equal(canonicalLanguageTag('prs'), 'fa-AF');
  });

  test('rejects what is not a tag', () => {
    for (const value of ['', 'e', 'x', 'en-', 'en_GB', 'foo bar', 'english language']) {
      assert.equal(canonicalLanguageTag(value), undefined, value);
    }
  });
});

describe('directionOf', () => {
  test('right to left for Pashto, Persian, Dari, Urdu, Arabic and Hebrew', () => {
    for (const tag of ['ps', 'fa', 'prs', 'ur', 'ar', 'he', 'ps-AF', 'fa-AF']) {
      assert.equal(directionOf(tag as LanguageTag), 'rtl', tag);
    }
  });

  test('right to left for a tag with an Arabic-script subtag', () => {
    assert.equal(directionOf('pa-Arab' as LanguageTag), 'rtl');
    assert.equal(directionOf('uz-Arab' as LanguageTag), 'rtl');
    assert.equal(directionOf('ku-Arab' as LanguageTag), 'rtl');
  });

  test('left to right for English, Russian and Latin-script Uzbek', () => {
    for (const tag of ['en', 'en-GB', 'ru', 'uz-Latn', 'pa', 'ku']) {
      assert.equal(directionOf(tag as LanguageTag), 'ltr', tag);
    }
  });

  test('the script subtag wins over the language', () => {
    assert.equal(directionOf('fa-Latn' as LanguageTag), 'ltr');
    assert.equal(directionOf('az-Arab' as LanguageTag), 'rtl');
  });

  test('from what an editor writes, through the canonical tag', () => {
    assert.equal(direction('PS'), 'rtl');
    assert.equal(direction('prs'), 'rtl');
    assert.equal(direction('pa-arab'), 'rtl');
    assert.equal(direction('UZ-latn'), 'ltr');
    assert.equal(direction('iw'), 'rtl');
  });
});
