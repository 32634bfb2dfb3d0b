/**
 * Markdown in, a syntax tree out: `remark-parse` + `remark-gfm`, with every
 * node's position kept so that problems found later can name their line.
 * Turning the tree into HTML is processing (`process/html.ts`).
 */

import type {Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parse Markdown into an mdast tree. Pass the body with its front-matter
 * lines blanked out (see `splitFile`), so positions are positions in the file.
 */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}
