/**
 * When a stated value agrees with a computation (domain.md section 3, "Rounding"): the exact result
 * rounded half-up or truncated to the stated decimals. Inputs that are themselves rounded (a realisasi
 * 98.24 from 56/57, a capaian 98 from 98.4375) carry their rounding interval into the result, so a
 * value the author computed from the unrounded input is not a false alarm.
 */
import { roundHalfUp, truncate } from '../measures';
import type { RoundingMode } from '../measures';

export interface StatedNumber {
  value: number;
  decimals: number;
}

/** A value and how precisely it is known: [low, high]. */
export interface Interval {
  low: number;
  high: number;
}

/** The interval of values that display as `n` with its decimals (half-up or truncated). */
export function roundingInterval(n: StatedNumber): Interval {
  const unit = 10 ** -n.decimals;
  return { low: n.value - unit / 2, high: n.value + unit };
}

export function exactInterval(value: number): Interval {
  return { low: value, high: value };
}

/** f over the four corners of two input intervals: the range of a computation monotonic in each argument. */
export function rangeOf(f: (a: number, b: number) => number, a: Interval, b: Interval): Interval | null {
  const v1 = f(a.low, b.low);
  const v2 = f(a.low, b.high);
  const v3 = f(a.high, b.low);
  const v4 = f(a.high, b.high);
  if (!Number.isFinite(v1) || !Number.isFinite(v2) || !Number.isFinite(v3) || !Number.isFinite(v4)) return null;
  return { low: Math.min(v1, v2, v3, v4), high: Math.max(v1, v2, v3, v4) };
}

export interface Agreement {
  ok: boolean;
  /** How the stated value was reached: half-up, truncation, or either from a rounded input. */
  mode: RoundingMode | 'input' | null;
}

const EPSILON = 1e-9;

/** Does `stated` agree with `exact` (or with any value of `range`, the result of rounded inputs)? */
/** Decimals beyond what a double holds (a token written with 19 decimals) compare at 15. */
const MAX_DECIMALS = 15;

/** The rounding setting: `auto` accepts half-up or truncation (domain.md), the others only their own. */
export type RoundingSetting = 'auto' | 'bulat' | 'bulat-ke-bawah';

/** The four answers, shared (frozen): agrees runs for every computed cell of every rule. */
const HALF_UP: Agreement = Object.freeze({ ok: true, mode: 'bulat' });
const TRUNCATED: Agreement = Object.freeze({ ok: true, mode: 'bulat-ke-bawah' });
const FROM_INPUT: Agreement = Object.freeze({ ok: true, mode: 'input' });
const DISAGREES: Agreement = Object.freeze({ ok: false, mode: null });

export function agrees(stated: StatedNumber, exact: number, range?: Interval, rounding: RoundingSetting = 'auto'): Agreement {
  // A computation that overflows (98 / 1e-310) agrees with nothing; the rules leave such rows alone.
  if (!Number.isFinite(exact)) return DISAGREES;
  const d = Math.min(stated.decimals, MAX_DECIMALS);
  const halfUp = rounding !== 'bulat-ke-bawah';
  const truncation = rounding !== 'bulat';
  if (halfUp && Math.abs(roundHalfUp(exact, d) - stated.value) < EPSILON * Math.max(1, Math.abs(stated.value))) return HALF_UP;
  if (truncation && Math.abs(truncate(exact, d) - stated.value) < EPSILON * Math.max(1, Math.abs(stated.value))) return TRUNCATED;
  if (range) {
    const unit = 10 ** -d;
    const low = stated.value - unit / 2 - EPSILON;
    const high = stated.value + (truncation && stated.value >= 0 ? unit : unit / 2) + EPSILON;
    if (range.high >= low && range.low <= high) return FROM_INPUT;
  }
  return DISAGREES;
}

/** The value to write as a fix: the exact value rounded half-up to the stated decimals. */
export function fixValue(exact: number, decimals: number): number {
  return roundHalfUp(exact, Math.min(decimals, MAX_DECIMALS));
}

/** The variant a finding assumed: the rule's base, and the rounding accepted at the stated decimals. */
export function variantName(base: string, decimals: number, rounding: RoundingSetting): string {
  const accepted = rounding === 'auto' ? 'bulat atau bulat-ke-bawah' : rounding;
  return `${base}, ${accepted} ${decimals} desimal`;
}
