/**
 * A table's kind (pk, capaian, anggaran, efisiensi, multiyear, renja, scale, other) from its title
 * and its column roles. The title decides where it names the document ("Perjanjian Kinerja",
 * "Rencana Kerja", "Skala"); otherwise the columns do (a year series, budget columns, target + realisasi).
 */
import { normalizeWords } from './grid';
import type { TableColumn, TableKind } from './types';

export function classifyTable(title: string | undefined, columns: TableColumn[]): TableKind {
  const t = normalizeWords(title ?? '');
  const roles = new Set(columns.map((c) => c.role));
  const has = (...wanted: string[]) => wanted.some((w) => roles.has(w as TableColumn['role']));
  const years = new Set(columns.filter((c) => c.year !== undefined && c.role !== 'kondisi_awal').map((c) => c.year));
  const targetYears = new Set(columns.filter((c) => c.role === 'target' && c.year !== undefined).map((c) => c.year));
  const measured = has('target', 'realisasi', 'capaian', 'pagu', 'realisasi_anggaran', 'serapan', 'efisiensi');

  if (/skala|peringkat kinerja|rentang/.test(t) || (has('kategori') && has('nilai') && !has('target', 'realisasi', 'capaian'))) {
    return 'scale';
  }
  if (/efisiensi/.test(t) || has('efisiensi')) return 'efisiensi';
  if (/pemangku kepentingan/.test(t)) return 'other';
  if (/perjanjian kinerja|^pk\b/.test(t) && !has('realisasi')) return 'pk';
  if (/rencana kerja|renja|\brkt\b|rkpd|rencana program|program dan kegiatan/.test(t) && !has('realisasi', 'realisasi_anggaran')) {
    return has('target', 'pagu') ? 'renja' : 'other';
  }
  if (/evaluasi|pengukuran/.test(t) && has('target') && has('realisasi') && has('capaian')) return 'capaian';
  if (has('kemajuan', 'target_akhir') || /perbandingan|kemajuan|renstra|rpjmd|jangka menengah|tahunan|multi/.test(t)) {
    if (measured) return 'multiyear';
  }
  if (/capaian/.test(t) && has('target') && has('realisasi') && has('capaian') && years.size < 2) return 'capaian';
  if (years.size >= 2 && (targetYears.size >= 2 || has('realisasi'))) return 'multiyear';
  if (has('realisasi_anggaran', 'serapan') || (has('pagu') && /anggaran|keuangan|lra|belanja/.test(t))) {
    if (!has('target', 'capaian') || /anggaran|keuangan/.test(t)) return 'anggaran';
  }
  if (has('target') && has('realisasi', 'capaian')) return 'capaian';
  if (has('target') && has('pagu')) return 'renja';
  if (has('target') && has('indikator', 'sasaran')) return 'pk';
  return 'other';
}
