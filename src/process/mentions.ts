/**
 * Actor mentions in an article: count them, keep the sentence of each
 * actor's first mention, and link that first mention to the actor's page.
 *
 * A name that two actors share is given, in each article, to the one of
 * them the article otherwise names more often (an actor listed in the
 * article's front matter counts first; on a tie, the one named first); when
 * the article names none of them otherwise, the name is not counted.
 */

import type {Heading, Link, Nodes, Paragraph, Parent, PhrasingContent, Root, TableCell, Text} from 'mdast';
import type {NameMatch, NameMatcher} from './name-matcher.ts';
import type {ActorId, Href} from '../model/types.ts';

/** What an article says about one actor. */
export interface Mention {
  readonly actor: ActorId;
  readonly count: number;
  /** The sentence of the first mention. */
  readonly sentence: string;
}

/** Options for `findMentions`. */
export interface MentionOptions {
  readonly matcher: NameMatcher;
  /** Actors the article's front matter lists: they win shared names. */
  readonly listed: ReadonlySet<ActorId>;
  /** The article's language, for sentence boundaries. */
  readonly language: string;
  /** Where an actor's page is. */
  readonly href: (actor: ActorId) => Href;
}

/** One block of the body (a paragraph, heading or table cell) with the names in it. */
export interface MentionBlock {
  /** The block's text: its text, inline code and line breaks (as spaces), in order. */
  readonly text: string;
  /** The block's node in the tree. */
  readonly node: Paragraph | Heading | TableCell;
  /** Every name in the block that resolves to one actor, left to right (first mentions linked or not). */
  readonly names: readonly {readonly start: number; readonly end: number; readonly actor: ActorId}[];
}

/** Mentions found in the body, in order of first appearance, its blocks, and the body with first mentions linked. */
export interface ArticleMentions {
  readonly mentions: readonly Mention[];
  readonly blocks: readonly MentionBlock[];
  readonly tree: Root;
}

interface TextSlot {
  readonly node: Text;
  /** Offset of the node's text in its block's text. */
  readonly offset: number;
  readonly block: Block;
  readonly inLink: boolean;
  readonly matches: NameMatch[];
}

interface Block {
  text: string;
  readonly node: Paragraph | Heading | TableCell;
  readonly names: {start: number; end: number; actor: ActorId}[];
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Cached sentence segmenter for a language. */
function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, {granularity: 'sentence'});
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** Collect the text nodes of `tree`, block by block, with their offsets. */
function collectSlots(tree: Root, matcher: NameMatcher): {slots: TextSlot[]; blocks: Block[]} {
  const slots: TextSlot[] = [];
  const blocks: Block[] = [];
  const walkPhrasing = (node: Nodes, block: Block, inLink: boolean): void => {
    if (node.type === 'text') {
      slots.push({node, offset: block.text.length, block, inLink, matches: matcher.find(node.value)});
      block.text += node.value;
      return;
    }
    if (node.type === 'inlineCode') {
      block.text += node.value;
      return;
    }
    if (node.type === 'break') {
      block.text += ' ';
      return;
    }
    if ('children' in node) {
      const linked = inLink || node.type === 'link' || node.type === 'linkReference';
      for (const child of node.children) walkPhrasing(child, block, linked);
    }
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const block: Block = {text: '', node, names: []};
      blocks.push(block);
      walkPhrasing(node, block, false);
      return;
    }
    if (node.type === 'code' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return {slots, blocks};
}

/**
 * Segments that end in a title, an initial or a common abbreviation do not end
 * a sentence: `Gen. John W. Nicholson said …` is one sentence. Quote
 * attribution splits sentences by the same rule.
 */
export const abbreviationEnd = /(?:^|[\s(])(?:Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|Amb|St|Jr|Sr|No|Vol|vs|etc|approx|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.)+[A-Z])\.\s*$/;

/** The sentence of `text` that contains `offset`, trimmed. */
function sentenceAt(text: string, offset: number, language: string): string {
  let start = 0;
  let sentence = '';
  // A line break inside a paragraph is a space to the reader, but the segmenter ends a sentence at it.
  const flat = text.replace(/[\n\r\u0085\u2028\u2029]/g, ' ');
  for (const segment of sentenceSegmenter(language).segment(flat)) {
    if (sentence === '') start = segment.index;
    sentence += segment.segment;
    const end = segment.index + segment.segment.length;
    if (abbreviationEnd.test(sentence) && end < text.length) continue;
    if (offset >= start && offset < end) return sentence.trim().replace(/\s+/g, ' ');
    sentence = '';
  }
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Find the actors an article's body names. The tree is changed in place:
 * each actor's first mention outside a link becomes a link to its page.
 */
export function findMentions(tree: Root, options: MentionOptions): ArticleMentions {
  const {slots, blocks} = collectSlots(tree, options.matcher);

  // Evidence for shared names: the unshared mentions of each actor, and where the first one is.
  const evidence = new Map<ActorId, {count: number; first: number}>();
  let position = 0;
  for (const slot of slots) {
    for (const match of slot.matches) {
      position++;
      const [only] = match.actors;
      if (match.actors.length !== 1 || only === undefined) continue;
      const seen = evidence.get(only);
      evidence.set(only, seen === undefined ? {count: 1, first: position} : {count: seen.count + 1, first: seen.first});
    }
  }
  const resolve = (match: NameMatch): ActorId | undefined => {
    if (match.actors.length === 1) return match.actors[0];
    const score = (actor: ActorId): number => (options.listed.has(actor) ? 1e9 : 0) + (evidence.get(actor)?.count ?? 0);
    const first = (actor: ActorId): number => evidence.get(actor)?.first ?? Infinity;
    const [best, next] = [...match.actors].sort((a, b) => score(b) - score(a) || first(a) - first(b));
    if (best === undefined || score(best) === 0) return undefined;
    // Listed alike and neither named otherwise: nothing decides between them.
    return next !== undefined && score(next) === score(best) && first(best) === Infinity ? undefined : best;
  };

  const counts = new Map<ActorId, {count: number; sentence: string}>();
  const links = new Map<Text, {start: number; end: number; actor: ActorId}[]>();
  const linked = new Set<ActorId>();
  for (const slot of slots) {
    for (const match of slot.matches) {
      const actor = resolve(match);
      if (actor === undefined) continue;
      slot.block.names.push({start: slot.offset + match.start, end: slot.offset + match.end, actor});
      const seen = counts.get(actor);
      if (seen === undefined) {
        counts.set(actor, {count: 1, sentence: sentenceAt(slot.block.text, slot.offset + match.start, options.language)});
      } else {
        seen.count++;
      }
      // The first mention outside an existing link becomes a link.
      if (!slot.inLink && !linked.has(actor)) {
        linked.add(actor);
        const list = links.get(slot.node) ?? [];
        list.push({start: match.start, end: match.end, actor});
        links.set(slot.node, list);
      }
    }
  }

  if (links.size > 0) linkFirstMentions(tree, links, options.href);
  const mentions = [...counts].map(([actor, {count, sentence}]) => ({actor, count, sentence}));
  return {mentions, blocks, tree};
}

/** Replace text nodes that hold first mentions with text and link nodes. */
function linkFirstMentions(
  tree: Root,
  links: ReadonlyMap<Text, readonly {start: number; end: number; actor: ActorId}[]>,
  href: (actor: ActorId) => Href,
): void {
  const visit = (parent: Parent): void => {
    const children: Nodes[] = [];
    let changed = false;
    for (const child of parent.children) {
      const spans = child.type === 'text' ? links.get(child) : undefined;
      if (child.type !== 'text' || spans === undefined) {
        if ('children' in child) visit(child);
        children.push(child);
        continue;
      }
      changed = true;
      let last = 0;
      for (const span of spans) {
        if (span.start > last) children.push({type: 'text', value: child.value.slice(last, span.start)});
        const link: Link = {
          type: 'link',
          url: href(span.actor),
          children: [{type: 'text', value: child.value.slice(span.start, span.end)}],
        };
        children.push(link);
        last = span.end;
      }
      if (last < child.value.length) children.push({type: 'text', value: child.value.slice(last)});
    }
    if (changed) parent.children = children as PhrasingContent[];
  };
  visit(tree);
}
