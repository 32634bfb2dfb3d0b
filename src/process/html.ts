/**
 * A Markdown tree to safe HTML, with unified: `remark-rehype` +
 * `rehype-sanitize` + `rehype-stringify`. Raw HTML in Markdown is never
 * passed through, and the sanitizer drops `javascript:` URLs, event-handler
 * attributes and anything else outside GitHub's safe subset.
 */

import type {Root} from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';

const htmlPipeline = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/** Render an mdast tree to sanitized HTML. */
export function renderHtml(tree: Root): string {
  return htmlPipeline.stringify(htmlPipeline.runSync(tree));
}
