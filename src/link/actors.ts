/**
 * Actor records: each actor with its profile, affiliations and members, every
 * article that names it (with the sentence of the first mention), the actors
 * named with it, and its feed.
 */

import type {ParsedActor} from '../content/registry-entries.ts';
import type {Translator} from '../i18n/translator.ts';
import {type Addresses, fragmentOf, wikidataUrl} from '../model/addresses.ts';
import type {Actor, ActorCount, ActorId, ActorLink, Appearance, QuotedIn, ShareImage, Site} from '../model/types.ts';
import {renderHtml} from '../process/html.ts';
import {plainText} from '../process/plain-text.ts';
import type {ArticleDraft} from './articles.ts';
import {coverageChart} from './coverage.ts';
import {feedOf, feedSizes} from './feeds.ts';
import {neighbourNetwork} from './network.ts';
import {buildTimeline} from './timeline.ts';
import type {RegistryLinks} from './links.ts';
import {shareMeta} from './images.ts';
import {groupBy, nameOrder, type NameOrder} from './order.ts';

/** How many actors an actor page lists as named with it. */
const coActorCount = 10;


/** The actors named in the same articles as the actor `id`, most shared articles first. */
function coActorsOf(id: ActorId, named: readonly ArticleDraft[], links: RegistryLinks, order: NameOrder): ActorCount[] {
  const shared = new Map<ActorId, number>();
  for (const draft of named) {
    for (const mention of draft.mentions) {
      if (mention.actor !== id) shared.set(mention.actor, (shared.get(mention.actor) ?? 0) + 1);
    }
  }
  return [...shared]
    .flatMap(([other, count]) => {
      const actor = links.actors.get(other);
      return actor === undefined ? [] : [{actor, count, articles: count}];
    })
    .sort(order.mostNamedFirst)
    .slice(0, coActorCount);
}

/** The fragment id of an actor page's "In their words" section. */
const quotesAnchor = 'in-their-words';

/**
 * Every actor's record, by name. `byActor` lists, for each actor, the drafts
 * that name it, newest first, and `quotes` what each actor said.
 */
export function actorRecords(
  site: Site,
  t: Translator,
  addresses: Addresses,
  actors: readonly ParsedActor[],
  links: RegistryLinks,
  byActor: ReadonlyMap<ActorId, readonly ArticleDraft[]>,
  siteImage: ShareImage,
  quotes: ReadonlyMap<ActorId, readonly QuotedIn[]>,
): Actor[] {
  const order = nameOrder(site.language);
  const coActors = new Map(actors.map(({entry}) => [entry.id, coActorsOf(entry.id, byActor.get(entry.id) ?? [], links, order)]));
  const coActorsFor = (id: ActorId): readonly ActorCount[] => coActors.get(id) ?? [];
  const members = groupBy(
    actors.flatMap(({entry}) => entry.affiliations.map((affiliation) => ({affiliation, id: entry.id}))),
    ({affiliation}) => [affiliation],
  );
  const membersOf = (id: ActorId): ActorLink[] =>
    (members.get(id) ?? [])
      .flatMap((member) => links.actors.get(member.id) ?? [])
      .sort((a, b) => order.byName(a.name, b.name));
  return actors
    .map(({entry, tree}): Actor => {
      const address = addresses.actor(entry.id);
      const link = links.actors.get(entry.id) ?? {id: entry.id, url: address.url, name: entry.name, kind: entry.kind, description: entry.description};
      const named = byActor.get(entry.id) ?? [];
      const appearances: Appearance[] = named.map((draft) => {
        const mention = draft.mentions.find((item) => item.actor === entry.id);
        return {article: draft.link, count: mention?.count ?? 0, sentence: mention?.sentence ?? ''};
      });
      const description =
        entry.description === ''
          ? t.text('actor.description', {site: site.title, name: entry.name})
          : t.text('actor.descriptionGiven', {name: entry.name, description: entry.description});
      const chart = coverageChart({
        timeline: buildTimeline(named.map((draft) => draft.link), addresses, t),
        subject: {kind: 'actor', name: entry.name},
        addresses,
        t,
      });
      const said = quotes.get(entry.id) ?? [];
      const network = neighbourNetwork(link, coActorsFor(entry.id), coActorsFor, t);
      return {
        page: {...address, title: entry.name, description, share: shareMeta('profile', siteImage)},
        link,
        path: entry.path,
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        kindLabel: t.text(`kind.${entry.kind}`),
        aliases: entry.aliases,
        description: entry.description,
        affiliations: entry.affiliations.flatMap((id) => links.actors.get(id) ?? []),
        members: membersOf(entry.id),
        ...(entry.wikidata === undefined
          ? {}
          : {wikidata: entry.wikidata, wikidataUrl: wikidataUrl(entry.wikidata)}),
        html: renderHtml(tree),
        text: plainText(tree),
        appearances,
        mentionCount: appearances.reduce((sum, appearance) => sum + appearance.count, 0),
        coActors: coActorsFor(entry.id),
        ...(network === undefined ? {} : {network}),
        quotes: said,
        ...(said.length === 0 ? {} : {quotesSection: {anchor: quotesAnchor, url: fragmentOf(address, quotesAnchor).url}}),
        ...(chart === undefined ? {} : {chart}),
        feed: feedOf(addresses.feedOf(address), t.text('feed.title', {name: entry.name, site: site.title}), address.absoluteUrl, named, feedSizes.page),
      };
    })
    .sort((a, b) => order.byName(a.name, b.name));
}

/** An actor with its mentions and articles across the archive. */
export function actorCount(actor: Actor): ActorCount {
  return {actor: actor.link, count: actor.mentionCount, articles: actor.appearances.length};
}
