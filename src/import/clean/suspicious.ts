/**
 * Tokens an editor should look at: words glued to their neighbour by a
 * scraper or a typist. Two kinds are found:
 *
 * - punctuation with no space after it between two words: `casualties.Both`,
 *   `truce.on`, `However,they` (web addresses such as `TheWeek.com` aside);
 * - two words run together: a word used nowhere else in the text that splits
 *   into two known words, one of them a function word (`andkilling`,
 *   `weretargeting`, `Duringprevious`), or two longer words of which the
 *   first ends in `-s`, `-ed`, `-ing` or `-ly` (`negotiationsweakened`),
 *   as a compound's first part rarely does. A word is known when the text
 *   uses it elsewhere or it is a common English word.
 *
 * Nothing is changed: each finding comes with a suggestion for the editor.
 */

import {commonWords, compoundWords, glueWords, trailingGlueWords} from './common-words.ts';

/** A suspicious token, where it is, and what it probably should be. */
export interface SuspiciousToken {
  /** 1-based line in the raw file. */
  readonly line: number;
  readonly token: string;
  readonly kind: 'missing-space' | 'glued-words';
  /** The likely intended text. */
  readonly suggestion: string;
  /** For the report: what is wrong and what to do. */
  readonly message: string;
}

/** A line of text to check, with its line number. */
export interface NumberedText {
  readonly line: number;
  readonly text: string;
}

/** Endings of web addresses: `TheWeek.com`, `dw.de`. */
const topLevelDomains = new Set(
  'com org net gov edu mil int info io co uk de fr ru af pk in us eu news tv me ly cn jp ir ae qa tr online site html php asp'.split(' '),
);

/** Base forms of a word, for looking it up: `killing` → `kill`, `targeted` → `target`, `weakened` → `weaken`. */
export function baseForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set([w]);
  const add = (form: string): void => {
    if (form.length >= 2) forms.add(form);
  };
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  for (const ending of ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers', 'ment', 'ments', 'ion', 'ions']) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    add(stem);
    add(`${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/u.test(stem)) add(stem.slice(0, -1));
  }
  return [...forms];
}

/** Whether `word` is a common English word in some form. */
function isCommon(word: string): boolean {
  return baseForms(word).some((form) => commonWords.has(form));
}

const wordPattern = /\p{L}+(?:['’]\p{L}+)*/gu;
const gluedPunctuation = /(?<![\p{L}\p{N}@/.\\-])(\p{L}{2,})([.,;:!?])(\p{L}{2,})(?![\p{L}\p{N}@/.-])/gu;

/** Find glued punctuation and glued words in `texts` (the kept paragraphs of one article). */
export function findSuspiciousTokens(texts: readonly NumberedText[]): SuspiciousToken[] {
  const found: SuspiciousToken[] = [];
  const counts = new Map<string, number>();
  for (const {text} of texts) {
    for (const match of text.matchAll(wordPattern)) {
      const key = match[0].toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const usedElsewhere = (part: string): boolean => (counts.get(part.toLowerCase()) ?? 0) > 0;
  const known = (part: string): boolean => usedElsewhere(part) || isCommon(part);

  for (const {line, text} of texts) {
    for (const match of text.matchAll(gluedPunctuation)) {
      const [token, left = '', mark = '', right = ''] = match;
      if (topLevelDomains.has(right.toLowerCase()) && /^\p{Ll}+$/u.test(right)) continue;
      const spaced = `${left}${mark} ${right}`;
      const stray = /[.!?]/u.test(mark) && /^\p{Ll}/u.test(right);
      const suggestion = spaced;
      const message = stray
        ? `no space after \`${mark}\`: did you mean \`${spaced}\`, or \`${left} ${right}\` if the \`${mark}\` is stray?`
        : `no space after \`${mark}\`: did you mean \`${spaced}\`?`;
      found.push({line, token, kind: 'missing-space', suggestion, message});
    }
    for (const match of text.matchAll(wordPattern)) {
      const token = match[0];
      const lower = token.toLowerCase();
      if (token.length < 7 || !/^\p{Lu}?\p{Ll}+$/u.test(token)) continue;
      if ((counts.get(lower) ?? 0) > 1 || compoundWords.has(lower) || isCommon(lower)) continue;
      const split = findSplit(lower, known);
      if (split === undefined) continue;
      const left = token.slice(0, split);
      const right = token.slice(split);
      const suggestion = `${left} ${right}`;
      found.push({line, token, kind: 'glued-words', suggestion, message: `two words run together? Did you mean \`${suggestion}\`?`});
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/** Where `word` splits into two glued words, if it does: the length of the first. */
function findSplit(word: string, known: (part: string) => boolean): number | undefined {
  for (let at = 3; at <= word.length - 3; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (!known(left) || !known(right)) continue;
    if (glueWords.has(left) || trailingGlueWords.has(right)) return at;
    if (left.length >= 5 && right.length >= 5 && /(?:s|ed|ing|ly)$/u.test(left)) return at;
  }
  return undefined;
}
