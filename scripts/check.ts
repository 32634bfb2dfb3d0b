/**
 * `npm run check [-- --content DIR --strict --format json --base-url URL --path-prefix /p/ --cache DIR --no-cache]`
 *
 * Reads and checks all content, drafts included, and gives editors' advice,
 * without writing anything but the build cache it shares with `build`. Exits
 * 1 when there is an error (or, with `--strict`, a warning).
 */

import {checkCommand, type CheckCommandOptions} from '../src/cli/commands.ts';
import {runCommand} from '../src/cli/options.ts';
import {loadArchive} from '../src/load-archive.ts';
import {countMessages} from '../src/content/reporter.ts';
import {plural} from '../src/util/plural.ts';

async function main(options: CheckCommandOptions): Promise<number> {
  const result = await loadArchive(options.content, {
    includeDrafts: true,
    advice: true,
    overrides: options.overrides,
    ...(options.cache === undefined ? {} : {cacheDir: options.cache}),
  });
  const {errors, warnings} = countMessages(result.messages);
  const failed = errors > 0 || (options.strict && warnings > 0);
  if (options.format === 'json') {
    process.stdout.write(`${JSON.stringify({ok: !failed, errors, warnings, messages: result.messages}, null, 2)}\n`);
  } else if (result.report === '') {
    const archive = result.archive;
    process.stdout.write(
      archive === undefined
        ? 'No problems found.\n'
        : `No problems found in ${plural(archive.articles.length, 'article')}, ${plural(archive.actors.length, 'actor')}, ${plural(archive.topics.length, 'topic')} and ${plural(archive.sources.length, 'source')}.\n`,
    );
  } else {
    process.stdout.write(result.report);
    if (!failed && warnings > 0) process.stdout.write('Warnings do not stop a build; `--strict` makes them fail the check.\n');
  }
  return failed ? 1 : 0;
}

await runCommand('Check', checkCommand, main);
