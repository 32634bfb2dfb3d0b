/**
 * The interface's messages as the templates call them: `t(key, params)`
 * gives HTML (names in `<bdi>`), `text(key, params)` plain text for
 * attributes and `<title>`, `n(number)` a number in the interface's digits.
 * A template that names a message the catalogue does not have fails the
 * render, naming the key.
 */

import nunjucks from 'nunjucks';
import {isMessageKey, type MessageKey} from '../i18n/catalogue.ts';
import {Markup, MessageError, type MessageParam, type MessageParams, type Translator} from '../i18n/translator.ts';
import {isRecord} from '../util/is-record.ts';

function messageKey(key: unknown): MessageKey {
  if (!isMessageKey(key)) throw new MessageError(`A template asks for the interface message \`${String(key)}\`, which no catalogue has: add it to \`src/i18n/catalogues/en.ts\` and the other catalogues, or correct the key.`);
  return key;
}

/** A template's values for placeholders: nested messages (`SafeString`s) become markup. */
function messageParams(key: MessageKey, values: unknown): MessageParams {
  if (values === undefined) return {};
  if (!isRecord(values)) throw new MessageError(`The values for the interface message \`${key}\` must be an object, such as \`{count: 3}\`.`);
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === '__keywords') continue;
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    else if (value instanceof nunjucks.runtime.SafeString) params[name] = new Markup(value.val);
    else throw new MessageError(`The value of \`{${name}}\` for the interface message \`${key}\` is ${value === undefined || value === null ? 'missing' : `a ${typeof value}`}: it must be text or a number.`);
  }
  return params;
}

/** The template functions for `translator`, to register as Nunjucks globals. */
export function templateMessages(translator: Translator): Readonly<Record<'t' | 'text' | 'n', (...args: unknown[]) => unknown>> {
  return {
    t: (key, values) => {
      const checked = messageKey(key);
      return new nunjucks.runtime.SafeString(translator.html(checked, messageParams(checked, values)));
    },
    text: (key, values) => {
      const checked = messageKey(key);
      return translator.text(checked, messageParams(checked, values));
    },
    n: (value) => {
      if (typeof value !== 'number') throw new MessageError(`\`n()\` formats numbers, but was given ${JSON.stringify(value)}.`);
      return translator.number(value);
    },
  };
}
