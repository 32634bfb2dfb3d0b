/**
 * The one normalisation of search text, for every script the archive holds:
 * applied by the build to the text given to Pagefind, and by the search page
 * to every query before it is searched, and to the names of the name table
 * on both sides. The build and the browser import this same module (the
 * browser's script is bundled from it), so the two cannot drift apart.
 *
 * Pagefind itself lower-cases and removes combining marks (accents,
 * Arabic harakat), but it treats the many ways of writing one Arabic-script
 * letter as different letters, keeps tatweel, and keeps Arabic-Indic and
 * Persian digits apart from ASCII ones. There is no hook to change that
 * (Pagefind's issues #538 and #1210), hence this table.
 *
 * No dependency on Node or the DOM: this module runs in both.
 */

/**
 * Characters replaced before indexing and searching: every key is replaced
 * by its value ('' removes it). Each replacement keeps a word a word: none
 * adds or removes whitespace, so word positions stay as they were.
 */
export const foldedCharacters: Readonly<Record<string, string>> = {
  // Yeh: Arabic yeh, alef maksura and yeh with hamza are written for Persian yeh.
  '\u064A': '\u06CC', // ي
  '\u0649': '\u06CC', // ى
  '\u0626': '\u06CC', // ئ
  // Kaf: Arabic kaf for Persian keheh.
  '\u0643': '\u06A9', // ك
  // Heh: ae, heh goal, teh marbuta and heh with yeh above for heh.
  '\u06D5': '\u0647', // ە
  '\u06C1': '\u0647', // ہ
  '\u0629': '\u0647', // ة
  '\u06C0': '\u0647', // ۀ
  // Alef: with hamza above or below, with madda, wasla.
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  // Waw with hamza.
  '\u0624': '\u0648', // ؤ
  // Tatweel (kashida), which only stretches a word, and the zero-width non-joiner.
  '\u0640': '',
  '\u200C': '',
  // Cyrillic yo.
  '\u0451': '\u0435', // ё
  '\u0401': '\u0415', // Ё
  // Arabic-Indic (٠–٩) and Persian (۰–۹) digits.
  ...Object.fromEntries(Array.from({length: 10}, (_, digit) => [String.fromCharCode(0x0660 + digit), String(digit)])),
  ...Object.fromEntries(Array.from({length: 10}, (_, digit) => [String.fromCharCode(0x06f0 + digit), String(digit)])),
};

const foldable = new RegExp(`[${Object.keys(foldedCharacters).join('')}]`, 'gu');

/** `text` with `foldedCharacters` replaced: what Pagefind indexes, and what a query is searched as. */
export function normaliseText(text: string): string {
  return text.replace(foldable, (char) => foldedCharacters[char] ?? char);
}

/** A possessive ending of a word: `'s`, `’s`, or a bare apostrophe (`Talibans'`). */
const possessive = /['’](?:s)?(?=\s|$)/giu;

/**
 * The key a name is matched by: normalised as above, lower-cased, without
 * combining marks (accents, harakat) or possessive endings, with every run of
 * other characters than letters and digits (hyphens, dots, apostrophes) as
 * one space. `Taliban's`, `taliban` and `TALIBAN` share the key `taliban`;
 * `Tehrik-i-Taliban` is `tehrik i taliban`.
 */
export function nameKey(text: string): string {
  return normaliseText(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(possessive, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
