/**
 * `npm run eval:import -- --dataset DIR [--mode html|text] [--output predictions.json]`
 *
 * Imports every page of a folder laid out like the article-extraction
 * benchmark (`ground-truth.json`, `html/<key>.html.gz`, `text/<key>.txt`),
 * as `npm run import` would but writing nothing, and scores the articles'
 * bodies with the benchmark's own metric (`src/import/eval/metric.ts`).
 * Prints F1, precision and recall, the five worst pages and the time taken;
 * `--output` writes the predictions in the benchmark's format,
 * `{key: {"articleBody": "..."}}`. A page the importer refuses counts as an
 * empty prediction. As the metric scores the body only, a page that gives no
 * date is given one (`2000`), and in text mode a page is given no title: the
 * importer finds the headline itself or uses the first line.
 */

import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {benchmarkScores, pageCounts, pageF1, pagePrecision, pageRecall, type PageCounts} from '../src/import/eval/metric.ts';
import {ImportError, prepareArticle, type PageKind} from '../src/import/import-article.ts';
import {readPageFile} from '../src/import/read-input.ts';
import {isRecord} from '../src/util/is-record.ts';

const usage = 'Usage: npm run eval:import -- --dataset DIR [--mode html|text] [--output predictions.json]';

/** One page's gold text and address. */
interface Gold {
  readonly articleBody: string;
  readonly url: string;
}

/** Read `ground-truth.json`: `{key: {articleBody, url}}`. */
async function readGold(file: string): Promise<Map<string, Gold>> {
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!isRecord(parsed)) throw new Error(`${file} is not a JSON object of pages.`);
  const gold = new Map<string, Gold>();
  for (const [key, value] of Object.entries(parsed)) {
    if (!isRecord(value) || typeof value['articleBody'] !== 'string') throw new Error(`${file}: page \`${key}\` has no \`articleBody\` text.`);
    gold.set(key, {articleBody: value['articleBody'], url: typeof value['url'] === 'string' ? value['url'] : ''});
  }
  return gold;
}

/** The article body an import of `file` gives, as plain text, one block a paragraph; '' when the importer refuses. */
async function predict(file: string, kind: PageKind): Promise<{readonly body: string; readonly refusal?: string}> {
  const page = await readPageFile(file);
  try {
    const article = prepareArticle(page.text, {}, {sources: [], topics: [], articles: new Map()}, {contentLabel: 'content', kind, fallback: {date: '2000', title: 'Untitled'}});
    return {body: article.cleaned.blocks.map((block) => block.text).join('\n\n')};
  } catch (error) {
    if (error instanceof ImportError) return {body: '', refusal: error.message};
    throw error;
  }
}

const figure = (value: number): string => value.toFixed(3);

async function main(): Promise<number> {
  const {values} = parseArgs({
    args: process.argv.slice(2),
    options: {dataset: {type: 'string'}, mode: {type: 'string'}, output: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
  });
  if (values.help === true) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const mode = values.mode ?? 'html';
  if (values.dataset === undefined || (mode !== 'html' && mode !== 'text')) {
    process.stderr.write(`eval:import: ${values.dataset === undefined ? 'give the benchmark folder with `--dataset DIR`' : `\`--mode ${mode}\` is not \`html\` or \`text\``}.\n${usage}\n`);
    return 1;
  }
  const gold = await readGold(path.join(values.dataset, 'ground-truth.json'));
  const predictions: Record<string, {articleBody: string}> = {};
  const pages: {key: string; counts: PageCounts; refusal?: string}[] = [];
  const started = performance.now();
  for (const [key, truth] of gold) {
    const file = mode === 'html' ? path.join(values.dataset, 'html', `${key}.html.gz`) : path.join(values.dataset, 'text', `${key}.txt`);
    const {body, refusal} = await predict(file, mode);
    predictions[key] = {articleBody: body};
    pages.push({key, counts: pageCounts(truth.articleBody, body), ...(refusal === undefined ? {} : {refusal})});
  }
  const seconds = (performance.now() - started) / 1000;
  const scores = benchmarkScores(pages.map((page) => page.counts));
  const out = process.stdout;
  out.write(`${mode} mode, ${pages.length} pages of ${values.dataset}\n`);
  out.write(`F1 ${figure(scores.f1)}  precision ${figure(scores.precision)}  recall ${figure(scores.recall)}\n`);
  out.write(`time ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, pages.length)).toFixed(0)} ms a page)\n`);
  out.write('five worst pages:\n');
  const worst = [...pages].sort((a, b) => pageF1(a.counts) - pageF1(b.counts)).slice(0, 5);
  for (const page of worst) {
    const refused = page.refusal === undefined ? '' : `  refused: ${page.refusal}`;
    out.write(`  ${page.key.slice(0, 12)}  F1 ${figure(pageF1(page.counts))}  P ${figure(pagePrecision(page.counts))}  R ${figure(pageRecall(page.counts))}  ${gold.get(page.key)?.url ?? ''}${refused}\n`);
  }
  const refusals = pages.filter((page) => page.refusal !== undefined).length;
  if (refusals > 0) out.write(`${refusals} page(s) refused by the importer (scored as empty)\n`);
  if (values.output !== undefined) {
    await writeFile(values.output, `${JSON.stringify(predictions, null, 2)}\n`);
    out.write(`predictions written to ${values.output}\n`);
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`eval:import: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
