/**
 * What a result shows of its page: its title and an excerpt, in the words
 * the page was written with. Pagefind stores a page's text as it was
 * indexed, normalised (`search/normalise.ts`); the build put each changed
 * word's original form in an anchor at its position (`search/records.ts`),
 * and this module puts it back. It also leaves out the actors' mention
 * tokens that end an article's indexed text.
 *
 * No DOM here: the pieces are made into elements by `results.ts`.
 */

import {mentionTokenPattern} from '../search/layout.ts';
import {nameKey} from '../search/normalise.ts';
import type {Fragment, WordLocation} from './pagefind.ts';

/** A run of an excerpt's text, marked where it matched. */
export interface Piece {
  readonly text: string;
  readonly marked: boolean;
}

/** A fragment's words as indexed, split as Pagefind splits them. */
const indexedWords = (fragment: Fragment): string[] => fragment.content.split(/[\r\n\s]+/);

/** A fragment's words as written: the indexed words, with the anchors' originals put back. */
export function writtenWords(fragment: Fragment): string[] {
  const words = indexedWords(fragment);
  for (const anchor of fragment.anchors) {
    if (anchor.element === 'span' && anchor.location < words.length) words[anchor.location] = anchor.id;
  }
  return words;
}

/** How many words of the fragment's text are its title (the indexed text starts with it). */
const titleLength = (fragment: Fragment): number => (fragment.meta['title'] ?? '').split(/\s+/).filter(Boolean).length;

/** Where the page's text ends: the mention tokens come after it (Pagefind ends each block of text with a full stop). */
function textEnd(words: readonly string[]): number {
  const first = words.findIndex((word) => mentionTokenPattern.test(word.replace(/[^\p{L}\p{N}]+$/u, '')));
  return first < 0 ? words.length : first;
}

/** The title as written: the indexed title, with the anchors' originals put back. */
export function resultTitle(fragment: Fragment): string {
  const words = (fragment.meta['title'] ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return fragment.url;
  for (const anchor of fragment.anchors) if (anchor.element === 'span' && anchor.location < words.length) words[anchor.location] = anchor.id;
  return words.join(' ');
}

/**
 * The positions of the fragment's words that spell one of `names` (compared
 * by `nameKey`, so in any of the forms normalisation folds together).
 */
export function namePositions(fragment: Fragment, names: readonly string[]): number[] {
  const keys = indexedWords(fragment).map(nameKey);
  const found: number[] = [];
  for (const name of names) {
    const parts = nameKey(name).split(' ').filter(Boolean);
    if (parts.length === 0) continue;
    for (let start = 0; start + parts.length <= keys.length; start++) {
      if (parts.every((part, offset) => keys[start + offset] === part)) for (let offset = 0; offset < parts.length; offset++) found.push(start + offset);
    }
  }
  return found;
}

/**
 * The start of the densest window of `length` words, as Pagefind chooses its
 * excerpts: the window whose matched words weigh most, the middle one of
 * equal neighbours.
 */
function densestWindow(locations: readonly WordLocation[], length: number, from: number, to: number): number {
  const weights = new Array<number>(Math.max(0, to - from)).fill(0);
  for (const {location, balanced_score} of locations) if (location >= from && location < to) weights[location - from] = (weights[location - from] ?? 0) + balanced_score;
  if (weights.length <= length) return from;
  let sum = weights.slice(0, length).reduce((total, weight) => total + weight, 0);
  let best = sum;
  let bestAt = [0];
  for (let start = 1; start + length <= weights.length; start++) {
    sum += (weights[start + length - 1] ?? 0) - (weights[start - 1] ?? 0);
    if (sum > best) {
      best = sum;
      bestAt = [start];
    } else if (sum === best && bestAt.at(-1) === start - 1) {
      bestAt.push(start);
    }
  }
  return from + (bestAt[Math.floor(bestAt.length / 2)] ?? 0);
}

/**
 * The excerpt: `length` words of the page's text (after its title, unless
 * the page has no other text) around its matched words, with the words at
 * `fragment.locations` and `extraMarks` marked, in the words as written.
 */
export function excerpt(fragment: Fragment, length: number, extraMarks: readonly number[] = []): Piece[] {
  const written = writtenWords(fragment);
  const end = textEnd(indexedWords(fragment));
  const title = titleLength(fragment);
  const from = end > title ? title : 0;
  const marks = new Set([...fragment.locations, ...extraMarks].filter((location) => location >= from && location < end));
  const weighted = [...fragment.weighted_locations, ...extraMarks.map((location) => ({location, balanced_score: 1}))];
  const start = densestWindow(weighted, length, from, end);
  // Each marked word is a piece of its own (as Pagefind marks them); spaces and unmarked words run together.
  const pieces: Piece[] = [];
  let plain = '';
  for (let index = start; index < Math.min(end, start + length); index++) {
    if (index > start) plain += ' ';
    const word = written[index] ?? '';
    if (!marks.has(index)) {
      plain += word;
      continue;
    }
    if (plain !== '') pieces.push({text: plain, marked: false});
    pieces.push({text: word, marked: true});
    plain = '';
  }
  if (plain !== '') pieces.push({text: plain, marked: false});
  return pieces;
}
