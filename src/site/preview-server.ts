/**
 * The preview server: builds the archive with its drafts, serves it with
 * live reload, and rebuilds whenever a content file or a template changes.
 * A build with errors prints its report and keeps the last good site served.
 */

import EleventyDevServer from '@11ty/eleventy-dev-server';
import {watch, type FSWatcher} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildResult} from '../build.ts';
import {isIgnored} from '../content/files.ts';
import {refuseOutsidePaths} from './preview-paths.ts';
import type {SiteOverrides} from '../content/site-config.ts';

/** Options for `startPreview`. */
export interface PreviewOptions {
  readonly contentDir: string;
  /** Where the preview site is written (not the publishing output). */
  readonly outputDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly overrides?: SiteOverrides;
  /** Keep processed articles here, so a rebuild after an edit only processes what changed. */
  readonly cacheDir?: string;
  /** Called after every build, good or bad. */
  readonly onBuild?: (result: BuildResult) => void;
}

/** A running preview. */
export interface Preview {
  /** The address of the home page. */
  readonly url: string;
  /** Rebuild now (the watcher calls this too); resolves when done. */
  rebuild(): Promise<BuildResult>;
  close(): Promise<void>;
}

const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Build once, start serving, and watch for changes. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const outputDir = path.resolve(options.outputDir);
  const runBuild = async (): Promise<BuildResult> => {
    const result = await build({
      contentDir: options.contentDir,
      outputDir,
      includeDrafts: true,
      ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
      // Served from the local server: links and search work at its root.
      overrides: {...options.overrides, pathPrefix: '/'},
    });
    options.onBuild?.(result);
    return result;
  };

  await runBuild();
  const quiet = {info: () => undefined, log: () => undefined, error: (message: string) => process.stderr.write(`${message}\n`)};
  const server = EleventyDevServer.getServer('news-archive-preview', outputDir, {
    port: options.port,
    liveReload: true,
    domDiff: false,
    portReassignmentRetryCount: 10,
    logger: quiet,
    messageOnStart: () => false,
    middleware: [refuseOutsidePaths(outputDir)],
  });
  server.serve(options.port);
  await server.ready();

  // Rebuilds run one at a time; changes during a build cause one more.
  let running: Promise<BuildResult> | undefined;
  let again = false;
  const rebuild = async (): Promise<BuildResult> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: BuildResult;
      do {
        again = false;
        result = await runBuild();
      } while (again);
      if (result.ok) server.reload({files: ['index.html'], build: {templates: []}});
      else server.sendError({error: new Error(result.failure ?? result.report)});
      return result;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };

  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  };
  const watchers: FSWatcher[] = [path.resolve(options.contentDir), templatesDir].map((dir) =>
    watch(dir, {recursive: true}, (_event, name) => {
      if (name !== null && !isIgnored(name.split(path.sep))) schedule();
    }),
  );

  return {
    url: server.getServerUrl('localhost'),
    rebuild,
    close: async () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
      await server.close();
    },
  };
}
