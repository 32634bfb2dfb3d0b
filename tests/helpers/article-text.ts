/**
 * Reading an imported article back as a reader sees it: the body's blocks
 * as plain text (Markdown parsed, escapes resolved), and the sentences of a
 * text, for checking that no sentence of an article is lost.
 */

import {toString} from 'mdast-util-to-string';
import {parseMarkdown} from '../../src/content/markdown.ts';

/** The body of an article file: everything after the closing `---` of the front matter. */
export function bodyOf(file: string): string {
  const match = /^---\n[\s\S]*?\n---\n/u.exec(file);
  return match === null ? file : file.slice(match[0].length);
}

/** The body's blocks (paragraphs, headings) as rendered plain text. */
export function renderedBlocks(file: string): string[] {
  return parseMarkdown(bodyOf(file)).children.map((node) => toString(node));
}

/** The sentences of a text, one paragraph per line: split after `.`, `!`, `?` (and closing quotes) before a capital or digit. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .flatMap((line) => line.split(/(?<=[.!?…]["”’)\]]*)\s+(?=["“‘(\[]?[\p{Lu}\p{N}])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}
