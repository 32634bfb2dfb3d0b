/**
 * Quotations across the archive: each article's, linked to their paragraphs
 * and speakers, and each speaker's, by article, newest first.
 */

import {fragmentOf} from '../model/addresses.ts';
import type {ActorId, Quote, QuotedIn} from '../model/types.ts';
import type {ArticleDraft} from './articles.ts';
import type {RegistryLinks} from './links.ts';

/** The quotations of every article, and of every speaker. */
export interface QuoteRecords {
  readonly byArticle: ReadonlyMap<ArticleDraft, readonly Quote[]>;
  /** Newest article first, as `drafts` are given. */
  readonly bySpeaker: ReadonlyMap<ActorId, readonly QuotedIn[]>;
}

/** Link the quotations of `drafts` (newest first). */
export function quoteRecords(drafts: readonly ArticleDraft[], links: RegistryLinks): QuoteRecords {
  const byArticle = new Map<ArticleDraft, Quote[]>();
  const bySpeaker = new Map<ActorId, QuotedIn[]>();
  for (const draft of drafts) {
    const quotes = draft.quotes.map((quote): Quote => {
      const speaker = quote.speaker === undefined ? undefined : links.actors.get(quote.speaker);
      return {text: quote.text, ...fragmentOf(draft.address, quote.anchor), ...(speaker === undefined ? {} : {speaker})};
    });
    byArticle.set(draft, quotes);
    const speakers = new Map<ActorId, Quote[]>();
    for (const quote of quotes) {
      if (quote.speaker === undefined) continue;
      const list = speakers.get(quote.speaker.id) ?? [];
      list.push(quote);
      speakers.set(quote.speaker.id, list);
    }
    for (const [speaker, list] of speakers) {
      const quoted = bySpeaker.get(speaker) ?? [];
      quoted.push({article: draft.link, quotes: list});
      bySpeaker.set(speaker, quoted);
    }
  }
  return {byArticle, bySpeaker};
}
