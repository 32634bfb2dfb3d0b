/**
 * Advice for editors, given by `npm run check`: not errors, but what a careful
 * editor wants to know before publishing. Articles with no topic, actors no
 * article names, and capitalised names that several articles use but no
 * actor has (likely actors to add).
 */

import type {Nodes, Root} from 'mdast';
import type {Point} from 'unist';
import type {VFile} from 'vfile';
import {toSlug} from '../model/slug.ts';
import type {NameMatcher} from '../process/name-matcher.ts';
import {warn} from './messages.ts';
import type {ParsedActor} from './registry-entries.ts';
import type {ActorId, ArticleEntry} from '../model/types.ts';

/** How many articles must use a name before it is suggested as an actor. */
export const suggestionThreshold = 2;

/** Words that start sentences or titles and are not names on their own. */
const notNames = new Set(
  ('A An And As At But By For From He Her His However If In It Its Mr Mrs Ms No Of On Or She That The Their There These They This Those To We What When Where Which While Who Why With Yet You ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'Still Although Nevertheless Currently Just More Most Many Some Other During After Before Since Late Early Last Next Even Also Both Each Every Such Only Then Thus Meanwhile Instead').split(' '),
);

/** A run of capitalised words (Latin script), joined by spaces or hyphens. */
const capitalised = /\b\p{Lu}[\p{Ll}’'.-]*\p{Ll}(?:[\s-]+(?:(?:al|bin|ibn|de|di|ul|i|e)-)?\p{Lu}[\p{Ll}’'.-]*\p{Ll})*/gu;

/**
 * Whether `word` reads as an adjective or demonym rather than a name:
 * `Asian`, `Chinese`, or a form of a known name such as `Afghan`
 * (Afghanistan), `Russian` (Russia), `Pakistani` (Pakistan).
 */
function isAdjectival(word: string, nameWords: ReadonlySet<string>): boolean {
  if (/(?:ian|ean|ese)$/.test(word)) return true;
  for (const known of nameWords) {
    if (known === word || Math.abs(known.length - word.length) > 6) continue;
    const shared = Math.min(known.length, word.length);
    if (shared >= 5 && known.slice(0, 5) === word.slice(0, 5) && (known.startsWith(word) || word.startsWith(known.slice(0, -1)))) {
      return true;
    }
  }
  return false;
}

interface Occurrence {
  readonly article: AdvisedArticle;
  readonly place: Point;
}

/** Point of `offset` in a text node that starts at `start`. */
function pointAt(value: string, offset: number, start: Point): Point {
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  return lines.length === 1
    ? {line: start.line, column: start.column + offset}
    : {line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1};
}

/** Every text node of a tree with its start point, outside code. */
function textNodes(tree: Root): {value: string; start: Point}[] {
  const found: {value: string; start: Point}[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'text' && node.position) found.push({value: node.value, start: node.position.start});
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

/** What one article's text says about names, for the advice. */
export interface NameEvidence {
  /** Actors the article names, by text or front matter. */
  readonly named: readonly ActorId[];
  /** Capitalised names that are no actor's, each once, where first used. */
  readonly candidates: readonly {readonly name: string; readonly place: Point}[];
}

/**
 * Collect an article's name evidence. Run it on the tree before linking
 * (linking adds nodes without positions).
 */
export function collectNameEvidence(tree: Root, listed: readonly ActorId[], matcher: NameMatcher, nameWords: ReadonlySet<string>): NameEvidence {
  const named = new Set<ActorId>(listed);
  const candidates: {name: string; place: Point}[] = [];
  const seenHere = new Set<string>();
  for (const {value, start} of textNodes(tree)) {
    const matches = matcher.find(value);
    for (const match of matches) for (const actor of match.actors) named.add(actor);
    for (const candidate of value.matchAll(capitalised)) {
      const offset = candidate.index;
      const end = offset + candidate[0].length;
      if (matches.some((match) => match.start < end && offset < match.end)) continue;
      const name = candidate[0]
        .replace(/[’'.-]+$/, '')
        .replace(/\s+/g, ' ')
        .replace(/^(?:The|A|An) /, '');
      const words = name.split(/[\s-]+/);
      if (words.every((word) => notNames.has(word)) || isAdjectival(words.at(-1) ?? '', nameWords)) continue;
      if (words.length === 1 && (name.length < 3 || /(?:^|[.!?]\s+)$/.test(value.slice(0, offset)))) continue;
      if (seenHere.has(name)) continue;
      seenHere.add(name);
      candidates.push({name, place: pointAt(value, offset, start)});
    }
  }
  return {named: [...named], candidates};
}

/** The words of every actor's names, to tell forms of known names from new names. */
export function actorNameWords(actors: readonly {readonly names: readonly string[]}[]): Set<string> {
  return new Set(actors.flatMap((actor) => actor.names.flatMap((name) => name.split(/[\s-]+/))));
}

/** An article as the advice sees it. */
export interface AdvisedArticle {
  readonly entry: ArticleEntry;
  readonly file: VFile;
  readonly evidence: NameEvidence;
}

/** Add advice to the files of `articles` and `actors` as warnings. */
export function adviseOnContent(articles: readonly AdvisedArticle[], actors: readonly ParsedActor[]): void {
  const named = new Set<string>();
  const candidates = new Map<string, Occurrence[]>();

  for (const article of articles) {
    if (article.entry.topics.length === 0) {
      warn(article.file, 'The article has no topic, so no topic page lists it. Add `topics: […]` with ids from `content/topics/`.', {line: 1, column: 1}, 'missing-topics');
    }
    for (const id of article.evidence.named) named.add(id);
    for (const {name, place} of article.evidence.candidates) {
      const list = candidates.get(name) ?? [];
      list.push({article, place});
      candidates.set(name, list);
    }
  }

  for (const actor of actors) {
    if (named.has(actor.entry.id)) continue;
    warn(actor.file, `No article names \`${actor.entry.name}\` or any of its aliases, so its page lists no article. Check the aliases against the articles' spelling, or remove the actor.`, {line: 1, column: 1}, 'unused-actor');
  }

  for (const [name, occurrences] of candidates) {
    if (occurrences.length < suggestionThreshold) continue;
    const [first] = occurrences;
    if (first === undefined) continue;
    const where = occurrences.map((occurrence) => `\`${occurrence.article.file.path}:${occurrence.place.line}\``).join(', ');
    warn(
      first.article.file,
      `\`${name}\` appears in ${occurrences.length} articles (${where}) but is no actor's name or alias. If it is a person, organisation, country or place, add \`content/actors/${toSlug(name)}.md\`, or add it to an actor's \`aliases\`.`,
      first.place,
      'suggested-actor',
    );
  }
}
