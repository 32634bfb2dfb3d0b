/**
 * Plain text written into Markdown so that it renders exactly as written:
 * characters that would start markup are escaped with a backslash, and only
 * where they would (a paragraph starting with `#`, `>`, `-`, `1.`; `*`, `_`,
 * backticks, `<tag`, `&entity;`, `~`, and brackets that would make a link).
 * Each result is checked by parsing it back; if the parse does not give the
 * text back, every punctuation character is escaped instead.
 */

import type {Nodes} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {parseMarkdown} from '../../content/markdown.ts';

/** Escape every ASCII punctuation character: the fallback that always renders as written. */
function escapeAllPunctuation(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/gu, (character) => `\\${character}`);
}

/** Index of the `]` that closes the `[` at `open`, or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') index++;
    else if (character === '[') depth++;
    else if (character === ']' && --depth === 0) return index;
  }
  return -1;
}

/** Escape the characters of `text` that would be inline markup. */
export function escapeInline(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    const isWord = (value: string): boolean => /[\p{L}\p{N}]/u.test(value);
    let escape = false;
    switch (character) {
      case '\\':
      case '`':
      case '*':
      case '~':
        escape = true;
        break;
      case '_':
        // Inside a word (`snake_case`) an underscore is never emphasis.
        escape = !(isWord(before) && isWord(after));
        break;
      case '<':
        escape = /[\p{L}/!?]/u.test(after);
        break;
      case '&':
        escape = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u.test(text.slice(index));
        break;
      case '!':
        escape = after === '[';
        break;
      case '[': {
        const close = closingBracket(text, index);
        const next = close === -1 ? '' : (text[close + 1] ?? '');
        escape = after === '^' || next === '(' || next === '[' || next === ':';
        break;
      }
      default:
        break;
    }
    out += escape ? `\\${character}` : character;
  }
  return out;
}

/** Escape what would make the start of a line a block: `#`, `>`, a list marker, a thematic break, a fence. */
function escapeBlockStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/u.exec(text);
  if (ordered !== null) return `${ordered[1] ?? ''}\\${text.slice((ordered[1] ?? '').length)}`;
  if (/^(?:#|>|[-+*](?=\s|$)|=+\s*$|[-_*](?:\s*[-_*]){2,}\s*$|~~~|```)/u.test(text)) return `\\${text}`;
  return text;
}

/** Whether `markdown` parses to one block of `type` whose text is `text`. */
function rendersAs(markdown: string, text: string, type: 'paragraph' | 'heading'): boolean {
  const tree = parseMarkdown(markdown);
  const [block, ...others] = tree.children;
  if (block === undefined || others.length > 0 || block.type !== type) return false;
  const allowed = (node: Nodes): boolean =>
    (node.type === 'text' || node.type === 'link' || node.type === type) && ('children' in node ? node.children.every(allowed) : true);
  return allowed(block) && toString(block) === text;
}

/** A paragraph of plain text as Markdown that renders as written. */
export function markdownParagraph(text: string): string {
  const trimmed = text.trim();
  const escaped = escapeBlockStart(escapeInline(trimmed));
  return rendersAs(escaped, trimmed, 'paragraph') ? escaped : escapeAllPunctuation(trimmed);
}

/** A `##` sub-head of plain text that renders as written. */
export function markdownHeading(text: string): string {
  const trimmed = text.trim();
  const escaped = `## ${escapeInline(trimmed).replace(/(\s)(#+)$/u, '$1\\$2')}`;
  return rendersAs(escaped, trimmed, 'heading') ? escaped : `## ${escapeAllPunctuation(trimmed)}`;
}
