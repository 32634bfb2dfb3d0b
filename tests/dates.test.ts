/**
 * `parsePartialDate`: the three precisions, every derived field, what is
 * rejected, and independence from the local time zone, with the English
 * labels the interface writes for them.
 */

import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {englishInterface} from '../src/i18n/catalogue.ts';
import {translatorFor} from '../src/i18n/translator.ts';
import {parsePartialDate} from '../src/model/dates.ts';
import type {PartialDate} from '../src/model/types.ts';

/** The English label of the date `value`. */
const label = (value: unknown): string => translatorFor(englishInterface).date(parsed(value));

/** Parse `value`, failing the test with the reason when it is not a date. */
function parsed(value: unknown): PartialDate {
  const result = parsePartialDate(value);
  if ('reason' in result) assert.fail(`${String(value)} was rejected: ${result.reason}`);
  return result;
}

/** The reason `value` is rejected, failing the test when it is accepted. */
function reason(value: unknown): string {
  const result = parsePartialDate(value);
  if (!('reason' in result)) assert.fail(`${String(value)} was accepted as ${result.iso}`);
  return result.reason;
}

describe('parsePartialDate: precisions', () => {
  test('a year', () => {
    assert.deepEqual(parsed('2021'), {
      precision: 'year',
      year: 2021,
      iso: '2021',
      sortKey: '2021-00-00',
      timestamp: '2021-01-01T00:00:00Z',
    });
  });

  test('a year written as a YAML integer', () => {
    assert.deepEqual(parsed(2021), parsed('2021'));
  });

  test('a month', () => {
    assert.deepEqual(parsed('2021-08'), {
      precision: 'month',
      year: 2021,
      month: 8,
      iso: '2021-08',
      sortKey: '2021-08-00',
      timestamp: '2021-08-01T00:00:00Z',
    });
  });

  test('a day', () => {
    assert.deepEqual(parsed('2021-08-15'), {
      precision: 'day',
      year: 2021,
      month: 8,
      day: 15,
      iso: '2021-08-15',
      sortKey: '2021-08-15',
      timestamp: '2021-08-15T00:00:00Z',
    });
  });

  test('a day label has no leading zero', () => {
    assert.equal(label('2017-04-24'), '24 April 2017');
    assert.equal(label('2021-08-01'), '1 August 2021');
  });

  test('a year, a month and a day sort in calendar order, less precise first', () => {
    const keys = ['2021-08-15', '2021', '2020-12-31', '2021-08', '2021-01-01'].map((value) => parsed(value).sortKey);
    assert.deepEqual([...keys].sort(), ['2020-12-31', '2021-00-00', '2021-01-01', '2021-08-00', '2021-08-15']);
  });
});

describe('parsePartialDate: rejections', () => {
  test('month 13', () => {
    assert.equal(reason('2021-13'), 'the month `13` is not between `01` and `12`');
  });

  test('30 February', () => {
    assert.equal(reason('2021-02-30'), 'February 2021 has no day `30` (it has 28 days)');
  });

  test('parts without leading zeros', () => {
    assert.equal(reason('2021-2-3'), 'it is not in the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`');
  });

  test('day/month/year', () => {
    assert.equal(reason('15/08/2021'), 'it is not in the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`');
  });

  test('empty text', () => {
    assert.equal(reason(''), 'it is not in the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`');
  });

  test('a Date object (what a YAML 1.1 timestamp would give)', () => {
    assert.equal(reason(new Date(Date.UTC(2021, 7, 15))), 'it is not text');
  });

  test('a date with a time', () => {
    assert.equal(reason('2021-08-15T00:00:00Z'), 'it is not in the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`');
  });

  test('a number that is not a whole year', () => {
    assert.equal(reason(2021.5), 'it is not text');
  });

  test('day 31 of a 30-day month and day 00', () => {
    assert.equal(reason('2021-04-31'), 'April 2021 has no day `31` (it has 30 days)');
    assert.equal(reason('2021-08-00'), 'August 2021 has no day `00` (it has 31 days)');
  });
});

describe('parsePartialDate: leap years', () => {
  test('29 February 2024 exists', () => {
    assert.equal(label('2024-02-29'), '29 February 2024');
  });

  test('29 February 2023 does not', () => {
    assert.equal(reason('2023-02-29'), 'February 2023 has no day `29` (it has 28 days)');
  });

  test('century years follow the Gregorian rule', () => {
    assert.equal(parsed('2000-02-29').iso, '2000-02-29');
    assert.equal(reason('1900-02-29'), 'February 1900 has no day `29` (it has 28 days)');
  });
});

describe('parsePartialDate: time zones', () => {
  let savedZone: string | undefined;
  before(() => {
    savedZone = process.env['TZ'];
    process.env['TZ'] = 'America/Los_Angeles';
  });
  after(() => {
    if (savedZone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedZone;
  });

  test('the zone is in effect: local methods would shift midnight UTC to the day before', () => {
    const midnight = new Date(Date.UTC(2021, 7, 1));
    assert.equal(midnight.getDate(), 31);
    assert.equal(midnight.getMonth(), 6);
  });

  test('dates are not shifted', () => {
    const date = parsed('2021-08-01');
    assert.equal(label('2021-08-01'), '1 August 2021');
    assert.equal(date.day, 1);
    assert.equal(date.month, 8);
    assert.equal(date.sortKey, '2021-08-01');
    assert.equal(date.timestamp, '2021-08-01T00:00:00Z');
    assert.equal(parsed('2021').timestamp, '2021-01-01T00:00:00Z');
    assert.equal(label('2021-03'), 'March 2021');
  });
});
