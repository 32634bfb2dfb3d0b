/**
 * Group articles by year and month, oldest first: the timeline of the whole
 * archive, and of each topic.
 */

import type {Translator} from '../i18n/translator.ts';
import type {Addresses} from '../model/addresses.ts';
import {makeDate} from '../model/dates.ts';
import type {ArticleLink, Timeline, TimelineMonth, TimelineYear} from '../model/types.ts';
import {oldestFirst} from './order.ts';

/** The fragment id of a month on its year's page (`y2021-m08`), or of the year's articles whose month is not known (`y2021`). */
export const monthAnchor = (year: number, month?: number): string => (month === undefined ? `y${year}` : `y${year}-m${String(month).padStart(2, '0')}`);

/** Build a timeline from articles in any order. Within a month, articles are oldest first too. */
export function buildTimeline(articles: readonly ArticleLink[], addresses: Addresses, t: Translator): Timeline {
  const sorted = [...articles].sort(oldestFirst);
  const years = new Map<number, Map<string, ArticleLink[]>>();
  for (const article of sorted) {
    const {year, month} = article.date;
    const key = month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    let months = years.get(year);
    if (months === undefined) {
      months = new Map();
      years.set(year, months);
    }
    const list = months.get(key);
    if (list === undefined) months.set(key, [article]);
    else list.push(article);
  }
  const result: TimelineYear[] = [...years].map(([year, months]) => {
    const monthList: TimelineMonth[] = [...months].map(([key, list]) => {
      const month = key.length === 4 ? undefined : Number(key.slice(5));
      return {
        key,
        label: month === undefined ? t.text('date.monthUnknown', {year}) : t.date(makeDate('month', year, month)),
        anchor: monthAnchor(year, month),
        count: list.length,
        articles: list,
      };
    });
    return {
      year,
      label: t.number(year),
      url: addresses.timelineYear(year).url,
      count: monthList.reduce((sum, month) => sum + month.count, 0),
      months: monthList,
    };
  });
  return {count: sorted.length, years: result};
}
