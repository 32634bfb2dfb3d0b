/**
 * On a page opened from a search result (`?highlight=words`), mark the words
 * of the page's main text that start with a searched word, compared by
 * `nameKey`: `پاکستان` marks `پاكستان` too, `Taliban` marks `Taliban's`.
 */

import {nameKey} from '../search/normalise.ts';
import {element} from './dom.ts';

/** A word as the page writes it: letters, digits and marks, with the joiners and tatweel words may hold. */
const wordPattern = /[\p{L}\p{N}\p{M}\u200C\u0640]+/gu;

/** Mark the words of `?highlight=` in the page's main text, and scroll to the first. */
export function highlightTerms(page: Document): void {
  const terms = (new URLSearchParams(page.location.search).get('highlight') ?? '')
    .split(/\s+/)
    .map(nameKey)
    .flatMap((key) => key.split(' '))
    .filter((key) => key.length >= 2);
  const main = page.querySelector('main');
  if (terms.length === 0 || main === null) return;
  const matches = (word: string): boolean => {
    const key = nameKey(word);
    return key !== '' && terms.some((term) => key.startsWith(term));
  };
  const walker = page.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, mark, noscript') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) if (walker.currentNode instanceof Text) nodes.push(walker.currentNode);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const text = node.data;
    const found = [...text.matchAll(wordPattern)].filter((match) => matches(match[0]));
    if (found.length === 0) continue;
    const parts: Node[] = [];
    let last = 0;
    for (const match of found) {
      parts.push(page.createTextNode(text.slice(last, match.index)));
      const mark = element('mark', {class: 'search-term', text: match[0]});
      first ??= mark;
      parts.push(mark);
      last = match.index + match[0].length;
    }
    parts.push(page.createTextNode(text.slice(last)));
    node.replaceWith(...parts);
  }
  first?.scrollIntoView({block: 'center'});
}
