/**
 * Partial dates: a year, a month or a day, parsed from front matter without
 * ever going through a `Date` (so no time zone can shift them). What readers
 * see of a date is written in the interface's language by `i18n/`.
 */

import type {DatePrecision, PartialDate} from './types.ts';

/** English month names, for editors' messages (which are in English). */
const monthNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The number of days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a YAML integer year is accepted
 * as well). Returns a reason when the value is not such a date.
 */
export function parsePartialDate(value: unknown): PartialDate | {readonly reason: string} {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') {
    return {reason: 'it is not text'};
  }
  const match = pattern.exec(text.trim());
  if (!match) {
    return {reason: 'it is not in the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`'};
  }
  const year = Number(match[1]);
  if (year < 1000) return {reason: `the year \`${match[1] ?? ''}\` is out of range`};
  if (match[2] === undefined) return makeDate('year', year);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return {reason: `the month \`${match[2]}\` is not between \`01\` and \`12\``};
  if (match[3] === undefined) return makeDate('month', year, month);
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {reason: `${monthNames[month - 1] ?? ''} ${year} has no day \`${match[3]}\` (it has ${last} days)`};
  }
  return makeDate('day', year, month, day);
}

/** Build a `PartialDate` from checked parts. */
export function makeDate(precision: DatePrecision, year: number, month?: number, day?: number): PartialDate {
  const y = pad(year, 4);
  const m = month === undefined ? undefined : pad(month, 2);
  const d = day === undefined ? undefined : pad(day, 2);
  const iso = [y, m, d].filter((part) => part !== undefined).join('-');
  return {
    precision,
    year,
    ...(month === undefined ? {} : {month}),
    ...(day === undefined ? {} : {day}),
    iso,
    sortKey: `${y}-${m ?? '00'}-${d ?? '00'}`,
    timestamp: `${y}-${m ?? '01'}-${d ?? '01'}T00:00:00Z`,
  };
}
