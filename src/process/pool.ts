/**
 * Process many articles: in worker threads when there are enough of them,
 * in this thread otherwise. Every article gets exactly one result: a worker
 * that answers a batch with the wrong number of results, or stops before it
 * has answered, fails the whole call rather than leaving articles out or
 * processing them again unseen.
 */

import {availableParallelism} from 'node:os';
import {Worker} from 'node:worker_threads';
import type {WorkerInput} from './worker.ts';
import {processArticle, type ArticleSource, type ProcessedArticle, type ProcessSettings} from './article.ts';

/** Below this many articles to process, worker start-up costs more than it saves. */
const workerThreshold = 400;

/** Articles a worker gets per message: large enough to amortise messaging. */
const batchSize = 200;

/** The module each worker runs. */
const workerModule = new URL('./worker.ts', import.meta.url);

/** How many worker threads to use. */
function workerCount(jobs: number): number {
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(jobs / batchSize)));
}

/** Options of `processArticles`. */
export interface PoolOptions {
  /** Use workers from this many articles on; default 400. */
  readonly minForWorkers?: number;
  /** The module the workers run, instead of `worker.ts` (tests give one that misbehaves). */
  readonly workerModule?: URL;
}

/** Process `sources` with `settings`; results are in the order of `sources`. */
export async function processArticles(sources: readonly ArticleSource[], settings: ProcessSettings, options: PoolOptions = {}): Promise<ProcessedArticle[]> {
  if (sources.length === 0 || sources.length < (options.minForWorkers ?? workerThreshold)) {
    return sources.map((source) => processArticle(source, settings));
  }

  const results = new Array<ProcessedArticle | undefined>(sources.length);
  const input: WorkerInput = {module: (options.workerModule ?? workerModule).href, settings};
  const workers = Array.from(
    {length: workerCount(sources.length)},
    () => new Worker(new URL('../util/worker-entry.mjs', import.meta.url), {workerData: input}),
  );
  let next = 0;
  try {
    await Promise.all(workers.map((worker) => feed(worker, sources, results, () => {
      const start = next;
      next = Math.min(sources.length, next + batchSize);
      return start;
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.map((result, index) => {
    if (result === undefined) throw new Error(`No article worker processed \`${sources[index]?.contentPath ?? index}\`.`);
    return result;
  });
}

/**
 * Give `worker` one batch after another (from the index `take` returns, up
 * to `batchSize` articles) and put its answers into `results`, until no
 * article is left. Rejects when the worker fails, stops before it is done,
 * or answers a batch with another number of results than it was given.
 */
function feed(worker: Worker, sources: readonly ArticleSource[], results: (ProcessedArticle | undefined)[], take: () => number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let start = 0;
    let end = 0;
    let done = false;
    const send = (): void => {
      start = take();
      end = Math.min(sources.length, start + batchSize);
      if (start >= end) {
        done = true;
        resolve();
        return;
      }
      worker.postMessage(sources.slice(start, end));
    };
    worker.on('message', (batch: unknown) => {
      if (!Array.isArray(batch) || batch.length !== end - start) {
        reject(new Error(`An article worker answered a batch of ${end - start} articles with ${Array.isArray(batch) ? batch.length : 'no list of'} results.`));
        return;
      }
      batch.forEach((result: ProcessedArticle, offset) => {
        results[start + offset] = result;
      });
      send();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (!done) reject(new Error(`An article worker stopped with exit code ${code} before it had processed its articles.`));
    });
    send();
  });
}
