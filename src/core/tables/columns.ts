/**
 * Column roles: reads each column's header texts top to bottom (merged and group cells spread over
 * their children), takes the leaf word for the role and the groups above it for context (year, budget
 * vs kinerja, perubahan/renstra), and the column-number row for the numbers and declared formulas.
 */
import { memoize } from '../memo';
import { parseAngka } from '../numbers';
import { GridView, normalizeWords } from './grid';
import { readColumnNumber } from './columnNumbers';
import type { Region } from './regions';
import type { ColumnRole, TableColumn } from './types';
import { isKinerjaGroup, isMoneyGroup, isYearOnly, leafRole, yearIn } from './vocabulary';

/** Header text of a cell, spreading group cells that were left blank (not merged) over their children. */
function headerText(view: GridView, headerRows: number[], index: number, col: number, left: number): string {
  const row = headerRows[index];
  const own = view.spannedText(row, col);
  if (own !== '' || index === headerRows.length - 1) return own;
  const below = headerRows[index + 1];
  if (view.text(below, col) === '') return '';
  for (let c = col - 1; c >= left; c--) {
    if (view.text(below, c) === '') return '';
    const t = view.spannedText(row, c);
    if (t !== '') return t;
  }
  return '';
}

const MEASURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target', 'realisasi', 'capaian', 'pagu', 'realisasi_anggaran', 'serapan', 'sisa', 'efisiensi', 'nilai', 'kemajuan', 'target_akhir',
]);

function roleInContext(leaf: string, groups: string[], moneyTable: boolean): ColumnRole {
  const groupWords = groups.join(' ');
  const money = groups.some(isMoneyGroup);
  const kinerja = groups.some(isKinerjaGroup);
  // `2025 (target)`: the role word without the year and brackets.
  let role = leafRole(leaf) ?? leafRole(leaf.replace(/\b(19|20)\d\d\b/g, ' ').replace(/[()]/g, ' ').trim());
  if (isYearOnly(leaf) || role === null) {
    // A leaf with no role word of its own (a year, `IV`) takes a measure role from its group, nothing else.
    const fromGroup = leafRole(groupWords.replace(/(tahun|\d{4})/g, ' ').trim());
    const measure = fromGroup !== null && MEASURE_ROLES.has(fromGroup);
    role = measure ? fromGroup : isYearOnly(leaf) ? 'target' : 'other';
    if (isYearOnly(leaf) && role === 'capaian') role = /realisasi/.test(groupWords) ? 'realisasi' : 'target';
  }
  if (money && !kinerja) {
    if (role === 'other' && /^jumlah/.test(leaf)) return /realisasi/.test(groupWords) ? 'realisasi_anggaran' : 'pagu';
    if (role === 'realisasi') return 'realisasi_anggaran';
    if (role === 'capaian') return 'serapan';
    if (role === 'target' || role === 'nilai') return 'pagu';
  }
  if (/realisasi/.test(groupWords) && !kinerja) {
    if (role === 'pagu' && /\(rp\.?\)|^rp/.test(leaf)) return 'realisasi_anggaran';
    if (role === 'capaian' && moneyTable && !/fisik/.test(groupWords)) return 'serapan';
    if (role === 'capaian' && /fisik/.test(groupWords)) return 'realisasi';
  }
  if (/fisik/.test(groupWords + ' ' + leaf) && role === 'capaian') return 'realisasi';
  return role;
}

const SEPARATOR = '\u0001';

type HeaderReading = Pick<TableColumn, 'role' | 'year' | 'group' | 'header' | 'variant'>;

/**
 * What a column's header texts say (top to bottom, after whether the table is a money table): its role,
 * year, group and target variant. Remembered: the same headers come back in table after table.
 */
const headerReading = memoize((key: string): HeaderReading => {
  const [money, ...texts] = key.split(SEPARATOR);
  const words = texts.map(normalizeWords);
  const leaf = words[words.length - 1] ?? '';
  const groups = words.slice(0, -1);
  const role = leaf === '' ? 'other' : roleInContext(leaf, groups, money === '1');
  const year = yearIn(leaf) ?? groups.map(yearIn).find((y) => y !== undefined);
  const all = words.join(' ');
  const variant = /perubahan/.test(all) && !/sebelum perubahan/.test(all)
    ? 'perubahan'
    : /renstra|rpjmd/.test(all)
      ? 'renstra'
      : undefined;
  return {
    role,
    year,
    group: groups.length > 0 ? texts.slice(0, -1).join(' / ') : undefined,
    header: texts.join(' / '),
    variant: variant && (role === 'target' || role === 'pagu' || role === 'target_akhir') ? variant : undefined,
  };
}, 10_000);

/** A header word of a money table (remembered: the same headers come back in table after table). */
const namesMoney = memoize((words: string) => /pagu|anggaran|alokasi|\(rp\.?\)|belanja/.test(words), 10_000);

export function readColumns(view: GridView, region: Region): TableColumn[] {
  const { headerRows, left, right } = region;
  const raw: Array<{ col: number; texts: string[]; number?: number; formula?: string }> = [];
  for (let col = left; col <= right; col++) {
    const texts: string[] = [];
    let number: number | undefined;
    let formula: string | undefined;
    headerRows.forEach((_, i) => {
      let text = headerText(view, headerRows, i, col, left);
      const leading = text !== '' ? readColumnNumber(text) : null;
      if (leading && leading.rest !== '' && i === headerRows.length - 1) {
        number = leading.number;
        formula = leading.formula;
        text = leading.rest;
      }
      if (text !== '' && texts[texts.length - 1] !== text) texts.push(text);
    });
    if (region.numberRow !== undefined) {
      const cell = readColumnNumber(view.text(region.numberRow, col));
      if (cell) {
        number = cell.number;
        formula = cell.formula ?? formula;
      }
    }
    raw.push({ col, texts, number, formula });
  }
  const moneyTable = raw.some((c) => c.texts.some((t) => namesMoney(normalizeWords(t))));
  const columns = raw.map(({ col, texts, number, formula }): TableColumn => {
    const { role, year, group, header, variant } = headerReading(`${moneyTable ? 1 : 0}${SEPARATOR}${texts.join(SEPARATOR)}`);
    // Every column has every field (absent ones undefined, left out of JSON): one shape for the rules' reads.
    return { col, role, year, group, header, number, declaredFormula: formula, variant };
  });
  markNumberingColumns(view, region, columns);
  markPlaceColumns(view, region, columns);
  markBudgetRealisasi(columns);
  markBudgetPercent(columns);
  return columns;
}

/** In a budget table (pagu, no kinerja target), a plain "Realisasi" column is the realisasi anggaran. */
function markBudgetRealisasi(columns: TableColumn[]): void {
  const roles = new Set(columns.map((c) => c.role));
  if (!roles.has('pagu') || roles.has('target') || roles.has('realisasi_anggaran')) return;
  for (const column of columns) if (column.role === 'realisasi') column.role = 'realisasi_anggaran';
}

/**
 * An `Alokasi` column that holds place names (seed 002: "Samarinda, Balikpapan", "10 Kab / Kota")
 * is a lokasi, not a pagu: most of its cells are not amounts.
 */
function markPlaceColumns(view: GridView, region: Region, columns: TableColumn[]): void {
  for (const column of columns) {
    if (column.role !== 'pagu') continue;
    const cells = region.bodyRows.map((r) => view.value(r, column.col)).filter((v) => v !== null && v !== '' && v !== '-');
    const places = cells.filter((v) => {
      if (typeof v !== 'string') return false;
      const parsed = parseAngka(v);
      return parsed.value === null || parsed.flags.composite;
    });
    if (cells.length > 0 && places.length >= cells.length * 0.8) column.role = 'lokasi';
  }
}

/** A bare `%` column right after a realisasi anggaran column, with no kinerja realisasi between, is the serapan. */
function markBudgetPercent(columns: TableColumn[]): void {
  for (let i = 1; i < columns.length; i++) {
    const column = columns[i];
    if (column.role !== 'capaian' || !/^\(?%\)?$|^%\s|^persentase$/i.test(column.header.split(' / ').pop()!.trim())) continue;
    for (let j = i - 1; j >= 0; j--) {
      const left = columns[j].role;
      if (left === 'realisasi_anggaran') column.role = 'serapan';
      if (left === 'realisasi_anggaran' || left === 'realisasi' || left === 'target' || left === 'capaian') break;
    }
  }
}

const NUMBERING = /^(\d+(\.\d+)*\.?|[a-z][.)])$/i;

/**
 * A header spanning a numbering column and a name column (`INDIKATOR KINERJA` over `1.1 | Persentase ...`):
 * the column whose body is numbering is the row number, not a second name.
 */
function markNumberingColumns(view: GridView, region: Region, columns: TableColumn[]): void {
  for (let i = 0; i + 1 < columns.length; i++) {
    const column = columns[i];
    const next = columns[i + 1];
    if (column.role === 'no' || column.header !== next.header || column.role !== next.role) continue;
    const cells = region.bodyRows.map((r) => view.text(r, column.col)).filter((t) => t !== '');
    if (cells.length > 0 && cells.filter((t) => NUMBERING.test(t)).length >= cells.length * 0.8) column.role = 'no';
  }
}
