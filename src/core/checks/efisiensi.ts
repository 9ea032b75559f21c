/**
 * Rule `efisiensi-mismatch`. First the table's method: the setting, a declared formula (`6 (4-5)` is
 * selisih, `4/5` rasio), or the method most rows agree with. Then each row: under selisih (capaian -
 * serapan, only when capaian >= 100) a value computed although capaian < 100 is flagged; under rasio
 * (capaian / serapan) a row stating serapan / capaian is named as the inverted ratio.
 */
import { efisiensi } from '../measures';
import { formatAngka } from '../numbers';
import { message, type MessageKey } from '../i18n/messages';
import type { RecognizedTable, TableColumn } from '../tables/types';
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

function tableMethod(context: CheckContext, table: RecognizedTable, set: Required<Pick<MeasureSet, 'capaian' | 'serapan' | 'efisiensi'>>): Method {
  if (context.settings.efisiensiMethod !== 'auto') return context.settings.efisiensiMethod;
  const declared = declaredMethod(set.efisiensi);
  if (declared) return declared;
  let selisih = 0;
  let ratio = 0;
  for (const row of table.rows) {
    const c = statedAt(context, table, row.row, set.capaian.col);
    const s = statedAt(context, table, row.row, set.serapan.col);
    const e = statedAt(context, table, row.row, set.efisiensi.col);
    if (!c || !s || !e || c.value === 0 || s.value === 0) continue;
    if (agreesWith('selisih', c, s, e, context.settings.rounding)) selisih++;
    if (agreesWith('rasio', c, s, e, context.settings.rounding) || agreesWith('terbalik', c, s, e, context.settings.rounding)) ratio++;
  }
  return ratio > selisih ? 'rasio' : 'selisih';
}

function checkSet(context: CheckContext, table: RecognizedTable, set: MeasureSet): Finding[] {
  const { capaian, serapan, efisiensi: column } = set;
  if (!capaian || !serapan || !column) return [];
  const method = tableMethod(context, table, { capaian, serapan, efisiensi: column });
  const lang = context.settings.lang;
  const findings: Finding[] = [];
  const rows = table.rows.filter(isDataRow);
  const inverted = rows.filter((row) => {
    const c = statedAt(context, table, row.row, capaian.col);
    const s = statedAt(context, table, row.row, serapan.col);
    const e = statedAt(context, table, row.row, column.col);
    return c && s && e && c.value > 0 && s.value > 0 && agreesWith('terbalik', c, s, e, context.settings.rounding) && !agreesWith('rasio', c, s, e, context.settings.rounding);
  }).length;
  for (const row of rows) {
    const c = statedAt(context, table, row.row, capaian.col);
    const s = statedAt(context, table, row.row, serapan.col);
    const e = statedAt(context, table, row.row, column.col);
    if (!c || !s || !e || s.value === 0) continue;
    // What every finding of this row says; built only for a row that has one.
    const finding = (fields: Pick<Finding, 'expected' | 'variant' | 'fix'>, key: MessageKey, expected?: string): Finding => {
      const stated = shownAt(context, table, row.row, column.col);
      const params = { c: formatAngka(c.value, c.decimals, lang), s: formatAngka(s.value, s.decimals, lang), stated, inverted, rows: rows.length, expected: expected ?? '' };
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
      } else if (!agreesWith('selisih', c, s, e, context.settings.rounding)) {
        const expected = fixValue(efisiensi(c.value, s.value, 'selisih'), e.decimals);
        findings.push(finding({ expected, fix: expected, variant: 'efisiensi-selisih' }, 'efisiensi.selisih', formatAngka(expected, e.decimals, lang)));
      }
      continue;
    }
    if (c.value === 0 || agreesWith('rasio', c, s, e, context.settings.rounding)) continue;
    const expected = fixValue(efisiensi(c.value, s.value, 'rasio'), e.decimals);
    const invertedRow = agreesWith('terbalik', c, s, e, context.settings.rounding);
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

export function checkEfisiensi(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => measureSets(table).flatMap((set) => checkSet(context, table, set)));
}
