/**
 * Serapan (absorption of the budget) and sisa (what is left of it).
 *
 * Rule (domain.md section 3 "Serapan"; the LRA column formulas of seed 001 `13=12/5*100` and
 * `15=5-12`): serapan (%) = realisasi anggaran / pagu x 100; sisa = pagu - realisasi. An overall
 * serapan is sum(realisasi) / sum(pagu) x 100, never the average of the rows' percentages (seed 002:
 * 50.193.200.643 / 56.652.801.485 = 88.60, while the mean of its two parts is 89.18; seed 004
 * averages them). Pagu 0: tidak dapat dihitung (DIV0). Results are exact (unrounded).
 */

import { MeasureError, requireFinite } from './errors';

function ratio(pagu: number, realisasi: number): number {
  if (pagu === 0) {
    throw new MeasureError('DIV0', 'Pagu 0: serapan tidak dapat dihitung', 'Pagu 0: serapan cannot be computed');
  }
  return (realisasi / pagu) * 100;
}

/** Serapan (%) = realisasi / pagu x 100. */
export function serapan(pagu: number, realisasi: number): number {
  return ratio(requireFinite('Pagu', pagu), requireFinite('Realisasi', realisasi));
}

/** Sisa anggaran = pagu - realisasi. */
export function sisa(pagu: number, realisasi: number): number {
  return requireFinite('Pagu', pagu) - requireFinite('Realisasi', realisasi);
}

/** Overall serapan (%) of several rows = sum(realisasi) / sum(pagu) x 100. */
export function serapanKeseluruhan(rows: Array<{ pagu: number; realisasi: number }>): number {
  let pagu = 0;
  let realisasi = 0;
  for (const row of rows) {
    pagu += requireFinite('Pagu', row.pagu);
    realisasi += requireFinite('Realisasi', row.realisasi);
  }
  return ratio(pagu, realisasi);
}
