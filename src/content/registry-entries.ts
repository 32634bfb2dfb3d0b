/**
 * Read the registry files: actors, topics and sources. Each has a few
 * front-matter fields and an optional Markdown body (profile, introduction).
 */

import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import type {ContentFile} from './files.ts';
import {checkFileId, checkKnownFields, type FieldContext, type Located, readReferences, readText, readTextList, readUrl, type ReferenceKind} from './fields.ts';
import {splitFile} from './front-matter.ts';
import {isAbsoluteUrl, isActorId, isActorKind, isSourceId, isTopicId, isWikidataId, actorKinds} from '../model/ids.ts';
import {parseWithinLimits} from './markdown-limits.ts';
import {fail, fileHasErrors} from './messages.ts';
import {didYouMean, listCode} from './did-you-mean.ts';
import type {ActorEntry, ActorKind, SourceEntry, TopicEntry} from '../model/types.ts';

/** A registry file, read and checked. */
export interface ParsedEntry<Entry> {
  readonly entry: Entry;
  readonly file: VFile;
  readonly tree: Root;
}

/** An actor file, read and checked, with the places of its names for alias checks. */
export interface ParsedActor extends ParsedEntry<ActorEntry> {
  /** The name and each alias, where written. */
  readonly names: readonly Located<string>[];
}

/** The fields of each kind of registry file. */
export const registryFields = {
  actor: ['name', 'kind', 'aliases', 'description', 'affiliations', 'wikidata'],
  topic: ['title', 'description'],
  source: ['name', 'url', 'country'],
} as const satisfies Record<string, readonly string[]>;

/** Split a registry file and set up its field context; `undefined` when its front matter is unreadable. */
function open(content: ContentFile, what: string, known: readonly string[]): {fields: FieldContext; tree: Root} | undefined {
  const split = splitFile(content.file);
  if (fileHasErrors(content.file)) return undefined;
  const fields: FieldContext = {file: content.file, fields: split.fields, what};
  if (!split.hasFrontMatter) {
    fail(content.file, `The file has no front matter: it must start with a line \`---\`, then fields such as \`${known[0] ?? 'name'}:\`, then \`---\`.`, {line: 1, column: 1}, 'missing-frontmatter');
    return undefined;
  }
  checkKnownFields(fields, known);
  // A body outside the limits is reported; the entry stays, so references to it are not errors too.
  return {fields, tree: parseWithinLimits(content.file, split.body, split.bodyStart) ?? {type: 'root', children: []}};
}

/** Read an actor file. */
export function readActor(content: ContentFile, actors: ReferenceKind): ParsedActor | undefined {
  const opened = open(content, 'an actor', registryFields.actor);
  if (opened === undefined) return undefined;
  const {fields, tree} = opened;
  const id = checkFileId(fields, content.name, isActorId);
  const name = readText(fields, 'name', true);
  const kind = readKind(fields);
  const aliases = readTextList(fields, 'aliases');
  const description = readText(fields, 'description', false)?.value ?? '';
  const affiliations = readReferences(fields, 'affiliations', actors, isActorId).filter((other) => other !== id);
  const wikidataField = readText(fields, 'wikidata', false);
  if (wikidataField !== undefined && !isWikidataId(wikidataField.value)) {
    fail(content.file, `\`wikidata\` \`${wikidataField.value}\` is not a Wikidata item id: write \`Q\` and digits, such as \`Q889\`.`, wikidataField.place, 'invalid-wikidata');
  }
  if (id === undefined || name === undefined || kind === undefined || fileHasErrors(content.file)) return undefined;
  const uniqueAliases = [...new Set(aliases.map((alias) => alias.value))].filter((alias) => alias !== name.value);
  return {
    entry: {
      path: content.contentPath,
      id,
      name: name.value,
      kind,
      aliases: uniqueAliases,
      description,
      affiliations,
      ...(wikidataField === undefined ? {} : {wikidata: wikidataField.value}),
    },
    file: content.file,
    tree,
    names: [name, ...aliases],
  };
}

/** Read the required `kind` of an actor. */
function readKind(fields: FieldContext): ActorKind | undefined {
  const kind = readText(fields, 'kind', true);
  if (kind === undefined) return undefined;
  if (isActorKind(kind.value)) return kind.value;
  fail(fields.file, `Unexpected \`kind\` \`${kind.value}\`, expected one of ${listCode(actorKinds)}${didYouMean(kind.value, actorKinds)}.`, kind.place, 'invalid-kind');
  return undefined;
}

/** Read a topic file. */
export function readTopic(content: ContentFile): ParsedEntry<TopicEntry> | undefined {
  const opened = open(content, 'a topic', registryFields.topic);
  if (opened === undefined) return undefined;
  const {fields, tree} = opened;
  const id = checkFileId(fields, content.name, isTopicId);
  const title = readText(fields, 'title', true);
  const description = readText(fields, 'description', false)?.value ?? '';
  if (id === undefined || title === undefined || fileHasErrors(content.file)) return undefined;
  return {entry: {path: content.contentPath, id, title: title.value, description}, file: content.file, tree};
}

/** Read a source file. */
export function readSource(content: ContentFile): ParsedEntry<SourceEntry> | undefined {
  const opened = open(content, 'a source', registryFields.source);
  if (opened === undefined) return undefined;
  const {fields, tree} = opened;
  const id = checkFileId(fields, content.name, isSourceId);
  const name = readText(fields, 'name', true);
  const url = readUrl(fields, 'url', isAbsoluteUrl);
  const country = readText(fields, 'country', false)?.value;
  if (id === undefined || name === undefined || fileHasErrors(content.file)) return undefined;
  return {
    entry: {
      path: content.contentPath,
      id,
      name: name.value,
      ...(url === undefined ? {} : {url}),
      ...(country === undefined ? {} : {country}),
    },
    file: content.file,
    tree,
  };
}

