/**
 * Kategori of a capaian: the band of a rating scale it falls in.
 *
 * Rule (domain.md section 3 "Kategori"; scale of Permendagri 86/2017 on the evaluation of regional
 * development plans): >= 91 Sangat Tinggi, >= 76 Tinggi, >= 66 Sedang, >= 51 Rendah, else Sangat
 * Rendah; above 100 is Sangat Tinggi. The presets are read as thresholds: bands closed below and
 * open above, so they have no gaps. Presets: the same bounds labelled Sangat Baik ... Sangat
 * Kurang; Tercapai / Belum tercapai (>= 100).
 *
 * A scale written in the workbook ("Skala Nilai Peringkat Kinerja", seed 001 Tabel 3.1, read by
 * skala.ts) is taken as written: a value in a gap between its bands (90.5 between "76-90" and
 * "91-100") or above its top (117.02 with "91% <= 100%") has no band. That is a `scale-gap`, not a
 * wrong kategori, so `findBand` returns null and `kategori` throws NA. A scale that is not written
 * in the workbook (`written: false`, e.g. one chosen in the settings) is a convention: it is read
 * as thresholds like the presets, and a value in a gap or beyond an end gets the band below it (or
 * the lowest band).
 */

import { MeasureError, requireFinite } from './errors';
import { toDecimal15 } from './rounding';

export interface KategoriBand {
  label: string;
  /** Lower bound; null = unbounded below. */
  min: number | null;
  minInclusive: boolean;
  /** Upper bound; null = unbounded above. */
  max: number | null;
  maxInclusive: boolean;
}

export interface KategoriScale {
  name: string;
  bands: KategoriBand[];
  /** True when written in the workbook: values above the top band or in gaps are then scale gaps. */
  written: boolean;
}

export type KategoriPreset = 'permendagri86' | 'baik' | 'tercapai';

function thresholdScale(name: string, steps: Array<[label: string, min: number | null]>): KategoriScale {
  const bands = steps.map(([label, min], i): KategoriBand => {
    const above = i === 0 ? null : steps[i - 1][1];
    return Object.freeze({ label, min, minInclusive: min !== null, max: above, maxInclusive: false });
  });
  return Object.freeze({ name, bands: Object.freeze(bands) as KategoriBand[], written: false });
}

export const KATEGORI_PRESETS: Record<KategoriPreset, KategoriScale> = Object.freeze({
  permendagri86: thresholdScale('Permendagri 86/2017', [
    ['Sangat Tinggi', 91],
    ['Tinggi', 76],
    ['Sedang', 66],
    ['Rendah', 51],
    ['Sangat Rendah', null],
  ]),
  baik: thresholdScale('Permendagri 86/2017 (Sangat Baik - Sangat Kurang)', [
    ['Sangat Baik', 91],
    ['Baik', 76],
    ['Cukup', 66],
    ['Kurang', 51],
    ['Sangat Kurang', null],
  ]),
  tercapai: thresholdScale('Tercapai / Belum tercapai', [
    ['Tercapai', 100],
    ['Belum tercapai', null],
  ]),
});

/** Comparison key of a label: case-, space- and width-insensitive ("SANGAT  TINGGI" = "Sangat Tinggi"). */
export function normalizeKategoriLabel(label: string): string {
  return String(label).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function presetKey(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

function isScale(x: unknown): x is KategoriScale {
  const s = x as KategoriScale;
  return (
    typeof s === 'object' &&
    s !== null &&
    Array.isArray(s.bands) &&
    s.bands.length > 0 &&
    s.bands.every((b) => typeof b === 'object' && b !== null && typeof b.label === 'string')
  );
}

/** A scale object as given, a preset by name (case-insensitive), or Permendagri 86/2017 when omitted. */
export function resolveScale(scale?: KategoriScale | KategoriPreset | string): KategoriScale {
  if (scale === undefined || scale === null || (typeof scale === 'string' && scale.trim() === '')) {
    return KATEGORI_PRESETS.permendagri86;
  }
  if (typeof scale === 'string') {
    const key = presetKey(scale);
    const preset = (Object.keys(KATEGORI_PRESETS) as KategoriPreset[]).find((k) => presetKey(k) === key);
    if (preset === undefined) {
      const known = Object.keys(KATEGORI_PRESETS).join(', ');
      throw new MeasureError('VALUE', `Skala kategori tidak dikenal: "${scale}" (pilihan: ${known})`, `Unknown kategori scale: "${scale}" (choices: ${known})`);
    }
    return KATEGORI_PRESETS[preset];
  }
  if (!isScale(scale)) {
    throw new MeasureError('VALUE', 'Skala kategori tidak valid: tidak ada rentang', 'Invalid kategori scale: no bands');
  }
  return scale;
}

function contains(band: KategoriBand, x: number): boolean {
  const aboveMin = band.min === null || x > band.min || (band.minInclusive && x === band.min);
  const belowMax = band.max === null || x < band.max || (band.maxInclusive && x === band.max);
  return aboveMin && belowMax;
}

/** For an unwritten scale: the band with the greatest lower bound not above x, else the lowest band. */
function thresholdBand(x: number, bands: KategoriBand[]): KategoriBand {
  const lowerOf = (b: KategoriBand): number => b.min ?? -Infinity;
  const below = bands.filter((b) => lowerOf(b) <= x);
  const pool = below.length > 0 ? below : bands;
  const pick = below.length > 0 ? Math.max : Math.min;
  const target = pick(...pool.map(lowerOf));
  return pool.find((b) => lowerOf(b) === target) as KategoriBand;
}

/**
 * The band of `capaian` on `scale` (the first band that contains it, in the scale's order), or null
 * when a written scale has no band for it (a gap, or above its top / below its bottom).
 */
export function findBand(capaian: number, scale: KategoriScale): KategoriBand | null {
  const x = toDecimal15(requireFinite('Capaian', capaian));
  const { bands, written } = resolveScale(scale);
  const band = bands.find((b) => contains(b, x));
  if (band !== undefined) return band;
  return written ? null : thresholdBand(x, bands);
}

/** The kategori label of `capaian`; no band (a scale gap) -> NA. */
export function kategori(capaian: number, scale?: KategoriScale | KategoriPreset | string): string {
  const resolved = resolveScale(scale);
  const band = findBand(capaian, resolved);
  if (band === null) {
    throw new MeasureError(
      'NA',
      `Capaian ${capaian} tidak termasuk rentang mana pun pada skala "${resolved.name}" (celah skala)`,
      `Capaian ${capaian} falls in no band of the scale "${resolved.name}" (scale gap)`,
    );
  }
  return band.label;
}
