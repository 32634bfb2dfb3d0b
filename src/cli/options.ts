/**
 * The command line of `build`, `check` and `start`, parsed once.
 */

import {parseArgs} from 'node:util';
import {didYouMean, listCode} from '../content/did-you-mean.ts';

/** Options shared by the commands. */
export interface CliOptions {
  readonly content: string;
  /** `--output`, when given; each command has its own default. */
  readonly output: string | undefined;
  /** Where builds keep processed articles; `--no-cache` is an empty string. */
  readonly cache: string | undefined;
  readonly baseUrl?: string;
  readonly pathPrefix?: string;
  readonly drafts: boolean;
  readonly strict: boolean;
  readonly format: 'text' | 'json';
  readonly port?: number;
  readonly help: boolean;
}

const spec = {
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
  help: {type: 'boolean', short: 'h'},
} as const;

/** A command-line mistake, said in one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parse `args` (without `node` and the script). Throws `UsageError` on a mistake. */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({args: [...args], options: spec, allowPositionals: false, strict: true});
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'(--?[\w-]+)/.exec(text)?.[1];
    if (option !== undefined && /Unknown option/.test(text)) {
      const known = Object.keys(spec).map((name) => `--${name}`);
      throw new UsageError(`Unexpected option \`${option}\`, expected one of ${listCode(known)}${didYouMean(option, known)}.`);
    }
    throw new UsageError(text);
  }
  const {values} = parsed;
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`Unexpected \`--format ${format}\`, expected one of \`text\`, \`json\`.`);
  }
  let port: number | undefined;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`\`--port ${values.port}\` is not a port number (0–65535).`);
  }
  return {
    content: values.content ?? 'content',
    output: values.output,
    cache: values['no-cache'] === true ? undefined : (values.cache ?? '.cache/build'),
    ...(values['base-url'] === undefined ? {} : {baseUrl: values['base-url']}),
    ...(values['path-prefix'] === undefined ? {} : {pathPrefix: values['path-prefix']}),
    drafts: values.drafts ?? false,
    strict: values.strict ?? false,
    format,
    ...(port === undefined ? {} : {port}),
    help: values.help ?? false,
  };
}

/**
 * Run a command: parse the command line once, answer `--help`, turn a
 * command-line mistake into its message and exit code 2, and any other
 * failure into one line (never a stack trace) and exit code 1.
 */
export async function runCommand(name: string, usage: string, body: (options: CliOptions) => Promise<number>): Promise<void> {
  let code: number;
  try {
    const options = parseCliOptions(process.argv.slice(2));
    if (options.help) {
      process.stdout.write(`${usage}\n`);
      code = 0;
    } else {
      code = await body(options);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usage}\n`);
      code = 2;
    } else {
      process.stderr.write(`${name} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`);
      code = 1;
    }
  }
  if (code !== 0) process.exitCode = code;
}
