/**
 * The article file an import writes: front matter with the known fields in
 * the documented order, commented lines for values that match nothing in the
 * content folder yet, a `# note:` comment when there is a note, then the
 * body: plain text as Markdown that renders as written, or the Markdown made
 * from a page's HTML.
 */

import {stringify} from 'yaml';
import type {BodyBlock} from '../types.ts';
import {markdownHeading, markdownParagraph} from './markdown-text.ts';

/** The front matter of an imported article; absent or empty fields are not written. */
export interface ArticleFrontMatter {
  readonly title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, at the precision known. */
  readonly date: string;
  readonly source?: string;
  readonly reportsOn?: string;
  readonly url?: string;
  readonly authors: readonly string[];
  readonly editors: readonly string[];
  readonly genre?: string;
  /** A BCP 47 tag, when the page or the editor gives one. */
  readonly language?: string;
  readonly topics: readonly string[];
  /** Values that match nothing in the content folder yet: written as comments, for the editor. */
  readonly pending?: readonly PendingValue[];
  /** An editor's note, written as a YAML comment line, not as a field. */
  readonly note?: string;
}

/** A value the importer could not match to the content folder, written as a comment so that the file still passes the check. */
export interface PendingValue {
  readonly field: 'source' | 'reportsOn' | 'topics';
  readonly value: string;
  /** Why it is a comment: `no content/sources/the-week.md yet`. */
  readonly hint: string;
}

/** A YAML scalar on one line, quoted only when YAML needs it. */
function scalar(value: string): string {
  return stringify(value, {lineWidth: 0}).trimEnd();
}

/** The whole text of the article file. */
export function articleFileText(front: ArticleFrontMatter, blocks: readonly BodyBlock[]): string {
  const lines = ['---', `title: ${scalar(front.title)}`, `date: "${front.date}"`];
  const single = (key: string, value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '') lines.push(`${key}: ${scalar(value)}`);
  };
  const list = (key: string, values: readonly string[]): void => {
    if (values.length > 0) lines.push(`${key}:`, ...values.map((value) => `  - ${scalar(value)}`));
  };
  single('source', front.source);
  single('reportsOn', front.reportsOn);
  single('url', front.url);
  list('authors', front.authors);
  list('editors', front.editors);
  single('genre', front.genre);
  single('language', front.language);
  list('topics', front.topics);
  for (const value of front.pending ?? []) {
    const line = value.field === 'topics' ? `# topics: [${scalar(value.value)}]` : `# ${value.field}: ${scalar(value.value)}`;
    lines.push(`${line.padEnd(34)}# ${value.hint}: create it, then uncomment`);
  }
  if (front.note !== undefined && front.note.trim() !== '') lines.push(`# note: ${front.note.trim().replace(/\s+/gu, ' ')}`);
  lines.push('---', '');
  const body = blocks.map((block) => block.markdown ?? (block.kind === 'heading' ? markdownHeading(block.text) : markdownParagraph(block.text)));
  return `${lines.join('\n')}\n${body.join('\n\n')}\n`;
}
