/**
 * Run a command as a child process and measure it as a whole process tree:
 * wall time, peak resident memory summed over the child and every descendant
 * (Pagefind, for one, runs as a separate service process), and approximate
 * CPU time. Memory is sampled from `/proc` every `intervalMs` (Linux only).
 *
 * Summing RSS counts pages shared between processes (shared libraries) once
 * per process, so the figure is an upper bound of what the tree really holds;
 * a sample interval of 50 ms can miss a spike shorter than that.
 */

import {execFileSync, spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

/** What one measured command did. */
export interface TreeMeasurement {
  readonly command: string;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly wallMs: number;
  /** Highest sum of RSS over the tree seen in one sample, in bytes. */
  readonly peakRssBytes: number;
  /** Most processes seen in the tree at once. */
  readonly peakProcesses: number;
  /** RSS by process name (summed over processes of that name) in the sample with the peak. */
  readonly peakByProcess: Readonly<Record<string, number>>;
  /** User + system CPU time over the tree, from the last sample of each process (so slightly low). */
  readonly cpuMs: number;
  readonly samples: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of `measureTree`. */
export interface MeasureOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Sampling interval; default 50 ms. */
  readonly intervalMs?: number;
}

/** One process as `/proc/PID/stat` describes it. */
interface ProcStat {
  readonly pid: number;
  /** The command name (at most 15 characters). */
  readonly name: string;
  readonly ppid: number;
  /** Start time in clock ticks after boot: with the pid, names a process even when pids are reused. */
  readonly start: string;
  /** utime + stime, in clock ticks. */
  readonly cpuTicks: number;
  /** Resident pages. */
  readonly rssPages: number;
}

function systemValue(name: string, fallback: number): number {
  try {
    const value = Number(execFileSync('getconf', [name], {encoding: 'utf8'}).trim());
    return Number.isFinite(value) && value > 0 ? value : fallback;
  } catch {
    return fallback;
  }
}

const pageSize = systemValue('PAGESIZE', 4096);
const ticksPerSecond = systemValue('CLK_TCK', 100);

/** Parse `/proc/PID/stat`; `undefined` when the process is gone. */
function readStat(pid: number): ProcStat | undefined {
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces and parentheses.
  const close = line.lastIndexOf(')');
  const name = line.slice(line.indexOf('(') + 1, close);
  const fields = line.slice(close + 2).split(' ');
  // fields[0] is field 3 (state): field N is fields[N - 3].
  const ppid = Number(fields[1]);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const start = fields[19] ?? '';
  const rss = Number(fields[21]);
  if (!Number.isFinite(ppid) || !Number.isFinite(rss)) return undefined;
  return {pid, name, ppid, start, cpuTicks: utime + stime, rssPages: rss};
}

/** Every process on the machine, by parent pid. */
function childrenByParent(): Map<number, ProcStat[]> {
  const byParent = new Map<number, ProcStat[]>();
  for (const name of readdirSync('/proc')) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    const stat = readStat(Number(name));
    if (stat === undefined) continue;
    const siblings = byParent.get(stat.ppid);
    if (siblings === undefined) byParent.set(stat.ppid, [stat]);
    else siblings.push(stat);
  }
  return byParent;
}

/** `root` and its descendants, as they are now. */
function processTree(rootPid: number): ProcStat[] {
  const root = readStat(rootPid);
  if (root === undefined) return [];
  const byParent = childrenByParent();
  const tree: ProcStat[] = [root];
  for (let index = 0; index < tree.length; index++) {
    const current = tree[index];
    if (current === undefined) break;
    for (const child of byParent.get(current.pid) ?? []) tree.push(child);
  }
  return tree;
}

/** Whether this machine has the `/proc` this module reads. */
export function canMeasureTrees(): boolean {
  return readStat(process.pid) !== undefined;
}

/** Run `command args…` to the end, sampling its process tree. Never throws for a failing command. */
export async function measureTree(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<TreeMeasurement> {
  const intervalMs = options.intervalMs ?? 50;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

  let peakRssBytes = 0;
  let peakProcesses = 0;
  let peakByProcess: Record<string, number> = {};
  let samples = 0;
  const cpuByProcess = new Map<string, number>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    if (tree.length === 0) return;
    samples++;
    let rss = 0;
    const byName: Record<string, number> = {};
    for (const stat of tree) {
      rss += stat.rssPages * pageSize;
      byName[stat.name] = (byName[stat.name] ?? 0) + stat.rssPages * pageSize;
      const key = `${stat.pid}@${stat.start}`;
      cpuByProcess.set(key, Math.max(cpuByProcess.get(key) ?? 0, stat.cpuTicks));
    }
    if (rss > peakRssBytes) {
      peakRssBytes = rss;
      peakByProcess = byName;
    }
    peakProcesses = Math.max(peakProcesses, tree.length);
  };
  sample();
  const timer = setInterval(sample, intervalMs);

  const {code, signal} = await new Promise<{code: number | null; signal: string | null}>((resolve) => {
    child.on('error', (error) => {
      stderr.push(Buffer.from(`${error.message}\n`));
      resolve({code: null, signal: null});
    });
    child.on('close', (exitCode, exitSignal) => resolve({code: exitCode, signal: exitSignal}));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  let cpuTicks = 0;
  for (const ticks of cpuByProcess.values()) cpuTicks += ticks;
  return {
    command: [command, ...args].join(' '),
    exitCode: code,
    signal,
    wallMs,
    peakRssBytes,
    peakProcesses,
    peakByProcess,
    cpuMs: (cpuTicks / ticksPerSecond) * 1000,
    samples,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}
