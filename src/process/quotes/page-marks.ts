/**
 * What the article page shows of its quotations: an anchor on every
 * paragraph (`#p3`), so that a quote can be linked where it stands, and a
 * small link to the speaker's page after each attributed quotation. Both are
 * written into the Markdown tree before it becomes HTML.
 */

import type {Link, ListItem, Nodes, Paragraph, Parent, PhrasingContent, Root} from 'mdast';
import type {ActorId, Href, TextDirection} from '../../model/types.ts';
import type {MentionBlock} from '../mentions.ts';
import type {FoundQuote} from './attribute.ts';

/** The class of the speaker link after a quotation (allowed by the sanitizer in `html.ts`). */
export const speakerClass = 'quote-speaker';

/**
 * Give every paragraph an anchor, `p1`, `p2`, … in document order, and
 * return it by paragraph. A list item's first paragraph lends its anchor to
 * the item, which is where a tight list's HTML keeps it.
 */
export function anchorParagraphs(tree: Root): Map<Paragraph, string> {
  const anchors = new Map<Paragraph, string>();
  const walk = (node: Nodes, parent: Nodes | undefined): void => {
    if (node.type === 'paragraph') {
      const anchor = `p${anchors.size + 1}`;
      anchors.set(node, anchor);
      const holder: Paragraph | ListItem = parent?.type === 'listItem' && parent.children[0] === node ? parent : node;
      holder.data = {...holder.data, hProperties: {...holder.data?.hProperties, id: anchor}};
      return;
    }
    if (node.type === 'code' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children) walk(child, node);
  };
  walk(tree, undefined);
  return anchors;
}

/** How a speaker is shown after a quotation. */
export interface SpeakerLabel {
  readonly href: (actor: ActorId) => Href;
  /** The actor's name, as its page is titled. */
  readonly name: (actor: ActorId) => string;
  /** What the mark's tooltip says of the speaker `name`, in the interface's language: `Said by Hamid Saifi`. */
  readonly title: (name: string) => string;
  /** The language and direction of the names (the site's). */
  readonly lang: string;
  readonly dir: TextDirection;
}

/** Insert `node` into `block`'s phrasing content just after the character at `offset` of the block's text, unless that character is inside a link. */
function insertAfter(block: Parent, offset: number, node: Link): boolean {
  let position = 0;
  const visit = (parent: Parent, inLink: boolean): boolean | undefined => {
    for (let index = 0; index < parent.children.length; index++) {
      const child = parent.children[index];
      if (child === undefined) continue;
      if (child.type === 'text') {
        const end = position + child.value.length;
        if (offset < end) {
          if (inLink) return false;
          const cut = offset - position + 1;
          const parts: PhrasingContent[] = [{type: 'text', value: child.value.slice(0, cut)}, node];
          if (cut < child.value.length) parts.push({type: 'text', value: child.value.slice(cut)});
          parent.children.splice(index, 1, ...parts);
          return true;
        }
        position = end;
      } else if (child.type === 'inlineCode') {
        position += child.value.length;
      } else if (child.type === 'break') {
        position += 1;
      } else if ('children' in child) {
        const done = visit(child, inLink || child.type === 'link' || child.type === 'linkReference');
        if (done !== undefined) return done;
      }
      if (position > offset) return false;
    }
    return undefined;
  };
  return visit(block, false) === true;
}

/** After each attributed quotation, a link to its speaker's page. */
export function markSpeakers(blocks: readonly MentionBlock[], quotes: readonly FoundQuote[], label: SpeakerLabel): void {
  // Right to left, so that each insertion leaves the offsets of the ones still to come.
  const attributed = quotes.filter((quote) => quote.speaker !== undefined).sort((a, b) => b.block - a.block || b.close - a.close);
  for (const quote of attributed) {
    const block = blocks[quote.block];
    if (block === undefined || quote.speaker === undefined) continue;
    const name = label.name(quote.speaker);
    insertAfter(block.node, quote.close, {
      type: 'link',
      url: label.href(quote.speaker),
      data: {hProperties: {className: [speakerClass], lang: label.lang, dir: label.dir, title: label.title(name)}},
      children: [{type: 'text', value: name}],
    });
  }
}
