/**
 * `npm run bench -- [--articles 10000] [--runs 1] [--keep] [--skip-baselines]
 *   [--skip-search] [--query WORD]… [--json FILE]`, or
 * `npm run bench -- --site DIR [--query WORD]…` for the search measurement alone
 *
 * The performance benchmark (see docs/performance.md). It generates a
 * synthetic archive in a temporary folder, then measures, each as a child
 * process with its whole process tree sampled for memory:
 *
 * - our build: cold into a fresh folder; after appending a sentence to one
 *   article, rebuilt into the same folder; rebuilt with no change; and a cold
 *   build of the edited content into another folder, which the rebuilt
 *   output must equal byte for byte;
 * - baselines on the same corpus, in the same run: plain Eleventy 3 with its
 *   default Markdown, and Hugo followed by the Pagefind CLI;
 * - search in Chromium on our built site: bytes fetched for a query and the
 *   time to the first result.
 *
 * Machines are shared and noisy, so what counts are the ratios against the
 * baselines measured in the same run. Never part of `npm test`.
 */

import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync} from 'node:fs';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {generateCorpus} from './gen-corpus.ts';
import {eleventyArguments, writeEleventyProject} from './bench/eleventy-baseline.ts';
import {compareTrees, folderSize, type TreeComparison} from './bench/files.ts';
import {listFiles} from '../src/util/folder.ts';
import {ensureHugo, hugoArguments, pagefindArguments, pagefindBinary, writeHugoSite} from './bench/hugo-baseline.ts';
import {describeMachine} from './bench/machine.ts';
import {canMeasureTrees, measureTree} from './bench/process-tree.ts';
import {checkGoals, computeRatios, describeComparison, formatBytesByKind, formatReport, medianStep, sequence, type BenchResult, type RunResult, type Step} from './bench/report.ts';
import {probePreview, type PreviewProbeResult} from './bench/preview-probe.ts';
import {probeSearch, type SearchProbeResult} from './bench/search-probe.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const usage = `Usage: npm run bench -- [--articles N] [--runs R] [--keep] [--skip-baselines] [--skip-search] [--skip-preview] [--query WORD]… [--json FILE]
       npm run bench -- --site DIR [--query WORD]…

  --articles N       articles in the generated archive (default 10000)
  --runs R           repeat every measurement R times and report medians (default 1)
  --keep             keep the temporary folder (corpus, outputs, baseline projects)
  --skip-baselines   measure our build only (no Eleventy, Hugo or Pagefind CLI)
  --skip-search      do not measure search in Chromium
  --skip-preview     do not measure the preview's latencies after an edit
  --query WORD       a search to measure (repeatable; default: a common word and an actor's name)
  --json FILE        also write every result as JSON
  --site DIR         only measure search in Chromium, on the site already built in DIR (default query: ceasefire)`;

interface Options {
  readonly articles: number;
  readonly runs: number;
  readonly keep: boolean;
  readonly skipBaselines: boolean;
  readonly skipSearch: boolean;
  readonly skipPreview: boolean;
  readonly queries: readonly string[];
  readonly json: string | undefined;
  readonly site: string | undefined;
}

function parseOptions(argv: readonly string[]): Options | 'help' {
  const {values} = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      articles: {type: 'string'},
      runs: {type: 'string'},
      keep: {type: 'boolean'},
      'skip-baselines': {type: 'boolean'},
      'skip-search': {type: 'boolean'},
      'skip-preview': {type: 'boolean'},
      query: {type: 'string', multiple: true},
      json: {type: 'string'},
      site: {type: 'string'},
      help: {type: 'boolean', short: 'h'},
    },
  });
  if (values.help === true) return 'help';
  const whole = (name: string, text: string | undefined, fallback: number): number => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, not \`${text ?? ''}\`.`);
    return value;
  };
  return {
    articles: whole('articles', values.articles, 10_000),
    runs: whole('runs', values.runs, 1),
    keep: values.keep === true,
    skipBaselines: values['skip-baselines'] === true,
    skipSearch: values['skip-search'] === true,
    skipPreview: values['skip-preview'] === true,
    queries: values.query ?? [],
    json: values.json,
    site: values.site,
  };
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

/** Parse our build's `  time: load 219 ms, parse 4658 ms, …` line into ms per stage. */
function parseStages(stdout: string): Record<string, number> {
  const stages: Record<string, number> = {};
  const line = /^\s*time:\s*(.+)$/m.exec(stdout)?.[1];
  if (line === undefined) return stages;
  for (const part of line.split(/,\s*/)) {
    const match = /^(.+?)\s+([\d.]+)\s*(ms|s)$/.exec(part.trim());
    if (match?.[1] === undefined || match[2] === undefined) continue;
    stages[match[1]] = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
  }
  return stages;
}

function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Run one command as a measured step; `outputDir` is sized afterwards when the command succeeded. */
async function step(label: string, command: string, args: readonly string[], options: {cwd: string; outputDir?: string; ourBuild?: boolean}): Promise<Step> {
  process.stderr.write(`  ${label}… `);
  const loadAtStart = os.loadavg()[0] ?? 0;
  const measured = await measureTree(command, args, {cwd: options.cwd});
  const ok = measured.exitCode === 0;
  const failure = ok ? undefined : `exit ${measured.exitCode ?? measured.signal ?? '?'}: ${tail(measured.stderr || measured.stdout)}`;
  const output = ok && options.outputDir !== undefined ? await folderSize(options.outputDir) : undefined;
  say(ok ? `${(measured.wallMs / 1000).toFixed(1)} s, peak ${Math.round(measured.peakRssBytes / 1e6)} MB` : 'FAILED');
  if (failure !== undefined) say(`    ${failure.replace(/\n/g, '\n    ')}`);
  return {
    label,
    ok,
    wallMs: measured.wallMs,
    cpuMs: measured.cpuMs,
    peakRssBytes: measured.peakRssBytes,
    peakProcesses: measured.peakProcesses,
    peakByProcess: measured.peakByProcess,
    loadAtStart: Math.round(loadAtStart * 100) / 100,
    ...(output === undefined ? {} : {output}),
    stages: options.ourBuild === true ? parseStages(measured.stdout) : {},
    ...(failure === undefined ? {} : {failure}),
  };
}

const buildScript = path.join(root, 'scripts', 'build.ts');

/** Whether our build takes `--cache DIR` (a build cache kept across builds). */
function buildTakesCache(): boolean {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', buildScript, '--cache', path.join(os.tmpdir(), 'unused'), '--help'], {cwd: root, stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

/**
 * The Node flags of `npm run build` in package.json (such as its heap
 * limit), so that the benchmark runs the build exactly as editors and CI do.
 */
function readBuildNodeFlags(): string[] {
  const manifest: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const script = typeof manifest === 'object' && manifest !== null && 'scripts' in manifest ? (manifest.scripts as Record<string, unknown>)['build'] : undefined;
  const words = typeof script === 'string' ? script.split(/\s+/) : [];
  const end = words.indexOf('scripts/build.ts');
  if (words[0] !== 'node' || end < 0) throw new Error(`package.json's build script is not \`node … scripts/build.ts\`: ${String(script)}`);
  return words.slice(1, end);
}

const buildNodeFlags = readBuildNodeFlags();

/**
 * Our build as the bench runs it: a child process, like `npm run build`
 * without npm. With `cache`, its build cache is kept there (not in the
 * repository's `.cache/`), so that a cold build can start with none.
 */
function ourBuild(label: string, content: string, output: string, cache: string | undefined): Promise<Step> {
  return step(label, process.execPath, [...buildNodeFlags, buildScript, '--content', content, '--output', output, ...(cache === undefined ? [] : ['--cache', cache])], {
    cwd: root,
    outputDir: output,
    ourBuild: true,
  });
}

function versionOf(packageName: string): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(root, 'node_modules', packageName, 'package.json'), 'utf8'));
    if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') return manifest.version;
  } catch {
    // Not installed.
  }
  return 'not installed';
}

/** The checked-out commit, noting uncommitted changes to the code that builds. */
function describeCommit(): string {
  try {
    const git = (...args: string[]): string => execFileSync('git', args, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    const commit = git('rev-parse', '--short=12', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src', 'templates', 'scripts/build.ts', 'package-lock.json') !== '';
    return dirty ? `${commit} with uncommitted changes in src/ or templates/` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Places where a build might keep a cache outside its output, as they are now. */
function cacheLike(content: string): string[] {
  const found: string[] = [];
  for (const dir of [root, content, path.join(root, 'node_modules')]) {
    try {
      for (const name of readdirSync(dir)) if (/cache/i.test(name)) found.push(path.join(dir, name));
    } catch {
      // Missing folder.
    }
  }
  return found.sort();
}

let differencesDir: string | undefined;

/**
 * Copy the files that differ (both versions, at most the first 20 of each
 * list) out of the temporary folder, which is removed at the end, so that
 * the evidence survives. Returns where they went.
 */
async function keepDifferences(comparison: TreeComparison, rebuilt: string, cold: string, name: string): Promise<string> {
  differencesDir ??= await mkdtemp(path.join(os.tmpdir(), 'news-archive-bench-differences-'));
  const target = path.join(differencesDir, name);
  const copy = async (from: string, side: string, file: string): Promise<void> => {
    await mkdir(path.dirname(path.join(target, side, file)), {recursive: true});
    await cp(path.join(from, file), path.join(target, side, file), {verbatimSymlinks: true});
  };
  for (const file of comparison.differing) {
    await copy(rebuilt, 'rebuilt', file);
    await copy(cold, 'cold', file);
  }
  for (const file of comparison.onlyInFirst) await copy(rebuilt, 'rebuilt', file);
  for (const file of comparison.onlyInSecond) await copy(cold, 'cold', file);
  await writeFile(path.join(target, 'comparison.json'), `${JSON.stringify(comparison, null, 2)}\n`);
  return target;
}

/** The first actor's name in the corpus, as a second search query. */
async function actorQuery(corpus: string): Promise<string | undefined> {
  const files = (await readdir(path.join(corpus, 'actors'))).filter((file) => file.endsWith('.md')).sort();
  const first = files[0];
  if (first === undefined) return undefined;
  const name = /^name:\s*"(.+)"$/m.exec(await readFile(path.join(corpus, 'actors', first), 'utf8'))?.[1];
  return name?.split(' ').at(-1);
}

/** `--site DIR`: the search measurement alone, on a site built beforehand (e.g. with `npm run build -- --content …`). */
async function searchOnly(site: string, queries: readonly string[]): Promise<number> {
  say(`Search in Chromium on ${site}:`);
  const search = await probeSearch(site, queries);
  if (!search.ok) {
    say(`*** SEARCH NOT MEASURED: ${search.reason} ***`);
    return 1;
  }
  for (const probe of search.probes) {
    say(`  "${probe.query}": ${probe.results}; first result after ${(probe.msToFirstResult / 1000).toFixed(2)} s`);
  }
  process.stdout.write(`${formatBytesByKind(search.probes)}\n`);
  return 0;
}

async function main(): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    say(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (options.site !== undefined) return searchOnly(options.site, options.queries.length > 0 ? options.queries : ['ceasefire']);
  if (!canMeasureTrees()) {
    say('The benchmark reads /proc to measure process trees: it runs on Linux only.');
    return 2;
  }

  const warnings: string[] = [];
  const machine = describeMachine();
  // Now, not at the end: the checkout may move while the benchmark runs.
  const commit = describeCommit();
  const temp = await mkdtemp(path.join(os.tmpdir(), 'news-archive-bench-'));
  const cleanUp = (): void => {
    if (options.keep) say(`Kept ${temp}`);
    else rmSync(temp, {recursive: true, force: true});
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    say(`\n${signal}: stopping.`);
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    say(`Benchmark: ${options.articles} articles, ${options.runs} run(s), in ${temp}`);
    say(`Machine: ${machine.cpuModel}, ${machine.cores} cores, ${Math.round(machine.memoryBytes / 1e9)} GB, Node ${machine.node}, load ${machine.loadAtStart.join(' ')}`);
    const corpus = path.join(temp, 'corpus');
    const clock = performance.now();
    const generated = await generateCorpus({articles: options.articles, out: corpus});
    const corpusMs = performance.now() - clock;
    say(`Generated ${generated.files} files in ${(corpusMs / 1000).toFixed(1)} s.`);

    // The article to edit: the middle one in path order.
    const articleFiles = await listFiles(path.join(corpus, 'articles'));
    const edited = articleFiles[Math.floor(articleFiles.length / 2)];
    if (edited === undefined) throw new Error('The generated corpus has no article.');
    const editedPath = path.join(corpus, 'articles', edited);
    const original = await readFile(editedPath, 'utf8');
    const editedText = `${original.trimEnd()} This sentence was appended by the benchmark to measure a rebuild after an edit.\n`;

    // Baseline tools.
    let hugo: {command: string; version: string} | undefined;
    const pagefind = pagefindBinary(root);
    if (!options.skipBaselines) {
      const found = ensureHugo(say);
      if (found.ok) hugo = found;
      else {
        const warning = `HUGO BASELINE SKIPPED: ${found.reason}. The "cold build ≤ Hugo + Pagefind" goal is not measured.`;
        warnings.push(warning);
        say(`\n*** ${warning} ***\n`);
      }
    }

    const takesCache = buildTakesCache();
    if (!takesCache) say('Our build takes no --cache option: every build is measured as the build does it by default.');
    const cacheFor = (name: string): string | undefined => (takesCache ? path.join(temp, 'cache', name) : undefined);

    // Warm-up, not measured: tsx's transform cache, the file cache for node_modules.
    say('Warm-up (not measured):');
    const warmCorpus = path.join(temp, 'warmup', 'corpus');
    await generateCorpus({articles: 20, out: warmCorpus, actors: 20, topics: 5, sources: 3});
    const warm = await ourBuild('our build, 20 articles', warmCorpus, path.join(temp, 'warmup', 'ours'), cacheFor('warmup'));
    if (!warm.ok) throw new Error(`Our build fails even on 20 articles:\n${warm.failure ?? ''}`);
    if (!options.skipBaselines) {
      const project = await writeEleventyProject(warmCorpus, path.join(temp, 'warmup', 'eleventy'));
      await step('plain Eleventy, 20 articles', process.execPath, eleventyArguments(root, project), {cwd: project.dir});
    }
    await rm(path.join(temp, 'warmup'), {recursive: true, force: true});

    // Baseline projects, written once, outside the timed steps.
    const eleventyProject = options.skipBaselines ? undefined : await writeEleventyProject(corpus, path.join(temp, 'eleventy'));
    const hugoSite = hugo === undefined ? undefined : await writeHugoSite(corpus, path.join(temp, 'hugo'));

    const cachesBefore = cacheLike(corpus);
    const ours = path.join(temp, 'ours', 'site');
    const reference = path.join(temp, 'reference', 'site');
    const runs: RunResult[] = [];
    for (let run = 1; run <= options.runs; run++) {
      say(`Run ${run} of ${options.runs}:`);
      await writeFile(editedPath, original);
      await rm(path.dirname(ours), {recursive: true, force: true});
      await rm(path.dirname(reference), {recursive: true, force: true});
      await rm(path.join(temp, 'cache'), {recursive: true, force: true});
      // The cold build and the rebuilds share a cache; the reference build has its own, so it is cold too.
      const cache = cacheFor('ours');
      const cold = await ourBuild('ours: cold build', corpus, ours, cache);
      const cacheAfterCold = cache === undefined ? undefined : await folderSize(cache).catch(() => undefined);
      if (!cold.ok) throw new Error(`Our cold build failed:\n${cold.failure ?? ''}`);
      await writeFile(editedPath, editedText);
      const edit = await ourBuild('ours: rebuild after editing one article', corpus, ours, cache);
      const referenceStep = await ourBuild('ours: cold build of the edited content', corpus, reference, cacheFor('reference'));
      process.stderr.write('  comparing the rebuilt output with the cold build… ');
      const editComparison: TreeComparison = await compareTrees(ours, reference);
      say(describeComparison([editComparison]));
      if (!editComparison.identical) {
        const kept = await keepDifferences(editComparison, ours, reference, `run-${run}-edit`);
        warnings.push(`Run ${run}: the files that differ after the edit rebuild were copied (both versions) to ${kept}`);
      }
      const noChange = await ourBuild('ours: rebuild with no change', corpus, ours, cache);
      process.stderr.write('  comparing again… ');
      const noChangeComparison = await compareTrees(ours, reference);
      say(describeComparison([noChangeComparison]));
      if (!noChangeComparison.identical) {
        const kept = await keepDifferences(noChangeComparison, ours, reference, `run-${run}-no-change`);
        warnings.push(`Run ${run}: the files that differ after the no-change rebuild were copied (both versions) to ${kept}`);
      }

      let eleventy: Step | undefined;
      if (eleventyProject !== undefined) {
        await rm(eleventyProject.output, {recursive: true, force: true});
        eleventy = await step('plain Eleventy 3', process.execPath, eleventyArguments(root, eleventyProject), {cwd: eleventyProject.dir, outputDir: eleventyProject.output});
      }
      let hugoStep: Step | undefined;
      let pagefindStep: Step | undefined;
      if (hugo !== undefined && hugoSite !== undefined) {
        await rm(hugoSite.output, {recursive: true, force: true});
        hugoStep = await step('Hugo', hugo.command, hugoArguments(hugoSite), {cwd: path.dirname(hugoSite.output), outputDir: hugoSite.output});
        // Pagefind reads a config file from its working folder: run it where there is none.
        pagefindStep = await step('Pagefind CLI on Hugo output', pagefind, pagefindArguments(hugoSite), {cwd: path.dirname(hugoSite.output), outputDir: hugoSite.output});
      }
      runs.push({
        ours: {cold, edit, noChange, reference: referenceStep},
        editComparison,
        noChangeComparison,
        ...(cacheAfterCold === undefined ? {} : {cacheAfterCold}),
        ...(eleventy === undefined ? {} : {eleventy}),
        ...(hugoStep === undefined ? {} : {hugo: hugoStep}),
        ...(pagefindStep === undefined ? {} : {pagefind: pagefindStep}),
      });
    }
    const cachesAfter = cacheLike(corpus).filter((found) => !cachesBefore.includes(found));
    if (cachesAfter.length > 0) {
      warnings.push(`The builds left cache-like files outside their output (${cachesAfter.join(', ')}): "cold" builds after the first may not have been cold.`);
    }

    let search: SearchProbeResult | undefined;
    if (!options.skipSearch) {
      say('Search in Chromium:');
      const actor = await actorQuery(corpus);
      const queries = options.queries.length > 0 ? options.queries : ['ceasefire', ...(actor === undefined ? [] : [actor])];
      search = await probeSearch(ours, queries);
      if (search.ok) for (const probe of search.probes) say(`  "${probe.query}": first result after ${(probe.msToFirstResult / 1000).toFixed(2)} s, ${Math.round(probe.searchSettled.bytes / 1000)} KB of Pagefind files`);
      else {
        const warning = `SEARCH NOT MEASURED: ${search.reason}`;
        warnings.push(warning);
        say(`  *** ${warning} ***`);
      }
    }

    let preview: PreviewProbeResult | undefined;
    if (!options.skipPreview) {
      say("The preview (npm start), after an edit:");
      const actorFile = (await readdir(path.join(corpus, 'actors'))).filter((file) => file.endsWith('.md')).sort()[0];
      if (actorFile === undefined) throw new Error('The generated corpus has no actor.');
      preview = await probePreview({
        root,
        corpus,
        outputDir: path.join(temp, 'preview', 'site'),
        cacheDir: path.join(temp, 'preview', 'cache'),
        article: {file: editedPath, url: `/articles/${path.posix.basename(edited, '.md')}/`},
        actor: {file: path.join(corpus, 'actors', actorFile), url: `/actors/${actorFile.replace(/\.md$/, '')}/`},
      });
      if (preview.ok) {
        say(`  started in ${(preview.startMs / 1000).toFixed(1)} s`);
        for (const latency of preview.edits) {
          if (latency.failure !== undefined) {
            warnings.push(`PREVIEW, ${latency.edit} edit: ${latency.failure}`);
            say(`  ${latency.edit}: *** ${latency.failure} ***`);
            continue;
          }
          say(`  ${latency.edit}: page ${(latency.pageMs / 1000).toFixed(2)} s${latency.searchMs === undefined ? '' : `, search ${(latency.searchMs / 1000).toFixed(2)} s`}${latency.searchFinds === undefined ? '' : latency.searchFinds ? ' (found)' : ' (NOT FOUND)'}`);
        }
      } else {
        const warning = `PREVIEW NOT MEASURED: ${preview.reason}`;
        warnings.push(warning);
        say(`  *** ${warning} ***`);
      }
    }

    const pick = <K extends 'eleventy' | 'hugo' | 'pagefind'>(key: K): Step[] => runs.flatMap((run) => (run[key] === undefined ? [] : [run[key]]));
    const eleventySteps = pick('eleventy');
    const hugoSteps = pick('hugo');
    const pagefindSteps = pick('pagefind');
    const hugoPagefindSteps = hugoSteps.flatMap((hugoStep, index) => {
      const pagefindStep = pagefindSteps[index];
      return pagefindStep === undefined ? [] : [sequence('Hugo + Pagefind', hugoStep, pagefindStep)];
    });
    const identical = runs.every((run) => run.editComparison.identical && run.noChangeComparison.identical);
    if (!identical) warnings.push('REBUILT OUTPUT DIFFERS FROM A COLD BUILD OF THE SAME CONTENT (see the comparison lines above).');
    for (const failed of runs.flatMap((run) => [run.ours.edit, run.ours.noChange, run.ours.reference, run.eleventy, run.hugo, run.pagefind]).filter((s): s is Step => s !== undefined && !s.ok)) {
      warnings.push(`${failed.label} FAILED: ${failed.failure ?? ''}`);
    }
    const versions: Record<string, string> = {
      eleventy: versionOf('@11ty/eleventy'),
      pagefind: versionOf('pagefind'),
      'playwright-core': versionOf('playwright-core'),
    };
    if (hugo !== undefined) versions['hugo'] = /v[\d.]+\S*/.exec(hugo.version)?.[0] ?? hugo.version;
    versions['commit'] = commit;
    try {
      versions['chromium'] = execFileSync('/usr/bin/chromium', ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    } catch {
      // No Chromium: the search probe says so.
    }

    const partial: Omit<BenchResult, 'goals'> = {
      machine,
      versions,
      articles: options.articles,
      corpus: {files: generated.files, words: generated.words, ms: corpusMs, editedArticle: `articles/${edited}`},
      runs,
      median: {
        ours: {
          cold: medianStep(runs.map((run) => run.ours.cold)),
          edit: medianStep(runs.map((run) => run.ours.edit)),
          noChange: medianStep(runs.map((run) => run.ours.noChange)),
          reference: medianStep(runs.map((run) => run.ours.reference)),
        },
        ...(eleventySteps.length === 0 ? {} : {eleventy: medianStep(eleventySteps)}),
        ...(hugoSteps.length === 0 ? {} : {hugo: medianStep(hugoSteps)}),
        ...(pagefindSteps.length === 0 ? {} : {pagefind: medianStep(pagefindSteps)}),
        ...(hugoPagefindSteps.length === 0 ? {} : {hugoPagefind: medianStep(hugoPagefindSteps)}),
      },
      ratios: computeRatios(runs),
      identical,
      ...(search === undefined ? {} : {search}),
      ...(preview === undefined ? {} : {preview}),
      warnings,
    };
    const result: BenchResult = {...partial, goals: checkGoals(partial)};
    process.stdout.write(formatReport(result));
    if (options.json !== undefined) {
      await mkdir(path.dirname(path.resolve(options.json)), {recursive: true});
      await writeFile(options.json, `${JSON.stringify(result, null, 2)}\n`);
      say(`Wrote ${options.json}`);
    }
    return identical && runs.every((run) => run.ours.edit.ok && run.ours.noChange.ok && run.ours.reference.ok) ? 0 : 1;
  } finally {
    cleanUp();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  say(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
});
