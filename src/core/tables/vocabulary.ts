/**
 * The header vocabulary of SAKIP tables (domain.md section 5): which header words name which column
 * role, which group headers put a column in the budget (anggaran) or performance (kinerja) context,
 * and which words mark total rows, source lines and table titles. Matching works on normalizeWords().
 */
import { memoize } from '../memo';
import type { ColumnRole } from './types';

/** Ordered: the first rule that matches a leaf header wins, so specific phrases come before general ones. */
const LEAF_RULES: Array<[RegExp, ColumnRole]> = [
  [/^(no\.?|nomor|urutan|urut)$/, 'no'],
  [/^kode\b/, 'kode'],
  [/sumber data|^sumber$/, 'sumber_data'],
  [/sumber dana|^aspek$|proyeksi|^fisik|^triwulan|^alasan|peningkatan\/penurunan|^golongan|^banyaknya/, 'other'],
  [/penanggung ?jawab|^pj$|^unit kerja|perangkat daerah pelaksana/, 'penanggung_jawab'],
  [/tingkat efisiensi|efisiensi/, 'efisiensi'],
  [/tingkat kemajuan|kemajuan/, 'kemajuan'],
  [/sisa( anggaran)?/, 'sisa'],
  [/penyerapan|serapan|^keu\.?\s*\(%\)|capaian anggaran|realisasi keuangan\s*\(%\)/, 'serapan'],
  [/realisasi anggaran|realisasi keuangan|realisasi\s*\(rp\.?\)|total realisasi/, 'realisasi_anggaran'],
  [/pagu|\banggaran\b|alokasi|kebutuhan dana|\(rp\.?\)|^rp\.?$|^dpa\b/, 'pagu'],
  [/kondisi (kinerja )?(pada )?akhir|target akhir|kondisi akhir/, 'target_akhir'],
  [/kondisi (kinerja )?(pada )?awal|kondisi awal|baseline|capaian s\.?d\.? th/, 'kondisi_awal'],
  [/rentang|skala|interval/, 'nilai'],
  [/kategori|predikat|peringkat/, 'kategori'],
  [/tingkat realisasi|tingkat capaian|persentase capaian|% capaian|capaian\s*\(%\)|^capaian\b|^%$|^\(%\)$|^%\s/, 'capaian'],
  [/^realisasi|^real\.?$|terealisasi/, 'realisasi'],
  [/^target|^rencana|direncanakan|sasaran\/volume|^volume|besaran/, 'target'],
  [/satuan|^sat\.?$/, 'satuan'],
  [/^arah|polaritas|^sifat|jenis indikator/, 'arah'],
  [/formula|rumus|cara perhitungan|definisi operasional|penjelasan\s*\(formulasi/, 'formula'],
  [/^lokasi/, 'lokasi'],
  [/indikator|^iku$|^ikk$|keluaran|output|^item$/, 'indikator'],
  [/tujuan\/sasaran|^sasaran/, 'sasaran'],
  [/program|kegiatan|^uraian|rincian|urusan|kamus usulan|^jabatan|^komponen|^komponan|^pendidikan|^pangkat|^jenis\b|^nama\b/, 'uraian'],
  [/^tujuan/, 'tujuan'],
  [/^bobot/, 'bobot'],
  [/^nilai/, 'nilai'],
  [/^jumlah$|^pns$|^pppk$|^tenaga kontrak|^laki|^perempuan|^jenis kelamin/, 'other'],
  [/lokasi/, 'lokasi'],
  [/keterangan|^ket\.?$|catatan|penjelasan|permasalahan|menunjang/, 'keterangan'],
];

/** The role a header word names, or null; remembered, since the same words come back in every table. */
export const leafRole = memoize((words: string): ColumnRole | null => {
  if (words === '') return null;
  for (const [pattern, role] of LEAF_RULES) if (pattern.test(words)) return role;
  return null;
});

/** A group header that puts its columns in the budget context (`ANGGARAN`, `KEUANGAN`, `BELANJA MODAL`). */
export function isMoneyGroup(words: string): boolean {
  return /anggaran|keuangan|belanja|pagu|dana|\(rp\.?\)|rupiah|biaya/.test(words);
}

/** A group header that puts its columns in the performance context (`KINERJA`, `FISIK`, `OUTPUT`). */
export function isKinerjaGroup(words: string): boolean {
  return /kinerja|fisik|output|capaian program|capaian kegiatan/.test(words) && !isMoneyGroup(words);
}

const YEAR = /(?:^|[^\d.,])((?:19|20)\d\d)(?![\d.,]\d)/;

/** A year written in a header or title (`2024`, `TAHUN 2024`, `(2024)`, `Renja-PD tahun 2025`). */
export function yearIn(words: string): number | undefined {
  const m = YEAR.exec(words);
  return m ? Number(m[1]) : undefined;
}

/** Every year in a text (`2021-2026` gives both). */
export function yearsIn(words: string): number[] {
  const years: number[] = [];
  const re = /(?:^|[^\d.,])((?:19|20)\d\d)(?![\d.,]\d)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(words))) years.push(Number(m[1]));
  return years;
}

export function isYearOnly(words: string): boolean {
  return /^(tahun\s*)?\(?(19|20)\d\d\)?$/.test(words);
}

/** Column-number cells: `(1)`, `1`, `7=6/3*100`, `(6) = (3-5)`, `6 (4-5)`, `(8)=(7/6)*100`. */
export function isColumnNumberCell(words: string): boolean {
  return /^\(?\d{1,2}\)?(\s*[=(].*)?$/.test(words) && !/^(19|20)\d\d$/.test(words);
}

/** A total row's label: short (`JUMLAH`, `Total`, `Jumlah PNS + Honorer / PTT`), not a sentence (`Jumlah dokumen yang ...`). */
export function isTotalLabel(words: string): boolean {
  // The first letter first: these run on every row, and most rows are settled without the expression.
  const first = words[0];
  if ((first !== 'j' && first !== 't' && first !== 'g' && first !== 's') || !/^(jumlah|total|grand total|sub ?total)\b/.test(words)) return false;
  return words.split(' ').length <= 6 && !/\b(yang|dari|dalam|untuk|di|ke)\b/.test(words);
}

export function isAverageLabel(words: string): boolean {
  return words[0] === 'r' && /^(rata-rata|rata rata|rerata)\b/.test(words);
}

export function isSourceLine(words: string): boolean {
  return words[0] === 's' && /^sumber\s*:|^sumber data\s*:|^sumber\s+(dpa|lra|data|dinas|bidang|sekretariat|olahan|perjanjian|renstra|simda|sipd)/.test(words);
}

export function isTitleLine(words: string): boolean {
  const first = words[0];
  return (first === 't' || first === 'l' || first === 'p' || first === 'r' || first === 'm' || first === 's') && /^(tabel|table|lampiran|perjanjian kinerja|rencana|rekapitulasi|matriks|skala)\b/.test(words);
}
