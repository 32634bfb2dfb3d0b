/**
 * How a message is written as plain text, on both sides: the build
 * (`translator.ts`) and the search page's script (`src/browser/messages.ts`,
 * bundled from this same module), so that the two cannot drift apart.
 * Names, titles and queries of the other writing direction are isolated, so
 * that they cannot pull the punctuation of the sentence around them out of
 * place; numbers are written as the language writes them. No dependency on
 * Node or the DOM.
 */

/** The letters of scripts written right to left. */
const rtlLetter = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
/** The letters of scripts written left to right. */
const ltrLetter = /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}])\p{L}/u;

/** Whether `text` has letters that run against `dir`, so that it needs isolating in text of that direction. */
export function runsAgainst(text: string, dir: 'ltr' | 'rtl'): boolean {
  return (dir === 'ltr' ? rtlLetter : ltrLetter).test(text);
}

/** `text` between a first-strong isolate and a pop directional isolate (U+2068 … U+2069) when it runs against `dir`; as it is otherwise. */
export const isolatedIn = (text: string, dir: 'ltr' | 'rtl'): string => (runsAgainst(text, dir) ? `\u2068${text}\u2069` : text);

/**
 * Numbers as readers of `locale` write them (`۱۲٬۳۴۵`, `12 345`); four
 * digits get no separator, so years read as years. `numberingSystem` names
 * the digits where the `Intl` at hand may not know the language (Chromium
 * has no Pashto data, and would write Latin digits): see `numberingSystemOf`.
 */
export const numberFormat = (locale: string, numberingSystem?: string): Intl.NumberFormat =>
  new Intl.NumberFormat(locale, {useGrouping: 'min2', ...(numberingSystem === undefined ? {} : {numberingSystem})});

/** The digits `Intl` writes numbers of `locale` in here (`arabext`, `latn`), for a browser that lacks the language's data. */
export const numberingSystemOf = (locale: string): string => numberFormat(locale).resolvedOptions().numberingSystem;
