/**
 * Plain text from Markdown trees: the text of a body, and the summary taken
 * from its first paragraph.
 */

import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';

/** How many words a summary taken from the first paragraph keeps. */
export const summaryWords = 40;

/** Plain text of a Markdown tree, one blank-line-separated block per block. */
export function plainText(tree: Root): string {
  return tree.children.map((node) => toString(node)).filter((text) => text.trim() !== '').join('\n\n');
}

/** The first paragraph with text (not only an image), cut to about `summaryWords` words. */
export function leadSummary(tree: Root): string {
  const paragraph = tree.children.find((node) => node.type === 'paragraph' && toString(node, {includeImageAlt: false}).trim() !== '');
  const text = (paragraph === undefined ? plainText(tree) : toString(paragraph)).replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  if (words.length <= summaryWords + 5) return text;
  return `${words.slice(0, summaryWords).join(' ').replace(/[,;:.!?]+$/, '')}…`;
}
