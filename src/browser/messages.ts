/**
 * The search page's words, read from the page, in the site's language: the
 * template renders the catalogue's `search.*` messages (`src/i18n/`) as JSON
 * in `<script type="application/json" id="search-messages" data-locale>`, so
 * the script itself holds no wording. A message is a text with
 * `{placeholders}` or, when counted, an object of texts keyed by
 * `Intl.PluralRules` category.
 *
 * Filled in as the build fills plain text (`src/i18n/text.ts`): numbers in
 * the language's digits, `count` picking the plural form, and text of the
 * other writing direction (a query, a name) in Unicode isolates. No DOM
 * here: `main.ts` reads the page.
 */

import type {MessageKey} from '../i18n/catalogue.ts';
import {isolatedIn, numberFormat} from '../i18n/text.ts';
import {isRecord} from '../util/is-record.ts';

/** The key of a message the search page carries. */
export type SearchMessageKey = Extract<MessageKey, `search.${string}`>;

/** Values put into a message's `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The page's messages, in the page's language. */
export interface Messages {
  /** The message `key` with `values` put in; a counted message takes the plural form of `values.count`. A missing message shows as its key, so a gap is visible. */
  text(key: SearchMessageKey, values?: MessageValues): string;
  /** A number in the language's digits. */
  number(value: number): string;
}

/**
 * The messages of `json` (the parsed content of `#search-messages`), for
 * `locale`, in an interface written `dir`, numbers in the digits
 * `numberingSystem` names (the build's choice for the locale).
 */
export function messagesFrom(json: unknown, locale: string, dir: 'ltr' | 'rtl', numberingSystem?: string): Messages {
  const table = isRecord(json) ? json : {};
  const plurals = new Intl.PluralRules(locale);
  const numbers = numberFormat(locale, numberingSystem);
  const fill = (template: string, values: MessageValues): string =>
    template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : isolatedIn(value, dir);
    });
  return {
    text(key, values = {}) {
      const message = table[key];
      if (typeof message === 'string') return fill(message, values);
      if (isRecord(message)) {
        const count = typeof values['count'] === 'number' ? values['count'] : 0;
        const form = message[plurals.select(count)] ?? message['other'];
        if (typeof form === 'string') return fill(form, values);
      }
      return key;
    },
    number: (value) => numbers.format(value),
  };
}
