/**
 * The preview server: builds the archive with its drafts, serves it with
 * live reload, and keeps the archive in memory. After a content edit it
 * re-reads and re-processes only the files that changed and updates the
 * served folder in place (`preview-update.ts`): the edited article's page
 * first, then the other pages, then search. A template edit, or a change to
 * which actors, topics, sources or years have pages, builds the whole site
 * again. A build with errors prints its report and keeps the last good site
 * served.
 */

import EleventyDevServer from '@11ty/eleventy-dev-server';
import {watch, type FSWatcher} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, type BuildResult} from '../build.ts';
import {describeError} from '../util/describe-error.ts';
import {createArticleMemo} from '../cache/article-memo.ts';
import {isIgnored} from '../content/files.ts';
import {refuseOutsidePaths} from './preview-paths.ts';
import type {SiteOverrides} from '../content/site-config.ts';
import {type PreviewSite, type PreviewStep, previewSiteOf, updatePreview} from './preview-update.ts';
import {forgetTemplates} from './render.ts';

/** Options for `startPreview`. */
export interface PreviewOptions {
  readonly contentDir: string;
  /** Where the preview site is written (not the publishing output). */
  readonly outputDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly overrides?: SiteOverrides;
  /** Keep processed articles and search shards here, so that starting again and re-indexing are quick. */
  readonly cacheDir?: string;
  /** Called after every build or update, good or bad. */
  readonly onBuild?: (result: BuildResult) => void;
  /** Called as an update after an edit finishes each step, with the time since the edit was seen. */
  readonly onStep?: (step: PreviewStep, ms: number) => void;
}

/** A running preview. */
export interface Preview {
  /** The address of the home page. */
  readonly url: string;
  /** Bring the site up to date now (the watcher calls this too); resolves when done. */
  rebuild(): Promise<BuildResult>;
  close(): Promise<void>;
}

const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Build once, start serving, and watch for changes. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const outputDir = path.resolve(options.outputDir);
  const contentDir = path.resolve(options.contentDir);
  // Served from the local server: links and search work at its root.
  const overrides: SiteOverrides = {...options.overrides, pathPrefix: '/'};
  const memo = createArticleMemo();
  // The bytes of every content file read, until the watcher says it changed.
  const texts = new Map<string, Uint8Array>();
  const read = async (file: string): Promise<Uint8Array> => {
    const known = texts.get(file);
    if (known !== undefined) return known;
    const bytes = await readFile(file);
    texts.set(file, bytes);
    return bytes;
  };
  let site: PreviewSite | undefined;
  let server: ReturnType<typeof EleventyDevServer.getServer> | undefined;
  const reload = (): void => server?.reload({files: ['index.html'], build: {templates: []}});

  const fullBuild = async (): Promise<BuildResult> => {
    const result = await build({
      contentDir,
      outputDir,
      includeDrafts: true,
      ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
      overrides,
      memo,
      read,
    });
    if (result.ok && result.archive !== undefined) site = await previewSiteOf(result.archive);
    return result;
  };

  const first = await fullBuild();
  options.onBuild?.(first);
  const quiet = {info: () => undefined, log: () => undefined, error: (message: string) => process.stderr.write(`${message}\n`)};
  server = EleventyDevServer.getServer('news-archive-preview', outputDir, {
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

  // Updates run one at a time; an edit during one stops it at its next step and starts another.
  let running: Promise<BuildResult> | undefined;
  let again = false;
  let templatesChanged = false;
  const updateOnce = async (): Promise<BuildResult> => {
    if (site === undefined || templatesChanged) {
      if (templatesChanged) await forgetTemplates();
      templatesChanged = false;
      const result = await fullBuild();
      if (result.ok) reload();
      return result;
    }
    const update = await updatePreview(site, {
      contentDir,
      outputDir,
      overrides,
      ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
      memo,
      read,
      reload,
      superseded: () => again || templatesChanged,
      ...(options.onStep === undefined ? {} : {onStep: options.onStep}),
    });
    if (update.result.ok && update.site === undefined) {
      site = undefined;
      return updateOnce();
    }
    site = update.site;
    return update.result;
  };
  const rebuild = async (): Promise<BuildResult> => {
    if (running !== undefined) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: BuildResult;
      do {
        again = false;
        // A failure that is not the content's (a file the build cannot write) is reported like a failed build; the preview goes on.
        result = await updateOnce().catch((error: unknown): BuildResult => ({
          ok: false,
          archive: undefined,
          messages: [],
          report: '',
          notes: [],
          failure: describeError(error),
          files: 0,
          timings: [],
        }));
        options.onBuild?.(result);
      } while (again || templatesChanged);
      if (!result.ok) server?.sendError({error: new Error(result.failure ?? result.report)});
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
    if (running !== undefined) again = true;
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 30);
  };
  const visible = (name: string): boolean => !isIgnored(name.split(path.sep));
  const watchers: FSWatcher[] = [
    watch(contentDir, {recursive: true}, (_event, name) => {
      if (name === null) texts.clear();
      else if (visible(name)) texts.delete(path.join(contentDir, name));
      else return;
      schedule();
    }),
    watch(templatesDir, {recursive: true}, (_event, name) => {
      if (name !== null && !visible(name)) return;
      templatesChanged = true;
      schedule();
    }),
  ];

  return {
    url: server.getServerUrl('localhost'),
    rebuild,
    close: async () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
      await server?.close();
    },
  };
}
