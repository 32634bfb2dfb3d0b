/**
 * A Markdown tree to safe HTML, with unified: `remark-rehype` +
 * `rehype-sanitize` + `rehype-stringify`. Raw HTML in Markdown is never
 * passed through, and the sanitizer drops `javascript:` URLs, event-handler
 * attributes and anything else outside GitHub's safe subset. Images marked
 * by `process/images.ts` become slots (comments, which Markdown cannot
 * write) that linking fills with responsive pictures; a slot alone in its
 * paragraph takes the paragraph's place, so that a figure never sits in a `<p>`.
 *
 * Two things are added to that subset, both written by processing and never
 * by an article: paragraph anchors (`id="p3"`) and the class of the link to
 * a quote's speaker. Ids (and `aria-describedby`) are not prefixed by the
 * sanitizer: Markdown cannot write them, and the footnote ids `remark-rehype`
 * writes already carry its `user-content-` prefix (prefixing them again
 * broke footnote links).
 */

import type {ElementContent, Root as HastRoot, RootContent} from 'hast';
import type {Root} from 'mdast';
import rehypeSanitize, {defaultSchema, type Options as SanitizeSchema} from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import {unified} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {imageSlot, imageSlotAttribute} from './images.ts';
import {speakerClass} from './quotes/page-marks.ts';

/** The image number a marked `<img>` carries, or `undefined`. */
function slotOf(node: RootContent | ElementContent | undefined): number | undefined {
  if (node?.type !== 'element' || node.tagName !== 'img') return undefined;
  const value = node.properties[imageSlotAttribute];
  return typeof value === 'number' ? value : undefined;
}

/** Replace marked images by their slots: a paragraph holding only one becomes the slot itself. */
function imageSlots() {
  return (tree: HastRoot): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (parent === undefined || index === undefined) return undefined;
      const meaningful = node.tagName === 'p' ? node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '')) : [];
      const slot = slotOf(node) ?? (meaningful.length === 1 ? slotOf(meaningful[0]) : undefined);
      if (slot === undefined) return undefined;
      parent.children[index] = {type: 'comment', value: imageSlot(slot)};
      return [SKIP, index + 1];
    });
  };
}

/**
 * The sanitizer's schema: GitHub's, with the image slots (comments come from
 * nowhere else: Markdown cannot write raw HTML here), ids as processing
 * writes them, and the class of a quote's speaker link.
 */
const schema: SanitizeSchema = {
  ...defaultSchema,
  allowComments: true,
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'id' && name !== 'ariaDescribedBy'),
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.['a'] ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), ['className', 'data-footnote-backref', speakerClass]],
  },
};

const htmlPipeline = unified().use(remarkRehype).use(imageSlots).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** Render an mdast tree to sanitized HTML. */
export function renderHtml(tree: Root): string {
  return htmlPipeline.stringify(htmlPipeline.runSync(tree));
}
