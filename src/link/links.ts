/**
 * The links every page kind shows to every other: one `ActorLink`,
 * `TopicLink` and `SourceLink` per registry entry, made once and shared by
 * every record that points at it.
 */

import type {Addresses} from '../model/addresses.ts';
import type {ParsedActor, ParsedEntry} from '../content/registry-entries.ts';
import type {ActorId, ActorLink, SourceEntry, SourceId, SourceLink, TopicEntry, TopicId, TopicLink} from '../model/types.ts';

/** The links to every registry entry, by id. */
export interface RegistryLinks {
  readonly actors: ReadonlyMap<ActorId, ActorLink>;
  readonly topics: ReadonlyMap<TopicId, TopicLink>;
  readonly sources: ReadonlyMap<SourceId, SourceLink>;
}

/** Make the links to the registry's actors, topics and sources. */
export function registryLinks(
  addresses: Addresses,
  actors: readonly ParsedActor[],
  topics: readonly ParsedEntry<TopicEntry>[],
  sources: readonly ParsedEntry<SourceEntry>[],
): RegistryLinks {
  return {
    actors: new Map(
      actors.map(({entry}) => [
        entry.id,
        {id: entry.id, url: addresses.actor(entry.id).url, name: entry.name, kind: entry.kind, description: entry.description},
      ]),
    ),
    topics: new Map(topics.map(({entry}) => [entry.id, {id: entry.id, url: addresses.topic(entry.id).url, title: entry.title}])),
    sources: new Map(sources.map(({entry}) => [entry.id, {id: entry.id, url: addresses.source(entry.id).url, name: entry.name}])),
  };
}
