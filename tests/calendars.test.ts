/**
 * Solar Hijri dates beside Gregorian ones (`src/link/calendars.ts`) for
 * articles in Persian, Dari and Pashto, at each precision, as Node 20's ICU
 * writes them; and the article page of the calendar fixture in Pashto shows
 * both calendars.
 */

import assert from 'node:assert/strict';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {build} from '../src/build.ts';
import {englishInterface} from '../src/i18n/catalogue.ts';
import {translatorFor} from '../src/i18n/translator.ts';
import {solarHijriDate} from '../src/link/calendars.ts';
import {parsePartialDate} from '../src/model/dates.ts';
import type {LanguageTag, PartialDate} from '../src/model/types.ts';

const t = translatorFor(englishInterface);

const fixture = fileURLToPath(new URL('fixtures/calendars/content/', import.meta.url));

function date(iso: string): PartialDate {
  const parsed = parsePartialDate(iso);
  assert.ok('precision' in parsed, iso);
  return parsed;
}

/**
 * `[language, Gregorian date, Solar Hijri label]`. 15 August 2021 is 24 Mordad
 * (Asad in Dari, Zmarai in Pashto) 1400; August 2021 runs from 10 Mordad to
 * 9 Shahrivar; March 2021 from 10 Esfand 1399 to 11 Farvardin 1400; 2024 from
 * 11 Dey 1402 to 11 Dey 1403. Nowruz 1404 fell on 21 March 2025.
 */
const labels: readonly (readonly [string, string, string])[] = [
  ['fa', '2021-08-15', '۲۴ مرداد ۱۴۰۰'],
  ['fa', '2021-08', '۱۴۰۰ مرداد تا شهریور'],
  ['fa', '2021-03', '۱۳۹۹ اسفند تا ۱۴۰۰ فروردین'],
  ['fa', '2024', '۱۴۰۲ تا ۱۴۰۳'],
  ['fa', '2025-03-21', '۱ فروردین ۱۴۰۴'],
  ['fa-AF', '2021-08-15', '۲۴ اسد ۱۴۰۰'],
  ['fa-AF', '2021-12', '۱۴۰۰ قوس تا جدی'],
  ['fa-AF', '2024', '۱۴۰۲ تا ۱۴۰۳'],
  ['prs', '2021-03', '۱۳۹۹ حوت تا ۱۴۰۰ حمل'],
  ['ps', '2021-08-15', '۱۴۰۰ زمری ۲۴'],
  ['ps', '2021-08', 'د ۱۴۰۰ د زمری – وږی'],
  ['ps', '2021-03', 'د ۱۳۹۹ د کب – د ۱۴۰۰ د وری'],
  ['ps', '2024', '۱۴۰۲ – ۱۴۰۳'],
];

describe('solarHijriDate', () => {
  for (const [language, iso, label] of labels) {
    test(`${iso} in ${language}: ${label}`, () => {
      const found = solarHijriDate(date(iso), language as LanguageTag, t);
      assert.equal(found?.label, label);
      assert.equal(found?.dir, 'rtl');
      assert.equal(found?.calendar, 'persian');
    });
  }

  test('no era in Latin letters inside a Pashto date', () => {
    for (const iso of ['2021-08-15', '2021-08', '2024']) assert.doesNotMatch(solarHijriDate(date(iso), 'ps' as LanguageTag, t)?.label ?? '', /AP|[A-Za-z]/);
  });

  test('other languages get no second calendar', () => {
    for (const language of ['en', 'ur', 'ru', 'ar']) assert.equal(solarHijriDate(date('2021-08-15'), language as LanguageTag, t), undefined);
  });
});

describe('the calendar fixture', () => {
  let scratch = '';
  after(() => (scratch === '' ? undefined : rm(scratch, {recursive: true, force: true})));

  test('an article with `language: ps` shows both calendars; one in English only the Gregorian', async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-calendars-'));
    const result = await build({contentDir: fixture, outputDir: scratch, today: '2026-01-01'});
    assert.equal(result.ok, true, result.report + (result.failure ?? ''));
    const pashto = await readFile(path.join(scratch, 'articles', 'panjshir-pashto', 'index.html'), 'utf8');
    assert.match(
      pashto,
      /<dd><time datetime="2021-09-06">6 September 2021<\/time> · <time class="calendar-date" datetime="2021-09-06" lang="ps" dir="rtl">۱۴۰۰ وږی ۱۵<\/time> <span class="count">\(Solar Hijri\)<\/span><\/dd>/,
    );
    const dari = await readFile(path.join(scratch, 'articles', 'panjshir-dari', 'index.html'), 'utf8');
    assert.match(dari, /<time class="calendar-date" datetime="2021-08" lang="fa-AF" dir="rtl">۱۴۰۰ اسد تا سنبلهٔ<\/time>/);
    const english = await readFile(path.join(scratch, 'articles', 'valley-english', 'index.html'), 'utf8');
    assert.doesNotMatch(english, /calendar-date/);
  });
});
