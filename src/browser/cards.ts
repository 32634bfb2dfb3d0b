/**
 * The cards above the results: the actors, topics and sources the query
 * names (`names.ts`), each with its kind, description, number of articles,
 * their date range and a link to its page, and for a person the archive
 * quotes, a link to its quotations. This module loads the name table
 * and makes the cards.
 */

import {nameTableFolder, nameTableIndexFile, type NameEntry, type NameTableIndex} from '../search/layout.ts';
import {isRecord} from '../util/is-record.ts';
import {element, highlighted} from './dom.ts';
import type {Messages, SearchMessageKey} from './messages.ts';
import {bucketEntries, findNames, type NameMatch} from './names.ts';

/** The name table of the bundle at `bundle`: finds the entities a query names. */
export interface NameTable {
  find(query: string): Promise<NameMatch[]>;
}

/** The bytes of a response, gunzipped when they are gzip (a host may have decompressed them already). */
async function gunzipped(response: globalThis.Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new globalThis.Response(stream).text();
}

/** Open the name table; a site without one names nothing. */
export async function openNameTable(bundle: URL): Promise<NameTable> {
  const folder = new URL(`${nameTableFolder}/`, bundle);
  const response = await fetch(new URL(nameTableIndexFile, folder));
  const json: unknown = response.ok ? JSON.parse(await gunzipped(response)) : {};
  const buckets = isRecord(json) && Array.isArray(json['buckets']) ? json['buckets'] : [];
  const index: NameTableIndex = {
    buckets: buckets.flatMap((bucket: unknown): [string, string][] =>
      Array.isArray(bucket) && typeof bucket[0] === 'string' && typeof bucket[1] === 'string' ? [[bucket[0], bucket[1]]] : [],
    ),
  };
  const loaded = new Map<string, Promise<readonly NameEntry[]>>();
  const load = (file: string): Promise<readonly NameEntry[]> => {
    let entries = loaded.get(file);
    if (entries === undefined) {
      entries = fetch(new URL(file, folder))
        .then(async (bucket) => (bucket.ok ? bucketEntries(JSON.parse(await gunzipped(bucket))) : []))
        .catch(() => []);
      loaded.set(file, entries);
    }
    return entries;
  };
  return {find: (query) => findNames(query, index, load)};
}

/** The names readers see for the kinds of the name table's entries. */
const kindMessages: Readonly<Record<string, SearchMessageKey>> = {
  person: 'search.kind.person',
  organization: 'search.kind.organization',
  country: 'search.kind.country',
  place: 'search.kind.place',
  topic: 'search.kind.topic',
  source: 'search.kind.source',
};

/** The name readers see for `kind`. */
const kindName = (messages: Messages, kind: string): string => {
  const key = kindMessages[kind];
  return key === undefined ? kind : messages.text(key);
};

/** What a card says of its entity's articles: how many, and when. */
function articlesLine(entry: NameEntry, messages: Messages): string {
  if (entry.articles === 0) return messages.text('search.card.noArticles');
  const count = messages.text('search.card.articles', {count: entry.articles});
  if (entry.newest === undefined || entry.oldest === undefined) return count;
  return `${count} · ${entry.newest === entry.oldest ? entry.newest : messages.text('search.card.range', {oldest: entry.oldest, newest: entry.newest})}`;
}

/** The cards of `matches`, as a list (empty when there are none); their links mark `highlight` on the pages they open. */
export function renderCards(box: HTMLElement, matches: readonly NameMatch[], messages: Messages, highlight: string): void {
  box.replaceChildren();
  if (matches.length === 0) return;
  box.append(
    element(
      'ul',
      {class: 'search-cards', 'aria-label': messages.text('search.cards')},
      matches.map(({entry, tier}) =>
        element('li', {class: 'search-card', 'data-kind': entry.kind, 'data-match': tier}, [
          element('a', {class: 'search-card-name', href: highlighted(entry.url, highlight)}, [element('bdi', {text: entry.names[0] ?? entry.url})]),
          element('p', {class: 'search-card-meta', text: `${kindName(messages, entry.kind)} · ${articlesLine(entry, messages)}`}),
          ...(entry.description === '' ? [] : [element('p', {class: 'search-card-description', dir: 'auto', text: entry.description})]),
          ...(entry.quotes === undefined || entry.quotesUrl === undefined
            ? []
            : [element('p', {class: 'search-card-quotes'}, [element('a', {href: entry.quotesUrl, text: messages.text('search.card.quotes', {count: entry.quotes})})])]),
        ]),
      ),
    ),
  );
}
