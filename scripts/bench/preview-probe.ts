/**
 * The preview's latencies, as an editor feels them: `npm start` runs as a
 * child process on the generated archive; then, one after the other, an
 * article, an actor file and a template are edited, and for each the time
 * from the save to the page showing the change (polled over HTTP every
 * 20 ms) and to the preview reporting its search index updated. For the
 * article, a word no other page has is added, and a search in Chromium then
 * checks that the index finds it.
 */

import {type ChildProcess, spawn} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import path from 'node:path';
import {probeSearch} from './search-probe.ts';

/** One edit's latencies (ms from the save). */
export interface PreviewLatency {
  readonly edit: string;
  /** The open page shows the change. */
  readonly pageMs: number;
  /** The preview reported its search index updated (`undefined` when the edit needs none or it never did). */
  readonly searchMs: number | undefined;
  /** Whether a search for the edit's new word found it (only for the article edit; `undefined` when not checked). */
  readonly searchFinds?: boolean;
  /** Why this edit could not be measured. */
  readonly failure?: string;
}

/** Results of `probePreview`, or why it could not run. */
export type PreviewProbeResult =
  | {readonly ok: true; readonly startMs: number; readonly edits: readonly PreviewLatency[]}
  | {readonly ok: false; readonly reason: string};

/** What the probe needs. */
export interface PreviewProbeOptions {
  readonly root: string;
  readonly corpus: string;
  readonly outputDir: string;
  readonly cacheDir: string;
  /** An article file of the corpus, its page's path (`/articles/x/`). */
  readonly article: {readonly file: string; readonly url: string};
  /** An actor file of the corpus and its page's path. */
  readonly actor: {readonly file: string; readonly url: string};
  /** Give up on one edit after this long (default 10 minutes). */
  readonly timeoutMs?: number;
  /** Give up on the preview's start, a cold build, after this long (default an hour). */
  readonly startTimeoutMs?: number;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Lines the child prints, and a way to wait for one. */
function watchLines(child: ChildProcess): (test: (line: string) => boolean, timeoutMs: number) => Promise<number> {
  const seen: {line: string; at: number}[] = [];
  const waiting: {test: (line: string) => boolean; resolve: (at: number) => void}[] = [];
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end = buffer.indexOf('\n');
    while (end >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      const at = performance.now();
      seen.push({line, at});
      for (const waiter of waiting.splice(0)) {
        if (waiter.test(line)) waiter.resolve(at);
        else waiting.push(waiter);
      }
      end = buffer.indexOf('\n');
    }
  });
  return (test, timeoutMs) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the preview printed no matching line in ${timeoutMs / 1000} s`)), timeoutMs);
      waiting.push({test, resolve: (at) => (clearTimeout(timer), resolve(at))});
    });
}

/** Poll `url` until its body contains `text`; resolves to the time it did. */
async function pollFor(url: string, text: string, timeoutMs: number): Promise<number> {
  const end = performance.now() + timeoutMs;
  while (performance.now() < end) {
    const body = await fetch(url).then((response) => response.text(), () => '');
    if (body.includes(text)) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not show \`${text}\` within ${timeoutMs / 1000} s`);
}

/** Run the preview on `options.corpus` and measure three edits; every edited file is restored. */
export async function probePreview(options: PreviewProbeOptions): Promise<PreviewProbeResult> {
  const timeoutMs = options.timeoutMs ?? 600_000;
  const startTimeoutMs = options.startTimeoutMs ?? 3_600_000;
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(options.root, 'scripts', 'start.ts'), '--content', options.corpus, '--output', options.outputDir, '--cache', options.cacheDir, '--port', String(port)],
    {cwd: options.root, stdio: ['ignore', 'pipe', 'inherit']},
  );
  const waitForLine = watchLines(child);
  const template = path.join(options.root, 'templates', '_layouts', 'base.njk');
  const originals = new Map<string, string>();
  const edit = async (file: string, change: (text: string) => string): Promise<number> => {
    const text = await readFile(file, 'utf8');
    if (!originals.has(file)) originals.set(file, text);
    const at = performance.now();
    await writeFile(file, change(text));
    return at;
  };
  try {
    await Promise.race([
      waitForLine((line) => line.startsWith('Preview at '), startTimeoutMs),
      new Promise((_resolve, reject) => child.once('exit', (code) => reject(new Error(`the preview stopped with exit code ${code}`)))),
    ]);
    const startMs = performance.now() - started;
    const base = `http://localhost:${port}`;
    const edits: PreviewLatency[] = [];
    const searchDone = (): Promise<number> => waitForLine((line) => /Search index updated/.test(line), timeoutMs);

    const measure = async (name: string, run: () => Promise<PreviewLatency>): Promise<void> => {
      try {
        edits.push(await run());
      } catch (error) {
        edits.push({edit: name, pageMs: Number.NaN, searchMs: undefined, failure: error instanceof Error ? error.message : String(error)});
      }
    };

    // An article: a sentence with a word found nowhere else.
    const word = 'Quzzlewick';
    await measure('article', async () => {
      const searched = searchDone();
      const at = await edit(options.article.file, (text) => `${text.trimEnd()} The preview benchmark adds ${word} here.\n`);
      const articlePage = await pollFor(`${base}${options.article.url}`, word, timeoutMs);
      const articleSearch = await searched;
      const probe = await probeSearch(options.outputDir, [word]);
      return {
        edit: 'article',
        pageMs: articlePage - at,
        searchMs: articleSearch - at,
        ...(probe.ok ? {searchFinds: probe.probes.every((found) => !/^0\b|^no\b/i.test(found.results) && found.msToFirstResult > 0)} : {}),
      };
    });

    // An actor: a new description, shown on its page.
    const description = 'Described anew by the preview benchmark';
    await measure('actor', async () => {
      const searched = searchDone();
      const at = await edit(options.actor.file, (text) => text.replace(/^description: .*$/m, `description: "${description}"`));
      const actorPage = await pollFor(`${base}${options.actor.url}`, description, timeoutMs);
      return {edit: 'actor', pageMs: actorPage - at, searchMs: (await searched) - at};
    });

    // A template: a comment in the layout every page has; the whole site is built again.
    const marker = '<!-- edited by the preview benchmark -->';
    await measure('template', async () => {
      const at = await edit(template, (text) => text.replace('</footer>', `</footer>\n${marker}`));
      const templatePage = await pollFor(`${base}${options.article.url}`, marker, timeoutMs);
      return {edit: 'template', pageMs: templatePage - at, searchMs: undefined};
    });
    return {ok: true, startMs, edits};
  } catch (error) {
    return {ok: false, reason: error instanceof Error ? error.message : String(error)};
  } finally {
    for (const [file, text] of originals) await writeFile(file, text);
    // It may be building the whole site again for the restored template: give it a moment, then stop it.
    child.kill('SIGTERM');
    const stopped = new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await stopped;
    clearTimeout(timer);
  }
}
