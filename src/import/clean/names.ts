/**
 * Whether a credit names a person: the test every name learned from a page
 * (a byline, `meta[name=author]`, JSON-LD `author`) must pass before it
 * becomes an author in front matter.
 */

/** Particles names have between their capitalised words. */
const particles = new Set(['al', 'bin', 'bint', 'da', 'de', 'del', 'der', 'di', 'du', 'el', 'ibn', 'la', 'le', 'ud', 'ul', 'van', 'von', 'y']);

/**
 * A person's name as a byline writes it: one to five words, each starting
 * with a capital (or a letter of a script without case) or a particle
 * (`bin`, `de`, `van` …); no digits, `@`, addresses or brackets; and no
 * word glued to an outlet's name as scrapers make them (`GarberFOXBusiness`:
 * a small letter followed by two capitals, or two changes to a capital inside
 * a word, which `McDonald` and `DeSantis` do not have).
 */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > 5) return false;
  if (/[\d@/\\()[\]{}<>|:=#]/u.test(text) || /\p{L}{2}\.\p{L}/u.test(text) || /\bhttps?\b|\bwww\./iu.test(text)) return false;
  return words.every((word, index) => {
    if (index > 0 && particles.has(word.toLowerCase())) return true;
    if (!/^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(word)) return false;
    const inner = word.slice(1);
    return !/\p{Ll}\p{Lu}{2}/u.test(word) && (inner.match(/\p{Ll}\p{Lu}/gu) ?? []).length < 2;
  });
}
