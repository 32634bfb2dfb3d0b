/**
 * Where the quotations of a paragraph are, and its sentences with the
 * quotations' insides set aside: `“…”`, `"…"`, `«…»` and `„…“`, paired left
 * to right. A mark left open in its paragraph is ignored, and so is every
 * single quote mark (`‘…’` cannot be told from an apostrophe).
 */

import {abbreviationEnd} from '../mentions.ts';

/** One quotation: the offsets of its opening and closing marks in the paragraph's text. */
export interface QuoteSpan {
  readonly open: number;
  readonly close: number;
  /** The punctuation the quotation ends with inside its marks (`,` in `“…,” he said`), or `''`. */
  readonly trail: string;
}

/** The closing marks each opening mark may be paired with. */
const closers: Readonly<Record<string, string>> = {'“': '”', '„': '“”', '«': '»', '"': '"'};

/** Whether the straight quote at `index` opens a quotation: after a space or an opening bracket, before a word. */
function opensStraight(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index + 1];
  return (before === undefined || /[\s([{—–\-/]/u.test(before)) && after !== undefined && !/\s/u.test(after);
}

/** Every quotation of `text`, left to right, not nested. */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const mark = text[index] ?? '';
    const ends = closers[mark];
    if (ends === undefined || (mark === '"' && !opensStraight(text, index))) {
      index++;
      continue;
    }
    let depth = 0;
    let close = -1;
    for (let cursor = index + 1; cursor < text.length; cursor++) {
      const char = text[cursor] ?? '';
      if (mark === '«' && char === '«') depth++;
      else if (ends.includes(char)) {
        if (depth === 0) {
          close = cursor;
          break;
        }
        depth--;
      }
    }
    const inside = close < 0 ? '' : text.slice(index + 1, close).trimEnd();
    if (close < 0 || inside.trim() === '') {
      index++;
      continue;
    }
    const last = inside.at(-1) ?? '';
    spans.push({open: index, close, trail: /[.,!?;:…]/u.test(last) ? last : ''});
    index = close + 1;
  }
  return spans;
}

/** `text` with each quotation's inside blanked out, except the punctuation it ends with: `“…,”` → `“___,”`. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  let masked = '';
  let last = 0;
  for (const span of spans) {
    const inside = text.slice(span.open + 1, span.close);
    const kept = span.trail === '' ? '' : span.trail;
    const cut = span.trail === '' ? inside.length : inside.lastIndexOf(span.trail);
    masked += text.slice(last, span.open + 1) + '_'.repeat(cut) + kept + ' '.repeat(inside.length - cut - kept.length);
    last = span.close;
  }
  return masked + text.slice(last);
}

/** Marks that may close a sentence after its final stop: quotes and brackets. */
const closing = /[”»"’)\]“]/u;
/** Stops that end a sentence (Latin, Arabic question mark, Urdu full stop). */
const stops = /[.!?؟۔]/u;

/**
 * The sentences of `masked` (a paragraph with its quotations blanked out) as
 * `[start, end)` offsets. A stop ends a sentence when a space and no
 * lower-case letter follow, and it does not end a title, an initial or a
 * common abbreviation (`Gen.`, `W.`, `U.S.`); the dots of an ellipsis never do.
 */
export function sentenceRanges(masked: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let index = 0; index < masked.length; index++) {
    if (!stops.test(masked[index] ?? '')) continue;
    let end = index + 1;
    while (end < masked.length && closing.test(masked[end] ?? '')) end++;
    let next = end;
    while (next < masked.length && /\s/u.test(masked[next] ?? '')) next++;
    if (next < masked.length) {
      const following = masked[next] ?? '';
      if (next === end || /\p{Ll}/u.test(following) || following === '.' || following === '…') continue;
    }
    if (masked[index] === '.' && abbreviationEnd.test(masked.slice(Math.max(0, index - 12), index + 1)) && next < masked.length) continue;
    ranges.push([start, end]);
    start = next;
    index = next - 1;
  }
  if (masked.slice(start).trim() !== '') ranges.push([start, masked.length]);
  return ranges;
}
