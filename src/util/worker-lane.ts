/**
 * A worker thread that runs one job at a time: the module (started through
 * `worker-entry.mjs`, which registers tsx) answers each message it gets
 * with exactly one message, its result or `{error}`. For work done in
 * several parts where starting a worker per part would cost more than the
 * part (indexing search shards one after the other).
 */

import {Worker} from 'node:worker_threads';
import {isRecord} from './is-record.ts';

/** A running worker: give it one job at a time. */
export interface WorkerLane<Input, Result> {
  /** Send `input` and resolve to the answer; reject with its `error`, or when the worker fails or stops. */
  run(input: Input): Promise<Result>;
  /** Stop the worker. */
  close(): Promise<void>;
}

/** Start `module` in a worker thread; `what` names it in messages. */
export function startWorkerLane<Input, Result>(module: URL, what: string): WorkerLane<Input, Result> {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {workerData: {module: module.href}});
  let pending: {resolve: (result: Result) => void; reject: (error: Error) => void} | undefined;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.on('message', (message: unknown) => {
    const waiting = pending;
    pending = undefined;
    if (isRecord(message) && typeof message['error'] === 'string') waiting?.reject(new Error(message['error']));
    else waiting?.resolve(message as Result);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`${what} stopped with exit code ${code}.`)));
  return {
    run: (input) =>
      new Promise<Result>((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        if (pending !== undefined) return reject(new Error(`${what} was given a job before it answered the last one.`));
        pending = {resolve, reject};
        worker.postMessage(input);
      }),
    close: async () => {
      failure ??= new Error(`${what} was closed.`);
      await worker.terminate();
    },
  };
}
