/**
 * Each command declares its own options: an option it does not take is a
 * usage error that says so (and why, where that helps), a misspelt one gets
 * a suggestion, and the README's table of options says what the
 * declarations say.
 */

import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {buildCommand, checkCommand, newCommand, startCommand} from '../src/cli/commands.ts';
import {type Command, helpText, parseCommandLine, usageLine, UsageError} from '../src/cli/options.ts';

/** The options `command` reads from `args`; fails the test on `--help`. */
function read<Options>(command: Command<Options>, args: readonly string[]): Options {
  const parsed = parseCommandLine(command, args);
  assert.ok(!parsed.help, 'not --help');
  return parsed.options;
}

/** Assert that `args` are a usage error of `command` whose message matches `message`. */
function refuses(command: Command<unknown>, args: readonly string[], message: RegExp): void {
  assert.throws(() => parseCommandLine(command, args), (error: unknown) => {
    assert.ok(error instanceof UsageError, String(error));
    assert.match(error.message, message);
    return true;
  });
}

describe('build', () => {
  test('reads its options, with their defaults', () => {
    assert.deepEqual(read(buildCommand, []), {content: 'content', output: '_site', cache: '.cache/build', overrides: {}, drafts: false});
    assert.deepEqual(read(buildCommand, ['--content', 'c', '--output', 'o', '--no-cache', '--drafts', '--base-url', 'https://x.org', '--path-prefix', '/a/']), {
      content: 'c',
      output: 'o',
      cache: undefined,
      overrides: {baseUrl: 'https://x.org', pathPrefix: '/a/'},
      drafts: true,
    });
  });

  test("refuses another command's options", () => {
    refuses(buildCommand, ['--strict'], /^`npm run build` does not take `--strict`: a build stops on errors only; run `npm run check -- --strict`.*It takes `--content`/);
    refuses(buildCommand, ['--port', '8080'], /does not take `--port`/);
    refuses(buildCommand, ['--date', '2021'], /^`npm run build` does not take `--date`\. It takes /);
  });
});

describe('check', () => {
  test('checks drafts always, and does not advertise or take `--drafts`', () => {
    assert.ok(!checkCommand.options.includes('drafts'));
    assert.ok(!usageLine(checkCommand).includes('--drafts'), usageLine(checkCommand));
    refuses(checkCommand, ['--drafts'], /^`npm run check` does not take `--drafts`: it always checks every article, drafts included, as a build does\./);
  });

  test('refuses `--output`: it writes nothing', () => {
    refuses(checkCommand, ['--output', 'x'], /does not take `--output`: it writes nothing/);
  });

  test('reads `--strict`, `--format` and the cache it shares with build', () => {
    assert.deepEqual(read(checkCommand, ['--strict', '--format', 'json']), {content: 'content', cache: '.cache/build', overrides: {}, strict: true, format: 'json'});
    assert.equal(read(checkCommand, ['--no-cache']).cache, undefined);
    refuses(checkCommand, ['--format', 'xml'], /Unexpected `--format xml`, expected one of `text`, `json`/);
  });

  test('suggests the option meant', () => {
    refuses(checkCommand, ['--stric'], /^Unexpected option `--stric`, expected one of .*\(did you mean `--strict`\?\)/);
  });
});

describe('start', () => {
  test('reads its port, and refuses a bad one', () => {
    assert.equal(read(startCommand, []).port, 8080);
    assert.equal(read(startCommand, ['--port', '0']).port, 0);
    refuses(startCommand, ['--port', '80000'], /`--port 80000` is not a port number/);
    refuses(startCommand, ['--port', 'http'], /`--port http` is not a port number/);
  });

  test('refuses `--drafts` and `--path-prefix`, which the preview always sets itself', () => {
    refuses(startCommand, ['--drafts'], /does not take `--drafts`: the preview always shows drafts/);
    refuses(startCommand, ['--path-prefix', '/a/'], /does not take `--path-prefix`: the preview serves the site at the root/);
  });
});

describe('new', () => {
  test('reads the title from its words and its own options', () => {
    assert.deepEqual(read(newCommand, ['Kabul', 'falls', '--date', '2021-08-15', '--slug', 'kabul']), {title: 'Kabul falls', content: 'content', date: '2021-08-15', slug: 'kabul'});
  });

  test('refuses the options of the build', () => {
    refuses(newCommand, ['Title', '--output', 'x'], /^`npm run new` does not take `--output`\. It takes `--date`, `--source`, `--slug`, `--content`, `--help`\./);
    refuses(newCommand, ['Title', '--dat', '2021'], /did you mean `--date`/);
  });
});

test('only `new` takes words besides options', () => {
  refuses(buildCommand, ['site'], /^Unexpected argument `site`: `npm run build` takes only options\./);
});

test('`--help` answers before anything is read, and lists every option', () => {
  assert.deepEqual(parseCommandLine(checkCommand, ['--format', 'xml', '--help']), {help: true});
  const help = helpText(checkCommand);
  for (const name of [...checkCommand.options, 'help']) assert.match(help, new RegExp(`^  --${name}\\b`, 'm'), name);
});

test("the README's table of options says which command takes which option", async () => {
  const readme = await readFile(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
  const commands = {build: buildCommand, check: checkCommand, start: startCommand, new: newCommand} as const;
  const header = /^\| option \| `build` \| `check` \| `start` \| `new` \| meaning \|$/m.exec(readme);
  assert.ok(header !== null, 'README has the table of options');
  const lines = readme.slice(header.index).split('\n').slice(2);
  const rows = lines.slice(0, lines.findIndex((line) => !line.startsWith('|')));
  const seen = new Set<string>();
  for (const row of rows) {
    const cells = row.split('|').slice(1, -1).map((cell) => cell.trim());
    const names = [...(cells[0] ?? '').matchAll(/`--([a-z-]+)/g)].map((match) => match[1] ?? '');
    assert.ok(names.length > 0, `a row names its option: ${row}`);
    for (const name of names) {
      seen.add(name);
      Object.values(commands).forEach((command, index) => {
        const takes = command.options.some((option) => option === name);
        assert.equal(cells[index + 1] === '✓', takes, `README: \`--${name}\` for ${command.invocation}`);
      });
    }
  }
  const declared = new Set(Object.values(commands).flatMap((command) => command.options));
  assert.deepEqual([...declared].filter((name) => !seen.has(name)), [], 'options missing from the README');
});
