/**
 * Coverage over time (`src/link/coverage.ts`): months for short ranges and
 * years for long ones, empty months drawn but not linked, articles dated
 * only to a year in their own column, the description's range and peak;
 * and their words in another interface language (`chart-text.ts`).
 * That every chart of the shipped archive counts its page's list is in
 * `shipped-archive.test.ts`.
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {englishInterface, interfaceLocaleFor} from '../src/i18n/catalogue.ts';
import {translatorFor} from '../src/i18n/translator.ts';
import {neighboursDescription} from '../src/link/chart-text.ts';
import {coverageChart} from '../src/link/coverage.ts';
import {buildTimeline} from '../src/link/timeline.ts';
import {siteAddresses} from '../src/model/addresses.ts';
import {makeDate} from '../src/model/dates.ts';
import type {AbsoluteUrl, ArticleLink, ArticleSlug, Href, LanguageTag, Site} from '../src/model/types.ts';

const site: Site = {
  title: 'Test',
  description: '',
  baseUrl: 'https://example.org' as AbsoluteUrl,
  pathPrefix: '/',
  language: 'en' as LanguageTag,
  dir: 'ltr',
  searchShardPages: 2500,
  ui: englishInterface,
};
const addresses = siteAddresses(site);
const t = translatorFor(englishInterface);

/** An article link dated `iso` (`2021`, `2021-08` or `2021-08-15`). */
function dated(iso: string, index: number): ArticleLink {
  const [year = 0, month, day] = iso.split('-').map(Number);
  const date = makeDate(day !== undefined ? 'day' : month !== undefined ? 'month' : 'year', year, month, day);
  return {slug: `a${index}` as ArticleSlug, url: `/articles/a${index}/` as Href, title: `A${index}`, date: {...date, label: t.date(date)}, summary: '', language: 'en' as LanguageTag, dir: 'ltr'};
}

const chartOf = (dates: readonly string[], year?: number): ReturnType<typeof coverageChart> =>
  coverageChart({
    timeline: buildTimeline(dates.map(dated), addresses, t),
    subject: {kind: 'archive'},
    addresses,
    t,
    ...(year === undefined ? {} : {year}),
  });

describe('coverageChart', () => {
  test('a range of up to three years is drawn by month, whole years, empty months included but not linked', () => {
    const chart = chartOf(['2020-02-03', '2020-02-10', '2021-11']);
    assert.equal(chart?.unit, 'month');
    assert.equal(chart?.bars.length, 24);
    const february = chart?.bars[1];
    assert.deepEqual([february?.label, february?.count, february?.url], ['February 2020', 2, '/timeline/2020/#y2020-m02']);
    assert.deepEqual([chart?.bars[0]?.count, chart?.bars[0]?.url], [0, undefined]);
    assert.equal(chart?.title, 'Articles per month, 2020–2021');
    assert.equal(chart?.description, 'From 2020 to 2021: 3 articles in all; the most in one month, 2, in February 2020.');
  });

  test('a longer range is drawn by year, each year linking to its page', () => {
    const chart = chartOf(['2001', '2001-05', '2009-01-01']);
    assert.equal(chart?.unit, 'year');
    assert.deepEqual(
      chart?.bars.map((bar) => [bar.label, bar.count, bar.url ?? null]),
      [['2001', 2, '/timeline/2001/'], ...[2002, 2003, 2004, 2005, 2006, 2007, 2008].map((year) => [String(year), 0, null]), ['2009', 1, '/timeline/2009/']],
    );
  });

  test('articles dated only to a year get a column of their own after the year’s months', () => {
    const chart = chartOf(['2024', '2024', '2024-03'], 2024);
    assert.equal(chart?.bars.length, 13);
    const unknown = chart?.bars[12];
    assert.deepEqual([unknown?.label, unknown?.count, unknown?.unknownMonth, unknown?.url], ['2024, month not known', 2, true, '/timeline/2024/#y2024']);
    assert.equal(chart?.description, 'In 2024: 3 articles in all; the most in one month, 2, in 2024, month not known.');
    assert.deepEqual(
      chart?.axis.map((label) => label.text),
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec', '?'],
    );
  });

  test('ties for the peak are all named, up to three', () => {
    assert.match(chartOf(['2020-01', '2020-05', '2020-09'])?.description ?? '', /the most in one month, 1, in January 2020, May 2020 and September 2020\.$/);
    assert.match(chartOf(['2020-01', '2020-03', '2020-05', '2020-09'])?.description ?? '', /the most in one month, 1, in 4 months\.$/);
  });

  test('bars fill the plot in proportion, on a scale rounded up to a readable step', () => {
    const chart = chartOf([...Array.from({length: 7}, () => '2020-01'), '2020-02']);
    const [january, february] = chart?.bars ?? [];
    assert.deepEqual(chart?.grid.map((line) => line.label.text), ['0', '4', '8']);
    assert.equal(january?.y !== undefined && february?.y !== undefined && january.y < february.y, true);
    assert.equal(january?.height, Math.round(((7 / 8) * 122) * 10) / 10);
  });

  test('no article, no chart', () => {
    assert.equal(chartOf([]), undefined);
  });
});

describe('the words of charts and networks in the interface’s language', () => {
  const persian = translatorFor(interfaceLocaleFor('fa' as LanguageTag) ?? assert.fail('no fa catalogue'));

  test('a Persian chart has the catalogue’s words, Persian digits and month names, and a Latin name isolated', () => {
    const chart = coverageChart({
      timeline: buildTimeline(['2021-08-15', '2021-08-20', '2021-09'].map(dated), addresses, persian),
      subject: {kind: 'actor', name: 'Hamid Saifi'},
      addresses,
      t: persian,
    });
    assert.equal(chart?.title, 'مقاله‌هایی که از \u2068Hamid Saifi\u2069 نام می‌برند، در هر ماه، ۲۰۲۱');
    assert.equal(chart?.description, 'در سال ۲۰۲۱: روی هم ۳ مقاله؛ بیشترین در یک ماه ۲، در اوت ۲۰۲۱.');
    assert.deepEqual([chart?.unitLabel, chart?.countLabel, chart?.bars[7]?.countText, chart?.axis[7]?.text], ['ماه', 'مقاله‌ها', '۲', 'اوت']);
    assert.equal(chart?.bars[7]?.linkLabel, 'اوت ۲۰۲۱: ۲ مقاله');
  });

  test('a neighbours’ description isolates each name once', () => {
    const text = neighboursDescription(persian, 'Hamid Saifi', [
      {name: 'Ahmad Massoud', shared: 2},
      {name: 'Panjshir', shared: 1},
    ]);
    assert.equal(text, 'مقاله‌های مشترک با \u2068Hamid Saifi\u2069: \u2068Ahmad Massoud\u2069 (۲) و \u2068Panjshir\u2069 (۱). خطی میان دو تن از آنان یعنی آن دو نیز اغلب با هم نام برده می‌شوند.');
  });
});
