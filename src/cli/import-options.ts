/**
 * The command line of `npm run import`, parsed once:
 *
 * ```
 * npm run import -- PAGE [--title … --date … --source … --url … --author … --editor …
 *                  --reports-on … --genre … --language … --topic … --slug … --note …] [--content DIR] [--force] [--dry-run]
 * npm run import -- --manifest FILE [--content DIR] [--force] [--dry-run]
 * ```
 */

import {parseArgs} from 'node:util';
import {UsageError} from './options.ts';
import {didYouMean, listCode} from '../content/did-you-mean.ts';
import type {GivenFacts} from '../import/import-article.ts';

/** What the command line asks for. */
export interface ImportOptions {
  /** The page (saved HTML or scraped text), for a single import. */
  readonly raw?: string;
  /** The manifest, for a batch. */
  readonly manifest?: string;
  readonly content: string;
  readonly force: boolean;
  readonly dryRun: boolean;
  readonly help: boolean;
  readonly given: GivenFacts;
}

const spec = {
  title: {type: 'string'},
  date: {type: 'string'},
  source: {type: 'string'},
  'source-url': {type: 'string'},
  url: {type: 'string'},
  author: {type: 'string', multiple: true},
  editor: {type: 'string', multiple: true},
  'reports-on': {type: 'string'},
  genre: {type: 'string'},
  language: {type: 'string'},
  topic: {type: 'string', multiple: true},
  slug: {type: 'string'},
  note: {type: 'string'},
  manifest: {type: 'string'},
  content: {type: 'string'},
  force: {type: 'boolean'},
  'dry-run': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
} as const;

/** Options that describe one article, which a manifest gives per entry instead. */
const articleOptions = ['title', 'date', 'source', 'source-url', 'url', 'author', 'editor', 'reports-on', 'genre', 'language', 'topic', 'slug', 'note'] as const;

/** Parse `args` (without `node` and the script). Throws `UsageError` on a mistake. */
export function parseImportOptions(args: readonly string[]): ImportOptions {
  let parsed;
  try {
    parsed = parseArgs({args: [...args], options: spec, allowPositionals: true, strict: true});
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(--?[\w-]+)/u.exec(text)?.[1];
    if (option !== undefined && /Unknown option/u.test(text)) {
      const known = Object.keys(spec).map((name) => `--${name}`);
      throw new UsageError(`Unexpected option \`${option}\`, expected one of ${listCode(known)}${didYouMean(option, known)}.`);
    }
    throw new UsageError(text.split('\n')[0] ?? text);
  }
  const {values, positionals} = parsed;
  const help = values.help ?? false;
  if (positionals.length > 1) throw new UsageError(`Expected one page file, got ${positionals.length}: ${listCode(positionals)}. Import several with \`--manifest\`.`);
  const raw = positionals[0];
  if (values.manifest !== undefined) {
    if (raw !== undefined) throw new UsageError(`Give either a page file or \`--manifest\`, not both.`);
    const given = articleOptions.filter((name) => values[name] !== undefined);
    if (given.length > 0) throw new UsageError(`With \`--manifest\`, each entry gives its own facts: drop ${listCode(given.map((name) => `--${name}`))}.`);
  } else if (raw === undefined && !help) {
    throw new UsageError('Expected a page file (`npm run import -- page.html`, `npm run import -- article.txt --title … --date …`) or `--manifest FILE`.');
  }
  const given: GivenFacts = {
    ...(values.title === undefined ? {} : {title: values.title}),
    ...(values.date === undefined ? {} : {date: values.date}),
    ...(values.source === undefined ? {} : {source: values.source}),
    ...(values['source-url'] === undefined ? {} : {sourceUrl: values['source-url']}),
    ...(values.url === undefined ? {} : {url: values.url}),
    authors: values.author ?? [],
    editors: values.editor ?? [],
    ...(values['reports-on'] === undefined ? {} : {reportsOn: values['reports-on']}),
    ...(values.genre === undefined ? {} : {genre: values.genre}),
    ...(values.language === undefined ? {} : {language: values.language}),
    topics: values.topic ?? [],
    ...(values.slug === undefined ? {} : {slug: values.slug}),
    ...(values.note === undefined ? {} : {note: values.note}),
  };
  return {
    ...(raw === undefined ? {} : {raw}),
    ...(values.manifest === undefined ? {} : {manifest: values.manifest}),
    content: values.content ?? 'content',
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
    help,
    given,
  };
}
