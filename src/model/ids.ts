/**
 * Guards that turn checked strings into the branded ids and URLs of
 * `types.ts`. Every branded value in the archive is made by one of these.
 */

import type {AbsoluteUrl, ActorId, ActorKind, ArticleSlug, Href, SourceId, TopicId} from './types.ts';

/** The shape of slugs and ids: lowercase ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` is a valid article slug. */
export function isArticleSlug(value: string): value is ArticleSlug {
  return slugPattern.test(value);
}

/** Whether `value` is a valid actor id. */
export function isActorId(value: string): value is ActorId {
  return slugPattern.test(value);
}

/** Whether `value` is a valid topic id. */
export function isTopicId(value: string): value is TopicId {
  return slugPattern.test(value);
}

/** Whether `value` is a valid source id. */
export function isSourceId(value: string): value is SourceId {
  return slugPattern.test(value);
}

/** Whether `value` is an absolute `http:` or `https:` URL with a host. */
export function isAbsoluteUrl(value: string): value is AbsoluteUrl {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Whether `value` is a root-relative link such as `/archive/actors/x/`: one `/`, then no space and no second `/` right away. */
export function isHref(value: string): value is Href {
  return /^\/(?!\/)\S*$/.test(value);
}

/**
 * Whether `value` is `base` followed by a root-relative link: an absolute URL
 * of the site at `base` by construction, checked without parsing it again.
 */
export function isUrlUnder(value: string, base: AbsoluteUrl): value is AbsoluteUrl {
  return value.startsWith(base) && isHref(value.slice(base.length));
}

/** The kinds of actor, in the order indexes show them. */
export const actorKinds: readonly ActorKind[] = ['person', 'organization', 'country', 'place'];

/** Whether `value` is a kind of actor. */
export function isActorKind(value: string): value is ActorKind {
  return (actorKinds as readonly string[]).includes(value);
}

/** Whether `value` is a Wikidata item id such as `Q889`. */
export function isWikidataId(value: string): boolean {
  return /^Q[1-9][0-9]*$/.test(value);
}
