/**
 * Column roles: reads each column's header texts top to bottom (merged and group cells spread over
 * their children), takes the leaf word for the role and the groups above it for context (year, budget
 * vs kinerja, perubahan/renstra), and the column-number row for the numbers and declared formulas.
 */
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

function roleInContext(leaf: string, groups: string[], moneyTable: boolean): ColumnRole {
  const groupWords = groups.join(' ');
  const money = groups.some(isMoneyGroup);
  const kinerja = groups.some(isKinerjaGroup);
  let role = leafRole(leaf);
  if (isYearOnly(leaf) || role === null) {
    role = leafRole(groupWords.replace(/(tahun|\d{4})/g, ' ').trim()) ?? (isYearOnly(leaf) ? 'target' : 'other');
    if (isYearOnly(leaf) && (role === 'capaian' || role === 'uraian' || role === 'indikator' || role === 'sasaran')) {
      role = /realisasi/.test(groupWords) ? 'realisasi' : 'target';
    }
  }
  if (money && !kinerja) {
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
  const allWords = raw.flatMap((c) => c.texts.map(normalizeWords));
  const moneyTable = allWords.some((w) => /pagu|anggaran|alokasi|\(rp\.?\)|belanja/.test(w));
  return raw.map(({ col, texts, number, formula }) => {
    const words = texts.map(normalizeWords);
    const leaf = words[words.length - 1] ?? '';
    const groups = words.slice(0, -1);
    const role = leaf === '' ? 'other' : roleInContext(leaf, groups, moneyTable);
    const year = yearIn(leaf) ?? groups.map(yearIn).find((y) => y !== undefined);
    const all = words.join(' ');
    const variant = /perubahan/.test(all) && !/sebelum perubahan/.test(all)
      ? 'perubahan'
      : /renstra|rpjmd/.test(all)
        ? 'renstra'
        : undefined;
    const column: TableColumn = { col, role, header: texts.join(' / ') };
    if (year !== undefined) column.year = year;
    if (groups.length > 0) column.group = texts.slice(0, -1).join(' / ');
    if (number !== undefined) column.number = number;
    if (formula !== undefined) column.declaredFormula = formula;
    if (variant && (role === 'target' || role === 'pagu' || role === 'target_akhir')) column.variant = variant;
    return column;
  });
}
