/**
 * Efisiensi: how capaian kinerja compares with serapan anggaran.
 *
 * Rules (domain.md section 3 "Efisiensi"), two methods in real use:
 * - selisih (seeds 000 and 002, the SAKIP evaluation worksheet; seed 002 Tabel 12 header
 *   `6 (4-5)` and "% Capaian Kinerja (>= 100%)"): capaian % - serapan %, in percentage points,
 *   measured only when capaian >= 100; otherwise "tidak dapat diukur" (NA).
 * - rasio (seed 001 l.1639: "Efisien = Output/Input", output = % capaian, input = % serapan):
 *   capaian % / serapan %, efisien when >= 1, no precondition; serapan 0 -> DIV0.
 * The default is selisih; the check uses the method the table itself shows. Inputs are the exact
 * capaian and serapan (seed 001 computes efisiensi from the unrounded capaian, R11).
 */

import { MeasureError, requireFinite } from './errors';
import { toDecimal15 } from './rounding';

export type MetodeEfisiensi = 'selisih' | 'rasio';

export function efisiensi(capaian: number, serapan: number, metode: MetodeEfisiensi = 'selisih'): number {
  requireFinite('Capaian', capaian);
  requireFinite('Serapan', serapan);
  if (metode === 'selisih') {
    if (toDecimal15(capaian) < 100) {
      throw new MeasureError('NA', 'Efisiensi tidak dapat diukur: capaian < 100%', 'Efisiensi cannot be measured: capaian < 100%');
    }
    return capaian - serapan;
  }
  if (metode === 'rasio') {
    if (serapan === 0) {
      throw new MeasureError('DIV0', 'Serapan 0: efisiensi (rasio) tidak dapat dihitung', 'Serapan 0: efisiensi (ratio) cannot be computed');
    }
    return capaian / serapan;
  }
  throw new MeasureError('VALUE', `Metode efisiensi tidak dikenal: "${String(metode)}" (selisih/rasio)`, `Unknown efisiensi method: "${String(metode)}" (selisih/rasio)`);
}
