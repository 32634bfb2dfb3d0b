/**
 * The filter panel: one group of checkboxes per filter (type, topic, actor,
 * who is quoted, source, year, language), each value with the number of results it would
 * leave. Its data is loaded only once the panel is opened (or a filter is in
 * the URL), which keeps a first search small.
 */

import {element} from './dom.ts';
import type {Messages, SearchMessageKey} from './messages.ts';
import type {FilterCounts} from './pagefind.ts';
import {filterGroups, type FilterGroup, type SearchState} from './url-state.ts';

/** The legend of each group. */
const legends: Readonly<Record<FilterGroup, SearchMessageKey>> = {
  kind: 'search.filter.kind',
  topic: 'search.filter.topic',
  actor: 'search.filter.actor',
  quoted: 'search.filter.quoted',
  source: 'search.filter.source',
  year: 'search.filter.year',
  language: 'search.filter.language',
};

/** Counts of several searches added up. */
export function addCounts(...all: readonly FilterCounts[]): FilterCounts {
  const sum: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [group, values] of Object.entries(counts)) {
      const target = (sum[group] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return sum;
}

/** `a` less `b`, value by value (never below zero). */
export function subtractCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  return Object.fromEntries(
    Object.entries(a).map(([group, values]) => [group, Object.fromEntries(Object.entries(values).map(([value, count]) => [value, Math.max(0, count - (b[group]?.[value] ?? 0))]))]),
  );
}

/**
 * Fill `box` with the groups of `counts`, the values of `state` ticked;
 * `choose` is told when a box is ticked or unticked. A value with no result
 * is shown only while it is chosen.
 */
export function renderFilters(
  box: HTMLElement,
  counts: FilterCounts,
  state: SearchState,
  messages: Messages,
  choose: (group: FilterGroup, value: string, chosen: boolean) => void,
): void {
  box.replaceChildren();
  for (const group of filterGroups) {
    const values = Object.entries(counts[group] ?? {});
    const selected = state.filters[group] ?? [];
    for (const value of selected) if (!values.some(([shown]) => shown === value)) values.push([value, 0]);
    values.sort(([a], [b]) => (group === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    const items = values
      .filter(([value, count]) => count > 0 || selected.includes(value))
      .map(([value, count], index) => {
        const id = `filter-${group}-${index}`;
        const box = element('input', {type: 'checkbox', id, name: group, value, checked: selected.includes(value)});
        box.addEventListener('change', () => choose(group, value, box.checked));
        return element('li', {}, [box, element('label', {for: id}, [element('bdi', {text: value}), ' ', element('span', {class: 'count', 'data-count': String(count), text: `(${messages.number(count)})`})])]);
      });
    if (items.length === 0) continue;
    box.append(element('fieldset', {'data-filter': group}, [element('legend', {text: messages.text(legends[group])}), element('ul', {}, items)]));
  }
}
