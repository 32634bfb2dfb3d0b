/**
 * An error in a few lines, never a stack trace: its message and those of
 * its causes. Libraries wrap the error that matters (Eleventy keeps it as
 * `originalError`, others as `cause`), and a file-system error's code
 * (`ENOSPC`, `EACCES`) is kept, so that the message can be told apart after
 * it crossed a worker thread as text.
 */

/** The error that `error` wraps, if any. */
function wrapped(error: Error): unknown {
  if (error.cause !== undefined) return error.cause;
  return 'originalError' in error ? error.originalError : undefined;
}

/** `error`'s message and its causes', one per line after the first. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const causes: string[] = [];
  for (let current: unknown = error; current instanceof Error && causes.length < 4; current = wrapped(current)) {
    const code = 'code' in current && typeof current.code === 'string' && !current.message.includes(current.code) ? ` (${current.code})` : '';
    if (!causes.includes(current.message + code)) causes.push(current.message + code);
  }
  return causes.join('\n  caused by: ');
}
