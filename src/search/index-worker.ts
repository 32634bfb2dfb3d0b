/**
 * Worker thread body for `writeSearchIndex`: indexes each shard it is given
 * with its own Pagefind service (`shard-indexer.ts`) and answers `{}` when the
 * bundle is written, or `{error}`.
 */

import {parentPort} from 'node:worker_threads';
import {indexShard, type ShardJob} from './shard-indexer.ts';

parentPort?.on('message', (job: ShardJob) => {
  indexShard(job).then(
    () => parentPort?.postMessage({}),
    (error: unknown) => parentPort?.postMessage({error: error instanceof Error ? error.message : String(error)}),
  );
});
