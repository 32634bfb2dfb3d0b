/**
 * The benchmark's results: their shape (also written with `--json`),
 * medians over runs, the goals they are checked against, and the text report.
 */

import type {FolderSize, TreeComparison} from './files.ts';
import type {Machine} from './machine.ts';
import type {PreviewProbeResult} from './preview-probe.ts';
import {fileKinds, type SearchProbe, type SearchProbeResult} from './search-probe.ts';

/** One measured command: its process tree's figures and what it wrote. */
export interface Step {
  readonly label: string;
  readonly ok: boolean;
  readonly wallMs: number;
  /** Approximate user + system CPU time over the process tree. */
  readonly cpuMs: number;
  /** Peak of the summed RSS of the process tree, in bytes. */
  readonly peakRssBytes: number;
  readonly peakProcesses: number;
  /** RSS by process name at the peak, e.g. `node` and `pagefind_extended`. */
  readonly peakByProcess: Readonly<Record<string, number>>;
  /** The 1-minute load average when the step started: how busy the shared machine was. */
  readonly loadAtStart: number;
  readonly output?: FolderSize;
  /** Our build's own per-stage timings, from its `time:` summary line, in ms. */
  readonly stages: Readonly<Record<string, number>>;
  /** Why the step failed, when it did. */
  readonly failure?: string;
}

/** Our four builds in one run. */
export interface OurSteps {
  /** A build into a fresh output folder. */
  readonly cold: Step;
  /** A rebuild into the same folder after appending a sentence to one article. */
  readonly edit: Step;
  /** A rebuild with nothing changed. */
  readonly noChange: Step;
  /** A build of the edited content into a fresh folder, to compare the rebuilt output with. */
  readonly reference: Step;
}

/** One run of everything. */
export interface RunResult {
  readonly ours: OurSteps;
  /** The output after the edit rebuild against the reference build. */
  readonly editComparison: TreeComparison;
  /** The output after the no-change rebuild against the reference build. */
  readonly noChangeComparison: TreeComparison;
  /** Our build cache after the cold build, when the build keeps one. */
  readonly cacheAfterCold?: FolderSize;
  readonly eleventy?: Step;
  readonly hugo?: Step;
  readonly pagefind?: Step;
}

/** One step's figures over another's. */
export interface Ratio {
  readonly wall: number;
  readonly cpu: number;
  readonly rss: number;
}

/** The ratios the report leads with: medians over runs of each run's own ratio. */
export interface Ratios {
  readonly coldVsHugoPagefind?: Ratio;
  readonly coldVsEleventy?: Ratio;
  readonly editVsCold: Ratio;
  readonly noChangeVsCold: Ratio;
}

/** `a` over `b`, figure by figure. */
export function stepRatio(a: Step, b: Step): Ratio {
  return {wall: a.wallMs / b.wallMs, cpu: a.cpuMs / b.cpuMs, rss: a.peakRssBytes / b.peakRssBytes};
}

/** The median of each figure. */
export function medianRatio(ratios: readonly Ratio[]): Ratio {
  return {wall: median(ratios.map((r) => r.wall)), cpu: median(ratios.map((r) => r.cpu)), rss: median(ratios.map((r) => r.rss))};
}

/** Each run's ratios, then their medians: every ratio compares steps measured in the same run. */
export function computeRatios(runs: readonly RunResult[]): Ratios {
  const each = <T>(pick: (run: RunResult) => T | undefined): T[] => runs.flatMap((run) => {
    const value = pick(run);
    return value === undefined ? [] : [value];
  });
  const hugoPagefind = each((run) => (run.hugo === undefined || run.pagefind === undefined ? undefined : stepRatio(run.ours.cold, sequence('', run.hugo, run.pagefind))));
  const eleventy = each((run) => (run.eleventy === undefined ? undefined : stepRatio(run.ours.cold, run.eleventy)));
  return {
    ...(hugoPagefind.length === 0 ? {} : {coldVsHugoPagefind: medianRatio(hugoPagefind)}),
    ...(eleventy.length === 0 ? {} : {coldVsEleventy: medianRatio(eleventy)}),
    editVsCold: medianRatio(runs.map((run) => stepRatio(run.ours.edit, run.ours.cold))),
    noChangeVsCold: medianRatio(runs.map((run) => stepRatio(run.ours.noChange, run.ours.cold))),
  };
}

/** A goal of the project and whether this run met it. */
export interface Goal {
  readonly goal: string;
  readonly status: 'pass' | 'fail' | 'not measured';
  readonly detail: string;
}

/** Everything a benchmark run found. */
export interface BenchResult {
  readonly machine: Machine;
  readonly versions: Readonly<Record<string, string>>;
  readonly articles: number;
  readonly corpus: {readonly files: number; readonly words: number; readonly ms: number; readonly editedArticle: string};
  readonly runs: readonly RunResult[];
  /** Medians over the runs (the values themselves for one run). */
  readonly median: {
    readonly ours: OurSteps;
    readonly eleventy?: Step;
    readonly hugo?: Step;
    readonly pagefind?: Step;
    readonly hugoPagefind?: Step;
  };
  readonly ratios: Ratios;
  readonly identical: boolean;
  readonly search?: SearchProbeResult;
  /** The preview's latencies after an edit. */
  readonly preview?: PreviewProbeResult;
  readonly goals: readonly Goal[];
  /** Things left out or gone wrong, said loudly. */
  readonly warnings: readonly string[];
}

/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The median of each figure of `steps` (output size from the last one). */
export function medianStep(steps: readonly Step[]): Step {
  const last = steps[steps.length - 1];
  if (last === undefined) throw new Error('medianStep needs at least one step.');
  if (steps.length === 1) return last;
  const stageNames = [...new Set(steps.flatMap((step) => Object.keys(step.stages)))];
  const stages: Record<string, number> = {};
  for (const name of stageNames) stages[name] = median(steps.flatMap((step) => (step.stages[name] === undefined ? [] : [step.stages[name]])));
  return {
    ...last,
    ok: steps.every((step) => step.ok),
    wallMs: median(steps.map((step) => step.wallMs)),
    cpuMs: median(steps.map((step) => step.cpuMs)),
    peakRssBytes: median(steps.map((step) => step.peakRssBytes)),
    peakProcesses: Math.max(...steps.map((step) => step.peakProcesses)),
    loadAtStart: median(steps.map((step) => step.loadAtStart)),
    stages,
  };
}

/** Two steps run one after the other, as one: times add up, the memory peak is the larger one. */
export function sequence(label: string, first: Step, second: Step): Step {
  return {
    label,
    ok: first.ok && second.ok,
    wallMs: first.wallMs + second.wallMs,
    cpuMs: first.cpuMs + second.cpuMs,
    peakRssBytes: Math.max(first.peakRssBytes, second.peakRssBytes),
    peakProcesses: Math.max(first.peakProcesses, second.peakProcesses),
    peakByProcess: first.peakRssBytes >= second.peakRssBytes ? first.peakByProcess : second.peakByProcess,
    loadAtStart: first.loadAtStart,
    ...(second.output === undefined ? {} : {output: second.output}),
    stages: {},
  };
}

/** The limits of the peak-memory goal: cold builds, and rebuilds. */
export const memoryGoalBytes = {cold: 1.5e9, rebuild: 1e9};
/** The time limits of the rebuild goals: after an edit, and with no change. */
export const editGoalMs = 5000;
export const noChangeGoalMs = 3000;
/** The bytes limit of the first query's search files before its first result shows (300 KB). */
export const searchGoalBytes = 300_000;
/** The bytes limit of the first query's search files in all, once the page went quiet (450 KB). */
export const searchSettledGoalBytes = 450_000;

/** The most a cold build may take against Hugo + Pagefind: 2.5× up to 1,000 articles, 1.5× above. */
export const coldGoalRatio = (articles: number): number => (articles <= 1000 ? 2.5 : 1.5);

/** The preview's limits from a save to the page showing it: 1 s up to 1,000 articles, 2 s above; search within 5 s more. */
export const previewGoalMs = (articles: number): number => (articles <= 1000 ? 1000 : 2000);
export const previewSearchGoalMs = 5000;

/** Check the project's goals (issue 12) against the medians. */
export function checkGoals(result: Omit<BenchResult, 'goals'>): Goal[] {
  const {ours, hugoPagefind} = result.median;
  const against = result.ratios.coldVsHugoPagefind;
  const goals: Goal[] = [];
  const limit = coldGoalRatio(result.articles);
  goals.push(
    hugoPagefind === undefined || against === undefined
      ? {goal: `Cold build at most ${limit}× Hugo + Pagefind`, status: 'not measured', detail: 'the Hugo baseline did not run'}
      : {
          goal: `Cold build at most ${limit}× Hugo + Pagefind`,
          status: against.wall <= limit ? 'pass' : 'fail',
          detail: `${seconds(ours.cold.wallMs)} s vs ${seconds(hugoPagefind.wallMs)} s (${times(against.wall)} wall, ${times(against.cpu)} CPU)`,
        },
  );
  goals.push({
    goal: `Rebuild after one edit under ${seconds(editGoalMs)} s, output identical to a cold build; with no change under ${seconds(noChangeGoalMs)} s`,
    status: ours.edit.wallMs < editGoalMs && ours.noChange.wallMs < noChangeGoalMs && result.identical ? 'pass' : 'fail',
    detail: `${seconds(ours.edit.wallMs)} s after the edit, ${seconds(ours.noChange.wallMs)} s with no change; output ${result.identical ? 'identical' : 'DIFFERS'}`,
  });
  const preview = result.preview;
  const pageLimit = previewGoalMs(result.articles);
  if (preview === undefined || !preview.ok) {
    goals.push({goal: 'Preview: save → page', status: 'not measured', detail: preview === undefined ? 'skipped' : preview.reason});
  } else {
    const article = preview.edits.find((edit) => edit.edit === 'article');
    const ok = article !== undefined && article.pageMs < pageLimit && article.searchMs !== undefined && article.searchMs - article.pageMs < previewSearchGoalMs && article.searchFinds !== false;
    goals.push({
      goal: `Preview: save an article → page under ${seconds(pageLimit)} s, search within ${seconds(previewSearchGoalMs)} s more`,
      status: ok ? 'pass' : 'fail',
      detail: preview.edits.map((edit) => `${edit.edit}: page ${seconds(edit.pageMs)} s${edit.searchMs === undefined ? '' : `, search ${seconds(edit.searchMs)} s`}`).join('; '),
    });
  }
  const coldPeak = Math.max(ours.cold.peakRssBytes, ours.reference.peakRssBytes);
  const rebuildPeak = Math.max(ours.edit.peakRssBytes, ours.noChange.peakRssBytes);
  goals.push({
    goal: `Peak memory of the process tree under ${megabytes(memoryGoalBytes.cold)} MB cold, ${megabytes(memoryGoalBytes.rebuild)} MB for a rebuild`,
    status: coldPeak < memoryGoalBytes.cold && rebuildPeak < memoryGoalBytes.rebuild ? 'pass' : 'fail',
    detail: `${megabytes(coldPeak)} MB cold, ${megabytes(rebuildPeak)} MB rebuild`,
  });
  goals.push({
    goal: 'Growth 10k → 100k at most 10.5×',
    status: 'not measured',
    detail: `one size per run: compare ${(ours.cold.wallMs / result.articles).toFixed(2)} ms per article with runs at other sizes (docs/performance.md)`,
  });
  const search = result.search;
  const searchGoal = 'Search: first query under 300 KB before its first result, 450 KB in all';
  if (search === undefined || !search.ok) {
    goals.push({goal: searchGoal, status: 'not measured', detail: search === undefined ? 'skipped' : search.reason});
  } else {
    const first = Math.max(...search.probes.map((probe) => probe.searchAtFirstResult.bytes));
    const settled = Math.max(...search.probes.map((probe) => probe.searchSettled.bytes));
    goals.push({
      goal: searchGoal,
      status: first < searchGoalBytes && settled < searchSettledGoalBytes ? 'pass' : 'fail',
      detail: `${search.probes
        .map((probe) => `"${probe.query}" ${kilobytes(probe.searchAtFirstResult.bytes)} KB before the first result (after ${seconds(probe.msToFirstResult)} s), ${kilobytes(probe.searchSettled.bytes)} KB in all`)
        .join('; ')}`,
    });
  }
  return goals;
}

/** Milliseconds as seconds for a table. */
export function seconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(ms < 10_000 ? 2 : 1) : '–';
}

/** Bytes as MB (10^6 bytes). */
export function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / 1e6).toFixed(bytes < 1e8 ? 1 : 0) : '–';
}

/** Bytes as KB (10^3 bytes). */
export function kilobytes(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** A ratio as `1.23×`. */
export function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

function table(header: readonly string[], rows: readonly (readonly string[])[], rightFrom = 1): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, column) => (column >= rightFrom ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function stepRow(step: Step): string[] {
  return [
    step.ok ? step.label : `${step.label} (FAILED)`,
    seconds(step.wallMs),
    seconds(step.cpuMs),
    megabytes(step.peakRssBytes),
    String(step.peakProcesses),
    step.output === undefined ? '–' : megabytes(step.output.bytes),
    step.output?.diskBytes === undefined ? '–' : megabytes(step.output.diskBytes),
    step.output === undefined ? '–' : String(step.output.files),
    step.loadAtStart.toFixed(1),
  ];
}

/** The report as text, for a terminal. */
export function formatReport(result: BenchResult): string {
  const {machine, median: m} = result;
  const runs = result.runs.length;
  const out: string[] = [];
  out.push('');
  out.push(`=== Benchmark: ${result.articles.toLocaleString('en')} articles, ${runs === 1 ? '1 run' : `median of ${runs} runs`} ===`);
  out.push(
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${megabytes(machine.memoryBytes)} MB memory, Node ${machine.node}, ${machine.platform}; load average at start ${machine.loadAtStart.join(' ')}; ${machine.date}`,
  );
  out.push(`Versions: ${Object.entries(result.versions).map(([name, version]) => `${name} ${version}`).join(', ')}`);
  out.push(`Corpus: ${result.corpus.files} files, about ${Math.round(result.corpus.words / result.articles)} words per article, generated in ${seconds(result.corpus.ms)} s; edited article: ${result.corpus.editedArticle}`);
  out.push('');
  const rows: string[][] = [m.ours.cold, m.ours.edit, m.ours.noChange, m.ours.reference].map(stepRow);
  if (m.eleventy !== undefined) rows.push(stepRow(m.eleventy));
  if (m.hugo !== undefined) rows.push(stepRow(m.hugo));
  if (m.pagefind !== undefined) rows.push(stepRow(m.pagefind));
  if (m.hugoPagefind !== undefined) rows.push(stepRow(m.hugoPagefind));
  out.push(table(['measured', 'wall s', 'CPU s≈', 'peak tree RSS MB', 'procs', 'output MB', 'on disk MB', 'files', 'load'], rows));
  out.push('');
  const composition = (step: Step): string =>
    Object.entries(step.peakByProcess)
      .sort(([, a], [, b]) => b - a)
      .map(([name, bytes]) => `${name} ${megabytes(bytes)}`)
      .join(' + ');
  out.push('At the peak (MB by process name, one sample):');
  for (const step of [m.ours.cold, m.ours.edit, m.eleventy, m.hugo, m.pagefind]) {
    if (step !== undefined && Object.keys(step.peakByProcess).length > 0) out.push(`  ${step.label}: ${composition(step)}`);
  }
  out.push('');
  out.push('wall: elapsed time of the whole process tree; CPU: user+system over the tree (sampled, slightly low);');
  out.push('peak tree RSS: highest sum of RSS over the process and all its descendants, sampled every 50 ms;');
  out.push('MB = 10^6 bytes; load: 1-minute load average when the step started (the machine is shared).');
  out.push('');

  out.push(`Ratios (below 1 means ours is faster or smaller${runs > 1 ? '; each the median over runs of that run\'s own ratio' : ''}):`);
  const {ratios} = result;
  const ratioRow = (label: string, value: Ratio): string[] => [label, times(value.wall), times(value.cpu), times(value.rss)];
  const ratioRows: string[][] = [];
  if (ratios.coldVsHugoPagefind !== undefined) ratioRows.push(ratioRow('ours cold / Hugo+Pagefind', ratios.coldVsHugoPagefind));
  if (ratios.coldVsEleventy !== undefined) ratioRows.push(ratioRow('ours cold / plain Eleventy', ratios.coldVsEleventy));
  ratioRows.push(ratioRow('ours edit rebuild / ours cold', ratios.editVsCold));
  ratioRows.push(ratioRow('ours no-change rebuild / ours cold', ratios.noChangeVsCold));
  out.push(table(['', 'wall', 'CPU', 'peak RSS'], ratioRows));
  out.push('');
  out.push(`Edit-one-article rebuild: ${seconds(m.ours.edit.wallMs)} s (goal < ${seconds(editGoalMs)} s); no-change rebuild: ${seconds(m.ours.noChange.wallMs)} s.`);
  const perArticle = [`ours ${(m.ours.cold.wallMs / result.articles).toFixed(2)}`];
  if (m.eleventy !== undefined) perArticle.push(`plain Eleventy ${(m.eleventy.wallMs / result.articles).toFixed(2)}`);
  if (m.hugoPagefind !== undefined) perArticle.push(`Hugo+Pagefind ${(m.hugoPagefind.wallMs / result.articles).toFixed(2)}`);
  out.push(`Cold wall time per article (ms): ${perArticle.join(', ')}.`);
  out.push('');

  out.push('Our build, per stage (ms, from its own summary line):');
  const builds = [m.ours.cold, m.ours.edit, m.ours.noChange, m.ours.reference];
  const stageNames = [...new Set(builds.flatMap((step) => Object.keys(step.stages)))];
  const stageRows = stageNames.map((name) => [name, ...builds.map((step) => (step.stages[name] === undefined ? '–' : String(Math.round(step.stages[name]))))]);
  const totals = builds.map((step) => String(Math.round(Object.values(step.stages).reduce((sum, ms) => sum + ms, 0))));
  stageRows.push(['(sum of stages)', ...totals]);
  stageRows.push(['(process wall time)', ...builds.map((step) => String(Math.round(step.wallMs)))]);
  out.push(table(['stage', 'cold', 'edit', 'no change', 'reference'], stageRows));
  out.push('(process wall time minus the sum of stages: Node and tsx start-up, module loading, printing.)');
  out.push('');

  const cache = result.runs[result.runs.length - 1]?.cacheAfterCold;
  if (cache !== undefined) out.push(`Build cache after the cold build (kept outside the output): ${megabytes(cache.bytes)} MB in ${cache.files} files.`);
  out.push(`Edit rebuild output vs a cold build of the same content: ${describeComparison(result.runs.map((run) => run.editComparison))}`);
  out.push(`No-change rebuild output vs the same cold build:        ${describeComparison(result.runs.map((run) => run.noChangeComparison))}`);
  out.push('');

  if (result.search !== undefined) {
    if (!result.search.ok) {
      out.push(`*** SEARCH NOT MEASURED: ${result.search.reason} ***`);
    } else {
      out.push('Search in Chromium (fresh profile per query; served uncompressed on 127.0.0.1; gzip ≈ what a gzipping host would send):');
      out.push(
        table(
          ['query', 'first result s', 'results', 'pagefind KB at first result', 'pagefind KB settled', 'gzip ≈ KB', 'requests', 'whole page KB'],
          result.search.probes.map((probe) => [
            probe.query,
            seconds(probe.msToFirstResult),
            probe.results.replace(/ for .*/, ''),
            kilobytes(probe.searchAtFirstResult.bytes),
            kilobytes(probe.searchSettled.bytes),
            kilobytes(probe.searchSettled.gzipBytes),
            String(probe.searchSettled.requests),
            kilobytes(probe.allSettled.bytes),
          ]),
        ),
      );
      out.push('', formatBytesByKind(result.search.probes));
    }
    out.push('');
  }

  if (result.preview !== undefined) {
    if (!result.preview.ok) out.push(`*** PREVIEW NOT MEASURED: ${result.preview.reason} ***`);
    else {
      out.push(`The preview (npm start; started in ${seconds(result.preview.startMs)} s), from saving a file:`);
      out.push(
        table(
          ['edit', 'page shows it, s', 'search index updated, s', 'search finds the new word'],
          result.preview.edits.map((edit) => [edit.edit, seconds(edit.pageMs), edit.searchMs === undefined ? '–' : seconds(edit.searchMs), edit.searchFinds === undefined ? '–' : edit.searchFinds ? 'yes' : 'NO']),
        ),
      );
    }
    out.push('');
  }

  out.push('Goals:');
  for (const goal of result.goals) out.push(`  [${goal.status === 'pass' ? 'PASS' : goal.status === 'fail' ? 'FAIL' : ' -- '}] ${goal.goal}: ${goal.detail}`);
  for (const warning of result.warnings) out.push(`\n*** ${warning} ***`);
  out.push('');
  return out.join('\n');
}

/**
 * Every file a query fetched, by kind: KB before its first result / once
 * settled, one column per query. Search files are Pagefind's and the name
 * table; "scripts" counts the site's own script too, and "page" the HTML and CSS.
 */
export function formatBytesByKind(probes: readonly SearchProbe[]): string {
  const header = ['kind of file (KB before first result / settled)', ...probes.map((probe) => `"${probe.query}"`)];
  const cell = (probe: SearchProbe, kind: string): string => {
    const found = probe.byKind.find((entry) => entry.kind === kind);
    return found === undefined || found.settled.requests === 0 ? '–' : `${kilobytes(found.atFirstResult.bytes)} / ${kilobytes(found.settled.bytes)} (${found.settled.requests})`;
  };
  const rows = fileKinds.map((kind) => [kind, ...probes.map((probe) => cell(probe, kind))]);
  rows.push(['search files in all', ...probes.map((probe) => `${kilobytes(probe.searchAtFirstResult.bytes)} / ${kilobytes(probe.searchSettled.bytes)} (${probe.searchSettled.requests})`)]);
  return table(header, rows);
}

/** One line on whether outputs were identical, with the first differences when not. */
export function describeComparison(comparisons: readonly TreeComparison[]): string {
  const failed = comparisons.find((comparison) => !comparison.identical);
  if (failed === undefined) {
    const files = comparisons[0]?.filesCompared ?? 0;
    return `IDENTICAL (${files} files, byte for byte${comparisons.length > 1 ? `, in all ${comparisons.length} runs` : ''})`;
  }
  const parts = [
    failed.differing.length > 0 ? `differing: ${failed.differing.slice(0, 8).join(', ')}` : '',
    failed.onlyInFirst.length > 0 ? `only after the rebuild: ${failed.onlyInFirst.slice(0, 8).join(', ')}` : '',
    failed.onlyInSecond.length > 0 ? `only in the cold build: ${failed.onlyInSecond.slice(0, 8).join(', ')}` : '',
  ].filter((part) => part !== '');
  return `*** DIFFERENT *** ${parts.join('; ')}`;
}
