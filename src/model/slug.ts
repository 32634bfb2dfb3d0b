/**
 * Slugs made from text, for file names, ids and URLs.
 */
/** A slug made from any text: `Ahmad Shah Massoud` → `ahmad-shah-massoud`. */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
