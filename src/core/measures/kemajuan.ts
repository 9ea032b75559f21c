/**
 * Tingkat kemajuan: how far this year's realisasi has come toward the end-of-period target.
 *
 * Rule (domain.md section 3 "Tingkat kemajuan"; seed 001 Tabel 3.4 "TARGET AKHIR 2026", seed 002
 * Tabel 11 "Target Akhir RPJMD/RENSTRA"): realisasi of year n / target akhir (Renstra or RPJMD end
 * year) x 100. Seed 002: 1.47 / 7.5 = 19.60; seed 001 writes integers: 98.24 / 91.37 = 107.52 -> 108.
 * Target akhir 0: tidak dapat dihitung (DIV0). The result is exact (unrounded).
 */

import { MeasureError, requireFinite } from './errors';

export function kemajuan(realisasi: number, targetAkhir: number): number {
  requireFinite('Realisasi', realisasi);
  requireFinite('Target akhir', targetAkhir);
  if (targetAkhir === 0) {
    throw new MeasureError('DIV0', 'Target akhir 0: tingkat kemajuan tidak dapat dihitung', 'End target 0: tingkat kemajuan cannot be computed');
  }
  return (realisasi / targetAkhir) * 100;
}
