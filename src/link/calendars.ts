/**
 * Dates in the Solar Hijri calendar, beside the Gregorian one, for articles
 * in Persian, Dari and Pashto: with `Intl.DateTimeFormat`'s `persian`
 * calendar, in the article's language and digits, at the date's precision.
 *
 * A Gregorian month or year never matches one Solar Hijri month or year, so
 * a month is shown as the two months it spans (`اسد – سنبله ۱۴۰۰`) and a year
 * as its two years (`۱۴۰۲ – ۱۴۰۳`). The ranges are put together here from
 * single dates: Node 20's ICU formats a `persian` month range in `fa` as its
 * first month alone. ICU's Pashto patterns add the era as Latin `AP`, which
 * is left out; the month names already say which calendar it is.
 */

import type {Translator} from '../i18n/translator.ts';
import type {CalendarDate, LanguageTag, PartialDate} from '../model/types.ts';
import {directionOf} from '../model/language.ts';

/** The locale each language's dates are written in: Dari (`prs`) is Persian as written in Afghanistan. */
const localeOf: Readonly<Record<string, (tag: string) => string>> = {
  fa: (tag) => tag,
  prs: () => 'fa-AF',
  ps: (tag) => tag,
};

/** Formatters by locale and options, made once each. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (made === undefined) {
    made = new Intl.DateTimeFormat(`${locale}-u-ca-persian`, {...options, timeZone: 'UTC'});
    formatters.set(key, made);
  }
  return made;
}

/** `date` formatted with `options`, without the era. */
function format(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string {
  return formatter(locale, options)
    .formatToParts(date)
    .filter((part) => part.type !== 'era')
    .map((part) => part.value)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** What the locale writes between the two ends of a range (`تا` in Persian, `–` in Pashto), from ICU's own year range. */
function rangeSeparator(locale: string): string {
  const parts = formatter(locale, {year: 'numeric'}).formatRangeToParts(new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2022, 0, 1)));
  const between = parts.find((part) => part.type === 'literal' && part.source === 'shared' && part.value.trim() !== '');
  return between?.value ?? ' – ';
}

const day = {year: 'numeric', month: 'long', day: 'numeric'} as const;
const month = {year: 'numeric', month: 'long'} as const;
const year = {year: 'numeric'} as const;
const numeric = {year: 'numeric', month: 'numeric'} as const;

/** The Solar Hijri months a Gregorian month spans. */
function monthRange(locale: string, start: Date, end: Date): string {
  if (format(locale, numeric, start) === format(locale, numeric, end)) return format(locale, month, start);
  const separator = rangeSeparator(locale);
  if (format(locale, year, start) !== format(locale, year, end)) return `${format(locale, month, start)}${separator}${format(locale, month, end)}`;
  // One year, two months: the year written once, the months as standalone names.
  const names = `${format(locale, {month: 'long'}, start)}${separator}${format(locale, {month: 'long'}, end)}`;
  return formatter(locale, month)
    .formatToParts(start)
    .filter((part) => part.type !== 'era')
    .map((part) => (part.type === 'month' ? names : part.value))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The Solar Hijri date of `date`, when `language` (the article's) is Persian,
 * Dari or Pashto, in that language; otherwise `undefined`. The calendar's
 * name is in the interface's language (`t`).
 */
export function solarHijriDate(date: PartialDate, language: LanguageTag, t: Translator): CalendarDate | undefined {
  const locale = localeOf[language.split('-')[0]?.toLowerCase() ?? '']?.(language);
  if (locale === undefined) return undefined;
  const first = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const label =
    date.precision === 'day'
      ? format(locale, day, first)
      : date.precision === 'month'
        ? monthRange(locale, first, new Date(Date.UTC(date.year, date.month ?? 1, 0)))
        : `${format(locale, year, first)}${rangeSeparator(locale)}${format(locale, year, new Date(Date.UTC(date.year, 11, 31)))}`;
  return {label, calendar: 'persian', calendarName: t.text('calendar.persian'), language, dir: directionOf(language)};
}
