/**
 * Outlet names to source ids: "DW (Deutsche Welle)", "The Week" or "Read
 * more at Daily Beast" name an outlet; the files of `sources/` say which
 * outlets exist. Names match case-insensitively, ignoring parenthesised
 * parts and a leading "The"; a parenthesised part may also name the outlet,
 * and a URL matches by its host.
 */

import {toSlug} from '../../model/slug.ts';
import {isAbsoluteUrl} from '../../model/ids.ts';
import type {KnownSource} from './known-content.ts';

/** The outlet's name without parenthesised parts: `The Daily Beast (an essay by …)` → `The Daily Beast`. */
export function outletName(text: string): string {
  return text.replace(/\s*\([^)]*\)/gu, '').replace(/\s+/gu, ' ').trim();
}

/** A name as compared: lower case, words only, no leading "the". */
function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '');
}

/** The keys a name is known by: without its parentheses, and each parenthesised part. */
function nameKeys(text: string): Set<string> {
  const keys = new Set<string>();
  const add = (value: string): void => {
    const key = nameKey(value);
    if (key !== '') keys.add(key).add(key.replace(/\s+/gu, ''));
  };
  add(outletName(text));
  for (const match of text.matchAll(/\(([^)]*)\)/gu)) add(match[1] ?? '');
  return keys;
}

/** The host of a URL or of a bare host name (`theweek.com`), without `www.`, lower case; undefined for anything else. */
function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu.test(url)) return url.toLowerCase().replace(/^www\./u, '');
  if (!isAbsoluteUrl(url)) return undefined;
  return new URL(url).hostname.toLowerCase().replace(/^www\./u, '');
}

/** Where an outlet name led: an existing source, or the id to create. */
export interface SourceMatch {
  readonly id: string;
  /** Whether `sources/<id>.md` exists. */
  readonly exists: boolean;
  /** The outlet's name as given, without parentheses: for the file to create. */
  readonly name: string;
}

/** The id suggested for an outlet no file describes: `The Week` → `the-week`. */
export function suggestedSourceId(name: string, url?: string): string {
  const fromName = toSlug(outletName(name));
  if (fromName !== '') return fromName;
  return toSlug(hostOf(url)?.replace(/\.[a-z]+$/u, '') ?? '') || 'source';
}

/**
 * Find the source `name` (an outlet's name, or an id) refers to, using its
 * home page `url` too when known; otherwise suggest the id of a file to create.
 */
export function matchSource(name: string, sources: readonly KnownSource[], url?: string): SourceMatch {
  const trimmed = name.trim();
  const byId = sources.find((source) => source.id === trimmed);
  if (byId !== undefined) return {id: byId.id, exists: true, name: byId.name};
  const keys = nameKeys(trimmed);
  const host = hostOf(url) ?? hostOf(trimmed);
  const found = sources.find((source) => {
    if ([...nameKeys(source.name)].some((key) => keys.has(key))) return true;
    const sourceHost = hostOf(source.url);
    return sourceHost !== undefined && host !== undefined && sourceHost === host;
  });
  if (found !== undefined) return {id: found.id, exists: true, name: found.name};
  return {id: suggestedSourceId(trimmed, url), exists: false, name: outletName(trimmed)};
}

/** Whether two outlet names name the same outlet: `Daily Beast` and `The Daily Beast (an essay by …)`. */
export function sameOutlet(a: string, b: string): boolean {
  const keys = nameKeys(a);
  return [...nameKeys(b)].some((key) => keys.has(key));
}
