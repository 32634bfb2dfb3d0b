// Runs every `tests/**/*.test.ts` file with Node's test runner, naming the
// files explicitly (Node 20 has no --test globs). Finding no test file is a
// failure, never a silent pass.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const requested = process.argv.slice(2);
const files = (requested.length > 0 ? requested : readdirSync(path.join(root, 'tests'), {recursive: true}))
  .map((file) => (requested.length > 0 ? file : path.join('tests', String(file))))
  .filter((file) => file.endsWith('.test.ts'))
  .sort();

if (files.length === 0) {
  console.error('No test files found (expected tests/**/*.test.ts).');
  process.exit(1);
}

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {cwd: root, stdio: 'inherit'});
process.exit(result.status ?? 1);
