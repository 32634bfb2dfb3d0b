/**
 * The interface's message catalogues: one per language, each a flat object
 * of keys to messages, in `catalogues/`. English (`catalogues/en.ts`) is the
 * reference: its keys are the `MessageKey` type, and every other catalogue
 * must have the same keys, the same `{placeholders}` in each message, and
 * for a counted message every plural category its language has.
 *
 * Adding a message: add the key to `catalogues/en.ts` (its doc comment says
 * how), then to each other catalogue. Adding a language: a file in
 * `catalogues/` typed `Catalogue`, listed in `catalogues` below with the
 * language tags it serves.
 */

import {defaultLanguage} from '../model/language.ts';
import type {InterfaceLocale, LanguageTag, TextDirection} from '../model/types.ts';
import {en} from './catalogues/en.ts';
import {fa} from './catalogues/fa.ts';
import {ps} from './catalogues/ps.ts';
import {ru} from './catalogues/ru.ts';
import {ur} from './catalogues/ur.ts';

/** The key of an interface message: a key of the English catalogue. */
export type MessageKey = keyof typeof en;

/** A counted message: one text per `Intl.PluralRules` category of the language. */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {readonly other: string};

/** A message: a text with `{placeholders}`, or a counted message. */
export type Message = string | PluralMessage;

/** Every message of one language. */
export type Messages = Readonly<Record<MessageKey, Message>>;

/** One language's catalogue. */
export interface Catalogue {
  /** The catalogue's id, the primary language subtag it is for: `fa`. */
  readonly id: string;
  /** Its name in its own language, for error messages and docs. */
  readonly name: string;
  readonly dir: TextDirection;
  /** Other primary subtags it serves (`prs`, Dari, for `fa`). */
  readonly alsoFor: readonly string[];
  /**
   * The locale `Intl` formats with for a bare language tag, where that is not
   * the tag itself: `en` → `en-GB`, `prs` → `fa-AF`. A tag with a region
   * (`en-US`, `fa-AF`) is used as it is.
   */
  readonly intlLocales: Readonly<Record<string, string>>;
  readonly messages: Messages;
}

/** Every catalogue the program ships, English first. */
export const catalogues: readonly Catalogue[] = [
  {id: 'en', name: 'English', dir: 'ltr', alsoFor: [], intlLocales: {en: 'en-GB'}, messages: en},
  {id: 'fa', name: 'دری / فارسی', dir: 'rtl', alsoFor: ['prs'], intlLocales: {prs: 'fa-AF'}, messages: fa},
  {id: 'ps', name: 'پښتو', dir: 'rtl', alsoFor: [], intlLocales: {}, messages: ps},
  {id: 'ur', name: 'اردو', dir: 'rtl', alsoFor: [], intlLocales: {}, messages: ur},
  {id: 'ru', name: 'Русский', dir: 'ltr', alsoFor: [], intlLocales: {}, messages: ru},
];

/** The English catalogue, the reference and the fallback. */
export const referenceCatalogue: Catalogue = catalogues[0] ?? {id: 'en', name: 'English', dir: 'ltr', alsoFor: [], intlLocales: {en: 'en-GB'}, messages: en};

/** The catalogue for a language tag (`ps`, `fa-AF`, `prs`), by its primary subtag; `undefined` when none is shipped. */
export function catalogueFor(tag: string): Catalogue | undefined {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return catalogues.find((catalogue) => catalogue.id === primary || catalogue.alsoFor.includes(primary));
}

/** The `Intl` locale for `tag`, whose catalogue is `catalogue`: the catalogue's choice for a bare tag, else the closest locale `Intl` has. */
export function intlLocaleFor(tag: string, catalogue: Catalogue): string {
  return catalogue.intlLocales[tag] ?? Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? catalogue.id;
}

/** The interface for a site in the language `tag`: its catalogue's, or `undefined` when no catalogue serves it. */
export function interfaceLocaleFor(tag: LanguageTag): InterfaceLocale | undefined {
  const catalogue = catalogueFor(tag);
  return catalogue === undefined ? undefined : {catalogue: catalogue.id, language: tag, dir: catalogue.dir, intl: intlLocaleFor(tag, catalogue)};
}

/** The English interface, for a site whose language has no catalogue. */
export const englishInterface: InterfaceLocale = {catalogue: 'en', language: defaultLanguage, dir: 'ltr', intl: 'en-GB'};

/** The `{placeholders}` of a text, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** The texts of a message: itself, or each plural form. */
function textsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((text) => typeof text === 'string');
}

/** One thing wrong with a catalogue. */
export interface CatalogueProblem {
  readonly key: string;
  readonly reason: string;
}

/** `{a}, {b}` for messages, or `none`. */
const placeholderList = (names: readonly string[]): string => (names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', '));

/** The English text of the message `key`, for messages that name it. */
export function englishText(key: MessageKey): string {
  return textsOf(referenceCatalogue.messages[key]).join(' / ');
}

/** Whether `value` is a counted message: an object of texts with at least `other`. */
export function isPluralMessage(value: unknown): value is PluralMessage {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'other' in value && Object.values(value).every((text) => typeof text === 'string');
}

/** Whether `key` names an interface message. */
export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(referenceCatalogue.messages, key);
}

/**
 * What is wrong with `message` as the message `key` for `locale`, measured
 * against English: a counted message that lacks a plural category of the
 * language, one text where English counts (or the other way round), or
 * placeholders that differ. Empty when it is right.
 */
export function checkMessage(key: MessageKey, message: Message, locale: string): string[] {
  const english: Message = referenceCatalogue.messages[key];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  if (typeof english !== typeof message) {
    return [
      typeof english === 'string'
        ? `\`${key}\` must be one text, as in English, not plural forms`
        : `\`${key}\` is counted: it must give a text for each plural category of the language (${categories.map((category) => `\`${category}\``).join(', ')}), not one text`,
    ];
  }
  const problems: string[] = [];
  if (typeof message !== 'string') {
    const missing = categories.filter((category) => typeof message[category] !== 'string');
    if (missing.length > 0) problems.push(`\`${key}\` has no text for the plural categor${missing.length === 1 ? 'y' : 'ies'} ${missing.map((category) => `\`${category}\``).join(', ')}`);
  }
  const expected = placeholdersOf(textsOf(english).join(' '));
  for (const text of textsOf(message)) {
    const found = placeholdersOf(text);
    // A plural form may leave out `{count}` (“one article” may be written without the digit) but nothing else.
    const comparable = typeof message === 'string' ? found : [...new Set([...found, 'count'])].sort();
    if (comparable.join(', ') !== expected.join(', ')) {
      problems.push(`\`${key}\` has the placeholders ${placeholderList(found)} in “${text}”, but it must have exactly ${placeholderList(expected)}`);
    }
  }
  return problems;
}

/**
 * What is wrong with `messages` as the whole catalogue of `locale`: missing
 * and unknown keys, and each message as `checkMessage` sees it.
 */
export function checkMessages(messages: Readonly<Record<string, Message | undefined>>, locale: string): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const key of Object.keys(referenceCatalogue.messages)) {
    if (!isMessageKey(key)) continue;
    const message = messages[key];
    if (message === undefined) problems.push({key, reason: `there is no message \`${key}\` (in English: “${englishText(key)}”)`});
    else problems.push(...checkMessage(key, message, locale).map((reason) => ({key, reason})));
  }
  for (const key of Object.keys(messages)) {
    if (!isMessageKey(key)) problems.push({key, reason: `\`${key}\` is not a message of the interface (is it misspelt?)`});
  }
  return problems;
}
