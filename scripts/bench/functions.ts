/**
 * Benchmark section "functions": the cost of calling SAKIP.CAPAIAN through its custom-function
 * wrapper (argument reading, error mapping, core/measures) against the bare arithmetic
 * `r / t * 100` inlined in a loop, over the same 1,000,000 (target, realisasi) pairs. Measured
 * with number arguments (what Excel passes for numeric cells) and with text arguments such as
 * "98,24" (numbers stored as text, read by core/numbers). The wrapper is the webpack bundle of
 * src/functions/functions.ts, as Excel loads it (bundle.ts). Goal: at most 5x the inline loop for
 * number arguments. core/measures' capaian alone is timed too, to tell the wrapper's share from
 * the computation's. Every loop must produce the same checksum.
 */

import type * as Measures from '../../src/core/measures';
import type * as Functions from '../../src/functions/functions';
import { loadBundled } from './bundle';
import { measure, random, table } from './harness';
import type { BenchSection, Measurement } from './harness';

const PAIRS = 1_000_000;
const GOAL_RATIO = 5;

interface Pairs {
  target: Float64Array;
  realisasi: Float64Array;
}

interface TextPairs {
  targetText: string[];
  realisasiText: string[];
}

/** Percentages with 2 decimals, as capaian tables hold them: target 50..150, realisasi 0..200. */
function makePairs(): Pairs {
  const next = random(2024);
  const twoDecimals = (low: number, high: number): number => Math.round((low + next() * (high - low)) * 100) / 100;
  const target = new Float64Array(PAIRS);
  const realisasi = new Float64Array(PAIRS);
  for (let i = 0; i < PAIRS; i++) {
    target[i] = twoDecimals(50, 150);
    realisasi[i] = twoDecimals(0, 200);
  }
  return { target, realisasi };
}

/** The same pairs written as Indonesian text ("98,24"); they read back to the same numbers. */
function asText({ target, realisasi }: Pairs): TextPairs {
  const indonesian = (x: number): string => x.toFixed(2).replace('.', ',');
  return { targetText: Array.from(target, indonesian), realisasiText: Array.from(realisasi, indonesian) };
}

function inline({ target, realisasi }: Pairs): number {
  let sum = 0;
  for (let i = 0; i < PAIRS; i++) sum += (realisasi[i] / target[i]) * 100;
  return sum;
}

type Capaian = typeof Functions.capaian;

function coreOnly(capaian: typeof Measures.capaian, { target, realisasi }: Pairs): number {
  let sum = 0;
  for (let i = 0; i < PAIRS; i++) sum += capaian(target[i], realisasi[i]);
  return sum;
}

function wrapperNumbers(capaian: Capaian, { target, realisasi }: Pairs): number {
  let sum = 0;
  for (let i = 0; i < PAIRS; i++) sum += capaian(target[i], realisasi[i]);
  return sum;
}

function wrapperText(capaian: Capaian, { targetText, realisasiText }: TextPairs): number {
  let sum = 0;
  for (let i = 0; i < PAIRS; i++) sum += capaian(targetText[i], realisasiText[i]);
  return sum;
}

function row(m: Measurement, base: Measurement): string[] {
  const nsPerCall = (m.medianMs * 1e6) / PAIRS;
  return [
    m.label,
    m.medianMs.toFixed(1),
    nsPerCall.toFixed(1),
    (PAIRS / m.medianMs / 1e3).toFixed(1),
    `${(m.medianMs / base.medianMs).toFixed(1)}x`,
  ];
}

export const functionsSection: BenchSection = {
  name: 'functions',
  title: `SAKIP.CAPAIAN through the custom-function wrapper vs inline r / t * 100, ${PAIRS.toLocaleString('en')} pairs`,
  async run() {
    const { capaian } = await loadBundled<typeof Functions>('src/functions/functions.ts');
    const measures = await loadBundled<typeof Measures>('src/core/measures/index.ts');
    const pairs = makePairs();
    // Loops of a few milliseconds: many runs, so that the median is not a scheduling accident.
    const base = measure('inline r / t * 100', () => inline(pairs), { warmup: 5, runs: 21 });
    const core = measure('core/measures capaian, no wrapper', () => coreOnly(measures.capaian, pairs), { warmup: 5, runs: 21 });
    const numbers = measure('SAKIP.CAPAIAN(number; number)', () => wrapperNumbers(capaian, pairs), { warmup: 5, runs: 21 });
    // Made after the number loops are timed, so their garbage collection does not fall into them.
    const textPairs = asText(pairs);
    const text = measure('SAKIP.CAPAIAN("98,24"; ...) text', () => wrapperText(capaian, textPairs), { runs: 5 });
    for (const m of [core, numbers, text]) {
      if (m.checksum !== base.checksum) throw new Error(`${m.label}: checksum ${m.checksum} differs from inline ${base.checksum}`);
    }
    console.log(
      table([
        ['loop (median of runs)', 'ms', 'ns/call', 'M calls/s', 'vs inline'],
        row(base, base),
        row(core, base),
        row(numbers, base),
        row(text, base),
      ]),
    );
    const ratio = numbers.medianMs / base.medianMs;
    console.log(`checksum (sum of all capaian, identical in every loop): ${base.checksum}`);
    console.log(
      `goal: number arguments at most ${GOAL_RATIO}x the inline loop -> ${ratio.toFixed(1)}x ${ratio <= GOAL_RATIO ? 'MET' : 'NOT MET'}`,
    );
  },
};
