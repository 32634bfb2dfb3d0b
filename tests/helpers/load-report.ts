/**
 * Load the content folder `content` of the working folder as the error
 * cases do, and print the report and messages as JSON: the part of
 * `tests/content-errors.test.ts` that runs as another user.
 */

import {loadArchive} from '../../src/load-archive.ts';

const result = await loadArchive('content', {today: '2026-01-01'});
process.stdout.write(JSON.stringify({report: result.report, messages: result.messages, hasArchive: result.archive !== undefined}));
