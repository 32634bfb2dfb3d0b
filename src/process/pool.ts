/**
 * Process many articles: from the build cache where an article and
 * everything it depends on are unchanged, in worker threads for the rest
 * when there are enough of them, in this thread otherwise.
 */

import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import type {WorkerInput} from './worker.ts';
import {processArticle, type ArticleSource, type ProcessedArticle, type ProcessSettings} from './article.ts';

/** Below this many articles to process, worker start-up costs more than it saves. */
const workerThreshold = 400;

/** Articles a worker gets per message: large enough to amortise messaging. */
const batchSize = 200;

/** How many worker threads to use. */
function workerCount(jobs: number): number {
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(jobs / batchSize)));
}

/** Process `sources` with `settings`; results are in the order of `sources`. */
export async function processArticles(
  sources: readonly ArticleSource[],
  settings: ProcessSettings,
  options: {readonly minForWorkers?: number} = {},
): Promise<ProcessedArticle[]> {
  if (sources.length === 0 || sources.length < (options.minForWorkers ?? workerThreshold)) {
    return sources.map((source) => processArticle(source, settings));
  }

  const results = new Array<ProcessedArticle | undefined>(sources.length);
  const input: WorkerInput = {module: new URL('./worker.ts', import.meta.url).href, settings};
  const workers = Array.from(
    {length: workerCount(sources.length)},
    () => new Worker(new URL('../util/worker-entry.mjs', import.meta.url), {workerData: input}),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let start = 0;
            const send = (): void => {
              if (next >= sources.length) {
                resolve();
                return;
              }
              start = next;
              next = Math.min(sources.length, next + batchSize);
              worker.postMessage(sources.slice(start, next));
            };
            worker.on('message', (batch: ProcessedArticle[]) => {
              batch.forEach((result, offset) => {
                results[start + offset] = result;
              });
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`An article worker stopped with exit code ${code}.`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return sources.map((source, index) => results[index] ?? processArticle(source, settings));
}
