/**
 * Find actor names and aliases in text: case-sensitive, whole words only,
 * longest match first, with possessives (`Russia's`, `Taliban’s`) counted as
 * the name. Any run of white space in text matches a space in a name, `'`
 * and `’` match each other, and so do the forms search folds together
 * (`search/normalise.ts`): `پاكستان` written with Arabic kaf is Pakistan's
 * `پاکستان`, a tatweel or zero-width non-joiner inside a name is passed over.
 *
 * A trie of the names is walked from each word start, so the cost grows with
 * the length of the text, not with the number of actors.
 */

import type {ActorId} from '../model/types.ts';
import {foldedCharacters} from '../search/normalise.ts';

/** An actor's names for matching. */
export interface ActorNames {
  readonly id: ActorId;
  readonly names: readonly string[];
}

/** A name found in text. */
export interface NameMatch {
  /** Offset of the first character (UTF-16 code units). */
  readonly start: number;
  /** Offset after the name, before a possessive `'s`. */
  readonly end: number;
  /** The name as written in the actor file. */
  readonly name: string;
  /** The actors that have this name: one, or several when a name is shared. */
  readonly actors: readonly ActorId[];
}

/** Finds names in text. */
export interface NameMatcher {
  /** Every match in `text`, left to right, not overlapping. */
  find(text: string): NameMatch[];
  /** Names that two or more actors share. */
  readonly shared: ReadonlyMap<string, readonly ActorId[]>;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  name?: string;
  actors?: ActorId[];
}

const wordChar = /[\p{L}\p{M}\p{N}_]/u;
const space = /\s/;

/** Map a character of text or of a name to the key it is matched by: '' for one that is passed over. */
function normalise(char: string): string {
  const code = char.charCodeAt(0);
  // ASCII without a regular expression: this runs for every character of every article.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? ' ' : char;
  if (char === '’' || char === 'ʼ') return "'";
  const folded = foldedCharacters[char];
  if (folded !== undefined) return folded;
  return space.test(char) ? ' ' : char;
}

/** Whether the character at `index` is part of a word. */
function isWord(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  const char = text[index];
  return char !== undefined && wordChar.test(char);
}

/** Length of a possessive `'s` or `’s` at `index`, if the word ends there (a bare `'` after an `s` ends the word by itself). */
function possessiveAt(text: string, index: number): number {
  const char = text[index];
  if (char !== "'" && char !== '’') return 0;
  if (text[index + 1] === 's' && !isWord(text, index + 2)) return 2;
  return 0;
}

/** Build a matcher for the names of `actors`. */
export function createNameMatcher(actors: readonly ActorNames[]): NameMatcher {
  const root: TrieNode = {next: new Map()};
  const shared = new Map<string, ActorId[]>();
  for (const actor of actors) {
    for (const raw of actor.names) {
      const name = raw.trim();
      if (name === '') continue;
      let node = root;
      let lastWasSpace = false;
      for (const char of name) {
        const key = normalise(char);
        if (key === '' || (key === ' ' && lastWasSpace)) continue;
        lastWasSpace = key === ' ';
        let child = node.next.get(key);
        if (child === undefined) {
          child = {next: new Map()};
          node.next.set(key, child);
        }
        node = child;
      }
      node.name ??= name;
      node.actors ??= [];
      if (!node.actors.includes(actor.id)) node.actors.push(actor.id);
      if (node.actors.length > 1) shared.set(node.name, node.actors);
    }
  }

  const find = (text: string): NameMatch[] => {
    const matches: NameMatch[] = [];
    let index = 0;
    while (index < text.length) {
      if (isWord(text, index - 1) || !root.next.has(normalise(text[index] ?? ''))) {
        index++;
        continue;
      }
      let node: TrieNode | undefined = root;
      let cursor = index;
      let best: {end: number; node: TrieNode} | undefined;
      while (node !== undefined && cursor < text.length) {
        const key = normalise(text[cursor] ?? '');
        if (key === '') {
          cursor++;
          continue;
        }
        node = node.next.get(key);
        if (node === undefined) break;
        cursor++;
        if (key === ' ') while (cursor < text.length && space.test(text[cursor] ?? '')) cursor++;
        // A name ends where a word does: `U.S.` is not found in `U.S.A.`, nor `US` in `USA`.
        if (node.actors !== undefined && (!isWord(text, cursor) || possessiveAt(text, cursor) > 0)) {
          best = {end: cursor, node};
        }
      }
      if (best?.node.actors === undefined || best.node.name === undefined) {
        index++;
        continue;
      }
      matches.push({start: index, end: best.end, name: best.node.name, actors: best.node.actors});
      index = best.end + possessiveAt(text, best.end);
    }
    return matches;
  };

  return {find, shared};
}
