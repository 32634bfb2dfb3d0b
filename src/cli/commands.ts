/**
 * Each command's own options: `build`, `check`, `start` and `new` declare
 * what they take (an option they do not declare is a usage error) and read
 * the values into their own typed options. The options themselves are named
 * and described in `options.ts`.
 */

import type {SiteOverrides} from '../content/site-config.ts';
import {type Command, type OptionValues, UsageError} from './options.ts';

/** The build cache's folder when none is given. */
export const defaultCacheDir = '.cache/build';

/** `--content`, or the default `content`. */
const contentOf = (values: OptionValues): string => values.content ?? 'content';

/** `--cache DIR`, the default, or `undefined` for `--no-cache`. */
const cacheOf = (values: OptionValues): string | undefined => (values['no-cache'] === true ? undefined : (values.cache ?? defaultCacheDir));

/** `--base-url` and `--path-prefix`, which win over `site.yaml`. */
const overridesOf = (values: OptionValues): SiteOverrides => ({
  ...(values['base-url'] === undefined ? {} : {baseUrl: values['base-url']}),
  ...(values['path-prefix'] === undefined ? {} : {pathPrefix: values['path-prefix']}),
});

/** `npm run build`'s options. */
export interface BuildCommandOptions {
  readonly content: string;
  readonly output: string;
  /** The build cache; `undefined` with `--no-cache`. */
  readonly cache: string | undefined;
  readonly overrides: SiteOverrides;
  readonly drafts: boolean;
}

/** `npm run build`: check the content and build the site. */
export const buildCommand: Command<BuildCommandOptions> = {
  invocation: 'npm run build --',
  options: ['content', 'output', 'base-url', 'path-prefix', 'drafts', 'cache', 'no-cache'],
  declines: {
    strict: 'a build stops on errors only; run `npm run check -- --strict` to fail on warnings',
    format: 'run `npm run check -- --format json` for the report as JSON',
    port: 'it serves nothing; `npm start` does',
  },
  read: (values) => ({
    content: contentOf(values),
    output: values.output ?? '_site',
    cache: cacheOf(values),
    overrides: overridesOf(values),
    drafts: values.drafts ?? false,
  }),
};

/** `npm run check`'s options. */
export interface CheckCommandOptions {
  readonly content: string;
  /** The build cache, whose processed articles `check` and `build` share; `undefined` with `--no-cache`. */
  readonly cache: string | undefined;
  readonly overrides: SiteOverrides;
  readonly strict: boolean;
  readonly format: 'text' | 'json';
}

/** `npm run check`: check every file, drafts included, and give editors' advice. */
export const checkCommand: Command<CheckCommandOptions> = {
  invocation: 'npm run check --',
  options: ['content', 'strict', 'format', 'base-url', 'path-prefix', 'cache', 'no-cache'],
  declines: {
    drafts: 'it always checks every article, drafts included, as a build does',
    output: 'it writes nothing',
    port: 'it serves nothing; `npm start` does',
  },
  read: (values) => {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`Unexpected \`--format ${format}\`, expected one of \`text\`, \`json\`.`);
    return {content: contentOf(values), cache: cacheOf(values), overrides: overridesOf(values), strict: values.strict ?? false, format};
  },
};

/** `npm start`'s options. */
export interface StartCommandOptions {
  readonly content: string;
  readonly output: string;
  readonly port: number;
  /** The build cache the preview's own cache is named after; `undefined` with `--no-cache`. */
  readonly cache: string | undefined;
  readonly overrides: SiteOverrides;
}

/** `npm start`: the preview server. */
export const startCommand: Command<StartCommandOptions> = {
  invocation: 'npm start --',
  options: ['content', 'port', 'output', 'base-url', 'cache', 'no-cache'],
  declines: {
    drafts: 'the preview always shows drafts',
    'path-prefix': 'the preview serves the site at the root of its address',
    strict: 'run `npm run check -- --strict`',
  },
  read: (values) => {
    let port = 8080;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`\`--port ${values.port}\` is not a port number (0–65535).`);
    }
    return {
      content: contentOf(values),
      output: values.output ?? '.cache/preview',
      port,
      cache: cacheOf(values),
      overrides: values['base-url'] === undefined ? {} : {baseUrl: values['base-url']},
    };
  },
};

/** `npm run new`'s options. */
export interface NewCommandOptions {
  /** The title, from the words given; empty when none were. */
  readonly title: string;
  readonly content: string;
  readonly date?: string;
  readonly source?: string;
  readonly slug?: string;
}

/** `npm run new`: write a new article file. */
export const newCommand: Command<NewCommandOptions> = {
  invocation: 'npm run new --',
  positional: '"Title of the article"',
  options: ['date', 'source', 'slug', 'content'],
  read: (values, positionals) => ({
    title: positionals.join(' ').trim(),
    content: contentOf(values),
    ...(values.date === undefined ? {} : {date: values.date}),
    ...(values.source === undefined ? {} : {source: values.source}),
    ...(values.slug === undefined ? {} : {slug: values.slug}),
  }),
};
