/**
 * The article's HTML as Markdown blocks, through unified: `rehype-parse`
 * reads the HTML, `rehype-remark` turns it into a Markdown tree, and
 * `remark-stringify` (with GFM, for tables) writes each top-level block.
 * Images, embeds and figure captions are dropped (the archive does not
 * hot-link other sites' media; a caption is the image's, and scored as not
 * the article's text by the benchmark: F1 0.961 with captions, 0.965 without;
 * each dropped caption is listed in the report); links keep only absolute `http(s)` targets; a page's `<h1>` inside
 * the article becomes a `##`, as the article's title is the page's heading.
 */

import type {ElementContent, RootContent as HastRootContent} from 'hast';
import type {Nodes, Root, RootContent} from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {isAbsoluteUrl} from '../../model/ids.ts';
import type {BodyBlock} from '../types.ts';

const toMarkdownTree = unified().use(rehypeParse, {fragment: true}).use(rehypeRemark).freeze();
const stringifier = unified()
  .use(remarkGfm)
  .use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one'})
  .freeze();

/** Block containers whose children are read one per line. */
const containers = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow']);

/** A node's text as a reader sees it: blocks inside lists, quotes and tables on lines of their own, cells apart. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return '';
  if (!('children' in node)) return '';
  const children: readonly Nodes[] = node.children;
  const separator = node.type === 'tableRow' ? ' ' : containers.has(node.type) ? '\n' : '';
  return children.map(plainText).join(separator);
}

/** Elements whose content is media or a widget, not text the archive keeps. */
const media = new Set(['img', 'picture', 'source', 'video', 'audio', 'iframe', 'embed', 'object', 'svg', 'canvas', 'map', 'noscript', 'script', 'style', 'template', 'button', 'input', 'select', 'textarea', 'form']);

/** An `href` resolved against `base`, when it makes an absolute http(s) address. */
function resolvedHref(href: unknown, base: string | undefined): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href, base).href;
    return isAbsoluteUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A hast node's text. */
function hastText(node: HastRootContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(hastText).join('') : '';
}

/**
 * `children` without media, comments and doctypes; links without a usable
 * target replaced by their content. A figure's caption goes with its image,
 * its text into `captions` for the report.
 */
function cleanChildren(children: readonly HastRootContent[], base: string | undefined, captions: string[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment' || child.type === 'doctype') continue;
    if (child.type === 'element') {
      if (media.has(child.tagName)) continue;
      if (child.tagName === 'figcaption') {
        const caption = hastText(child).replace(/\s+/gu, ' ').trim();
        if (caption !== '') captions.push(caption);
        continue;
      }
      child.children = cleanChildren(child.children, base, captions);
      if (child.tagName === 'a') {
        const href = resolvedHref(child.properties['href'], base);
        if (href === undefined) {
          out.push(...child.children);
          continue;
        }
        child.properties = {href};
      }
    }
    out.push(child);
  }
  return out;
}

/** The kind of block a node is. */
function kindOf(node: RootContent): BodyBlock['kind'] {
  switch (node.type) {
    case 'heading':
      return 'heading';
    case 'list':
      return 'list';
    case 'blockquote':
      return 'quote';
    case 'table':
      return 'table';
    case 'code':
      return 'code';
    default:
      return 'paragraph';
  }
}

/** An article's blocks, and the captions of the figures dropped with their images. */
export interface ArticleBlocks {
  readonly blocks: readonly BodyBlock[];
  readonly captions: readonly string[];
}

/**
 * The blocks of an article's HTML. `base` resolves relative links (the
 * page's address); each block's `line` is its place among the blocks, from 1.
 */
export function htmlToBlocks(html: string, base?: string): ArticleBlocks {
  const hast = toMarkdownTree.parse(html);
  const captions: string[] = [];
  hast.children = cleanChildren(hast.children, base, captions);
  const tree: Root = toMarkdownTree.runSync(hast);
  const blocks: BodyBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'thematicBreak' || node.type === 'definition' || node.type === 'html') continue;
    const text = plainText(node).replace(/[ \t\u00a0]+/gu, ' ').replace(/ *\n */gu, '\n').trim();
    if (text === '') continue;
    if (node.type === 'heading' && node.depth < 2) node.depth = 2;
    const markdown = String(stringifier.stringify({type: 'root', children: [node]})).trim();
    blocks.push({kind: kindOf(node), text, line: blocks.length + 1, markdown});
  }
  return {blocks, captions};
}
