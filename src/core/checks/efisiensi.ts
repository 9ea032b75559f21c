/**
 * Rule `efisiensi-mismatch`. First the table's method: the setting, a declared formula (`6 (4-5)` is
 * selisih, `4/5` rasio), or the method most rows agree with. Then each row: under selisih (capaian -
 * serapan, only when capaian >= 100) a value computed although capaian < 100 is flagged; under rasio
 * (capaian / serapan) a row stating serapan / capaian is named as the inverted ratio.
 */
import { efisiensi } from '../measures';
import { formatAngka } from '../numbers';
import { message, type MessageKey } from '../i18n/messages';
import type { RecognizedTable, TableColumn, TableRow } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { isDataRow, measureSets, shownAt, statedAt, type MeasureSet } from './measureSets';
import { agrees, fixValue, rangeOf, roundingInterval, type RoundingSetting, type StatedNumber } from './tolerance';

type Method = 'selisih' | 'rasio';

const COMPUTE = {
  selisih: (c: number, s: number) => c - s,
  rasio: (c: number, s: number) => c / s,
  terbalik: (c: number, s: number) => s / c,
};

/** The stated efisiensi agrees with the method, exactly or from the rounded inputs (that range only when needed). */
function agreesWith(kind: keyof typeof COMPUTE, c: StatedNumber, s: StatedNumber, e: StatedNumber, rounding: RoundingSetting): boolean {
  const exact = COMPUTE[kind](c.value, s.value);
  if (!Number.isFinite(exact)) return false;
  if (agrees(e, exact, undefined, rounding).ok) return true;
  const range = rangeOf(COMPUTE[kind], roundingInterval(c), roundingInterval(s));
  return range !== null && agrees(e, exact, range, rounding).ok;
}

function declaredMethod(column: TableColumn): Method | undefined {
  if (!column.declaredFormula) return undefined;
  if (/^\(?\d+-\d+\)?$/.test(column.declaredFormula)) return 'selisih';
  if (/^\(?\d+\/\d+\)?$/.test(column.declaredFormula)) return 'rasio';
  return undefined;
}

/** A row's three stated numbers, and which computations they agree with (each judged once). */
interface RowReading {
  row: TableRow;
  c: StatedNumber;
  s: StatedNumber;
  e: StatedNumber;
  verdicts: Partial<Record<keyof typeof COMPUTE, boolean>>;
}

function holds(reading: RowReading, kind: keyof typeof COMPUTE, rounding: RoundingSetting): boolean {
  return (reading.verdicts[kind] ??= agreesWith(kind, reading.c, reading.s, reading.e, rounding));
}

/** The rows whose capaian, serapan and efisiensi all state a number. */
function readingsOf(context: CheckContext, table: RecognizedTable, set: Required<Pick<MeasureSet, 'capaian' | 'serapan' | 'efisiensi'>>): RowReading[] {
  const readings: RowReading[] = [];
  for (const row of table.rows) {
    const c = statedAt(context, table, row.row, set.capaian.col);
    const s = statedAt(context, table, row.row, set.serapan.col);
    const e = statedAt(context, table, row.row, set.efisiensi.col);
    if (c && s && e) readings.push({ row, c, s, e, verdicts: {} });
  }
  return readings;
}

function tableMethod(context: CheckContext, readings: RowReading[], column: TableColumn): Method {
  if (context.settings.efisiensiMethod !== 'auto') return context.settings.efisiensiMethod;
  const declared = declaredMethod(column);
  if (declared) return declared;
  const rounding = context.settings.rounding;
  let selisih = 0;
  let ratio = 0;
  for (const reading of readings) {
    if (reading.c.value === 0 || reading.s.value === 0) continue;
    if (holds(reading, 'selisih', rounding)) selisih++;
    if (holds(reading, 'rasio', rounding) || holds(reading, 'terbalik', rounding)) ratio++;
  }
  return ratio > selisih ? 'rasio' : 'selisih';
}

function checkSet(context: CheckContext, table: RecognizedTable, set: MeasureSet): Finding[] {
  const { capaian, serapan, efisiensi: column } = set;
  if (!capaian || !serapan || !column) return [];
  const all = readingsOf(context, table, { capaian, serapan, efisiensi: column });
  const method = tableMethod(context, all, column);
  const lang = context.settings.lang;
  const rounding = context.settings.rounding;
  const findings: Finding[] = [];
  const dataRows = table.rows.filter(isDataRow).length;
  const readings = all.filter((reading) => isDataRow(reading.row));
  const inverted = readings.filter(
    (r) => r.c.value > 0 && r.s.value > 0 && holds(r, 'terbalik', rounding) && !holds(r, 'rasio', rounding),
  ).length;
  for (const reading of readings) {
    const { row, c, s, e } = reading;
    if (s.value === 0) continue;
    // What every finding of this row says; built only for a row that has one.
    const finding = (fields: Pick<Finding, 'expected' | 'variant' | 'fix'>, key: MessageKey, expected?: string): Finding => {
      const stated = shownAt(context, table, row.row, column.col);
      const params = { c: formatAngka(c.value, c.decimals, lang), s: formatAngka(s.value, s.decimals, lang), stated, inverted, rows: dataRows, expected: expected ?? '' };
      return {
        rule: 'efisiensi-mismatch',
        severity: 'error',
        sheet: table.sheet,
        cell: cellAddress(row.row, column.col),
        related: [qualifiedAddress(table.sheet, row.row, capaian.col), qualifiedAddress(table.sheet, row.row, serapan.col)],
        stated,
        ...fields,
        message: message(key, lang, params),
      };
    };
    if (method === 'selisih') {
      if (c.value < 100) {
        findings.push(finding({ expected: null, variant: 'efisiensi-selisih (capaian >= 100)' }, 'efisiensi.precondition'));
      } else if (!holds(reading, 'selisih', rounding)) {
        const expected = fixValue(efisiensi(c.value, s.value, 'selisih'), e.decimals);
        findings.push(finding({ expected, fix: expected, variant: 'efisiensi-selisih' }, 'efisiensi.selisih', formatAngka(expected, e.decimals, lang)));
      }
      continue;
    }
    if (c.value === 0 || holds(reading, 'rasio', rounding)) continue;
    // A serapan so small that the ratio overflows gives no efisiensi to compare with.
    const ratio = efisiensi(c.value, s.value, 'rasio');
    if (!Number.isFinite(ratio)) continue;
    const expected = fixValue(ratio, e.decimals);
    const invertedRow = holds(reading, 'terbalik', rounding);
    findings.push(
      finding(
        { expected, fix: expected, variant: invertedRow ? 'efisiensi-rasio-terbalik' : 'efisiensi-rasio' },
        invertedRow ? 'efisiensi.inverted' : 'efisiensi.rasio',
        formatAngka(expected, e.decimals, lang),
      ),
    );
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkEfisiensiOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return measureSets(table).flatMap((set) => checkSet(context, table, set));
}

export function checkEfisiensi(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkEfisiensiOf(context, table));
}
