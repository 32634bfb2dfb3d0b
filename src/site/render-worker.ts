/**
 * Worker thread body for `renderSite`: renders the share of article pages
 * it was given and posts back how many files it wrote.
 */

import {parentPort, workerData} from 'node:worker_threads';
import {describeError} from '../util/describe-error.ts';
import {renderPart, type RenderWorkerInput} from './render.ts';

const input = workerData as RenderWorkerInput;

renderPart(input.archive, input.outputDir, {articles: input.articles, articlesOnly: true}).then(
  (result) => parentPort?.postMessage(result),
  (error: unknown) => parentPort?.postMessage({error: describeError(error)}),
);
