/**
 * One sentence of a paragraph as the tokens attribution reads: words,
 * punctuation, actor names (as found and resolved by the mention finder)
 * and whole quotations. Square brackets, an editor's insertions, are
 * read through: `[declared that the] “…”` reads as `declared that the “…”`.
 */

import type {ActorId} from '../../model/types.ts';
import type {QuoteSpan} from './marks.ts';

/** A name in the paragraph, resolved to one actor. */
export interface PlacedName {
  readonly start: number;
  readonly end: number;
  readonly actor: ActorId;
}

/** A word, lower-cased for look-ups. */
export interface WordToken {
  readonly kind: 'word';
  readonly start: number;
  readonly end: number;
  /** As written, and lower-cased. */
  readonly text: string;
  readonly lower: string;
  /** Starts with a capital letter. */
  readonly capital: boolean;
}

/** An actor's name. */
export interface NameToken {
  readonly kind: 'name';
  readonly start: number;
  readonly end: number;
  readonly actor: ActorId;
  /** The actor is a person, who can be quoted. */
  readonly person: boolean;
  /** Followed by `'s`: `Putin’s envoy` names Putin but not as a subject. */
  readonly possessive: boolean;
}

/** A whole quotation, marks included. */
export interface QuoteToken {
  readonly kind: 'quote';
  readonly start: number;
  readonly end: number;
  /** Index of the quotation in the paragraph. */
  readonly quote: number;
}

/** One punctuation mark; a quotation that ends with a comma inside its marks is followed by that comma. */
export interface PunctToken {
  readonly kind: 'punct';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Token = WordToken | NameToken | QuoteToken | PunctToken;


/** Whether a word followed by `.` takes the stop as its own: an initial, `U.S`, or a known abbreviation. */
function takesStop(word: string, abbreviations: ReadonlySet<string>): boolean {
  return word.length === 1 || word.includes('.') || abbreviations.has(`${word.toLowerCase()}.`);
}

/** Length of a possessive after a name: `’s` (2), a bare `’` after an `s` (1), or 0. */
function possessiveAfter(text: string, placed: PlacedName): number {
  const next = text[placed.end];
  if (next !== "'" && next !== '’') return 0;
  if (text[placed.end + 1] === 's' && !/[\p{L}\p{N}]/u.test(text[placed.end + 2] ?? '')) return 2;
  return text[placed.end - 1] === 's' && !/[\p{L}\p{N}]/u.test(text[placed.end + 1] ?? '') ? 1 : 0;
}

/** What tokenising needs besides the text. */
export interface TokenContext {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  /** The paragraph's names, left to right. */
  readonly names: readonly PlacedName[];
  readonly people: ReadonlySet<ActorId>;
  /** Words written with a stop that is theirs (`gen.`). */
  readonly abbreviations: ReadonlySet<string>;
}

/** The tokens of `text` from `start` to `end`. */
export function tokenize(context: TokenContext, start: number, end: number): Token[] {
  const {text} = context;
  const tokens: Token[] = [];
  let quote = context.quotes.findIndex((span) => span.open >= start);
  let name = context.names.findIndex((placed) => placed.start >= start);
  if (quote < 0) quote = context.quotes.length;
  if (name < 0) name = context.names.length;
  let index = start;
  while (index < end) {
    // Words and marks up to the next quotation or name, then that quotation or name.
    const span = context.quotes[quote];
    const placed = context.names[name];
    const next = Math.min(end, span?.open ?? end, placed?.start ?? end);
    if (next > index) {
      words(context, index, next, tokens);
      index = next;
    }
    if (span !== undefined && span.open === index) {
      tokens.push({kind: 'quote', start: span.open, end: span.close + 1, quote});
      if (span.trail === ',') tokens.push({kind: 'punct', start: span.close, end: span.close, text: ','});
      index = span.close + 1;
      quote++;
      while ((context.names[name]?.start ?? Infinity) < index) name++;
    } else if (placed !== undefined && placed.start === index) {
      const tail = possessiveAfter(text, placed);
      tokens.push({kind: 'name', start: placed.start, end: placed.end, actor: placed.actor, person: context.people.has(placed.actor), possessive: tail > 0});
      index = placed.end + tail;
      name++;
    }
  }
  return tokens;
}

/** A word, or one mark that is neither a space nor a square bracket. */
const wordOrMark = /([\p{L}\p{M}\p{N}\u200c](?:[\p{L}\p{M}\p{N}\u200c'’.-]*[\p{L}\p{M}\p{N}\u200c])?)|[^\s[\]]/gu;

/** The words and marks of `text` from `from` to `to`, added to `tokens`. */
function words(context: TokenContext, from: number, to: number, tokens: Token[]): void {
  const {text} = context;
  wordOrMark.lastIndex = from;
  for (let match = wordOrMark.exec(text); match !== null && match.index < to; match = wordOrMark.exec(text)) {
    const [found, word] = match;
    if (word === undefined) {
      tokens.push({kind: 'punct', start: match.index, end: match.index + 1, text: found === '،' ? ',' : found});
      continue;
    }
    let wordEnd = Math.min(to, match.index + word.length);
    if (text[wordEnd] === '.' && wordEnd < to && takesStop(word, context.abbreviations)) wordEnd++;
    const value = text.slice(match.index, wordEnd);
    tokens.push({kind: 'word', start: match.index, end: wordEnd, text: value, lower: value.toLowerCase(), capital: /^\p{Lu}/u.test(value)});
    wordOrMark.lastIndex = wordEnd;
  }
}
