/**
 * Rule `total-mismatch`: a Jumlah/Total row against the sum of the rows it closes, a Rata-rata row
 * against the average of its rows, and every parent of the hierarchy (program > kegiatan > sub kegiatan
 * > rincian) against the sum of its children, in the additive columns (pagu, realisasi anggaran, sisa;
 * counts in tables without a satuan of %). A hierarchy with an obvious hole (no child carries a value)
 * is left alone rather than reported with a wrong total.
 */
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import type { ColumnRole, RecognizedTable, RowLevel, TableColumn, TableRow } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { CellReading } from './sheetNumbers';
import { cachedName } from './linking';
import { isDataRow, isPercentUnit, satuanAt, shownAt, statedAt } from './measureSets';
import { groupBy } from '../groupBy';

const MONEY: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['pagu', 'realisasi_anggaran', 'sisa']);
const LEVEL_RANK: RowLevel[] = ['urusan', 'program', 'kegiatan', 'subkegiatan', 'jenis', 'rincian'];
const PROGRAM_LEVELS: ReadonlySet<RowLevel> = new Set<RowLevel>(LEVEL_RANK);
const AVERAGED: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['capaian', 'kemajuan', 'efisiensi']);

/** Columns summed by total rows: money always, plain counts (`nilai`, unnamed columns) in tables of other kinds. */
function additive(table: RecognizedTable, column: TableColumn): boolean {
  if (MONEY.has(column.role)) return true;
  return (column.role === 'nilai' || column.role === 'other') && table.kind === 'other';
}

const BARE_TOTAL = /^(jumlah|total|grand total|sub ?total|jumlah total|jumlah keseluruhan|jumlah keseluruahan|jumlah seluruhnya)$/;

/** What a total names beyond "Jumlah" ("Jumlah PNS" -> "pns"); '' for a bare total. */
function qualifier(label: string): string {
  const name = cachedName(label);
  return BARE_TOTAL.test(name) ? '' : name.replace(/^(jumlah|total|sub ?total)\s+/, '');
}

/**
 * The rows a total row closes. A bare total (JUMLAH, Total) closes the rows since the previous block
 * of totals, at the top level present. A named one in a block of totals (Jumlah PNS, Jumlah
 * Honorer/PTT) closes the rows its name matches, or else the rows no other total of the block names;
 * a total of totals (Jumlah PNS + Honorer) closes nothing this rule can tell.
 */
function closedRows(rows: TableRow[], totalIndex: number): TableRow[] {
  const isTotal = (r: TableRow) => r.level === 'total' || r.level === 'average';
  let blockStart = totalIndex;
  while (blockStart > 0 && isTotal(rows[blockStart - 1])) blockStart--;
  let blockEnd = totalIndex;
  while (blockEnd + 1 < rows.length && isTotal(rows[blockEnd + 1])) blockEnd++;
  let start = blockStart - 1;
  while (start >= 0 && !isTotal(rows[start])) start--;
  const span = rows.slice(start + 1, blockStart);
  const topLevel = span.filter((r) => r.parent === undefined || r.parent <= start);
  const details = topLevel.length > 0 ? topLevel : span;
  const sumOfTotals = (r: TableRow) => /\+|\bdan\b/i.test(r.label);
  const own = qualifier(rows[totalIndex].label);
  if (own === '') return blockStart === totalIndex ? details : [];
  if (sumOfTotals(rows[totalIndex])) return [];
  const named = details.filter((r) => cachedName(r.label) === own);
  if (named.length > 0) return named;
  const others = rows
    .slice(blockStart, blockEnd + 1)
    .filter((r, k) => blockStart + k !== totalIndex && !sumOfTotals(r))
    .map((r) => qualifier(r.label))
    .filter((q) => q !== '');
  return details.filter((r) => !others.includes(cachedName(r.label)));
}

function cellValue(context: CheckContext, table: RecognizedTable, row: number, col: number): { value: number; decimals: number } | null {
  return statedAt(context, table, row, col);
}

function isEmptyOrNil(context: CheckContext, table: RecognizedTable, row: number, col: number): boolean {
  const view = context.view(table.sheet);
  if (typeof view.value(row, col) === 'number') return false;
  return view.text(row, col) === '' || context.number(table, row, col).flags.nil;
}

/** Seed 002: of "1.030.971.00"'s readings only 1.030.971.000 makes the column add up; number-format says so. */
function resolveByTotal(
  context: CheckContext,
  table: RecognizedTable,
  parent: TableRow,
  child: TableRow,
  column: TableColumn,
  rest: number,
  stated: { value: number; decimals: number },
): void {
  const parsed = context.number(table, child.row, column.col);
  if (!parsed.flags.malformed && !parsed.flags.ambiguous) return;
  const tolerance = 0.5 * 10 ** -Math.min(stated.decimals, 15) + 1e-9 * Math.abs(stated.value);
  const fitting = parsed.alternatives.filter((a) => Math.abs(rest + a - stated.value) <= tolerance);
  if (fitting.length !== 1) return;
  context.resolutions.set(`${table.sheet}!${cellAddress(child.row, column.col)}`, {
    value: fitting[0],
    by: qualifiedAddress(table.sheet, parent.row, column.col),
  });
}

function compare(
  context: CheckContext,
  table: RecognizedTable,
  parent: TableRow,
  children: TableRow[],
  column: TableColumn,
  mode: 'sum' | 'average',
): Finding | null {
  const stated = cellValue(context, table, parent.row, column.col);
  if (!stated) return null;
  // One pass over the children, no array made: most totals hold. The sum runs in row order.
  let sum = 0;
  let present = 0;
  let decimals = stated.decimals;
  let unread = 0;
  let unreadChild: TableRow | undefined;
  const value: CellReading = { value: 0, decimals: 0, unit: '' };
  for (const child of children) {
    if (context.readCell(table, child.row, column.col, value)) {
      sum += value.value;
      present++;
      if (value.decimals > decimals) decimals = value.decimals;
    } else if (!isEmptyOrNil(context, table, child.row, column.col)) {
      unread++;
      unreadChild = child;
    }
  }
  if (present === 0) return null;
  // A child that is not blank or nil but cannot be read settles nothing, unless it is the one
  // malformed or ambiguous token and exactly one of its readings makes the total right.
  if (unread > 0) {
    if (mode === 'sum' && unread === 1) resolveByTotal(context, table, parent, unreadChild!, column, sum, stated);
    return null;
  }
  // An average over rows with a nil (-) may leave them out or count them as 0 (seed 000 divides by 21
  // with two nil rows): either is the author's variant; the finding proposes leaving them out.
  const nil = children.length - present;
  const expected = mode === 'sum' ? sum : sum / present;
  if (!Number.isFinite(expected)) return null;
  const tolerance = mode === 'sum' ? 0.5 * 10 ** -decimals + 1e-9 * Math.abs(expected) : 0.5 * 10 ** -stated.decimals + 0.005;
  if (Math.abs(expected - stated.value) <= tolerance) return null;
  if (mode === 'average' && nil > 0 && Math.abs(sum / children.length - stated.value) <= tolerance) return null;
  const lang = context.settings.lang;
  const shownExpected = formatAngka(expected, mode === 'sum' ? decimals : stated.decimals, lang);
  return {
    rule: 'total-mismatch',
    severity: 'error',
    sheet: table.sheet,
    cell: cellAddress(parent.row, column.col),
    related: children.map((c) => qualifiedAddress(table.sheet, c.row, column.col)),
    stated: shownAt(context, table, parent.row, column.col),
    expected: mode === 'sum' ? expected : Number(expected.toFixed(Math.min(stated.decimals, 15))),
    variant: mode === 'sum' ? 'jumlah' : nil > 0 ? 'rata-rata (nihil tidak dihitung)' : 'rata-rata',
    message: message(mode === 'sum' ? 'total.sum' : 'total.average', lang, {
      stated: shownAt(context, table, parent.row, column.col),
      expected: shownExpected,
      count: children.length,
      difference: formatAngka(Math.abs(expected - stated.value), decimals, lang),
    }),
    fix: mode === 'sum' ? expected : Number(expected.toFixed(Math.min(stated.decimals, 15))),
  };
}

/**
 * Whether a row of the parent's subtree (the rows after it up to the next row of its own rank or
 * higher) has a guessed level; read in place, as this is asked for every program row.
 */
function subtreeHasInferred(rows: TableRow[], index: number): boolean {
  const rank = LEVEL_RANK.indexOf(rows[index].level);
  for (let j = index + 1; j < rows.length; j++) {
    const r = rows[j];
    if (r.level === 'total' || r.level === 'average') break;
    if (r.inferred) return true;
    if (LEVEL_RANK.indexOf(r.level) <= rank) break;
  }
  return false;
}

function checkTable(context: CheckContext, table: RecognizedTable): Finding[] {
  const findings: Finding[] = [];
  const rows = table.rows;
  const sumColumns = table.columns.filter((c) => additive(table, c));
  const averageColumns = table.columns.filter((c) => AVERAGED.has(c.role));
  rows.forEach((row, i) => {
    if (row.level === 'total') {
      const children = closedRows(rows, i);
      for (const column of sumColumns) {
        const f = compare(context, table, row, children, column, 'sum');
        if (f) findings.push(f);
      }
    } else if (row.level === 'average') {
      const children = closedRows(rows, i);
      for (const column of averageColumns) {
        const f = compare(context, table, row, children, column, 'average');
        if (f) findings.push(f);
      }
    }
  });
  // Parent = Σ children only in the program hierarchy, and only where every level is written, not guessed.
  const moneyColumns = sumColumns.filter((c) => MONEY.has(c.role));
  const childrenOf = groupBy(rows, (r) => r.parent);
  rows.forEach((row, i) => {
    if (!PROGRAM_LEVELS.has(row.level) || row.inferred) return;
    const children = childrenOf.get(i) ?? [];
    if (children.length === 0 || children.some((c) => !PROGRAM_LEVELS.has(c.level))) return;
    if (subtreeHasInferred(rows, i)) return;
    for (const column of moneyColumns) {
      const f = compare(context, table, row, children, column, 'sum');
      if (f) findings.push(f);
    }
    // A kegiatan's output target is the sum of its sub kegiatan targets (seed 001 R10: 14 = 7 + 7),
    // counted in the parent's unit ("2109 Orang" against sub targets in Orang).
    // Only in plan tables (Renja, DPA): a realisasi table may move a sub kegiatan elsewhere (seed 001 I-06).
    if (table.kind === 'renja' && row.level === 'kegiatan' && children.every((c) => c.level === 'subkegiatan')) {
      for (const column of table.columns.filter((c) => c.role === 'target')) {
        const f = compareTargetSum(context, table, row, children, column);
        if (f) findings.push(f);
      }
    }
  });
  for (const { parent, children } of revealedByPagu(context, table)) {
    for (const column of table.columns.filter((c) => c.role === 'target')) {
      const f = compareTargetSum(context, table, parent, children, column);
      if (f) findings.push(f);
    }
  }
  return findings;
}

/**
 * In a plan table whose levels are not written (seed 003 T-C.31: no prefixes, no codes), the money shows
 * the structure: a row whose pagu is exactly the sum of the rows right below it, none laid out like it
 * (a kegiatan leaves the lokasi blank, its sub kegiatan fill it), is a kegiatan over those sub kegiatan.
 * A sub kegiatan cannot claim its siblings: they are laid out like it. Its count target is then checked
 * against theirs, as where the levels are written.
 */
function revealedByPagu(context: CheckContext, table: RecognizedTable): Array<{ parent: TableRow; children: TableRow[] }> {
  const pagu = table.columns.find((c) => c.role === 'pagu');
  if (table.kind !== 'renja' || !pagu) return [];
  const view = context.view(table.sheet);
  const rows = table.rows;
  if (!rows.some((r) => r.inferred)) return [];
  // Which of the table's cells a row fills, as one string, made for the rows compared only.
  const layouts: string[] = [];
  const layoutOf = (i: number) => (layouts[i] ??= table.columns.map((c) => (view.text(rows[i].row, c.col) === '' ? '-' : '+')).join(''));
  const found: Array<{ parent: TableRow; children: TableRow[] }> = [];
  rows.forEach((parent, i) => {
    if (!parent.inferred || !isDataRow(parent)) return;
    const total = statedAt(context, table, parent.row, pagu.col);
    if (!total || total.value <= 0) return;
    const own = layoutOf(i);
    const children: TableRow[] = [];
    let sum = 0;
    for (let j = i + 1; j < rows.length && sum < total.value; j++) {
      const child = rows[j];
      const value = statedAt(context, table, child.row, pagu.col);
      if (!isDataRow(child) || !value || layoutOf(j) === own) break;
      children.push(child);
      sum += value.value;
    }
    if (children.length >= 2 && Math.abs(sum - total.value) < 0.5) found.push({ parent, children });
  });
  return found;
}

/** A target's unit: written with the number ("14 Orang"), else in the table's Satuan column; lower case. */
function targetUnit(context: CheckContext, table: RecognizedTable, row: number, col: number): string {
  const own = context.unit(table, row, col);
  return own !== '' ? own : satuanAt(context, table, row);
}

function compareTargetSum(context: CheckContext, table: RecognizedTable, parent: TableRow, children: TableRow[], column: TableColumn): Finding | null {
  const stated = statedAt(context, table, parent.row, column.col);
  if (!stated || !Number.isInteger(stated.value) || stated.decimals > 0) return null;
  // A percentage target is not a count: it does not add up.
  const unit = targetUnit(context, table, parent.row, column.col);
  if (context.number(table, parent.row, column.col).flags.percent || isPercentUnit(unit)) return null;
  const values = children.map((c) => ({ row: c, value: statedAt(context, table, c.row, column.col) }));
  // Every sub kegiatan states a whole-number target; only those in the parent's unit add up.
  if (values.some((v) => !v.value || !Number.isInteger(v.value.value))) return null;
  const counted = values.filter((v) => targetUnit(context, table, v.row.row, column.col) === unit);
  if (counted.length === 0) return null;
  const sum = counted.reduce((s, v) => s + v.value!.value, 0);
  if (sum === stated.value) return null;
  // Over sub kegiatan of several units (gaji, laporan, dokumen), a kegiatan target equal to one of
  // theirs restates that sub kegiatan's indicator, not a sum: "Tersedianya Laporan Keuangan: 12
  // Laporan" over "Laporan Keuangan Bulanan: 12 Laporan" and "Laporan Akhir Tahun: 1 Laporan" (seed 003).
  if (counted.length < values.length && counted.some((v) => v.value!.value === stated.value)) return null;
  const lang = context.settings.lang;
  const shown = shownAt(context, table, parent.row, column.col);
  return {
    rule: 'total-mismatch',
    severity: 'error',
    sheet: table.sheet,
    cell: cellAddress(parent.row, column.col),
    related: counted.map((v) => qualifiedAddress(table.sheet, v.row.row, column.col)),
    stated: shown,
    expected: sum,
    variant: 'jumlah target sub kegiatan',
    message: message('total.targets', lang, { stated: shown, expected: formatAngka(sum, 0, lang), count: counted.length }),
    fix: sum,
  };
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkTotalsOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return checkTable(context, table);
}

export function checkTotals(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkTotalsOf(context, table));
}
