/**
 * The reporter: turns the messages collected on files into the lines an
 * editor reads and an editor's jump-to-line or a CI annotation understands:
 * `path:line:col  severity  message  rule-id`.
 */

import type {VFile} from 'vfile';
import {plural} from '../util/plural.ts';
import {ruleIdOf} from './messages.ts';
import type {RuleId} from './rules.ts';

/** One reported problem, as plain data (for `--format json`). */
export interface ReportedMessage {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly ruleId: RuleId;
}

/** Every message on `files`, errors and warnings, ordered by path, line and column. */
export function collectMessages(files: readonly VFile[]): ReportedMessage[] {
  const messages: ReportedMessage[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      messages.push({
        path: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: message.fatal === true ? 'error' : 'warning',
        message: message.reason,
        ruleId: ruleIdOf(message),
      });
    }
  }
  return messages.sort(
    (a, b) => compare(a.path, b.path) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId) || compare(a.message, b.message),
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of errors and warnings. */
export function countMessages(messages: readonly ReportedMessage[]): {readonly errors: number; readonly warnings: number} {
  const errors = messages.filter((message) => message.severity === 'error').length;
  return {errors, warnings: messages.length - errors};
}

/** One line per message, then a summary line; empty when there is nothing to say. */
export function formatReport(messages: readonly ReportedMessage[]): string {
  if (messages.length === 0) return '';
  const lines = messages.map(
    (m) => `${m.path}:${m.line}:${m.column}  ${m.severity}  ${m.message}  ${m.ruleId}`,
  );
  const {errors, warnings} = countMessages(messages);
  lines.push('', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return lines.join('\n') + '\n';
}
