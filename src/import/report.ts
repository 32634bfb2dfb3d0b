/**
 * The lines an import prints about one article: what the cleaner removed
 * and why, the sub-heads it made, and the suspicious tokens it saw.
 */

import {cleanRules} from './clean/rules.ts';
import type {CleanedArticle, Removal} from './clean/clean-article.ts';
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

/** One line per removal, sub-head and suspicious token, in that order, each sorted by line. */
export function cleanReportLines(cleaned: CleanedArticle, suspicious: readonly SuspiciousToken[]): string[] {
  const labels = cleaned.removed.map(reason);
  const width = Math.max(0, ...labels.map((label) => label.length)) + 2;
  const lines = cleaned.removed.map((removal, index) => `removed     l.${pad(String(removal.line), 4)} ${pad(labels[index] ?? '', width)}${quote(removal.text)}`);
  for (const block of cleaned.blocks) {
    if (block.kind === 'heading') lines.push(`heading     l.${pad(String(block.line), 4)} ${quote(block.text)} becomes a \`##\` sub-head`);
  }
  for (const token of suspicious) lines.push(`suspicious  l.${pad(String(token.line), 4)} \`${token.token}\`: ${token.message}`);
  return lines;
}
