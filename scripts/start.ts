/**
 * `npm start [-- --content DIR --port 8080 --output DIR --base-url URL --cache DIR --no-cache]`
 *
 * Preview server with live reload. Drafts are shown here only. Editing an
 * article, an actor, a topic, a source or a template rebuilds the site and
 * reloads open pages; content errors are printed and the last good site stays.
 */

import {startCommand, type StartCommandOptions} from '../src/cli/commands.ts';
import {runCommand} from '../src/cli/options.ts';
import {startPreview} from '../src/site/preview-server.ts';

async function main(options: StartCommandOptions): Promise<number> {
  const preview = await startPreview({
    contentDir: options.content,
    outputDir: options.output,
    port: options.port,
    ...(options.cache === undefined ? {} : {cacheDir: `${options.cache}-preview`}),
    overrides: options.overrides,
    onStep: (step, ms) => {
      const time = new Date().toTimeString().slice(0, 8);
      process.stdout.write(`[${time}] ${step === 'search index' ? 'Search index' : step === 'article pages' ? 'Article pages' : 'Other pages'} updated (${(ms / 1000).toFixed(2)} s into the update).\n`);
    },
    onBuild: (result) => {
      if (result.report !== '') process.stderr.write(result.report);
      const time = new Date().toTimeString().slice(0, 8);
      if (result.ok) {
        process.stdout.write(`[${time}] Built ${result.archive?.articles.length ?? 0} articles (drafts included).\n`);
      } else {
        process.stderr.write(`[${time}] Build failed: ${result.failure ?? 'content errors (listed above)'}. Still serving the last good build.\n`);
      }
    },
  });
  process.stdout.write(`Preview at ${preview.url}\nWatching ${options.content}/ and templates/ for changes. Press Ctrl+C to stop.\n`);
  const stop = (): void => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

await runCommand('Preview', startCommand, main);
