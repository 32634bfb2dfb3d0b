/**
 * Language tags and the writing direction that goes with them.
 */

import type {LanguageTag, TextDirection} from './types.ts';

/** Languages written right to left (primary subtags). */
const rtlLanguages = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'prs', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Scripts written right to left (script subtags). */
const rtlScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

/** The canonical form of a well-formed BCP 47 tag, or `undefined`. */
function canonicalForm(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value)[0];
  } catch {
    return undefined;
  }
}

/** Whether `value` is a BCP 47 language tag in its canonical form (`en-GB`, not `EN-gb`). */
export function isLanguageTag(value: string): value is LanguageTag {
  return canonicalForm(value) === value;
}

/** `value` as a canonical BCP 47 tag (`EN-gb` → `en-GB`), or `undefined` when it is not a well-formed tag. */
export function canonicalLanguageTag(value: string): LanguageTag | undefined {
  const tag = canonicalForm(value);
  return tag !== undefined && isLanguageTag(tag) ? tag : undefined;
}

/** The writing direction of a language: `rtl` for `ps`, `fa`, `prs`, `ur`, `ar`, …, or a tag with an RTL script. */
export function directionOf(tag: LanguageTag): TextDirection {
  const parts = tag.split('-');
  const script = parts.find((part, index) => index > 0 && part.length === 4 && /^[A-Z][a-z]{3}$/.test(part));
  if (script !== undefined) return rtlScripts.has(script) ? 'rtl' : 'ltr';
  return rtlLanguages.has(parts[0] ?? '') ? 'rtl' : 'ltr';
}

const english = 'en';
if (!isLanguageTag(english)) throw new Error('`en` is not a canonical language tag.');

/** The language of a site whose `site.yaml` names none. */
export const defaultLanguage: LanguageTag = english;
