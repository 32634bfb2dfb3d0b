/**
 * A guard for values read from outside the types: parsed JSON, what Eleventy
 * or a worker hands back.
 */

/** A value that can hold named properties. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}
