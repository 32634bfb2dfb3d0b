/**
 * The machine a benchmark ran on, so that numbers are read with it.
 */

import {readFileSync} from 'node:fs';
import os from 'node:os';

/** What the benchmark ran on. */
export interface Machine {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly platform: string;
  /** 1, 5 and 15-minute load averages when the benchmark started. */
  readonly loadAtStart: readonly number[];
  readonly date: string;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1] !== undefined) return match[1].trim();
  } catch {
    // Not Linux: fall back to what Node knows.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

/** Describe this machine now. */
export function describeMachine(): Machine {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
    date: new Date().toISOString(),
  };
}
