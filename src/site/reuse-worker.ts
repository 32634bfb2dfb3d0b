/**
 * Worker thread body for `reusePages`: puts the previous build's unchanged
 * article pages into the new output while the main thread renders, and
 * posts back the stamps of any pages it had to copy.
 */

import {parentPort, workerData} from 'node:worker_threads';
import {describeError} from '../util/describe-error.ts';
import {placePagesSync, type ReuseWorkerInput} from './render-cache.ts';

const input = workerData as ReuseWorkerInput;

try {
  parentPort?.postMessage({copied: placePagesSync(input.files, input.from, input.to)});
} catch (error) {
  parentPort?.postMessage({error: describeError(error)});
}
