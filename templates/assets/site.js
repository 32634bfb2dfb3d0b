// The site's one script. Every page works without it; with it:
// - the search page (/search/) searches the Pagefind index in the browser,
//   with the query, filters and order kept in the URL;
// - a page opened from a search result (?highlight=words) marks those words.
// It finds the index next to itself (../pagefind/), so it works under any
// path prefix and on any static host.

const bundle = new URL('../pagefind/', import.meta.url);
const pageSize = 10;

// The interface's words come from the page, in the site's language: the
// search page carries the catalogue's `search.*` messages as JSON
// (`<script type="application/json" id="search-messages" data-locale>`),
// each a text with `{placeholders}` or, when counted, an object of plural
// forms keyed by `Intl.PluralRules` category.
const messageSource = document.querySelector('#search-messages');
const messages = messageSource ? JSON.parse(messageSource.textContent ?? '{}') : {};
const locale = messageSource?.getAttribute('data-locale') || document.documentElement.lang || 'en';
const plurals = new Intl.PluralRules(locale);
const numbers = new Intl.NumberFormat(locale, {useGrouping: 'min2'});
const interfaceDir = getComputedStyle(document.documentElement).direction === 'rtl' ? 'rtl' : 'ltr';
const rtlLetter = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const ltrLetter = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}])\p{L}/u;

/**
 * The message `key` with its placeholders filled: numbers in the language's
 * digits, `count` picking the plural form, and text of the other direction
 * (a query, a name) in Unicode isolates so it cannot scramble the sentence.
 * A missing message shows its key, so a gap is visible rather than silent.
 */
function message(key, params = {}) {
  const entry = messages[key];
  const text = entry === undefined ? key : typeof entry === 'string' ? entry : (entry[plurals.select(params.count ?? 0)] ?? entry.other);
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return numbers.format(value);
    const text = String(value);
    return (interfaceDir === 'ltr' ? rtlLetter : ltrLetter).test(text) ? `\u2068${text}\u2069` : text;
  });
}

/** Filter groups in the order shown, with their labels. */
const filterGroups = ['kind', 'topic', 'actor', 'source', 'year', 'language'].map((key) => [key, message(`search.filter.${key}`)]);

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** Copy Pagefind's excerpt as text, keeping only its <mark> elements. */
function excerptNodes(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
    else if (node.nodeName === 'MARK') out.push(element('mark', {text: node.textContent ?? ''}));
    else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function readState() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const [key] of filterGroups) {
    const values = params.getAll(key);
    if (values.length > 0) filters[key] = values;
  }
  return {q: (params.get('q') ?? '').trim(), sort: params.get('sort') === 'newest' ? 'newest' : '', filters};
}

function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort) params.set('sort', state.sort);
  for (const [key] of filterGroups) for (const value of state.filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
}

/** The shards of the index, newest first, with their bundles' paths: one when the index is not split. */
async function shardList() {
  const response = await fetch(new URL('shards.json', bundle));
  if (!response.ok) throw new Error(`the list of search shards could not be loaded (${response.status})`);
  const list = await response.json();
  return (Array.isArray(list.shards) ? list.shards : []).map((shard) => ({name: String(shard.name), path: new URL(shard.path, bundle).pathname}));
}

async function startSearch(root) {
  const form = root.querySelector('#search-form');
  const input = root.querySelector('#search-query');
  const sort = root.querySelector('#search-sort');
  const status = root.querySelector('#search-status');
  const filtersBox = root.querySelector('#search-filters');
  const list = root.querySelector('#search-results');
  const more = root.querySelector('#search-more');
  const [pagefind, shards] = await Promise.all([import(new URL('pagefind.js', bundle).href), shardList()]);
  // A large archive's index is split into shards by date: the newest in
  // `pagefind/` itself, the others listed in `shards.json`, newest first,
  // merged into one search. Each shard carries a `shard` filter of its own
  // name, which "newest first" uses (see `search` below).
  // The indexed URLs already carry the path prefix: without `baseUrl: '/'`,
  // Pagefind would prepend the bundle's parent folder (`/archive/`) again.
  const bundleOptions = {excerptLength: 30, baseUrl: '/'};
  const merged = shards.length > 1;
  const primary = shards[0];
  const ready = Promise.all([
    pagefind.options(merged && primary ? {...bundleOptions, mergeFilter: {shard: primary.name}} : bundleOptions),
    ...shards.slice(1).map((shard) => pagefind.mergeIndex(shard.path, {...bundleOptions, mergeFilter: {shard: shard.name}})),
  ]).then(() => pagefind.init());
  // The filter index is loaded after the first results are shown (or before
  // a filtered search): results carry filter counts only once it is loaded,
  // and leaving it out of the first query keeps that query small.
  let filtersLoading;
  let filtersReady = false;
  const loadFilters = () => {
    filtersLoading ??= ready.then(() => pagefind.filters()).then(() => {
      filtersReady = true;
    });
    return filtersLoading;
  };
  /**
   * The shards a search for `term` may draw results from: all of them,
   * except that a word found as a whole word in some shards limits the
   * search to those. Where a shard has no word starting with a searched
   * word, Pagefind falls back to a shorter prefix of it ("Torkham" to "to")
   * and returns weak matches, which one index for the whole archive would
   * not do since the word is in it. Whole-word ("exact") searches never fall
   * back, and they load the same parts of the index as the search itself.
   */
  const shardsFor = async (term) => {
    if (!merged || term === null || /^\s*".+"\s*$/.test(term)) return undefined;
    let allowed;
    const words = term.replace(/"/g, ' ').split(/\s+/).filter(Boolean);
    const exact = await Promise.all(words.map((word) => pagefind.search(`"${word}"`)));
    for (const found of exact) {
      const present = Object.entries(found?.filters?.shard ?? {})
        .filter(([, count]) => count > 0)
        .map(([name]) => name);
      if (present.length > 0) allowed = allowed === undefined ? present : allowed.filter((name) => present.includes(name));
    }
    return allowed;
  };
  /**
   * Search, in Pagefind's order, over the shards `shardsFor` allows.
   * Pagefind orders merged results by score, and with a sort a result's
   * score is its rank within its own shard, so for "newest first" over
   * several shards each shard is searched on its own (its `shard` filter)
   * and the results are put together newest shard first: shards never
   * overlap in time, so that is the order of dates.
   */
  const search = async (term, searchOptions) => {
    await ready;
    const allowed = await shardsFor(term);
    // Every word is in some shard, but no shard has them all: nothing matches.
    if (allowed?.length === 0) return {results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}};
    const within = (names) => ({...searchOptions, filters: {...searchOptions.filters, shard: {any: names}}});
    const found = await pagefind.search(term, allowed === undefined ? searchOptions : within(allowed));
    if (found === null || !merged || searchOptions.sort === undefined) return found;
    const parts = await Promise.all(
      shards.filter((shard) => allowed === undefined || allowed.includes(shard.name)).map((shard) => pagefind.search(term, within([shard.name]))),
    );
    return {...found, results: parts.flatMap((part) => part?.results ?? [])};
  };

  let state = readState();
  let shown = [];
  let run = 0;
  input.value = state.q;
  sort.value = state.sort;
  const header = document.querySelector('#site-search-query');
  if (header) header.value = state.q;

  const renderFilters = (search) => {
    filtersBox.replaceChildren();
    const counts = search?.filters ?? {};
    for (const [key, label] of filterGroups) {
      const values = Object.entries(counts[key] ?? {});
      const selected = state.filters[key] ?? [];
      if (values.length === 0 && selected.length === 0) continue;
      values.sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
      const items = values
        .filter(([value, count]) => count > 0 || selected.includes(value))
        .map(([value, count], index) => {
          const id = `filter-${key}-${index}`;
          const box = element('input', {type: 'checkbox', id, name: key, value, checked: selected.includes(value)});
          box.addEventListener('change', () => {
            const current = new Set(state.filters[key] ?? []);
            if (box.checked) current.add(value);
            else current.delete(value);
            state = {...state, filters: {...state.filters, [key]: [...current]}};
            if (current.size === 0) delete state.filters[key];
            void update();
          });
          return element('li', {}, [box, element('label', {for: id}, [element('bdi', {text: value}), ' ', element('span', {class: 'count', 'data-count': String(count), text: `(${numbers.format(count)})`})])]);
        });
      if (items.length === 0) continue;
      filtersBox.append(element('fieldset', {'data-filter': key}, [element('legend', {text: label}), element('ul', {}, items)]));
    }
  };

  // `id` is the update the results belong to: a newer one may have started
  // while their fragments loaded, and then they are dropped.
  const showResults = async (results, from, id = run) => {
    const items = await Promise.all(
      results.slice(from, from + pageSize).map(async (result) => {
        const data = await result.data();
        const url = new URL(data.url, location.href);
        if (state.q) url.searchParams.set('highlight', state.q);
        const meta = [data.meta.kind, data.meta.date, data.meta.source].filter(Boolean).flatMap((part, index) => [...(index > 0 ? [' · '] : []), element('bdi', {text: part})]);
        return element('li', {class: 'search-result'}, [
          element('a', {class: 'search-result-title', href: url.pathname + url.search, dir: 'auto', text: data.meta.title ?? data.url}),
          element('p', {class: 'search-result-meta'}, meta),
          element('p', {class: 'search-result-excerpt', dir: 'auto'}, excerptNodes(data.excerpt ?? '')),
        ]);
      }),
    );
    if (id !== run) return;
    list.append(...items);
    more.hidden = from + pageSize >= results.length;
  };

  const update = async () => {
    const id = ++run;
    writeState(state);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.q && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = message('search.prompt');
      await loadFilters();
      if (id !== run) return;
      renderFilters({filters: await pagefind.filters()});
      root.dataset.results = '0';
      return;
    }
    if (hasFilters) await loadFilters();
    const options = {filters: state.filters, ...(state.sort === 'newest' ? {sort: {date: 'desc'}} : {})};
    let found = await search(state.q || null, options);
    if (id !== run || found === null) return;
    shown = found.results;
    list.replaceChildren();
    const count = shown.length;
    const query = {count, query: state.q};
    status.textContent = message(count === 0 ? (state.q ? 'search.noneFor' : 'search.none') : state.q ? 'search.resultsFor' : 'search.results', query);
    await showResults(shown, 0, id);
    if (id !== run) return;
    if (!filtersReady) {
      await loadFilters();
      found = await search(state.q || null, options);
      if (id !== run || found === null) return;
    }
    renderFilters(found);
    root.dataset.results = String(count);
  };

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = {...state, q: input.value.trim()};
      void update();
    }, 250);
  });
  sort.addEventListener('change', () => {
    state = {...state, sort: sort.value === 'newest' ? 'newest' : ''};
    void update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = {...state, q: input.value.trim()};
    void update();
  });
  // One page of results at a time: a second click while one loads would add it twice.
  more.addEventListener('click', () => {
    if (more.disabled) return;
    more.disabled = true;
    void showResults(shown, list.children.length).finally(() => {
      more.disabled = false;
    });
  });
  root.dataset.ready = 'true';
  await update();
}

/** Mark the words of `?highlight=` in the page's main text. */
function highlightTerms() {
  const words = (new URLSearchParams(location.search).get('highlight') ?? '')
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length >= 2);
  const main = document.querySelector('main');
  if (words.length === 0 || !main) return;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let first;
  for (const node of nodes) {
    const text = node.textContent ?? '';
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      parts.push(document.createTextNode(text.slice(last, match.index)));
      const mark = element('mark', {class: 'search-term', text: match[0]});
      first ??= mark;
      parts.push(mark);
      last = match.index + match[0].length;
    }
    parts.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
  }
  first?.scrollIntoView({block: 'center'});
}

const root = document.querySelector('#search');
if (root) {
  startSearch(root).catch((error) => {
    const status = root.querySelector('#search-status');
    if (status) status.textContent = message('search.failed', {reason: error instanceof Error ? error.message : String(error)});
  });
} else {
  highlightTerms();
}
