/**
 * The search page (`/search/`): the query, filters and order in the URL;
 * cards for the actors, topics and sources the query names; the articles,
 * those that mention a named actor first; and a short list of people, places
 * and topics below them.
 *
 * Every search is normalised (`search/normalise.ts`) as the index was. The
 * filter data is loaded only when the filter panel is open or a filter is
 * chosen, which keeps a first search small.
 */

import type {ShardEntry} from '../search/layout.ts';
import {normaliseText, nameKey} from '../search/normalise.ts';
import {openNameTable, renderCards, type NameTable} from './cards.ts';
import {isButton, isDetails, isForm, isHtml, isInput, isSelect, required} from './dom.ts';
import {namePositions} from './excerpt.ts';
import {addCounts, renderFilters, subtractCounts} from './filters.ts';
import type {Messages} from './messages.ts';
import type {NameMatch} from './names.ts';
import type {FilterCounts, Result, SearchOptions} from './pagefind.ts';
import {ranking} from './ranking.ts';
import {ResultList, type ShowOptions} from './results.ts';
import {openIndex, type ShardedIndex} from './shards.ts';
import {hasFilters, readState, stateQuery, withFilter, type SearchState} from './url-state.ts';

/** Articles shown at a time. */
const pageSize = 10;

/** People, places and topics shown at a time. */
const entityPageSize = 5;

/** The page's elements the script works with. */
interface Page {
  readonly root: HTMLElement;
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  readonly status: HTMLElement;
  readonly cards: HTMLElement;
  readonly panel: HTMLDetailsElement;
  readonly filters: HTMLElement;
  readonly articles: HTMLElement;
  readonly namedFirst: HTMLElement;
  readonly entities: HTMLElement;
}

function findPage(root: HTMLElement): Page {
  return {
    root,
    form: required(root, '#search-form', isForm),
    input: required(root, '#search-query', isInput),
    sort: required(root, '#search-sort', isSelect),
    status: required(root, '#search-status', isHtml),
    cards: required(root, '#search-cards', isHtml),
    panel: required(root, '#search-filters-panel', isDetails),
    filters: required(root, '#search-filters', isHtml),
    articles: required(root, '#search-articles', isHtml),
    namedFirst: required(root, '#search-named-first', isHtml),
    entities: required(root, '#search-entities', isHtml),
  };
}

/** What one search found: the articles (or, with a type filter, the pages of those types), the entity pages, their filter counts. */
interface Found {
  readonly main: readonly Result[];
  readonly entities: readonly Result[];
  readonly counts: FilterCounts;
  /** The actor whose mentions come first, when the query names one. */
  readonly named?: NameMatch;
}

/**
 * The sections the main list searches: articles, unless the type filter
 * asks for entity pages. The filter's values are the kinds' names in the
 * site's language, `article` the one of articles.
 */
function mainSections(state: SearchState, article: string): ShardEntry['section'][] {
  const kinds = state.filters.kind;
  if (kinds === undefined) return ['articles'];
  const sections: ShardEntry['section'][] = [];
  if (kinds.includes(article)) sections.push('articles');
  if (kinds.some((kind) => kind !== article)) sections.push('entities');
  return sections;
}

const optionsOf = (state: SearchState): SearchOptions => ({filters: state.filters, ...(state.sort === 'newest' ? {sort: {date: 'desc'}} : {})});

/**
 * The query's words other than those that name `match`, by the words of
 * their keys: `Putin ceasefire` less `Putin` is `ceasefire`.
 */
function otherWords(query: string, match: NameMatch): string[] {
  let position = 0;
  return query.split(/\s+/).filter((word) => {
    const size = nameKey(word).split(' ').filter(Boolean).length;
    const from = position;
    position += size;
    return size > 0 && (position <= match.words.from || from >= match.words.to);
  });
}

/**
 * The main list when the query names an actor: the articles that mention it
 * (its token, with the query's other words) first, then the others that
 * match the query. Filter counts are those of both lists together: the
 * mentions' and the query's, less those of the articles in both.
 */
async function withMentionsFirst(index: ShardedIndex, term: string, named: NameMatch, token: string, options: SearchOptions): Promise<{results: Result[]; counts: FilterCounts}> {
  const rest = otherWords(term, named);
  const [mentions, matches, both] = await Promise.all([
    index.search([token, ...rest].join(' '), options, ['articles']),
    index.search(term, options, ['articles']),
    index.search(`${token} ${term}`, options, ['articles']),
  ]);
  const first = new Set(mentions.results.map((result) => result.id));
  return {
    results: [...mentions.results, ...matches.results.filter((result) => !first.has(result.id))],
    counts: subtractCounts(addCounts(mentions.filters, matches.filters), both.filters),
  };
}

/** Search `state` in `index`, with `matches` the entities its query names. */
async function find(index: ShardedIndex, state: SearchState, matches: readonly NameMatch[], messages: Messages): Promise<Found> {
  const term = state.q === '' ? null : normaliseText(state.q);
  const options = optionsOf(state);
  const sections = mainSections(state, messages.text('search.kind.article'));
  const actor = matches[0];
  const token = actor?.tier === 'prefix' ? undefined : actor?.entry.token;
  const mainSearch = async (): Promise<{results: readonly Result[]; counts: FilterCounts; named?: NameMatch}> => {
    if (term !== null && actor !== undefined && token !== undefined && sections.length === 1 && sections[0] === 'articles') {
      return {...(await withMentionsFirst(index, term, actor, token, options)), named: actor};
    }
    const found = await index.search(term, options, sections);
    return {results: found.results, counts: found.filters};
  };
  const [main, entities] = await Promise.all([
    mainSearch(),
    term !== null && state.filters.kind === undefined ? index.search(term, options, ['entities']) : Promise.resolve({results: [], filters: {}}),
  ]);
  return {main: main.results, entities: entities.results, counts: addCounts(main.counts, entities.filters), ...(main.named === undefined ? {} : {named: main.named})};
}

/** The status line for `count` results of `state`. */
function statusText(messages: Messages, state: SearchState, count: number): string {
  if (state.q === '') return count === 0 ? messages.text('search.none') : messages.text('search.results', {count});
  return count === 0 ? messages.text('search.noneFor', {query: state.q}) : messages.text('search.resultsFor', {count, query: state.q});
}

/** The search page's behaviour, once its index is open. */
class SearchPage {
  #state: SearchState;
  #run = 0;
  #filtersLoaded: Promise<FilterCounts> | undefined;
  readonly #articles: ResultList;
  readonly #entities: ResultList;

  constructor(
    private readonly page: Page,
    private readonly index: ShardedIndex,
    private readonly names: NameTable,
    private readonly messages: Messages,
  ) {
    this.#state = readState(location.search);
    this.#articles = new ResultList(required(page.articles, 'ol', isHtml), required(page.articles, 'button', isButton), pageSize, 'search-result');
    this.#entities = new ResultList(required(page.entities, 'ol', isHtml), required(page.entities, 'button', isButton), entityPageSize, 'search-entity');
  }

  /** Show the URL's search, and follow the form from now on. */
  async start(): Promise<void> {
    const {input, sort, form, panel, root} = this.page;
    input.value = this.#state.q;
    sort.value = this.#state.sort;
    panel.hidden = false;
    panel.open = hasFilters(this.#state);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const typed = (): void => {
      this.#state = {...this.#state, q: input.value.trim()};
      void this.update();
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(typed, 250);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      typed();
    });
    sort.addEventListener('change', () => {
      this.#state = {...this.#state, sort: sort.value === 'newest' ? 'newest' : ''};
      void this.update();
    });
    panel.addEventListener('toggle', () => {
      if (panel.open) void this.update();
    });
    root.dataset['ready'] = 'true';
    await this.update();
  }

  /** Filter data is wanted while the panel is open or a filter is chosen. */
  #filtersWanted(): boolean {
    return this.page.panel.open || hasFilters(this.#state);
  }

  #loadFilters(): Promise<FilterCounts> {
    this.#filtersLoaded ??= this.index.loadFilters();
    return this.#filtersLoaded;
  }

  #choose = (group: Parameters<typeof withFilter>[1], value: string, chosen: boolean): void => {
    this.#state = withFilter(this.#state, group, value, chosen);
    void this.update();
  };

  /** Search the current state and show what it finds; a newer update makes an older one stop where it is. */
  async update(): Promise<void> {
    const id = ++this.#run;
    const current = (): boolean => id === this.#run;
    const state = this.#state;
    const query = stateQuery(state);
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    const filtersWanted = this.#filtersWanted();
    if (state.q === '' && !hasFilters(state)) return this.#showPrompt(current, filtersWanted);
    const [matches] = await Promise.all([state.q === '' ? [] : this.names.find(state.q), filtersWanted ? this.#loadFilters() : undefined]);
    const found = await find(this.index, state, matches, this.messages);
    if (!current()) return;
    await this.#show(state, matches, found, current);
    if (!current()) return;
    if (filtersWanted) renderFilters(this.page.filters, found.counts, state, this.messages, this.#choose);
    this.page.root.dataset['results'] = String(found.main.length + found.entities.length);
  }

  /** No query, no filter: say what to do, with the filters' counts over everything when the panel is open. */
  async #showPrompt(current: () => boolean, filtersWanted: boolean): Promise<void> {
    this.#articles.clear();
    this.#entities.clear();
    this.page.cards.replaceChildren();
    this.page.articles.hidden = true;
    this.page.entities.hidden = true;
    this.page.status.textContent = this.messages.text('search.prompt');
    if (filtersWanted) {
      const counts = await this.#loadFilters();
      if (!current()) return;
      renderFilters(this.page.filters, counts, this.#state, this.messages, this.#choose);
    }
    this.page.root.dataset['results'] = '0';
  }

  /**
   * Show the status line, the cards and the lists of `found`: the first
   * article as soon as its fragment has come, then the rest of the page, and
   * then the people, places and topics, so that a first result waits for
   * one fragment only.
   */
  async #show(state: SearchState, matches: readonly NameMatch[], found: Found, current: () => boolean): Promise<void> {
    const named = found.named;
    const names = named?.entry.names ?? [];
    const options: ShowOptions = named === undefined ? {highlight: state.q} : {highlight: state.q, marks: (fragment) => namePositions(fragment, names)};
    const {page, messages} = this;
    page.status.textContent = statusText(messages, state, found.main.length + found.entities.length);
    renderCards(page.cards, matches, messages, state.q);
    page.namedFirst.hidden = named === undefined;
    if (named !== undefined) page.namedFirst.textContent = messages.text('search.namedFirst', {name: named.entry.names[0] ?? ''});
    page.articles.hidden = found.main.length === 0;
    page.entities.hidden = true;
    if (!(await this.#articles.start(found.main, options, current, new Set(), 1))) return;
    const [filled, entities] = await Promise.all([
      this.#articles.fill(current),
      this.#entities.show(found.entities, {highlight: state.q}, current, new Set(matches.map((match) => match.entry.url))),
    ]);
    if (!filled || !entities) return;
    page.entities.hidden = this.#entities.empty;
  }
}

/** Start the search page in `root` (`#search`), with the index whose primary bundle is `bundle`. */
export async function startSearch(root: HTMLElement, messages: Messages, bundle: URL): Promise<void> {
  const page = findPage(root);
  // The indexed URLs already carry the path prefix: without `baseUrl: '/'`,
  // Pagefind would prepend the bundle's parent folder (`/archive/`) again.
  const [index, names] = await Promise.all([openIndex(bundle, {baseUrl: '/', ranking}), openNameTable(bundle)]);
  await new SearchPage(page, index, names, messages).start();
}
