/**
 * The lines an import prints about one article: what the cleaner removed
 * and why, the sub-heads it made, and the suspicious tokens it saw.
 */

import {cleanRules} from './clean/rules.ts';
import type {CleanedArticle, Removal} from './types.ts';
import type {SuspiciousToken} from './clean/suspicious.ts';

/** How long a quoted line may be in the report. */
const quoteLength = 72;

/** `"text"`, shortened with `…` when long. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ');
  return JSON.stringify(oneLine.length <= quoteLength ? oneLine : `${oneLine.slice(0, quoteLength - 1).trimEnd()}…`);
}

/** The label column: the rule's label, and how the line was removed. */
function reason(removal: Removal): string {
  const label = cleanRules[removal.rule].label;
  if (removal.partial) return `${label} (end of line)`;
  if (removal.how === 'continued') return `${label} (continued)`;
  return removal.how === 'headline' ? `${label} (its headline)` : label;
}

const pad = (text: string, width: number): string => text.padEnd(width);

/**
 * One line per removal, sub-head and suspicious token, in that order, each
 * sorted by line; removals of lines that read like the article's prose come
 * first of all, marked `uncertain`, for the editor to check. `unit` prefixes
 * the place: `l.` for a line of text, `¶` for a block of a page's article.
 */
export function cleanReportLines(cleaned: CleanedArticle, suspicious: readonly SuspiciousToken[], unit = 'l.'): string[] {
  const removals = [...cleaned.removed.filter((removal) => removal.uncertain), ...cleaned.removed.filter((removal) => !removal.uncertain)];
  const labels = removals.map(reason);
  const width = Math.max(0, ...labels.map((label) => label.length)) + 2;
  // Place 0 is a figure's caption, which has no block of its own.
  const place = (line: number): string => pad(line === 0 ? 'figure' : `${unit}${line}`, 6);
  const lines = removals.map((removal, index) => {
    const features = removal.features === undefined ? '' : ` (${removal.features})`;
    return `${removal.uncertain ? 'uncertain ' : 'removed   '}  ${place(removal.line)} ${pad(labels[index] ?? '', width)}${quote(removal.text)}${features}`;
  });
  for (const block of cleaned.blocks) {
    if (block.kind === 'heading' && block.markdown === undefined) lines.push(`heading     ${place(block.line)} ${quote(block.text)} becomes a \`##\` sub-head`);
  }
  for (const token of suspicious) lines.push(`suspicious  ${place(token.line)} \`${token.token}\`: ${token.message}`);
  return lines;
}
