/**
 * Content problems, collected on each file's `VFile` as located messages,
 * the way the unified collective does it. Errors stop a build; warnings don't.
 * Every message carries a rule id of `rules.ts`, which also fixes its severity.
 */

import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';
import {type ErrorRuleId, isRuleId, type RuleId, rules, type WarningRuleId} from './rules.ts';

/** Where a problem is: a point or a range in the file. */
export type Place = Point | Position;

/** The `source` of every message this tool makes. */
export const messageSource = 'news-archive';

/** Report a problem under `ruleId` on `file`, as an error or a warning as the rule says. */
export function report(file: VFile, reason: string, place: Place | undefined, ruleId: RuleId): void {
  const message = file.message(reason, {ruleId, source: messageSource, ...(place ? {place} : {})});
  message.fatal = rules[ruleId] === 'error';
}

/** Report an error on `file`: the build cannot go on with it. */
export function fail(file: VFile, reason: string, place: Place | undefined, ruleId: ErrorRuleId): void {
  report(file, reason, place, ruleId);
}

/** Report a warning on `file`: worth fixing, but the build goes on. */
export function warn(file: VFile, reason: string, place: Place | undefined, ruleId: WarningRuleId): void {
  report(file, reason, place, ruleId);
}

/** The rule id of a message made by `report`; anything else is a mistake in the program, not in the content. */
export function ruleIdOf(message: VFile['messages'][number]): RuleId {
  if (isRuleId(message.ruleId)) return message.ruleId;
  throw new Error(`A content message has no known rule id (\`${String(message.ruleId)}\`): ${message.reason}`);
}

/** Whether `file` has an error. */
export function fileHasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** Whether any of `files` has an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some(fileHasErrors);
}
