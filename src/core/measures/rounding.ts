/**
 * Rounding, and whether a stated value is consistent with its exact computation.
 *
 * Rule (domain.md section 3, "Rounding"): authors round half-up or truncate, to 0, 1 or 2
 * decimals, differently per table (seed 001 truncates IKU realisasi 56/57 = 98.2456 -> 98.24 but
 * rounds capaian 84.66/90 = 94.067 -> 94.07; seed 003 writes 815/800 = 101.875 as 101 %). A stated
 * value is consistent when it equals the exact result rounded half-up OR truncated to the stated
 * number of decimals; anything else is a mismatch. Everything is computed exactly first; rounding
 * happens only here, at the comparison. Excel's ROUND rounds half away from zero.
 *
 * Binary floating point stores 1.005 as 1.00499999999999989..., and 0.29 * 100 gives
 * 28.999999999999996. Scaling by multiplication would round those the wrong way, so the value is
 * first read as its 15-significant-digit decimal (the precision Excel itself displays and rounds
 * with), and the decimal point is moved in that decimal text, not by a multiplication.
 */

import { MeasureError, requireFinite } from './errors';

/** How an author went from the exact value to the written one: half-up, or truncation. */
export type RoundingMode = 'bulat' | 'bulat-ke-bawah';

export interface Consistency {
  /** The stated value equals the exact one rounded half-up or truncated to the stated decimals. */
  ok: boolean;
  /** Which rounding reproduces the stated value (`bulat` when both do); null when neither does. */
  mode: RoundingMode | null;
  /** The exact value rounded half-up (away from zero) to the stated decimals. */
  roundedHalfUp: number;
  /** The exact value truncated toward zero to the stated decimals. */
  truncated: number;
}

/** Significant digits a double holds reliably; digits beyond are binary noise of the computation. */
const SIGNIFICANT_DIGITS = 15;

/**
 * `x` as its 15-significant-digit decimal: drops the binary noise of a computation
 * (0.29 * 100 = 28.999999999999996 -> 29) before it is compared with a bound.
 */
export function toDecimal15(x: number): number {
  // A value that is already the double nearest a short decimal (98.24, 147, 0.5) is its own 15-digit
  // decimal: k / 100 is that double for k = x * 100 rounded, so comparing the two tells, without a string.
  if (Math.abs(x) < 1e13) {
    const short = Math.round(x * 100) / 100;
    if (short === x) return x === 0 ? 0 : x;
  }
  return Number(x.toPrecision(SIGNIFICANT_DIGITS));
}

/** |x| * 10^decimals, computed on x's 15-significant-digit decimal text (no binary error). */
function scaleAbs(x: number, decimals: number): number {
  const [mantissa, exponent] = Math.abs(x).toExponential(SIGNIFICANT_DIGITS - 1).split('e');
  return Number(`${mantissa}e${Number(exponent) + decimals}`);
}

/** integer / 10^decimals, again by moving the decimal point in the text, with the sign of `x`. */
function unscale(integer: number, decimals: number, x: number): number {
  if (integer === 0) return 0;
  const [mantissa, exponent] = integer.toExponential().split('e');
  const magnitude = Number(`${mantissa}e${Number(exponent) - decimals}`);
  return x < 0 ? -magnitude : magnitude;
}

function requireDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > SIGNIFICANT_DIGITS) {
    throw new MeasureError(
      'VALUE',
      `Jumlah desimal tidak valid: ${String(decimals)} (harus bilangan bulat 0 sampai ${SIGNIFICANT_DIGITS})`,
      `Invalid number of decimals: ${String(decimals)} (must be an integer from 0 to ${SIGNIFICANT_DIGITS})`,
    );
  }
  return decimals;
}

/** Powers of ten that a double holds exactly, for the fast paths below. */
const POW10 = Array.from({ length: SIGNIFICANT_DIGITS + 1 }, (_, i) => 10 ** i);

/**
 * The fast path of rounding and truncation: |x| * 10^decimals by multiplication, used only when the
 * scaled value lies far from the boundary that decides the result (an integer for truncation, a half for
 * rounding). There the multiplication's binary error (below 1e-15 relative) cannot change the outcome,
 * so the result equals the decimal-text path's; near the boundary it returns null and that path decides.
 * n / 10^d of exact n and 10^d is the double nearest the decimal n x 10^-d, as the text path gives.
 */
function scaledFast(x: number, decimals: number, boundary: 0 | 0.5): number | null {
  if (decimals < 0 || decimals > SIGNIFICANT_DIGITS) return null;
  const scaled = Math.abs(x) * POW10[decimals];
  if (!(scaled < 1e15)) return null;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  // An exact integer is its own 15-digit decimal: truncation and rounding leave it as it is.
  if (fraction === 0) return scaled;
  const margin = 1e-12 * Math.max(1, scaled);
  if (boundary === 0 && fraction > margin && fraction < 1 - margin) return whole;
  if (boundary === 0.5 && Math.abs(fraction - 0.5) > margin) return fraction > 0.5 ? whole + 1 : whole;
  // Near the boundary: which side of it x's 15-digit decimal lies on decides, and can mostly be told
  // without the decimal text (98.24 truncated at 2 decimals, 3.9000000000000057 from 100 - 96.1).
  if (scaled < 1e14) {
    // The nearest boundary in half units: odd for rounding's half, even for truncation's integer.
    const halves = Math.round(scaled * 2);
    const side = halves % 2 === (boundary === 0.5 ? 1 : 0) ? sideOfBoundary(Math.abs(x), halves, decimals) : 0;
    if (side !== 0) return side > 0 ? Math.ceil(halves / 2) : Math.floor((halves - 1) / 2);
  }
  return null;
}

/**
 * Which side of the decimal b = halves / 2 x 10^-decimals (a boundary within a hair of `ax`) the
 * 15-digit decimal of `ax` lies on: 1 on or above it, -1 below, 0 when only the decimal text can tell.
 * g, the double nearest b, has b as its 15-digit decimal (b has at most 15 digits), and rounding to 15
 * digits is monotonic: from g up it is at least b. Below g it reaches b only within half a 15th digit.
 */
function sideOfBoundary(ax: number, halves: number, decimals: number): number {
  const g = halves / (2 * POW10[decimals]);
  if (ax >= g) return 1;
  let exponent = Math.floor(Math.log10(ax));
  if (10 ** exponent > ax) exponent--;
  else if (10 ** (exponent + 1) <= ax) exponent++;
  const halfDigit = 10 ** (exponent - 14) / 2;
  // g lies within half a binary unit of b: the slack keeps that (and ties) to the decimal text.
  const slack = 4.5e-16 * g;
  const gap = g - ax;
  if (gap < halfDigit - slack) return 1;
  if (gap > halfDigit + slack) return -1;
  return 0;
}

function signedUnscaledFast(integer: number, decimals: number, x: number): number {
  if (integer === 0) return 0;
  const magnitude = integer / POW10[decimals];
  return x < 0 ? -magnitude : magnitude;
}

function halfAwayFromZero(x: number, decimals: number): number {
  requireFinite('Angka', x);
  const fast = scaledFast(x, decimals, 0.5);
  if (fast !== null) return signedUnscaledFast(fast, decimals, x);
  const scaled = scaleAbs(x, decimals);
  // more decimals than a double can hold: nothing to round
  if (!Number.isFinite(scaled)) return x;
  return unscale(Math.round(scaled), decimals, x);
}

/** Half-up at the decimal (half away from zero for negatives): 1.005 -> 1.01, 86.665 -> 86.67. */
export function roundHalfUp(x: number, decimals: number): number {
  return halfAwayFromZero(x, requireDecimals(decimals));
}

/** Truncation toward zero: 56/57*100 = 98.2456 -> 98.24; 0.29*100 -> 29 (not 28.99). */
export function truncate(x: number, decimals: number): number {
  requireFinite('Angka', x);
  requireDecimals(decimals);
  const fast = scaledFast(x, decimals, 0);
  if (fast !== null) return signedUnscaledFast(fast, decimals, x);
  return unscale(Math.trunc(scaleAbs(x, decimals)), decimals, x);
}

/**
 * Excel's ROUND(number; num_digits): half away from zero; num_digits may be negative (tens,
 * hundreds...) and, as in Excel, a fractional num_digits is truncated to an integer.
 */
export function excelRound(x: number, decimals: number): number {
  requireFinite('Jumlah desimal', decimals);
  return halfAwayFromZero(x, Math.trunc(decimals));
}

/** Equality of two values that are both meant to be short decimals (tolerates the last binary digit). */
function sameDecimal(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Is `stated` (written with `statedDecimals` decimals) the `exact` value rounded half-up or
 * truncated? 147 for 147.17, 101 for 101.875 (truncated), 98.24 for 98.2456 (truncated).
 */
export function checkStated(stated: number, statedDecimals: number, exact: number): Consistency {
  requireFinite('Nilai tertulis', stated);
  requireFinite('Nilai hitung', exact);
  const roundedHalfUp = roundHalfUp(exact, statedDecimals);
  const truncated = truncate(exact, statedDecimals);
  const mode: RoundingMode | null = sameDecimal(stated, roundedHalfUp)
    ? 'bulat'
    : sameDecimal(stated, truncated)
      ? 'bulat-ke-bawah'
      : null;
  return { ok: mode !== null, mode, roundedHalfUp, truncated };
}
