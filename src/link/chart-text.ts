/**
 * The words of the coverage charts and the networks of who is named with
 * whom: titles, descriptions and link names from the message catalogue
 * (`src/i18n/catalogues/`), with numbers, dates, month names and lists
 * written the interface language's way.
 */

import {Markup, type Translator} from '../i18n/translator.ts';

/** What a chart counts, for its title: the whole archive, one actor's articles, or a topic's. */
export type ChartSubject = {readonly kind: 'archive'} | {readonly kind: 'actor'; readonly name: string} | {readonly kind: 'topic'; readonly title: string};

/** A chart's title: `Articles per month, 2017`, `Articles naming John Nicholson per year, 2017–2025`. */
export function chartTitle(t: Translator, subject: ChartSubject, unit: 'month' | 'year', first: number, last: number): string {
  const range = first === last ? t.number(first) : t.text('chart.range', {first, last});
  const perMonth = unit === 'month';
  if (subject.kind === 'actor') return t.text(perMonth ? 'chart.actorPerMonth' : 'chart.actorPerYear', {name: subject.name, range});
  if (subject.kind === 'topic') return t.text(perMonth ? 'chart.topicPerMonth' : 'chart.topicPerYear', {title: subject.title, range});
  return t.text(perMonth ? 'chart.perMonth' : 'chart.perYear', {range});
}

/** Headers of a chart's table of numbers. */
export const chartColumns = (t: Translator, unit: 'month' | 'year'): {unit: string; count: string} => ({
  unit: t.text(unit === 'month' ? 'chart.month' : 'chart.year'),
  count: t.text('chart.articles'),
});

/** A chart's description: its range (from the year `first` to the year `last`), its total and its peak, with the columns that reach it. */
export function chartDescription(
  t: Translator,
  input: {readonly unit: 'month' | 'year'; readonly first: number; readonly last: number; readonly total: number; readonly peak: number; readonly peakLabels: readonly string[]},
): string {
  const {unit, first, last, peakLabels} = input;
  const when =
    peakLabels.length <= 3
      ? t.list(peakLabels)
      : t.text(unit === 'month' ? 'chart.manyMonths' : 'chart.manyYears', {count: peakLabels.length});
  const params = {articles: t.text('count.articles', {count: input.total}), peak: input.peak, when};
  if (unit === 'year') return t.text('chart.descriptionYears', {...params, first, last});
  return first === last ? t.text('chart.descriptionMonthsYear', {...params, year: first}) : t.text('chart.descriptionMonths', {...params, first, last});
}

/** What a link to a chart's bar is called: `August 2021: 2 articles`. */
export const barLinkLabel = (t: Translator, label: string, count: number): string => t.text('chart.bar', {label, articles: t.text('count.articles', {count})});

/** The title of the actors index's network. */
export const networkTitle = (t: Translator, actors: number): string => t.text('network.title', {actors: t.text('count.actors', {count: actors})});

/** The description of the actors index's network: its size, its threshold and its strongest pair. */
export function networkDescription(
  t: Translator,
  input: {readonly nodes: number; readonly edges: number; readonly threshold: number; readonly strongest: {readonly a: string; readonly b: string; readonly shared: number}},
): string {
  return t.text('network.description', {
    actors: t.text('count.actors', {count: input.nodes}),
    pairs: t.text('count.pairs', {count: input.edges}),
    threshold: t.text('count.articles', {count: input.threshold}),
    first: input.strongest.a,
    second: input.strongest.b,
    shared: t.text('count.articles', {count: input.strongest.shared}),
  });
}

/** The title of an actor page's small network. */
export const neighboursTitle = (t: Translator, name: string): string => t.text('network.neighboursTitle', {name});

/** The description of an actor page's small network: each neighbour with its shared articles. */
export function neighboursDescription(t: Translator, name: string, neighbours: readonly {readonly name: string; readonly shared: number}[]): string {
  // Each name is isolated in its item already: the list goes in as it is (`Markup`), not isolated again as a whole.
  const list = t.list(neighbours.map((neighbour) => t.text('network.neighbour', {name: neighbour.name, shared: neighbour.shared})));
  return t.text('network.neighboursDescription', {name, list: new Markup(list)});
}
