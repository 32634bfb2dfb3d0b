/**
 * Markdown in, a syntax tree out: `remark-parse` + GFM (autolink literals,
 * footnotes, strikethrough, tables, task lists), with every node's position
 * kept so that problems found later can name their line. Turning the tree
 * into HTML is processing (`process/html.ts`).
 *
 * Each GFM construct can only start at certain characters, and most articles
 * contain none of them: a text without `|` and without a delimiter row such as
 * `:--` has no table, one without `@`, `www.` or `http://` no autolink
 * literal. Trying a construct costs time at every line or word all the same
 * (GFM made parsing about four times slower here), so each text is parsed
 * with only the extensions whose characters it contains. The tree is the
 * same as with all of them; `tests/markdown.test.ts` checks that.
 */

import type {Root} from 'mdast';
import type {Extension as FromMarkdownExtension} from 'mdast-util-from-markdown';
import {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal';
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote';
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal';
import {gfmFootnote} from 'micromark-extension-gfm-footnote';
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import type {Extension as SyntaxExtension} from 'micromark-util-types';
import remarkParse from 'remark-parse';
import {type Processor, unified} from 'unified';

/** One GFM construct: when a text may contain it, and the extensions that parse it. */
interface Construct {
  readonly mayOccur: RegExp;
  readonly syntax: () => SyntaxExtension;
  readonly tree: () => FromMarkdownExtension;
}

/**
 * The GFM constructs, in the order `remark-gfm` adds them. Each test is
 * necessary for the construct, never sufficient: a false alarm only costs
 * time.
 */
const constructs: readonly Construct[] = [
  // `www.`, `http://`, `https://` (any case) or an e-mail address's `@`.
  {mayOccur: /@|www\.|https?:\/\//i, syntax: gfmAutolinkLiteral, tree: gfmAutolinkLiteralFromMarkdown},
  // A footnote call or definition: `[^`.
  {mayOccur: /\[\^/, syntax: gfmFootnote, tree: gfmFootnoteFromMarkdown},
  {mayOccur: /~/, syntax: gfmStrikethrough, tree: gfmStrikethroughFromMarkdown},
  // A pipe, or a delimiter row without pipes, which needs a `:` (`:--`, `--:`).
  {mayOccur: /\||^[ \t]*[-:][-: \t]*:[-: \t]*$|^[ \t]*:[-: \t]*$/m, syntax: gfmTable, tree: gfmTableFromMarkdown},
  // `[ ]`, `[x]` or `[X]`.
  {mayOccur: /\[[ \txX]\]/, syntax: gfmTaskListItem, tree: gfmTaskListItemFromMarkdown},
];

/** A parser for each set of constructs (a bit mask), made on first use. */
const parsers = new Map<number, Processor<Root>>();

/** `remark-parse` with the extensions of the constructs in `mask`, added as `remark-gfm` adds them. */
function parserFor(mask: number): Processor<Root> {
  let parser = parsers.get(mask);
  if (parser === undefined) {
    const used = constructs.filter((_construct, index) => (mask & (1 << index)) !== 0);
    parser = unified()
      .use(remarkParse)
      .use(function gfmConstructs() {
        const data = this.data();
        data.micromarkExtensions = [...(data.micromarkExtensions ?? []), ...used.map((construct) => construct.syntax())];
        data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), ...used.map((construct) => construct.tree())];
      })
      .freeze();
    parsers.set(mask, parser);
  }
  return parser;
}

/** Every GFM construct, whatever the text: for tests that compare. */
export const allConstructs = (1 << constructs.length) - 1;

/**
 * Parse Markdown into an mdast tree. Pass the body with its front-matter
 * lines blanked out (see `splitFile`), so positions are positions in the file.
 * `mask` forces a set of GFM constructs (tests pass `allConstructs`).
 */
export function parseMarkdown(text: string, mask?: number): Root {
  let chosen = mask ?? 0;
  if (mask === undefined) constructs.forEach((construct, index) => {
    if (construct.mayOccur.test(text)) chosen |= 1 << index;
  });
  return parserFor(chosen).parse(text);
}
