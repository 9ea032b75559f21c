/**
 * The SAKIP custom functions of Excel (=SAKIP.CAPAIAN(97,5;98,24) ...): thin wrappers over
 * core/measures and core/numbers, so a cell computes exactly what the checks compute.
 *
 * The JSDoc of each function is its Excel metadata: custom-functions-metadata reads it at build
 * time into functions.json (names, parameters, optional flags, types, the Indonesian descriptions
 * Excel shows in the formula tooltip) and registers each function with `CustomFunctions.associate`.
 * Arguments that may hold text such as "98,24" are typed `unknown` (Excel type `any`);
 * `arguments.ts` reads them, and each wrapper's catch block hands failures to `toExcelError`.
 * Results are exact (unrounded): the cell's number format rounds them.
 */

import * as measures from '../core/measures';
import type { Arah, MetodeEfisiensi, RumusNegatif } from '../core/measures';
import { toExcelError, toNumber, toOption, toScale } from './arguments';

const PERSEN = { percentColumn: true } as const;

/**
 * Capaian kinerja (%) dari target dan realisasi. Indikator positif: realisasi/target×100. Indikator negatif: rumus A (2×target−realisasi)/target×100 (bawaan), B target/realisasi×100, C (target−realisasi)/target×100, D 100 bila realisasi ≤ target.
 * @customfunction CAPAIAN
 * @param target Target kinerja: angka atau teks seperti "97,5". Target 0 menghasilkan #DIV/0!.
 * @param realisasi Realisasi kinerja: angka atau teks seperti "98,24".
 * @param [arah] Arah indikator: "positif" (bawaan, makin tinggi makin baik) atau "negatif" (makin rendah makin baik).
 * @param [rumus_negatif] Rumus indikator negatif: "A" (bawaan), "B", "C", atau "D".
 * @returns Capaian dalam persen, tanpa pembulatan.
 */
export function capaian(target: unknown, realisasi: unknown, arah?: string, rumus_negatif?: string): number {
  try {
    return measures.capaian(
      toNumber(target, 'Target'),
      toNumber(realisasi, 'Realisasi'),
      toOption(arah)?.toLowerCase() as Arah | undefined,
      toOption(rumus_negatif)?.toUpperCase() as RumusNegatif | undefined,
    );
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Kategori capaian menurut skala: bawaan Permendagri 86/2017 (≥91 Sangat Tinggi, ≥76 Tinggi, ≥66 Sedang, ≥51 Rendah, selain itu Sangat Rendah), skala bernama, atau tabel skala di lembar kerja. Capaian di luar semua rentang skala tertulis menghasilkan #N/A.
 * @customfunction KATEGORI
 * @param capaian Capaian dalam persen: angka atau teks seperti "94,07".
 * @param [skala] Nama skala ("permendagri86", "baik", "tercapai") atau rentang tabel skala dua kolom: kategori dan rentang capaian (misalnya "91% ≤ 100%"), boleh dengan baris judul.
 * @returns Nama kategori.
 */
export function kategori(capaian: unknown, skala?: unknown[][]): string {
  try {
    return measures.kategori(toNumber(capaian, 'Capaian', PERSEN), toScale(skala));
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Predikat SAKIP dari nilai evaluasi 0 sampai 100 (PermenPAN-RB 88/2021): >90 AA, >80 A, >70 BB, >60 B, >50 CC, >30 C, selain itu D.
 * @customfunction PREDIKAT
 * @param nilai Nilai evaluasi SAKIP (0 sampai 100): angka atau teks seperti "75,50".
 * @returns Predikat: AA, A, BB, B, CC, C, atau D.
 */
export function predikat(nilai: unknown): string {
  try {
    return measures.predikat(toNumber(nilai, 'Nilai', PERSEN));
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Serapan anggaran (%): realisasi anggaran / pagu × 100.
 * @customfunction SERAPAN
 * @param pagu Pagu anggaran: angka atau teks seperti "Rp. 56.652.801.485". Pagu 0 menghasilkan #DIV/0!.
 * @param realisasi Realisasi anggaran: angka atau teks seperti "50.193.200.643".
 * @returns Serapan dalam persen, tanpa pembulatan.
 */
export function serapan(pagu: unknown, realisasi: unknown): number {
  try {
    return measures.serapan(toNumber(pagu, 'Pagu'), toNumber(realisasi, 'Realisasi'));
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Efisiensi dari capaian kinerja dan serapan anggaran. Metode "selisih" (bawaan): capaian − serapan, dalam poin persen, hanya bila capaian ≥ 100 (selain itu #N/A). Metode "rasio": capaian / serapan, efisien bila ≥ 1.
 * @customfunction EFISIENSI
 * @param capaian Capaian kinerja dalam persen: angka atau teks seperti "101,88".
 * @param serapan Serapan anggaran dalam persen: angka atau teks seperti "96,24".
 * @param [metode] Metode: "selisih" (bawaan) atau "rasio".
 * @returns Efisiensi, tanpa pembulatan.
 */
export function efisiensi(capaian: unknown, serapan: unknown, metode?: string): number {
  try {
    return measures.efisiensi(
      toNumber(capaian, 'Capaian', PERSEN),
      toNumber(serapan, 'Serapan', PERSEN),
      toOption(metode)?.toLowerCase() as MetodeEfisiensi | undefined,
    );
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Tingkat kemajuan (%): realisasi tahun ini / target akhir periode (Renstra atau RPJMD) × 100.
 * @customfunction KEMAJUAN
 * @param realisasi Realisasi tahun berjalan: angka atau teks seperti "1,47".
 * @param target_akhir Target akhir periode Renstra atau RPJMD: angka atau teks seperti "7,5". Target akhir 0 menghasilkan #DIV/0!.
 * @returns Tingkat kemajuan dalam persen, tanpa pembulatan.
 */
export function kemajuan(realisasi: unknown, target_akhir: unknown): number {
  try {
    return measures.kemajuan(toNumber(realisasi, 'Realisasi'), toNumber(target_akhir, 'Target akhir'));
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Membaca angka dari teks bergaya Indonesia atau Inggris: "98,24", "100.76%", "Rp. 5.021.140.500,-", "4,850,819,710.00". Teks yang bukan angka, bermakna ganda, atau berupa rentang menghasilkan #VALUE!.
 * @customfunction ANGKA
 * @param teks Teks atau sel yang berisi angka.
 * @returns Nilai angkanya.
 */
export function angka(teks: unknown): number {
  try {
    return toNumber(teks, 'Teks');
  } catch (e) {
    throw toExcelError(e);
  }
}
