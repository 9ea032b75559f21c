/**
 * core/measures: the computations of domain.md section 3 (capaian, kategori and its scales,
 * predikat, serapan, efisiensi, tingkat kemajuan, rounding checks). The custom functions, the checks
 * and the CLI all call these, so each computation has exactly one implementation.
 */

export { MeasureError } from './errors';
export type { MeasureErrorCode } from './errors';
export { capaian, rataRata } from './capaian';
export type { Arah, RumusNegatif, PerlakuanNil } from './capaian';
export { KATEGORI_PRESETS, resolveScale, findBand, kategori, normalizeKategoriLabel } from './kategori';
export type { KategoriBand, KategoriScale, KategoriPreset } from './kategori';
export { parseScaleRows } from './skala';
export { predikat } from './predikat';
export type { Predikat } from './predikat';
export { serapan, sisa, serapanKeseluruhan } from './serapan';
export { efisiensi } from './efisiensi';
export type { MetodeEfisiensi } from './efisiensi';
export { kemajuan } from './kemajuan';
export { roundHalfUp, truncate, excelRound, checkStated } from './rounding';
export type { RoundingMode, Consistency } from './rounding';
