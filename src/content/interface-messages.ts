/**
 * The interface for the site's language: the program's catalogue for it
 * (`src/i18n/catalogues/`), and the site's own messages in
 * `content/messages/<language>.yaml`, which change wording (any message) or
 * bring a language the program has no catalogue for (then every message).
 * Each message is checked as the catalogues are: a known key, the same
 * placeholders as in English, a text for each plural category of the
 * language. A message missing from a catalogue is an error naming its key.
 */

import type {VFile} from 'vfile';
import {catalogueFor, catalogues, checkMessage, checkMessages, englishInterface, englishText, intlLocaleFor, isMessageKey, isPluralMessage, type Message, referenceCatalogue} from '../i18n/catalogue.ts';
import {directionOf} from '../model/language.ts';
import type {InterfaceLocale, LanguageTag} from '../model/types.ts';
import {didYouMean} from './did-you-mean.ts';
import type {ContentFile} from './files.ts';
import {readYamlFile} from './front-matter.ts';
import {describe} from './fields.ts';
import {fail, type Place, warn} from './messages.ts';

/** The site's messages file for `language`: `messages/fa-AF.yaml`, else `messages/fa.yaml`. */
function ownMessagesFile(language: LanguageTag, files: readonly ContentFile[]): ContentFile | undefined {
  const primary = language.split('-')[0] ?? language;
  return files.find((file) => file.name === language) ?? files.find((file) => file.name === primary);
}

/** Read and check the messages of `file` for `locale`; wrong ones are reported and left out. */
function readOwnMessages(file: VFile, locale: string): Record<string, Message> {
  const messages: Record<string, Message> = {};
  const keys = Object.keys(referenceCatalogue.messages);
  for (const field of readYamlFile(file).values()) {
    const key = field.key;
    if (!isMessageKey(key)) {
      fail(file, `\`${key}\` is not a message of the interface${didYouMean(key, keys)}. The keys are those of \`src/i18n/catalogues/en.ts\`.`, field.keyPlace, 'invalid-message');
      continue;
    }
    const value = field.value;
    const message: Message | undefined = (typeof value === 'string' && value.trim() !== '') || isPluralMessage(value) ? value : undefined;
    if (message === undefined) {
      fail(file, `\`${key}\` must be a text, or for a counted message a text per plural category (\`one:\`, \`other:\`, …, \`other\` always), but it is ${describe(value)}. In English: “${englishText(key)}”.`, field.place, 'invalid-message');
      continue;
    }
    const problems = checkMessage(key, message, locale);
    for (const problem of problems) fail(file, `${problem}. In English: “${englishText(key)}”.`, field.place, 'invalid-message');
    if (problems.length === 0) messages[key] = message;
  }
  return messages;
}

/**
 * The interface for a site in `language`, read from `site.yaml` (`file`,
 * where `language` is written at `place`) and the site's messages files:
 * the program's catalogue with the site's own messages over it, or the
 * site's own catalogue, which must then be complete, or English with a
 * warning when there is neither.
 */
export function readInterface(file: VFile, language: LanguageTag, place: Place | undefined, messageFiles: readonly ContentFile[]): InterfaceLocale {
  const shipped = catalogueFor(language);
  const own = ownMessagesFile(language, messageFiles);
  if (shipped === undefined && own === undefined) {
    const list = catalogues.map((catalogue) => [catalogue.id, ...catalogue.alsoFor].map((id) => `\`${id}\``).join(' or ')).join(', ');
    warn(file, `The interface has no catalogue for \`language\` \`${language}\`, so its menus, headings and labels will be in English (articles are still marked \`${language}\`). The program has catalogues for ${list}; for another language, translate every message of \`src/i18n/catalogues/en.ts\` into \`messages/${language}.yaml\` in the content folder.`, place, 'no-interface-catalogue');
    return englishInterface;
  }
  const intl = shipped === undefined ? (Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? englishInterface.intl) : intlLocaleFor(language, shipped);
  if (shipped !== undefined) {
    for (const problem of checkMessages(shipped.messages, intl)) {
      fail(file, `The interface catalogue \`src/i18n/catalogues/${shipped.id}.ts\` for \`language\` \`${language}\` is incomplete: ${problem.reason}. Add it to the catalogue.`, place, 'missing-message');
    }
  }
  const messages = own === undefined ? {} : readOwnMessages(own.file, intl);
  if (shipped === undefined && own !== undefined) {
    for (const key of Object.keys(referenceCatalogue.messages)) {
      if (isMessageKey(key) && messages[key] === undefined && !own.file.messages.some((message) => message.reason.startsWith(`\`${key}\``))) {
        fail(own.file, `\`messages/${own.name}.yaml\` has no message \`${key}\` (in English: “${englishText(key)}”): with no catalogue in the program for \`${language}\`, the site's own must have every message. Add \`${key}: …\`.`, {line: 1, column: 1}, 'missing-message');
      }
    }
  }
  return {
    catalogue: shipped?.id ?? referenceCatalogue.id,
    language,
    dir: shipped?.dir ?? directionOf(language),
    intl,
    ...(Object.keys(messages).length === 0 ? {} : {messages}),
  };
}
