/**
 * Atom feeds: the newest articles of the archive, of a topic or of an actor.
 */

import type {AbsoluteUrl, Feed, PageAddress} from '../model/types.ts';
import type {ArticleDraft} from './articles.ts';

/** How many entries the whole-archive feed has; topic and actor feeds have fewer. */
export const feedSizes = {archive: 50, page: 20} as const;

/** A feed at `address` of the first `size` of `list` (newest first), belonging to the page `alternate`. */
export function feedOf(address: PageAddress, title: string, alternate: AbsoluteUrl, list: readonly ArticleDraft[], size: number): Feed {
  const entries = list.slice(0, size).map((draft) => ({
    id: draft.address.absoluteUrl,
    link: draft.address.absoluteUrl,
    title: draft.entry.title,
    updated: draft.entry.date.timestamp,
    summary: draft.summary,
    authors: draft.entry.authors,
    ...(draft.image === undefined ? {} : {image: draft.image.share}),
    language: draft.entry.language,
    html: `<div lang="${draft.entry.language}" dir="${draft.entry.dir}">${draft.image?.figure ?? ''}${draft.html}</div>`,
  }));
  return {address, title, alternate, updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z', entries};
}
