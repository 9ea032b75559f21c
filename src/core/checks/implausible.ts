/**
 * Rule `implausible-value`: a value outside what its unit allows: a capaian above 300 % or below 0,
 * a serapan above 100 % or below 0, and a percentage target or realisasi far above its column (a
 * `900` among targets of 90-100 for an indicator measured in %, seed 001's PK Perubahan).
 */
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import type { RecognizedTable, TableColumn, TableRow } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { CellReading } from './sheetNumbers';
import { isDataRow, isPercentUnit, satuanAt, shownAt, statedAt } from './measureSets';
import type { StatedNumber } from './tolerance';

/** Kegiatan and sub kegiatan targets are counts summed upwards even under a "Persentase ..." indicator (seed 001 R10). */
const SUMMED_LEVELS: ReadonlySet<TableRow['level']> = new Set<TableRow['level']>(['kegiatan', 'subkegiatan', 'rincian']);

const LIMITS: Partial<Record<TableColumn['role'], { low: number; high: number }>> = {
  capaian: { low: 0, high: 300 },
  serapan: { low: 0, high: 100.005 },
};

function satuanSaysPercent(context: CheckContext, table: RecognizedTable, row: TableRow): boolean {
  return isPercentUnit(satuanAt(context, table, row.row));
}

function isPercentRow(context: CheckContext, table: RecognizedTable, row: TableRow, col: number): boolean {
  if (satuanSaysPercent(context, table, row)) return true;
  if (context.number(table, row.row, col).flags.percent) return true;
  return /^(\d+(\.\d+)*\.?\s+)?(persentase|presentase|prosentase|persentasi|rasio|%|tingkat)/i.test((row.indikator ?? row.label).trim());
}

function checkColumn(context: CheckContext, table: RecognizedTable, column: TableColumn): Finding[] {
  const lang = context.settings.lang;
  const findings: Finding[] = [];
  const limit = LIMITS[column.role];
  // The column's stated values, and how many of them read as a percentage (at most 110), read into
  // one object (a column of a thousand rows makes no object per cell).
  const stated: CellReading = { value: 0, decimals: 0, unit: '' };
  let statedCount = 0;
  let percentLike = 0;
  for (const row of table.rows) {
    if (!isDataRow(row) || !context.readCell(table, row.row, column.col, stated)) continue;
    statedCount++;
    if (stated.value <= 110) percentLike++;
  }
  for (const row of table.rows) {
    if (!isDataRow(row) || !context.readCell(table, row.row, column.col, stated)) continue;
    let implausible = false;
    if (limit) implausible = stated.value < limit.low || stated.value > limit.high;
    else if ((column.role === 'target' || column.role === 'realisasi') && stated.value > 200 && (!SUMMED_LEVELS.has(row.level) || satuanSaysPercent(context, table, row)) && isPercentRow(context, table, row, column.col)) {
      // The others: every stated value but this one, which (above 200) is not among the percentage-like.
      const others = statedCount - 1;
      implausible = others > 0 && percentLike >= others * 0.8;
    }
    if (!implausible) continue;
    const shown = shownAt(context, table, row.row, column.col);
    findings.push({
      rule: 'implausible-value',
      severity: 'warning',
      sheet: table.sheet,
      cell: cellAddress(row.row, column.col),
      related: [],
      stated: shown,
      expected: null,
      variant: limit ? `${column.role} ${formatAngka(limit.low, 0, lang)}-${formatAngka(Math.floor(limit.high), 0, lang)}%` : 'persen',
      message: message(`implausible.${limit ? column.role : 'percent'}` as 'implausible.capaian', lang, { stated: shown, role: column.role }),
    });
  }
  return findings;
}

/**
 * Targets of one row across years, in one unit: a year 50 times the others ("100 Dokumen" after
 * "1 Dokumen" for the DPA of one office, seed 003) is a slip of the keyboard, not a plan.
 */
function checkYearSeries(context: CheckContext, table: RecognizedTable): Finding[] {
  const targets = table.columns.filter((c) => c.role === 'target' && c.year !== undefined).sort((a, b) => a.year! - b.year!);
  if (targets.length < 2) return [];
  const lang = context.settings.lang;
  const findings: Finding[] = [];
  const cell: CellReading = { value: 0, decimals: 0, unit: '' };
  for (const row of table.rows) {
    if (!isDataRow(row)) continue;
    // Only a row whose largest positive target is 50 times its smallest, in one unit, can hold a slip:
    // most rows are told apart on the cells' numbers alone, before any object is made for them.
    let count = 0;
    let low = Infinity;
    let high = -Infinity;
    let unit: string | undefined;
    let oneUnit = true;
    for (const c of targets) {
      if (!context.readCell(table, row.row, c.col, cell) || cell.value <= 0) continue;
      count++;
      if (cell.value < low) low = cell.value;
      if (cell.value > high) high = cell.value;
      if (unit === undefined) unit = cell.unit;
      else if (cell.unit !== unit) oneUnit = false;
    }
    if (count < 2 || !oneUnit || high < 50 * low) continue;
    const series: Array<{ c: TableColumn; v: StatedNumber }> = [];
    for (const c of targets) {
      const v = statedAt(context, table, row.row, c.col);
      if (v && v.value > 0) series.push({ c, v });
    }
    for (const x of series) {
      const others = series.filter((y) => y !== x).map((y) => y.v.value);
      if (others.every((o) => x.v.value >= 50 * o) && (series.length > 2 || x === series[series.length - 1])) {
        const shown = shownAt(context, table, row.row, x.c.col);
        findings.push({
          rule: 'implausible-value',
          severity: 'warning',
          sheet: table.sheet,
          cell: cellAddress(row.row, x.c.col),
          related: series.filter((y) => y !== x).map((y) => qualifiedAddress(table.sheet, row.row, y.c.col)),
          stated: shown,
          expected: null,
          variant: 'deret target tahunan',
          message: message('implausible.series', lang, { stated: shown, year: x.c.year!, others: others.map((o) => formatAngka(o, 0, lang)).join(', ') }),
        });
      }
    }
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkImplausibleOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return [
    ...table.columns
      .filter((c) => c.role === 'capaian' || c.role === 'serapan' || c.role === 'target' || c.role === 'realisasi')
      .flatMap((c) => checkColumn(context, table, c)),
    ...checkYearSeries(context, table),
  ];
}

export function checkImplausible(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkImplausibleOf(context, table));
}
