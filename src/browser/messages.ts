/**
 * The search page's strings, read from the page: the template renders them
 * as JSON in `<script type="application/json" id="search-messages">` (from
 * `src/search/messages.ts`), so the script itself holds no wording.
 */

import type {SearchMessageKey} from '../search/messages.ts';
import {isRecord} from '../util/is-record.ts';

/** Values put into a message's `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** The page's messages, in the page's language. */
export interface Messages {
  /** The message `key` with `values` put in; a counted message takes the plural form of `values.count`. */
  text(key: SearchMessageKey, values?: MessageValues): string;
}

const fill = (template: string, values: MessageValues, format: (value: number) => string): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? format(value) : value;
  });

/** The messages of `json` (the parsed content of `#search-messages`), for `locale`. A missing message shows as its key. */
export function messagesFrom(json: unknown, locale: string): Messages {
  const table = isRecord(json) ? json : {};
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return {
    text(key, values = {}) {
      const message = table[key];
      if (typeof message === 'string') return fill(message, values, (value) => numbers.format(value));
      if (isRecord(message)) {
        const count = typeof values['count'] === 'number' ? values['count'] : 0;
        const form = message[plurals.select(count)] ?? message['other'];
        if (typeof form === 'string') return fill(form, values, (value) => numbers.format(value));
      }
      return key;
    },
  };
}

/** The messages the page carries, for its language. */
export function readMessages(page: Document): Messages {
  const text = page.getElementById('search-messages')?.textContent ?? '{}';
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = {};
  }
  return messagesFrom(json, page.documentElement.lang || 'en');
}
