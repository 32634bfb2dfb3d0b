/**
 * Typed readers for front-matter fields. Each reads one field from the
 * parsed front matter, reports what is wrong with it on the file, and
 * returns a value only when it is right. Nothing is coerced silently.
 */

import type {Position} from 'unist';
import type {VFile} from 'vfile';
import type {Field} from './front-matter.ts';
import {fail, warn} from './messages.ts';
import {toSlug} from '../model/slug.ts';
import {didYouMean, listCode} from './did-you-mean.ts';

/** A value together with where it is written. */
export interface Located<T> {
  readonly value: T;
  readonly place: Position;
}

/** What the readers need: the file to report on, its fields, and what it is. */
export interface FieldContext {
  readonly file: VFile;
  readonly fields: ReadonlyMap<string, Field>;
  /** `an article`, `an actor`, … for messages. */
  readonly what: string;
}

const top: Position = {start: {line: 1, column: 1}, end: {line: 1, column: 1}};

/** Describe a YAML value's type for a message. */
export function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number \`${value}\``;
  if (typeof value === 'boolean') return `\`${String(value)}\``;
  return typeof value;
}

/** Warn about fields that this kind of file does not have (a typo, usually). */
export function checkKnownFields(context: FieldContext, known: readonly string[]): void {
  for (const field of context.fields.values()) {
    if (known.includes(field.key)) continue;
    warn(
      context.file,
      `Unexpected field \`${field.key}\` in ${context.what}, expected one of ${listCode(known)}${didYouMean(field.key, known)}. It is ignored.`,
      field.keyPlace,
      'unknown-field',
    );
  }
}

/**
 * Read a text field. A required field that is missing or empty is an error.
 * Numbers are not accepted as text: quote them.
 */
export function readText(context: FieldContext, key: string, required: boolean): Located<string> | undefined {
  const field = context.fields.get(key);
  if (field === undefined || field.value === null) {
    if (required) {
      fail(
        context.file,
        field === undefined
          ? `Missing \`${key}\`: ${context.what} needs a \`${key}\`. Add a line \`${key}: …\` to the front matter.`
          : `\`${key}\` is empty: ${context.what} needs a \`${key}\`. Write it after \`${key}:\`.`,
        field === undefined ? top : field.keyPlace,
        field === undefined ? 'missing-field' : 'empty-field',
      );
    }
    return undefined;
  }
  if (typeof field.value !== 'string') {
    fail(context.file, `\`${key}\` must be text, but it is ${describe(field.value)}. Put the value in quotes.`, field.place, 'invalid-type');
    return undefined;
  }
  const value = field.value.trim();
  if (value === '') {
    if (required) {
      fail(context.file, `\`${key}\` is empty: ${context.what} needs a \`${key}\`. Write it after \`${key}:\`.`, field.place, 'empty-field');
    }
    return undefined;
  }
  return {value, place: field.place};
}

/**
 * Read a list of text. A single text value is accepted as a list of one.
 * Empty items are reported and dropped.
 */
export function readTextList(context: FieldContext, key: string): readonly Located<string>[] {
  const field = context.fields.get(key);
  if (field === undefined || field.value === null) return [];
  if (typeof field.value === 'string') {
    const value = field.value.trim();
    return value === '' ? [] : [{value, place: field.place}];
  }
  if (!Array.isArray(field.value)) {
    fail(context.file, `\`${key}\` must be a list of text, but it is ${describe(field.value)}. Write it as \`${key}: [a, b]\` or as lines starting with \`- \`.`, field.place, 'invalid-type');
    return [];
  }
  const values: Located<string>[] = [];
  field.value.forEach((item: unknown, index) => {
    const place = field.items[index] ?? field.place;
    if (typeof item !== 'string' || item.trim() === '') {
      fail(context.file, `Item ${index + 1} of \`${key}\` must be text, but it is ${describe(item)}.${typeof item === 'number' ? ' Put it in quotes.' : ''}`, place, 'invalid-type');
      return;
    }
    values.push({value: item.trim(), place});
  });
  return values;
}

/** Read a `true`/`false` field; absent is `fallback`. */
export function readBoolean(context: FieldContext, key: string, fallback: boolean): boolean {
  const field = context.fields.get(key);
  if (field === undefined || field.value === null) return fallback;
  if (typeof field.value === 'boolean') return field.value;
  fail(context.file, `\`${key}\` must be \`true\` or \`false\`, but it is ${describe(field.value)}${typeof field.value === 'string' ? ` (\`${field.value}\`)` : ''}.`, field.place, 'invalid-type');
  return fallback;
}


/** What a reference field can point to. */
export type ReferenceNoun = 'topic' | 'actor' | 'source';

/** What a reference field points to. */
export interface ReferenceKind {
  readonly noun: ReferenceNoun;
  /** `topics`, `actors`, `sources`: the folder in the content folder. */
  readonly folder: `${ReferenceNoun}s`;
  /** Ids that exist: the file names in that folder. */
  readonly ids: ReadonlySet<string>;
}

/** The reference kind of `noun`, whose existing ids are `ids`. */
export function referenceKind(noun: ReferenceNoun, ids: Iterable<string>): ReferenceKind {
  return {noun, folder: `${noun}s`, ids: new Set(ids)};
}

/** Check that `value`, from a reference field, names an existing file; report `unknown-<noun>` if not. */
export function checkReference(context: FieldContext, kind: ReferenceKind, item: Located<string>): boolean {
  if (kind.ids.has(item.value)) return true;
  fail(
    context.file,
    `Unknown ${kind.noun} \`${item.value}\`: there is no \`${kind.folder}/${item.value}.md\`${didYouMean(item.value, kind.ids)}. Use the file name (without \`.md\`) of a file in \`${kind.folder}/\`, or create the file.`,
    item.place,
    `unknown-${kind.noun}`,
  );
  return false;
}

/** Read a list of references, keeping those that exist, each once. */
export function readReferences<Id extends string>(
  context: FieldContext,
  key: string,
  kind: ReferenceKind,
  isId: (value: string) => value is Id,
): Id[] {
  const ids: Id[] = [];
  for (const item of readTextList(context, key)) {
    if (!checkReference(context, kind, item) || !isId(item.value)) continue;
    if (ids.includes(item.value)) {
      warn(context.file, `\`${item.value}\` is listed twice in \`${key}\`.`, item.place, 'duplicate-reference');
      continue;
    }
    ids.push(item.value);
  }
  return ids;
}

/** Check a registry file's name (its id); report `invalid-id` when it cannot be one. */
export function checkFileId<Id extends string>(
  context: FieldContext,
  name: string,
  isId: (value: string) => value is Id,
): Id | undefined {
  if (isId(name)) return name;
  fail(
    context.file,
    `The file name \`${name}.md\` cannot be an id: ids are lowercase letters a–z, digits and single hyphens, such as \`${toSlug(name) || 'ahmad-massoud'}.md\`. Rename the file.`,
    top,
    'invalid-id',
  );
  return undefined;
}


/** Read an `http(s)` URL field; report `invalid-url` when it is not one. */
export function readUrl<Url extends string>(
  context: FieldContext,
  key: string,
  isUrl: (value: string) => value is Url,
): Url | undefined {
  const item = readText(context, key, false);
  if (item === undefined) return undefined;
  if (isUrl(item.value)) return item.value;
  const hint = /^www\./i.test(item.value) ? ` Did you mean \`https://${item.value}\`?` : '';
  fail(context.file, `\`${key}\` \`${item.value}\` is not an absolute http(s) URL.${hint} Write the full address, starting with \`https://\`.`, item.place, 'invalid-url');
  return undefined;
}
