/**
 * Markdown in and HTML out, with unified: `remark-parse` + `remark-gfm` build
 * the syntax tree (positions kept), `remark-rehype` + `rehype-sanitize` +
 * `rehype-stringify` turn it into safe HTML. Raw HTML in Markdown is never
 * passed through, and the sanitizer drops `javascript:` URLs, event-handler
 * attributes and anything else outside GitHub's safe subset.
 */

import type {Root} from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
const htmlPipeline = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/**
 * Parse Markdown into an mdast tree. Pass the body with its front-matter
 * lines blanked out (see `splitFile`), so positions are positions in the file.
 */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Render an mdast tree to sanitized HTML. */
export function renderHtml(tree: Root): string {
  return htmlPipeline.stringify(htmlPipeline.runSync(tree));
}
