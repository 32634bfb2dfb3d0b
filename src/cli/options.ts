/**
 * The command line of `build`, `check`, `start` and `new`: every option any
 * of them takes, named and described once here, and the machinery that
 * parses a command's arguments, refuses an option the command does not
 * declare (with the reason and the options it does take), prints `--help`,
 * and turns a mistake into one line and exit code 2. Which command takes
 * which option is declared in `commands.ts`.
 */

import {parseArgs} from 'node:util';
import {didYouMean, listCode} from '../content/did-you-mean.ts';

/** Every option of the commands, as `parseArgs` reads them. */
const optionSpecs = {
  content: {type: 'string'},
  output: {type: 'string'},
  cache: {type: 'string'},
  'no-cache': {type: 'boolean'},
  'base-url': {type: 'string'},
  'path-prefix': {type: 'string'},
  drafts: {type: 'boolean'},
  strict: {type: 'boolean'},
  format: {type: 'string'},
  port: {type: 'string'},
  date: {type: 'string'},
  source: {type: 'string'},
  slug: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const;

/** The name of an option, without its `--`. */
export type OptionName = keyof typeof optionSpecs;

/** Whether `name` is the name of an option of some command. */
function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(optionSpecs, name);
}

/** What `--help` says of each option: the value it takes, if any, and what it does. */
const optionHelp: Readonly<Record<OptionName, {readonly value?: string; readonly text: string}>> = {
  content: {value: 'DIR', text: 'the content folder (default `content`)'},
  output: {value: 'DIR', text: 'where the site is written'},
  cache: {value: 'DIR', text: 'the build cache, kept between runs (default `.cache/build`)'},
  'no-cache': {text: 'use no build cache'},
  'base-url': {value: 'URL', text: "the site's address, instead of `baseUrl` in `site.yaml`"},
  'path-prefix': {value: '/PREFIX/', text: 'serve the site under a folder, e.g. `/archive/`'},
  drafts: {text: 'publish drafts too'},
  strict: {text: 'warnings fail too'},
  format: {value: 'text|json', text: 'the report as text (default) or as JSON, for tools'},
  port: {value: 'PORT', text: 'the port to serve on (default 8080)'},
  date: {value: 'YYYY-MM-DD', text: "the article's date (default today; `YYYY-MM` and `YYYY` work too)"},
  source: {value: 'ID', text: 'the id of a file in `content/sources/`'},
  slug: {value: 'SLUG', text: "the article's slug (default: made from the title)"},
  help: {text: 'print this help'},
};

/** The values of the options given, by name. */
export type OptionValues = ReturnType<typeof parseArgs<{options: typeof optionSpecs; allowPositionals: true; strict: true}>>['values'];

/** A command: how it is run, the options it declares, and how it reads them into its own options. */
export interface Command<Options> {
  /** How an editor runs it, up to the options: `npm run check --`. */
  readonly invocation: string;
  /** What it takes besides options, for its usage line: `"Title of the article"`. */
  readonly positional?: string;
  /** The options it takes (`help` is always taken). */
  readonly options: readonly OptionName[];
  /** Why it does not take an option that another command takes, where that helps the reader. */
  readonly declines?: Partial<Readonly<Record<OptionName, string>>>;
  /** Turn the parsed values into the command's options; throws `UsageError` on a bad value. */
  read(values: OptionValues, positionals: readonly string[]): Options;
}

/** A command-line mistake, said in one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The usage line of `command`. */
export function usageLine(command: Command<unknown>): string {
  const options = command.options.map((name) => {
    const value = optionHelp[name].value;
    return `[--${name}${value === undefined ? '' : ` ${value}`}]`;
  });
  return `Usage: ${[command.invocation, command.positional ?? '', ...options].filter((part) => part !== '').join(' ')}`;
}

/** The usage line and one line per option: what `--help` prints. */
export function helpText(command: Command<unknown>): string {
  const names: readonly OptionName[] = [...command.options, 'help'];
  const rows = names.map((name) => {
    const value = optionHelp[name].value;
    return {option: `--${name}${value === undefined ? '' : ` ${value}`}`, text: optionHelp[name].text};
  });
  const width = Math.max(...rows.map((row) => row.option.length));
  return [usageLine(command), '', ...rows.map((row) => `  ${row.option.padEnd(width)}  ${row.text}`)].join('\n');
}

/**
 * Parse `args` (without `node` and the script) for `command`. Throws
 * `UsageError` on an unknown option, on an option the command does not
 * take, on a missing or unexpected value, and on whatever `command.read`
 * refuses. `help` is true when `--help` was given; the options are then not read.
 */
export function parseCommandLine<Options>(command: Command<Options>, args: readonly string[]): {readonly help: true} | {readonly help: false; readonly options: Options} {
  const declared = new Set<OptionName>([...command.options, 'help']);
  const known = [...declared].map((name) => `--${name}`);
  let parsed;
  try {
    parsed = parseArgs({args: [...args], options: optionSpecs, allowPositionals: true, strict: true, tokens: true});
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(--?[\w-]+)/.exec(text)?.[1];
    if (option !== undefined && /Unknown option/.test(text)) {
      throw new UsageError(`Unexpected option \`${option}\`, expected one of ${listCode(known)}${didYouMean(option, known)}.`);
    }
    throw new UsageError(text.split('\n')[0] ?? text);
  }
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const name = token.name;
    if (isOptionName(name) && declared.has(name)) continue;
    const reason = isOptionName(name) ? command.declines?.[name] : undefined;
    throw new UsageError(
      `\`${command.invocation.replace(/ --$/, '')}\` does not take \`${token.rawName}\`${reason === undefined ? '' : `: ${reason}`}. It takes ${listCode(known)}.`,
    );
  }
  if (command.positional === undefined && parsed.positionals.length > 0) {
    throw new UsageError(`Unexpected argument \`${parsed.positionals[0] ?? ''}\`: \`${command.invocation.replace(/ --$/, '')}\` takes only options.`);
  }
  if (parsed.values.help === true) return {help: true};
  return {help: false, options: command.read(parsed.values, parsed.positionals)};
}

/**
 * Run a command: parse the command line once, answer `--help`, turn a
 * command-line mistake into its message and exit code 2, and any other
 * failure into one line (never a stack trace) and exit code 1. `name` names
 * the command in that line: `Build failed unexpectedly: …`.
 */
export async function runCommand<Options>(name: string, command: Command<Options>, body: (options: Options) => Promise<number>): Promise<void> {
  let code: number;
  try {
    const parsed = parseCommandLine(command, process.argv.slice(2));
    if (parsed.help) {
      process.stdout.write(`${helpText(command)}\n`);
      code = 0;
    } else {
      code = await body(parsed.options);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usageLine(command)}\n`);
      code = 2;
    } else {
      process.stderr.write(`${name} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
      code = 1;
    }
  }
  if (code !== 0) process.exitCode = code;
}
