/**
 * The shape of a line of scraped text, told from its length and punctuation
 * alone: a separator, a headline-like line, a candidate sub-head.
 */

import {wordsOf} from './vocabulary.ts';

/** Closing quotes, brackets and emphasis marks that may follow a line's last real character. */
const closers = /[\s"'”’»)\]*_]+$/u;

/** The line's last character that is not a closing quote or bracket: `.` for `He said "no."`. */
export function finalMark(text: string): string {
  const stripped = text.replace(closers, '');
  return stripped.slice(-1);
}

/** Whether the line ends as a sentence or a clause does: `.`, `!`, `…`, `:`, `;` or `,` (not `?`). */
export function endsAsProse(text: string): boolean {
  return /[.!…:;,]/u.test(finalMark(text));
}

/** A line of punctuation or symbols only, such as `-`, `* * *` or `•`. */
export function isSeparatorLine(text: string): boolean {
  return text.trim() !== '' && /^[\p{P}\p{S}\s]+$/u.test(text);
}

/** The number of words in a line. */
export function wordCount(text: string): number {
  return wordsOf(text).length;
}

/**
 * A line shaped like a headline or a teaser: at most 25 words, and not
 * ending like prose (a final `?` is allowed: headlines ask questions).
 */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return words > 0 && words <= 25 && !endsAsProse(text) && !isSeparatorLine(text);
}

/**
 * A line that can be a sub-head: at most 10 words, starting with a capital
 * letter or a digit, without final sentence punctuation (a `?` is allowed),
 * and not a quotation.
 */
export function isSubheadCandidate(text: string): boolean {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  return words > 0 && words <= 10 && /^[\p{Lu}\p{N}]/u.test(trimmed) && !endsAsProse(trimmed) && !/["“”]/u.test(trimmed.slice(0, 1));
}
