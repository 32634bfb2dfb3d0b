/**
 * Source records: each outlet with its articles, and the articles from other
 * outlets that report on its reporting.
 */

import type {ParsedEntry} from '../content/registry-entries.ts';
import type {Translator} from '../i18n/translator.ts';
import type {Addresses} from '../model/addresses.ts';
import type {ShareImage, Site, Source, SourceEntry} from '../model/types.ts';
import {renderHtml} from '../process/html.ts';
import {plainText} from '../process/plain-text.ts';
import type {ArticleDraft} from './articles.ts';
import {shareMeta} from './images.ts';
import {groupBy, nameOrder} from './order.ts';

/** Every source's record, by name. `drafts` are newest first. */
export function sourceRecords(
  site: Site,
  t: Translator,
  addresses: Addresses,
  sources: readonly ParsedEntry<SourceEntry>[],
  drafts: readonly ArticleDraft[],
  siteImage: ShareImage,
): Source[] {
  const bySource = groupBy(drafts, (draft) => (draft.entry.source === undefined ? [] : [draft.entry.source]));
  const reportingOn = groupBy(drafts, (draft) => (draft.entry.reportsOn === undefined ? [] : [draft.entry.reportsOn]));
  const {byName} = nameOrder(site.language);
  return sources
    .map(({entry, tree}): Source => {
      const address = addresses.source(entry.id);
      return {
        page: {...address, title: entry.name, description: t.text('source.description', {name: entry.name, site: site.title}), share: shareMeta('website', siteImage)},
        link: {id: entry.id, url: address.url, name: entry.name},
        path: entry.path,
        id: entry.id,
        name: entry.name,
        ...(entry.url === undefined ? {} : {url: entry.url}),
        ...(entry.country === undefined ? {} : {country: entry.country}),
        html: renderHtml(tree),
        text: plainText(tree),
        articles: (bySource.get(entry.id) ?? []).map((draft) => draft.link),
        reportedOn: (reportingOn.get(entry.id) ?? []).map((draft) => draft.link),
      };
    })
    .sort((a, b) => byName(a.name, b.name));
}
