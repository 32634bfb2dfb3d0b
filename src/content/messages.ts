/**
 * Content problems, collected on each file's `VFile` as located messages,
 * the way the unified collective does it. Errors stop a build; warnings don't.
 */

import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';

/** Where a problem is: a point or a range in the file. */
export type Place = Point | Position;

/** The `source` of every message this tool makes. */
export const messageSource = 'news-archive';

/** Report an error on `file`: the build cannot go on with it. */
export function fail(file: VFile, reason: string, place: Place | undefined, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: messageSource, ...(place ? {place} : {})});
  message.fatal = true;
}

/** Report a warning on `file`: worth fixing, but the build goes on. */
export function warn(file: VFile, reason: string, place: Place | undefined, ruleId: string): void {
  const message = file.message(reason, {ruleId, source: messageSource, ...(place ? {place} : {})});
  message.fatal = false;
}

/** Whether `file` has an error. */
export function fileHasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}

/** Whether any of `files` has an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some(fileHasErrors);
}
