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
  jenis: 6,
  rincian: 7,
  indikator: 8,
  item: 8,
  total: -1,
  average: -1,
};

/** The jenis belanja of the regional chart of accounts; any other "Belanja ..." is a rincian under one. */
const JENIS_BELANJA = /^belanja (pegawai|barang (dan |& )?jasa|bunga|subsidi|hibah|bantuan sosial|modal|tidak terduga|bagi hasil|bantuan keuangan|operasi|transfer)$/;

/**
 * The level a name's prefix gives. Not remembered: a few anchored tests cost less than a memo lookup,
 * and a DPA's 100,000 distinct names would only churn one (hierarchy bench: 308 -> 236 ms at 1M cells).
 */
export function levelFromPrefix(words: string): RowLevel | undefined {
  // Most names (indicators) are told apart by their first letter, before any expression runs: the six
  // tests and the replace on every row allocated 81 MB at 1M cells.
  const first = words.charCodeAt(0);
  const numbered = (first >= 48 && first <= 57) || words[1] === '.' || words[1] === ')';
  const w = numbered ? words.replace(/^([a-z]|\d+(\.\d+)*)[.)]\s+/, '') : words;
  switch (w[0]) {
    case 'u':
      return /^urusan|^unsur\b/.test(w) ? 'urusan' : undefined;
    case 'b':
      if (/^bidang urusan/.test(w)) return 'urusan';
      if (JENIS_BELANJA.test(w)) return 'jenis';
      return /^belanja\b/.test(w) ? 'rincian' : undefined;
    case 'p':
      return /^program\b/.test(w) ? 'program' : undefined;
    case 's':
      return /^sub\b|^subkegiatan\b/.test(w) ? 'subkegiatan' : undefined;
    case 'k':
      return /^kegiatan\b/.test(w) ? 'kegiatan' : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether a cell's text (trimmed, as GridView gives it) may name a level: false only where
 * levelFromPrefix(normalizeWords(text)) is surely undefined. Read from its first two characters (and,
 * after a digit, whether a letter follows at all), so that a row's cells are normalised only when they
 * may matter: a DPA sheet's names and codes are mostly unique, and each normalisation of one is work
 * no later row reuses.
 */
export function mayNameLevel(text: string): boolean {
  // A non-ASCII initial may lower-case to an ASCII one (the Kelvin sign to k): left to normalizeWords.
  if (text.charCodeAt(0) > 127) return true;
  const first = text.charCodeAt(0) | 0x20;
  if (first >= 0x30 && first <= 0x39) return /[a-z]/i.test(text);
  const second = text.charCodeAt(1);
  if (second === 46 || second === 41) return true;
  // u, b, p, s, k: the initials levelFromPrefix dispatches on.
  return first === 117 || first === 98 || first === 112 || first === 115 || first === 107;
}

/** Whether a cell's text (trimmed) may be a total or average label: its initial is one isTotalLabel or isAverageLabel reads on. */
export function mayBeTotalOrAverage(text: string): boolean {
  if (text.charCodeAt(0) > 127) return true;
  const first = text.charCodeAt(0) | 0x20;
  // j, t, g, s, r
  return first === 106 || first === 116 || first === 103 || first === 115 || first === 114;
}

const NAME = /[A-Za-z]{2}/;

/** Kepmendagri 050 codes: 1.06 bidang, 1.06.01 program, 1.06.01.2.01 kegiatan, 1.06.01.2.01.0001 sub kegiatan. */
function levelFromCode(code: string): RowLevel | undefined {
  // Written with dots, or with spaces and commas as the PDF left them ("1 06 04 2,01 01").
  if (!/^\d+([\s.,]+\d+)*$/.test(code.trim())) return undefined;
  const parts = code.trim().split(/[\s.,]+/).length;
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

/** The level above another in the program hierarchy (a row without prefix above sub kegiatan rows is a kegiatan). */
const ABOVE: Partial<Record<RowLevel, RowLevel>> = { program: 'urusan', kegiatan: 'program', subkegiatan: 'kegiatan', jenis: 'subkegiatan', rincian: 'jenis' };
const BELOW: Partial<Record<RowLevel, RowLevel>> = { urusan: 'program', program: 'kegiatan', kegiatan: 'subkegiatan', subkegiatan: 'subkegiatan', jenis: 'rincian', rincian: 'rincian' };

export function readRows(view: GridView, bodyRows: number[], columns: TableColumn[]): TableRow[] {
  const colOf = (role: string) => columns.find((c) => c.role === role)?.col;
  const noCol = colOf('no');
  const kodeCol = colOf('kode');
  const sasaranCol = colOf('sasaran');
  // The row's own name is the deepest one written (rightmost): program and kegiatan columns to its left
  // are often filled down or merged over their sub kegiatan rows (seed 003 Evaluasi 2024 A:D).
  const uraianCols = columns.filter((c) => c.role === 'uraian').map((c) => c.col).reverse();
  // The row's own indicator is the one nearest to the measure columns (the rightmost).
  const indikatorCols = columns.filter((c) => c.role === 'indikator').map((c) => c.col).reverse();
  const firstCol = columns[0]?.col ?? 0;
  const hasUraian = uraianCols.length > 0;
  const numberingLevels: [RowLevel, RowLevel, RowLevel] = hasUraian
    ? ['program', 'kegiatan', 'subkegiatan']
    : ['sasaran', 'indikator', 'indikator'];
  /** The first of the columns whose (merged) cell holds a name: two letters at least. */
  const named = (cols: number[], r: number): string | undefined => {
    for (const c of cols) {
      const text = view.spannedText(r, c);
      if (text !== '' && NAME.test(text)) return text;
    }
    return undefined;
  };
  const levels: Array<RowLevel | undefined> = [];
  const labels: string[] = [];
  const indikators: Array<string | undefined> = [];
  for (const r of bodyRows) {
    const uraian = named(uraianCols, r);
    const indikator = named(indikatorCols, r);
    const label = uraian ?? indikator ?? view.text(r, firstCol);
    // A total row is named by its first cell (`JUMLAH`), and is not numbered: a numbered row whose
    // indicator reads "Jumlah dokumen ..." is a data row.
    // Texts are normalised only where their first letters say they may matter (mayBeTotalOrAverage, mayNameLevel).
    let opening = '';
    for (let c = firstCol; c <= firstCol + 2 && opening === ''; c++) opening = view.text(r, c);
    let level: RowLevel | undefined;
    if (opening !== '' && mayBeTotalOrAverage(opening)) {
      const words = normalizeWords(opening);
      if (isTotalLabel(words)) level = 'total';
      else if (isAverageLabel(words)) level = 'average';
    }
    if (level === undefined && mayNameLevel(label)) level = levelFromPrefix(normalizeWords(label));
    // Else the prefix of one of the leading cells ("Program" written in a cell of its own).
    for (let c = firstCol; c <= firstCol + 2 && level === undefined; c++) {
      const text = view.text(r, c);
      if (text !== '' && mayNameLevel(text)) level = levelFromPrefix(normalizeWords(text));
    }
    if (level === undefined && kodeCol !== undefined) level = levelFromCode(view.text(r, kodeCol));
    if (level === undefined && noCol !== undefined) level = levelFromNumbering(view.text(r, noCol), numberingLevels);
    levels.push(level);
    labels.push(label);
    indikators.push(uraian !== undefined ? indikator : undefined);
  }
  // Unprefixed names are inferred: between a level and a deeper one they take the level in between,
  // otherwise they sit below the last known level. Checks treat inferred levels with care.
  const fallback: RowLevel = columns.some((c) => c.role === 'indikator') && !hasUraian ? 'indikator' : 'item';
  const inferred = levels.map((l) => l === undefined);
  // The nearest known hierarchy level before and after each row, in one pass each way.
  const isHierarchy = (l: RowLevel | undefined): l is RowLevel => l !== undefined && l !== 'total' && l !== 'average';
  const nextKnown: Array<RowLevel | undefined> = new Array(levels.length);
  for (let i = levels.length - 1, next: RowLevel | undefined; i >= 0; i--) {
    nextKnown[i] = next;
    if (isHierarchy(levels[i])) next = levels[i];
  }
  let previous: RowLevel | undefined;
  for (let i = 0; i < levels.length; i++) {
    if (!inferred[i]) {
      if (isHierarchy(levels[i])) previous = levels[i];
      continue;
    }
    let guess: RowLevel | undefined;
    if (hasUraian) {
      const next = nextKnown[i];
      if (next && (!previous || RANK[next] > RANK[previous] + 1)) guess = ABOVE[next];
      else if (previous) guess = BELOW[previous];
    }
    levels[i] = guess ?? fallback;
  }
  const rows: TableRow[] = [];
  const stack: number[] = [];
  let sasaran: string | undefined;
  bodyRows.forEach((r, i) => {
    if (sasaranCol !== undefined) {
      const own = view.spannedText(r, sasaranCol);
      if (own !== '') sasaran = own;
    }
    const level = levels[i]!;
    let parent: number | undefined;
    if (level !== 'total' && level !== 'average') {
      const rank = RANK[level];
      while (stack.length > 0 && RANK[rows[stack[stack.length - 1]].level] >= rank) stack.pop();
      if (stack.length > 0) parent = stack[stack.length - 1];
      stack.push(rows.length);
    }
    // Every row has every field, absent ones undefined (left out of JSON): rows of one shape keep the
    // rules' reads of row.row and row.level on one fast path, where sixteen shapes would not.
    rows.push({ row: r, level, label: labels[i], inferred: inferred[i] ? true : undefined, parent, indikator: indikators[i], sasaran });
  });
  return rows;
}
