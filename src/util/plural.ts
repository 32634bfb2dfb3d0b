/**
 * Counted nouns for messages and summaries: `1 article`, `3 articles`.
 */
/** `1 error`, `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
