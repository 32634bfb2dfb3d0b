/**
 * `npm run build [-- --content DIR --output DIR --base-url URL --path-prefix /p/ --drafts --cache DIR --no-cache]`
 *
 * Builds the site. Prints every content problem as
 * `path:line:col  severity  message  rule-id` and exits 1 when there is an
 * error, leaving the previous output untouched.
 */

import {build} from '../src/build.ts';
import {buildCommand, type BuildCommandOptions} from '../src/cli/commands.ts';
import {runCommand} from '../src/cli/options.ts';
import {plural} from '../src/util/plural.ts';

async function main(options: BuildCommandOptions): Promise<number> {
  const output = options.output;
  const started = performance.now();
  // Progress on a terminal only, so logs and CI output stay clean.
  const progress = process.stderr.isTTY
    ? (stage: string): void => void process.stderr.write(`\r\x1b[2K${stage}…`)
    : undefined;
  const result = await build({
    ...(progress === undefined ? {} : {onStage: progress}),
    contentDir: options.content,
    outputDir: output,
    includeDrafts: options.drafts,
    ...(options.cache === undefined ? {} : {cacheDir: options.cache}),
    overrides: options.overrides,
  });
  if (progress !== undefined) process.stderr.write('\r\x1b[2K');
  if (result.report !== '') process.stderr.write(result.report);
  if (!result.ok) {
    const why = result.failure === undefined ? 'the content has errors (listed above)' : result.failure;
    process.stderr.write(`\nBuild failed: ${why}.\nNothing was written; \`${output}\` is as it was.\n`);
    return 1;
  }
  const {archive} = result;
  if (archive !== undefined) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const pages = [
      plural(archive.articles.length, 'article'),
      plural(archive.actors.length, 'actor'),
      plural(archive.topics.length, 'topic'),
      plural(archive.sources.length, 'source'),
      plural(archive.pages.timelineYears.length, 'timeline year'),
    ];
    const feeds = 1 + archive.topics.length + archive.actors.length;
    process.stdout.write(
      [
        `Built ${output}/ in ${seconds} s: ${plural(result.files, 'file')}.`,
        `  pages: ${pages.join(', ')}, plus home, indexes, search and 404; ${plural(feeds, 'feed')}`,
        ...(result.search === undefined ? [] : [`  search index: ${plural(result.search.pages, 'page')}, ${Math.round(result.search.bytes / 1024)} KiB`]),
        ...(result.media === undefined || result.media.images === 0
          ? []
          : [`  images: ${plural(result.media.images, 'image')} in ${plural(result.media.files, 'file')}, ${result.media.processed} processed, ${result.media.images - result.media.processed} from the cache`]),
        `  time: ${result.timings.map((timing) => `${timing.stage} ${Math.round(timing.ms)} ms`).join(', ')}`,
        '',
      ].join('\n'),
    );
  }
  return 0;
}

await runCommand('Build', buildCommand, main);
