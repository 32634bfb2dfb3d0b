/**
 * Whether a line repeats the article's headline: scraped text and pages
 * often print it again above the article.
 */

import {editDistance} from '../../content/did-you-mean.ts';

/** Lower-case words only, for comparing titles. */
function titleKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `line` repeats `title`: equal but for case and punctuation, or a few letters off. */
export function repeatsTitle(line: string, title: string): boolean {
  const a = titleKey(line);
  const b = titleKey(title);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const longest = Math.max(a.length, b.length);
  if (editDistance(a, b) <= Math.max(2, Math.floor(longest / 10))) return true;
  const shorter = a.length < b.length ? a : b;
  const longer = a.length < b.length ? b : a;
  return longer.includes(shorter) && shorter.length / longer.length >= 0.8;
}
