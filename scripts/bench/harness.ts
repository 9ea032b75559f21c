/**
 * The benchmark harness: what a section of `npm run bench` is, and how a loop is timed (warm-up
 * runs first so the JIT has compiled it, then the median of several runs; each run returns a
 * checksum the caller compares, so the work cannot be optimised away).
 */

import { performance } from 'perf_hooks';

/** One part of the benchmark (custom functions, recognition, checks...), run by index.ts. */
export interface BenchSection {
  /** Short name used on the command line: `npm run bench -- functions`. */
  name: string;
  /** What it measures, one line. */
  title: string;
  run(): void | Promise<void>;
}

export interface Measurement {
  label: string;
  /** Median wall time of one run, in milliseconds. */
  medianMs: number;
  runsMs: number[];
  /** The loop's result, identical in every run. */
  checksum: number;
}

export interface MeasureOptions {
  warmup?: number;
  runs?: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times `loop` (which returns a checksum of all its results); throws if runs disagree. */
export function measure(label: string, loop: () => number, { warmup = 3, runs = 7 }: MeasureOptions = {}): Measurement {
  let checksum = Number.NaN;
  for (let i = 0; i < warmup; i++) checksum = loop();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = loop();
    runsMs.push(performance.now() - start);
    if (!Object.is(result, checksum)) throw new Error(`${label}: run ${i + 1} gave ${result}, warm-up gave ${checksum}`);
  }
  return { label, medianMs: median(runsMs), runsMs, checksum };
}

/** Rows of text aligned in columns (first column left, the others right). */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '))
    .join('\n');
}

/** A deterministic pseudo-random generator (mulberry32): the same data on every run and machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
