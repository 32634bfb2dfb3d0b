// Starts a worker thread that runs a TypeScript module: registers tsx's
// loader in this thread (loaders registered by the main thread do not reach
// workers), then imports the module named in `workerData.module`.
import {workerData} from 'node:worker_threads';
import {register} from 'tsx/esm/api';

register();
await import(workerData.module);
