/**
 * Worker thread body for `processArticles`: processes the articles it is
 * given with the settings it was started with, and posts the results back.
 */

import {parentPort, workerData} from 'node:worker_threads';
import {processArticle, type ArticleSource, type ProcessSettings} from './article.ts';

/** What the worker is started with. */
export interface WorkerInput {
  readonly module: string;
  readonly settings: ProcessSettings;
}

const {settings} = workerData as WorkerInput;

parentPort?.on('message', (sources: readonly ArticleSource[]) => {
  parentPort?.postMessage(sources.map((source) => processArticle(source, settings)));
});
