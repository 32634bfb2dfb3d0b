/**
 * Run a TypeScript module in a worker thread for one result: the module
 * (started through `worker-entry.mjs`, which registers tsx) reads its
 * `workerData` and posts exactly one message, its result or `{error}`.
 */

import {Worker} from 'node:worker_threads';
import {isRecord} from './is-record.ts';

/**
 * Start `module` with `input` as its `workerData` and resolve to the one
 * message it posts; reject with its `error`, with an uncaught error, or when
 * it exits without answering. `what` names the worker in that last message.
 */
export function runWorker<Result>(module: URL, input: object, what: string): Promise<Result> {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {workerData: {...input, module: module.href}});
  return new Promise((resolve, reject) => {
    worker.once('message', (message: Result | {error: string}) => {
      if (isRecord(message) && typeof message['error'] === 'string') reject(new Error(message['error']));
      else resolve(message as Result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${what} stopped with exit code ${code}.`));
    });
  });
}
