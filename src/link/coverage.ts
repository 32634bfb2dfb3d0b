/**
 * Coverage over time: a bar chart of articles per month (per year when the
 * range spans more than a few years), laid out here so that templates only
 * draw it. Counts come from a `Timeline`, so they equal the lists the page
 * shows; every bar with articles links to its month or year of the archive's
 * timeline. Coordinates are rounded to a tenth, so output is byte-stable.
 */

import type {Translator} from '../i18n/translator.ts';
import {fragmentOf, type Addresses} from '../model/addresses.ts';
import {makeDate} from '../model/dates.ts';
import type {ChartBar, ChartGridLine, ChartLabel, CoverageChart, Href, Timeline} from '../model/types.ts';
import {barLinkLabel, chartColumns, chartDescription, chartTitle, type ChartSubject} from './chart-text.ts';
import {monthAnchor} from './timeline.ts';

/** Ranges of up to this many years are drawn by month; longer ones by year. */
export const monthlyYears = 3;

/** The chart's box and plot, in its own units. */
const box = {width: 400, height: 170, left: 30, right: 394, top: 18, baseline: 140} as const;

/** Rounded to a tenth: what the SVG writes. */
const round = (value: number): number => Math.round(value * 10) / 10;

/** The top of the scale: the peak, rounded up to a readable step. */
function scaleTop(peak: number): number {
  if (peak <= 5) return Math.max(1, peak);
  const magnitude = 10 ** Math.floor(Math.log10(peak));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => peak / candidate <= 5) ?? 10 * magnitude;
  return Math.ceil(peak / step) * step;
}

/** One column before layout. */
interface Column {
  readonly label: string;
  readonly count: number;
  readonly url: Href | undefined;
  readonly unknownMonth: boolean;
  /** What the axis writes under it, if anything. */
  readonly tick: string | undefined;
  /** The first month of a year, in a chart of several years' months. */
  readonly yearStart: boolean;
}

/** The columns of `timeline` from `first` to `last` (years), by `unit`. */
function columnsOf(timeline: Timeline, first: number, last: number, unit: 'month' | 'year', addresses: Addresses, t: Translator): Column[] {
  const byYear = new Map(timeline.years.map((year) => [year.year, year]));
  const columns: Column[] = [];
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50, 100].find((candidate) => span / candidate <= 10) ?? 100;
  for (let year = first; year <= last; year++) {
    const found = byYear.get(year);
    const page = addresses.timelineYear(year);
    if (unit === 'year') {
      const count = found?.count ?? 0;
      const label = t.number(year);
      columns.push({label, count, url: count > 0 ? page.url : undefined, unknownMonth: false, tick: year % step === 0 || span <= 10 ? label : undefined, yearStart: false});
      continue;
    }
    const months = new Map((found?.months ?? []).map((month) => [month.key, month.count]));
    for (let month = 1; month <= 12; month++) {
      const count = months.get(`${year}-${String(month).padStart(2, '0')}`) ?? 0;
      columns.push({
        label: t.date(makeDate('month', year, month)),
        count,
        url: count > 0 ? fragmentOf(page, monthAnchor(year, month)).url : undefined,
        unknownMonth: false,
        tick: span === 1 ? t.shortMonth(month) : month === 1 ? t.number(year) : undefined,
        yearStart: span > 1 && month === 1,
      });
    }
    const unknown = months.get(String(year)) ?? 0;
    if (unknown > 0) {
      columns.push({label: t.text('date.monthUnknown', {year}), count: unknown, url: fragmentOf(page, monthAnchor(year)).url, unknownMonth: true, tick: span === 1 ? t.text('chart.monthUnknownTick') : undefined, yearStart: false});
    }
  }
  return columns;
}

/** What a chart is made from. */
export interface ChartInput {
  /** The articles to count, as a timeline. */
  readonly timeline: Timeline;
  readonly subject: ChartSubject;
  readonly addresses: Addresses;
  /** The interface's language: the chart's words, numbers and month names. */
  readonly t: Translator;
  /** Draw exactly this year, by month (a year page). */
  readonly year?: number;
}

/** The coverage chart of `input.timeline`, or `undefined` when it has no article. */
export function coverageChart(input: ChartInput): CoverageChart | undefined {
  const {timeline, t} = input;
  const first = input.year ?? timeline.years[0]?.year;
  const last = input.year ?? timeline.years.at(-1)?.year;
  if (first === undefined || last === undefined || timeline.count === 0) return undefined;
  const unit = last - first + 1 <= monthlyYears ? 'month' : 'year';
  const columns = columnsOf(timeline, first, last, unit, input.addresses, t);
  const peak = Math.max(...columns.map((column) => column.count));
  const top = scaleTop(peak);
  const slot = (box.right - box.left) / columns.length;
  const barWidth = Math.max(0.5, slot * (columns.length > 40 ? 0.9 : 0.72));
  const plotHeight = box.baseline - box.top;
  const bars: ChartBar[] = columns.map((column, index) => {
    const height = (column.count / top) * plotHeight;
    const slotX = box.left + index * slot;
    return {
      label: column.label,
      count: column.count,
      countText: t.number(column.count),
      ...(column.url === undefined ? {} : {url: column.url}),
      unknownMonth: column.unknownMonth,
      x: round(slotX + (slot - barWidth) / 2),
      y: round(box.baseline - height),
      width: round(barWidth),
      height: round(height),
      slotX: round(slotX),
      slotWidth: round(slot),
      cx: round(slotX + slot / 2),
      linkLabel: barLinkLabel(t, column.label, column.count),
    };
  });
  const axis: ChartLabel[] = columns.flatMap((column, index) => {
    const bar = bars[index];
    if (column.tick === undefined || bar === undefined) return [];
    return [column.yearStart ? {x: bar.slotX, y: box.baseline + 16, text: column.tick, anchor: 'start' as const} : {x: bar.cx, y: box.baseline + 16, text: column.tick, anchor: 'middle' as const}];
  });
  const counts: ChartLabel[] =
    columns.length > 13 ? [] : bars.flatMap((bar) => (bar.count === 0 ? [] : [{x: bar.cx, y: round(bar.y - 4), text: bar.countText, anchor: 'middle' as const}]));
  const grid: ChartGridLine[] = [...new Set([0, top % 2 === 0 ? top / 2 : undefined, top])].flatMap((value) => {
    if (value === undefined) return [];
    const y = round(box.baseline - (value / top) * plotHeight);
    return [{y, label: {x: box.left - 5, y: round(y + 4), text: t.number(value), anchor: 'end' as const}}];
  });
  const total = columns.reduce((sum, column) => sum + column.count, 0);
  const columnsText = chartColumns(t, unit);
  return {
    id: 'coverage',
    title: chartTitle(t, input.subject, unit, first, last),
    // Months are drawn for whole years: the range is in years either way.
    description: chartDescription(t, {unit, first, last, total, peak, peakLabels: columns.filter((column) => column.count === peak).map((column) => column.label)}),
    unit,
    unitLabel: columnsText.unit,
    countLabel: columnsText.count,
    total,
    width: box.width,
    height: box.height,
    plotLeft: box.left,
    plotRight: box.right,
    baseline: box.baseline,
    bars,
    counts,
    axis,
    grid,
  };
}
