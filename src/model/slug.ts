/**
 * Slugs made from text, for file names, ids and URLs: one algorithm for
 * every command (`npm run new`, the importer, the check's suggestions).
 */

/**
 * A slug made from any text: `Ahmad Shah Massoud` → `ahmad-shah-massoud`.
 * Accents are dropped, an apostrophe inside a word is dropped
 * (`Taliban's return` → `talibans-return`), and every other run of
 * characters outside a–z and 0–9 becomes one hyphen.
 */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The longest slug made from a title. */
export const maxTitleSlugLength = 60;

/** Words a shortened slug should not end with. */
const danglingWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * The slug of an article's title: `toSlug` of it, shortened at a word
 * boundary to at most `maxTitleSlugLength` characters, without a dangling
 * `in`, `of`, `the` … at the end.
 */
export function titleSlug(title: string): string {
  const slug = toSlug(title);
  if (slug.length <= maxTitleSlugLength) return slug;
  const words: string[] = [];
  for (const word of slug.split('-')) {
    if ([...words, word].join('-').length > maxTitleSlugLength) break;
    words.push(word);
  }
  while (words.length > 1 && danglingWords.has(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 ? slug.slice(0, maxTitleSlugLength).replace(/-+$/u, '') : words.join('-');
}
