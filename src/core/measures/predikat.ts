/**
 * Predikat SAKIP of an evaluation score (0-100).
 *
 * Rule (PermenPAN-RB 88/2021 on the evaluation of SAKIP; domain.md section 3 "Predikat"):
 * > 90 AA, > 80 A, > 70 BB, > 60 B, > 50 CC, > 30 C, else D. The lower bounds are strict: 80 is
 * BB, not A; 79 is BB (seed 000 states "target 79 atau predikat A"); seed 002 Tabel 7 rates 68.78
 * B and 70.39 BB. A score outside 0..100 is not a score (VALUE).
 */

import { MeasureError, requireFinite } from './errors';
import { toDecimal15 } from './rounding';

export type Predikat = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';

/** Strict lower bound of each grade, best first; below the last one is D. */
const GRADES: ReadonlyArray<readonly [Predikat, number]> = [
  ['AA', 90],
  ['A', 80],
  ['BB', 70],
  ['B', 60],
  ['CC', 50],
  ['C', 30],
];

export function predikat(nilai: number): Predikat {
  const x = toDecimal15(requireFinite('Nilai', nilai));
  if (x < 0 || x > 100) {
    throw new MeasureError('VALUE', `Nilai evaluasi harus antara 0 dan 100: ${nilai}`, `An evaluation score must be between 0 and 100: ${nilai}`);
  }
  return GRADES.find(([, above]) => x > above)?.[0] ?? 'D';
}
