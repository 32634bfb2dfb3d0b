/**
 * The interface in one language: messages from its catalogue with their
 * placeholders filled, counts in the right plural form, and numbers, dates
 * and language names formatted by `Intl` for that language.
 *
 * Filled in as plain text (`text`), a name of the other writing direction
 * is wrapped in Unicode isolates (U+2068 … U+2069, `text.ts`) so that it
 * cannot pull the punctuation around it out of place; filled in as HTML
 * (`html`), every name is escaped and wrapped in `<bdi>`.
 */

import type {InterfaceLocale, PartialDate} from '../model/types.ts';
import {escapeHtml} from '../util/escape-html.ts';
import {isolatedIn, numberFormat} from './text.ts';
import {catalogueFor, type Message, type MessageKey, referenceCatalogue} from './catalogue.ts';

/** An HTML fragment that is already safe, put into a message as it is (a nested message, a link). */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** A value for a placeholder: a name or other text of the content, a number, or markup. */
export type MessageParam = string | number | Markup;

/** The values for a message's placeholders. `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A site's interface language. */
export interface Translator {
  readonly locale: InterfaceLocale;
  /** The message `key` as plain text. */
  text(key: MessageKey, params?: MessageParams): string;
  /** The message `key` as HTML: the message escaped, names in `<bdi>`, markup as it is. */
  html(key: MessageKey, params?: MessageParams): string;
  /** A number as readers of the language write it (`۱۲٬۳۴۵`, `12 345`); four digits get no separator, so years read as years. */
  number(value: number): string;
  /** A partial date: `15 August 2021`, `August 2021`, `2021`, in the language's words and digits. */
  date(date: PartialDate): string;
  /** `A`, `A and B`, `A, B and C`, in the interface's language. */
  list(items: readonly string[]): string;
  /** The short name of a month (1–12), as a chart's axis shows it: `Jan`, `ژانویه`. */
  shortMonth(month: number): string;
  /** The name of a language in the interface's language (`Pashto`, `پښتو`), or the tag when `Intl` has none. */
  languageName(tag: string): string;
  /** The messages whose keys start with `prefix`, unfilled, for the browser. */
  messages(prefix: string): Readonly<Record<string, Message>>;
}

/** Thrown for a message that does not exist or a placeholder left without a value: a fault in the program or a template. */
export class MessageError extends Error {
  override readonly name = 'MessageError';
}

const translators = new Map<string, Translator>();

/** The translator for an interface locale; one per locale and process. */
export function translatorFor(locale: InterfaceLocale): Translator {
  const id = `${locale.catalogue}\0${locale.intl}\0${JSON.stringify(locale.messages ?? {})}`;
  let translator = translators.get(id);
  if (translator === undefined) {
    translator = makeTranslator(locale);
    translators.set(id, translator);
  }
  return translator;
}

function makeTranslator(locale: InterfaceLocale): Translator {
  const catalogue = catalogueFor(locale.catalogue) ?? referenceCatalogue;
  // The site's own messages win over the catalogue's; both were checked when `site.yaml` was read.
  const messages: Readonly<Record<string, Message | undefined>> = {...catalogue.messages, ...locale.messages};
  const plurals = new Intl.PluralRules(locale.intl);
  const numbers = numberFormat(locale.intl);
  const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
    new Intl.DateTimeFormat(locale.intl, {...options, calendar: 'gregory', timeZone: 'UTC'});
  const dates = {
    day: dateFormat({day: 'numeric', month: 'long', year: 'numeric'}),
    month: dateFormat({month: 'long', year: 'numeric'}),
    year: dateFormat({year: 'numeric'}),
  };
  const shortMonths = dateFormat({month: 'short'});
  const lists = new Intl.ListFormat(locale.intl, {type: 'conjunction'});
  const languages = new Intl.DisplayNames(locale.intl, {type: 'language', fallback: 'none'});

  /** The text of `key` for `params`: the plural form `params.count` picks. */
  const template = (key: MessageKey, params: MessageParams): string => {
    const message = messages[key];
    if (message === undefined) throw new MessageError(`There is no interface message \`${key}\` in the catalogue \`${catalogue.id}\`.`);
    if (typeof message === 'string') return message;
    const count = params['count'];
    if (typeof count !== 'number') throw new MessageError(`The interface message \`${key}\` is counted, but no number \`count\` was given.`);
    return message[plurals.select(count)] ?? message.other;
  };
  /** Each text split once into literal parts and placeholders (odd indexes). */
  const parts = new Map<string, readonly string[]>();
  const partsOf = (text: string): readonly string[] => {
    let split = parts.get(text);
    if (split === undefined) {
      split = text.split(/(\{[A-Za-z][A-Za-z0-9]*\})/);
      parts.set(text, split);
    }
    return split;
  };
  const fill = (key: MessageKey, params: MessageParams, value: (param: MessageParam) => string, literal: (text: string) => string): string =>
    partsOf(template(key, params))
      .map((part, index) => {
        if (index % 2 === 0) return literal(part);
        const param = params[part.slice(1, -1)];
        if (param === undefined) throw new MessageError(`The interface message \`${key}\` needs a value for \`${part}\`.`);
        return value(param);
      })
      .join('');

  const number = (value: number): string => numbers.format(value);
  return {
    locale,
    text: (key, params = {}) =>
      fill(key, params, (param) => (typeof param === 'number' ? number(param) : param instanceof Markup ? param.html : isolatedIn(param, locale.dir)), (text) => text),
    html: (key, params = {}) =>
      fill(key, params, (param) => (typeof param === 'number' ? number(param) : param instanceof Markup ? param.html : `<bdi>${escapeHtml(param)}</bdi>`), escapeHtml),
    number,
    date: (date) => {
      const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
      return dates[date.precision].format(instant);
    },
    list: (items) => lists.format(items),
    shortMonth: (month) => shortMonths.format(new Date(Date.UTC(2001, month - 1, 1))),
    languageName: (tag) => {
      try {
        return languages.of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    messages: (prefix) => Object.fromEntries(Object.entries(messages).flatMap(([key, message]) => (key.startsWith(prefix) && message !== undefined ? [[key, message]] : []))),
  };
}
