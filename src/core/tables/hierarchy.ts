/**
 * Row levels and parents: urusan > program > kegiatan > sub kegiatan > rincian, or tujuan > sasaran >
 * indikator, read from name prefixes ("Program", "Kegiatan", "Sub Kegiatan"), codes
 * ("1.06.01.2.01.0001"), numbering (1 / 1.1 / 1.1.1), merged or blank left cells, and total/average labels.
 */
import { GridView, normalizeWords } from './grid';
import type { RowLevel, TableColumn, TableRow } from './types';
import { isAverageLabel, isTotalLabel } from './vocabulary';

const RANK: Record<RowLevel, number> = {
  urusan: 0,
  tujuan: 1,
  sasaran: 2,
  program: 3,
  kegiatan: 4,
  subkegiatan: 5,
  rincian: 6,
  indikator: 7,
  item: 7,
  total: -1,
  average: -1,
};

function levelFromPrefix(words: string): RowLevel | undefined {
  const w = words.replace(/^([a-z]|\d+(\.\d+)*)[.)]\s+/, '');
  if (/^urusan|^bidang urusan/.test(w)) return 'urusan';
  if (/^program\b/.test(w)) return 'program';
  if (/^sub ?kegiatan\b/.test(w)) return 'subkegiatan';
  if (/^kegiatan\b/.test(w)) return 'kegiatan';
  if (/^belanja\b/.test(w)) return 'rincian';
  return undefined;
}

/** Kepmendagri 050 codes: 1.06 bidang, 1.06.01 program, 1.06.01.2.01 kegiatan, 1.06.01.2.01.0001 sub kegiatan. */
function levelFromCode(code: string): RowLevel | undefined {
  if (!/^\d+(\.\d+)+$/.test(code) && !/^\d+$/.test(code)) return undefined;
  const parts = code.split('.').length;
  if (parts <= 2) return 'urusan';
  if (parts === 3) return 'program';
  if (parts <= 5) return 'kegiatan';
  if (parts === 6) return 'subkegiatan';
  return 'rincian';
}

function levelFromNumbering(no: string, nameLevels: [RowLevel, RowLevel, RowLevel]): RowLevel | undefined {
  if (!/^\d+(\.\d+)*\.?$/.test(no)) return undefined;
  const depth = no.replace(/\.$/, '').split('.').length;
  return nameLevels[Math.min(depth, 3) - 1];
}

export function readRows(view: GridView, bodyRows: number[], columns: TableColumn[]): TableRow[] {
  const colOf = (role: string) => columns.find((c) => c.role === role)?.col;
  const noCol = colOf('no');
  const kodeCol = colOf('kode');
  const sasaranCol = colOf('sasaran');
  const labelCols = columns.filter((c) => c.role === 'uraian' || c.role === 'indikator').map((c) => c.col);
  const firstCol = columns[0]?.col ?? 0;
  const hasUraian = columns.some((c) => c.role === 'uraian');
  const numberingLevels: [RowLevel, RowLevel, RowLevel] = hasUraian
    ? ['program', 'kegiatan', 'subkegiatan']
    : ['sasaran', 'indikator', 'indikator'];
  const rows: TableRow[] = [];
  const stack: number[] = [];
  let sasaran: string | undefined;
  for (const r of bodyRows) {
    const label = labelCols.map((c) => view.spannedText(r, c)).find((t) => t !== '') ?? view.text(r, firstCol);
    const leading = [firstCol, firstCol + 1, firstCol + 2].map((c) => normalizeWords(view.text(r, c))).filter((t) => t !== '');
    if (sasaranCol !== undefined) {
      const own = view.spannedText(r, sasaranCol);
      if (own !== '') sasaran = own;
    }
    let level: RowLevel | undefined;
    if (leading.some((t) => isTotalLabel(t))) level = 'total';
    else if (leading.some((t) => isAverageLabel(t))) level = 'average';
    level ??= levelFromPrefix(normalizeWords(label)) ?? leading.map(levelFromPrefix).find((l) => l !== undefined);
    if (level === undefined && kodeCol !== undefined) level = levelFromCode(view.text(r, kodeCol));
    if (level === undefined && noCol !== undefined) level = levelFromNumbering(view.text(r, noCol), numberingLevels);
    level ??= columns.some((c) => c.role === 'indikator') ? 'indikator' : 'item';
    const row: TableRow = { row: r, level, label };
    if (sasaran !== undefined) row.sasaran = sasaran;
    if (level !== 'total' && level !== 'average') {
      const rank = RANK[level];
      while (stack.length > 0 && RANK[rows[stack[stack.length - 1]].level] >= rank) stack.pop();
      if (stack.length > 0) row.parent = stack[stack.length - 1];
      stack.push(rows.length);
    }
    rows.push(row);
  }
  return rows;
}
