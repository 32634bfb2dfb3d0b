/**
 * `tsx scripts/bench/ranking.ts`: Pagefind's ranking settings compared on
 * the ranking table (`tests/fixtures/search-ranking/`), in Chromium. The
 * fixture is built once; for each setting the site's script is bundled again
 * with that setting in place of `src/browser/ranking.ts`, and every query of
 * the table is searched. Reported per setting: the rows whose first card and
 * first article are right, and the mean reciprocal rank of the expected
 * article (1 when it is always first). The figures in `docs/performance.md`
 * ("Search ranking") come from here.
 */

import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build as bundle} from 'esbuild';
import {chromium} from 'playwright-core';
import {build} from '../../src/build.ts';
import {scriptOptions} from '../../src/site/script.ts';
import {chromiumFlags, chromiumPath} from '../../tests/helpers/browser.ts';
import {searchPage, shownSearch} from '../../tests/helpers/search-page.ts';
import {serveStatic} from '../../tests/helpers/static-server.ts';
import {rankingTable} from '../../tests/fixtures/search-ranking/table.ts';

const fixture = fileURLToPath(new URL('../../tests/fixtures/search-ranking/content/', import.meta.url));
const rankingModule = fileURLToPath(new URL('../../src/browser/ranking.ts', import.meta.url));

/** The settings compared: Pagefind's defaults, then ours, then ours with one parameter changed. */
const ours = {metaWeights: {date: 0, source: 0, description: 0}};
const settings: readonly {readonly name: string; readonly ranking: object}[] = [
  {name: "Pagefind's defaults", ranking: {}},
  {name: 'ours: no weight for the date, source and description fields', ranking: ours},
  {name: 'ours, pageLength 0.25', ranking: {...ours, pageLength: 0.25}},
  {name: 'ours, pageLength 1', ranking: {...ours, pageLength: 1}},
  {name: 'ours, termFrequency 0.5', ranking: {...ours, termFrequency: 0.5}},
  {name: 'ours, termFrequency 0', ranking: {...ours, termFrequency: 0}},
  {name: 'ours, termSaturation 0.6', ranking: {...ours, termSaturation: 0.6}},
  {name: 'ours, termSaturation 2', ranking: {...ours, termSaturation: 2}},
  {name: 'ours, title weight 1', ranking: {...ours, metaWeights: {...ours.metaWeights, title: 1}}},
];

const scratch = await mkdtemp(path.join(os.tmpdir(), 'archive-ranking-bench-'));
try {
  const site = path.join(scratch, 'site');
  const built = await build({contentDir: fixture, outputDir: site, today: '2026-01-01'});
  if (!built.ok) throw new Error(built.report + (built.failure ?? ''));
  const server = await serveStatic(site);
  const browser = await chromium.launch({executablePath: chromiumPath, headless: true, args: chromiumFlags});
  const lines: string[] = ['| ranking | rows right | mean reciprocal rank of the expected article |', '|---|---:|---:|'];
  for (const setting of settings) {
    const result = await bundle({
      ...scriptOptions(path.join(site, 'assets')),
      plugins: [
        {
          name: 'ranking',
          setup(plugin) {
            plugin.onLoad({filter: /ranking\.ts$/}, (args) =>
              args.path === rankingModule ? {contents: `export const ranking = ${JSON.stringify(setting.ranking)};`, loader: 'ts'} : undefined,
            );
          },
        },
      ],
    });
    for (const file of result.outputFiles) await writeFile(file.path, file.contents);
    const context = await browser.newContext();
    const page = await context.newPage();
    let right = 0;
    let reciprocal = 0;
    const wrong: string[] = [];
    for (const row of rankingTable) {
      const shown = await shownSearch(page, searchPage(server, {q: row.query}));
      const expected = row.article === null ? null : `/articles/${row.article}/`;
      const rank = expected === null ? (shown.articles.length === 0 ? 1 : 0) : shown.articles.indexOf(expected) + 1;
      reciprocal += rank === 0 ? 0 : 1 / rank;
      if ((shown.cards[0] ?? null) === row.card && rank === 1) right++;
      else wrong.push(row.query);
    }
    await context.close();
    lines.push(`| ${setting.name} | ${right} of ${rankingTable.length}${wrong.length > 0 ? ` (not: ${wrong.join(', ')})` : ''} | ${(reciprocal / rankingTable.length).toFixed(3)} |`);
    process.stderr.write(`${lines.at(-1) ?? ''}\n`);
  }
  await browser.close();
  await server.close();
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await rm(scratch, {recursive: true, force: true});
}
