/**
 * The result lists: articles, and the short list of people, places and
 * topics beside them. Each shows a page of results at a time, loading only
 * the shown results' fragments, in the words their pages were written in
 * (`excerpt.ts`).
 */

import {element, highlighted} from './dom.ts';
import {excerpt, resultTitle, writtenWords, type Piece} from './excerpt.ts';
import type {Fragment, Result} from './pagefind.ts';

/** Words of an excerpt. */
export const excerptLength = 30;

/** What one shown result needs beyond its fragment. */
export interface ShowOptions {
  /** Words to mark on the page the result opens (`?highlight=`). */
  readonly highlight: string;
  /**
   * More word positions to mark in the excerpt (an actor's names, for the
   * articles that mention it); the words there are marked on the opened
   * page too.
   */
  readonly marks?: (fragment: Fragment) => readonly number[];
}

const pieceNodes = (pieces: readonly Piece[]): Node[] => pieces.map((piece) => (piece.marked ? element('mark', {text: piece.text}) : document.createTextNode(piece.text)));

/** Parts of a result's meta line, each isolated (`<bdi>`: a source's name may run either way), between ` · `. */
const metaNodes = (parts: readonly (string | undefined)[]): (Node | string)[] =>
  parts.filter((part): part is string => part !== undefined && part !== '').flatMap((part, index) => [...(index > 0 ? [' · '] : []), element('bdi', {text: part})]);

/**
 * One result as a list item: its title (linked, with the words to mark),
 * kind (its "type" filter value, in the site's language), date and source,
 * or description, and excerpt.
 */
function resultItem(fragment: Fragment, options: ShowOptions, className: string): HTMLLIElement {
  const marks = options.marks?.(fragment) ?? [];
  const written = marks.length === 0 ? [] : writtenWords(fragment);
  const highlight = [options.highlight, ...new Set(marks.map((position) => written[position] ?? ''))].join(' ').trim();
  const meta = metaNodes([fragment.filters['kind']?.[0], fragment.meta['date'], fragment.meta['source'], fragment.meta['description']]);
  return element('li', {class: className}, [
    element('a', {class: 'search-result-title', href: highlighted(fragment.url, highlight), dir: 'auto', text: resultTitle(fragment)}),
    element('p', {class: 'search-result-meta'}, meta),
    element('p', {class: 'search-result-excerpt', dir: 'auto'}, pieceNodes(excerpt(fragment, excerptLength, marks))),
  ]);
}

/** A list of results shown a page at a time, with its "show more" button. */
export class ResultList {
  #results: readonly Result[] = [];
  #options: ShowOptions = {highlight: ''};
  #shown = 0;
  #skip: ReadonlySet<string> = new Set();

  constructor(
    private readonly list: HTMLElement,
    private readonly more: HTMLButtonElement,
    private readonly pageSize: number,
    private readonly className: string,
  ) {
    // One page at a time: a second click while one loads would add it twice.
    more.addEventListener('click', () => {
      if (more.disabled) return;
      more.disabled = true;
      void this.#next(() => true).finally(() => {
        more.disabled = false;
      });
    });
  }

  /** Whether the list shows nothing. */
  get empty(): boolean {
    return this.list.childElementCount === 0;
  }

  /**
   * Show the first page of `results`, leaving out pages at `skip` (their
   * URLs: pages shown as cards). `current` says whether this is still the
   * newest search: when it no longer is once the fragments are loaded,
   * nothing is shown.
   */
  async show(results: readonly Result[], options: ShowOptions, current: () => boolean, skip: ReadonlySet<string> = new Set()): Promise<boolean> {
    return (await this.start(results, options, current, skip, this.pageSize)) && this.fill(current);
  }

  /**
   * Show the first `count` of `results` only, as `show` does: a reader sees
   * the first result once its own fragment has come, not once all of a
   * page's have. `fill` shows the rest of the page.
   */
  async start(results: readonly Result[], options: ShowOptions, current: () => boolean, skip: ReadonlySet<string>, count: number): Promise<boolean> {
    const items = await this.#items(results, 0, options, skip, Math.min(count, this.pageSize));
    if (!current()) return false;
    this.#results = results;
    this.#options = options;
    this.#skip = skip;
    this.#shown = Math.min(results.length, count, this.pageSize);
    this.list.replaceChildren(...items);
    this.more.hidden = true;
    return true;
  }

  /** Show the rest of the first page, after `start`. */
  async fill(current: () => boolean): Promise<boolean> {
    const from = this.#shown;
    const items = await this.#items(this.#results, from, this.#options, this.#skip, this.pageSize - from);
    if (!current()) return false;
    this.#shown = Math.min(this.#results.length, this.pageSize);
    this.list.append(...items);
    this.more.hidden = this.#shown >= this.#results.length;
    return true;
  }

  /** Empty the list. */
  clear(): void {
    this.#results = [];
    this.#shown = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  async #next(current: () => boolean): Promise<void> {
    const from = this.#shown;
    const items = await this.#items(this.#results, from, this.#options, this.#skip, this.pageSize);
    if (!current() || from !== this.#shown) return;
    this.#shown = Math.min(this.#results.length, from + this.pageSize);
    this.list.append(...items);
    this.more.hidden = this.#shown >= this.#results.length;
  }

  async #items(results: readonly Result[], from: number, options: ShowOptions, skip: ReadonlySet<string>, count: number): Promise<HTMLLIElement[]> {
    const fragments = await Promise.all(results.slice(from, from + count).map((result) => result.data()));
    return fragments.filter((fragment) => !skip.has(fragment.url)).map((fragment) => resultItem(fragment, options, this.className));
  }
}
