/**
 * Capaian (%) of an indicator, and capaian of a sasaran as the average of its indicators.
 *
 * Rules (domain.md section 3 "Capaian", as applied in the LKjIP of Permendagri 86/2017 regions;
 * the negative formula A is the "(T - (R - T)) / T" of LKjIP guides and of the SKP rule; corpus
 * seed 001 R2/R5, seed 002 R2, seed 003 R3):
 * - positive indicator (higher is better, the default): R / T x 100, not capped (seed 001 has 211 %).
 * - negative indicator (lower is better): A (default) (2T - R) / T x 100 = (T - (R - T)) / T x 100,
 *   floored at 0; B T / R x 100; C (T - R) / T x 100; D 100 when R <= T, else T / R x 100.
 * - T = 0: "tidak dapat dihitung" (DIV0), whatever the formula.
 * - capaian sasaran = plain average of its indicators' capaian; nil rows are left out or counted
 *   as 0, and the caller must say which (seed 000 divides by 21 with two nil rows).
 * Results are exact (unrounded): rounding belongs to the comparison (rounding.ts).
 */

import { MeasureError, requireFinite } from './errors';

/** positif: higher is better; negatif: lower is better (angka kemiskinan, prevalensi stunting). */
export type Arah = 'positif' | 'negatif';
/** The formula of a negative indicator; see the module header. */
export type RumusNegatif = 'A' | 'B' | 'C' | 'D';
/** How nil (`null`) capaian count in an average: left out (`abaikan`) or as 0 (`nol`). */
export type PerlakuanNil = 'abaikan' | 'nol';


function negatif(target: number, realisasi: number, rumus: RumusNegatif): number {
  switch (rumus) {
    case 'A':
      return Math.max(0, ((2 * target - realisasi) / target) * 100);
    case 'B':
      if (realisasi === 0) {
        throw new MeasureError(
          'DIV0',
          'Realisasi 0: capaian indikator negatif (rumus B, T/R) tidak dapat dihitung',
          'Realisasi 0: the capaian of a negative indicator (formula B, T/R) cannot be computed',
        );
      }
      return (target / realisasi) * 100;
    case 'C':
      return ((target - realisasi) / target) * 100;
    case 'D':
      return realisasi <= target ? 100 : (target / realisasi) * 100;
  }
}

/** Capaian (%) of realisasi against target; see the module header for the formulas. */
export function capaian(target: number, realisasi: number, arah: Arah = 'positif', rumus: RumusNegatif = 'A'): number {
  requireFinite('Target', target);
  requireFinite('Realisasi', realisasi);
  // Direct comparisons, not Array.includes: this runs once per cell of a recalculating sheet.
  if (arah !== 'positif' && arah !== 'negatif') {
    throw new MeasureError('VALUE', `Arah indikator tidak dikenal: "${String(arah)}" (positif/negatif)`, `Unknown indicator direction: "${String(arah)}" (positif/negatif)`);
  }
  if (rumus !== 'A' && rumus !== 'B' && rumus !== 'C' && rumus !== 'D') {
    throw new MeasureError('VALUE', `Rumus indikator negatif tidak dikenal: "${String(rumus)}" (A/B/C/D)`, `Unknown negative-indicator formula: "${String(rumus)}" (A/B/C/D)`);
  }
  if (target === 0) {
    throw new MeasureError('DIV0', 'Target 0: capaian tidak dapat dihitung', 'Target 0: capaian cannot be computed');
  }
  return arah === 'positif' ? (realisasi / target) * 100 : negatif(target, realisasi, rumus);
}

/**
 * Plain average (capaian sasaran from its indicators). `null` is a nil row: left out by default
 * (`abaikan`) or counted as 0 (`nol`). No value to average -> DIV0, as Excel's AVERAGE.
 */
export function rataRata(values: Array<number | null>, nil: PerlakuanNil = 'abaikan'): number {
  if (nil !== 'abaikan' && nil !== 'nol') {
    throw new MeasureError('VALUE', `Perlakuan nilai kosong tidak dikenal: "${String(nil)}" (abaikan/nol)`, `Unknown nil treatment: "${String(nil)}" (abaikan/nol)`);
  }
  const counted = nil === 'nol' ? values.map((v) => v ?? 0) : values.filter((v): v is number => v !== null);
  if (counted.length === 0) {
    throw new MeasureError('DIV0', 'Tidak ada nilai untuk dirata-ratakan', 'No value to average');
  }
  let sum = 0;
  for (const v of counted) sum += requireFinite('Nilai', v);
  return sum / counted.length;
}
