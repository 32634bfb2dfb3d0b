/**
 * The search page's state, kept in its URL so that a search can be linked
 * and bookmarked: `?q=words&sort=newest&topic=A&topic=B…`.
 */

/** The filter groups, in the order the page shows them; each is also a Pagefind filter and a URL parameter. */
export const filterGroups = ['kind', 'topic', 'actor', 'quoted', 'source', 'year', 'language'] as const;

/** A filter group. */
export type FilterGroup = (typeof filterGroups)[number];

/** What is searched. */
export interface SearchState {
  /** The words, trimmed. */
  readonly q: string;
  /** `newest` for newest first, `` for best match first. */
  readonly sort: '' | 'newest';
  /** Values chosen in each group; a group with none is absent. */
  readonly filters: Readonly<Partial<Record<FilterGroup, readonly string[]>>>;
}

/** The state `search` (a URL's query string) holds. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Partial<Record<FilterGroup, readonly string[]>> = {};
  for (const group of filterGroups) {
    const values = params.getAll(group);
    if (values.length > 0) filters[group] = values;
  }
  return {q: (params.get('q') ?? '').trim(), sort: params.get('sort') === 'newest' ? 'newest' : '', filters};
}

/** The query string for `state`, without the `?`; parameters in a fixed order. */
export function stateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const group of filterGroups) for (const value of state.filters[group] ?? []) params.append(group, value);
  return params.toString();
}

/** `state` with `value` of `group` chosen or not. */
export function withFilter(state: SearchState, group: FilterGroup, value: string, chosen: boolean): SearchState {
  const values = new Set(state.filters[group] ?? []);
  if (chosen) values.add(value);
  else values.delete(value);
  const filters = {...state.filters};
  if (values.size === 0) delete filters[group];
  else filters[group] = [...values];
  return {...state, filters};
}

/** Whether any filter is chosen. */
export const hasFilters = (state: SearchState): boolean => Object.keys(state.filters).length > 0;
