/**
 * Rule `number-format` (domain.md section 4): in the numeric columns of every table, a token that no
 * convention reads cleanly (malformed), a token with two plausible readings the column does not
 * settle (ambiguous), numbers stored as text (one finding per column), and a column that mixes the
 * decimal comma and the decimal point.
 */
import { formatAngka, mixedConventions } from '../numbers';
import { message } from '../i18n/messages';
import type { RecognizedTable, TableColumn } from '../tables/types';
import { cellAddress, columnLetter, qualifiedAddress } from '../workbook/address';
import { NUMERIC_ROLES, type CheckContext } from './context';
import type { Finding } from './finding';

/** Tables whose numbers are computed with (sums, capaian, serapan), unlike a signed PK's list of amounts. */
const COMPUTED_KINDS: ReadonlySet<RecognizedTable['kind']> = new Set<RecognizedTable['kind']>(['anggaran', 'capaian', 'efisiensi', 'multiyear', 'renja']);

/** A value written with its unit in words ("100 Persen") is text on purpose, not a number typed as text. */
const WORDED = /[a-z]{2}/i;

function finding(table: RecognizedTable, row: number, col: number, fields: Omit<Finding, 'rule' | 'severity' | 'sheet' | 'cell'>): Finding {
  return { rule: 'number-format', severity: 'warning', sheet: table.sheet, cell: cellAddress(row, col), ...fields };
}

function columnName(column: TableColumn): string {
  return column.header !== '' ? column.header : columnLetter(column.col);
}

function checkColumn(context: CheckContext, table: RecognizedTable, column: TableColumn): Finding[] {
  const { lang } = context.settings;
  const view = context.view(table.sheet);
  const findings: Finding[] = [];
  const textStored: Array<{ row: number; text: string }> = [];
  const tokens: Array<{ row: number; text: string }> = [];
  let numericCells = 0;
  for (const { row, level } of table.rows) {
    const value = view.value(row, column.col);
    if (typeof value === 'number') numericCells++;
    if (typeof value !== 'string') continue;
    const parsed = context.number(table, row, column.col);
    const stated = value.trim();
    if (parsed.flags.nil || stated === '') continue;
    if (parsed.value !== null && !parsed.flags.composite && !parsed.flags.range) tokens.push({ row, text: stated });
    const unsettled = parsed.flags.malformed || parsed.flags.ambiguous;
    const resolved = unsettled ? context.resolutions.get(`${table.sheet}!${cellAddress(row, column.col)}`) : undefined;
    if (resolved) {
      const reading = formatAngka(resolved.value, 0, lang);
      const readings = parsed.alternatives.map((a) => formatAngka(a, a % 1 === 0 ? 0 : 2, lang)).join(' / ');
      findings.push(
        finding(table, row, column.col, {
          related: [resolved.by],
          stated,
          expected: resolved.value,
          variant: 'dipilih-oleh-jumlah',
          message: message(parsed.flags.malformed ? 'number-format.malformed-resolved' : 'number-format.ambiguous-resolved', lang, {
            stated,
            reading,
            readings,
            total: resolved.by,
          }),
          fix: resolved.value,
        }),
      );
    } else if (parsed.flags.malformed) {
      const reading = parsed.value;
      findings.push(
        finding(table, row, column.col, {
          related: [],
          stated,
          expected: reading,
          variant: 'konvensi-id',
          message: message('number-format.malformed', lang, {
            stated,
            reading: reading === null ? '?' : formatAngka(reading, 0, lang),
          }),
        }),
      );
    } else if (parsed.flags.ambiguous) {
      const readings = parsed.alternatives.map((a) => formatAngka(a, a % 1 === 0 ? 0 : 3, lang)).join(' / ');
      findings.push(
        finding(table, row, column.col, {
          related: [],
          stated,
          expected: null,
          variant: context.convention(table, column.col) ? `konvensi-${context.convention(table, column.col)}` : 'konvensi-tidak-jelas',
          message: message('number-format.ambiguous', lang, { stated, readings }),
        }),
      );
    } else if (parsed.value !== null && !parsed.flags.composite && !parsed.flags.range && level !== 'total' && !WORDED.test(stated.replace(/^rp\.?/i, ''))) {
      textStored.push({ row, text: stated });
    }
  }
  // Numbers stored as text matter where the column also holds real numbers (a sum over it skips them)
  // or the table is computed with; a signed PK's list typed as text ("Rp. 5.021.140.500,-") is presentation.
  if (textStored.length > 0 && (numericCells > 0 || COMPUTED_KINDS.has(table.kind))) {
    const first = textStored[0];
    findings.push(
      finding(table, first.row, column.col, {
        related: textStored.slice(1).map((t) => qualifiedAddress(table.sheet, t.row, column.col)),
        stated: first.text,
        expected: context.number(table, first.row, column.col).value,
        variant: 'teks',
        message: message('number-format.text-stored', lang, { count: textStored.length, column: columnName(column), stated: first.text }),
      }),
    );
  }
  if (tokens.length >= 2 && mixedConventions(tokens.map((t) => t.text))) {
    const decimalComma = tokens.filter((t) => /,\d{1,2}(?!\d)/.test(t.text));
    const decimalPoint = tokens.filter((t) => /\.\d{1,2}(?!\d)/.test(t.text));
    const [minority, majority] = decimalComma.length <= decimalPoint.length ? [decimalComma, decimalPoint] : [decimalPoint, decimalComma];
    const odd = minority[0] ?? tokens[0];
    findings.push(
      finding(table, odd.row, column.col, {
        related: majority.slice(0, 5).map((t) => qualifiedAddress(table.sheet, t.row, column.col)),
        stated: odd.text,
        expected: null,
        variant: 'konvensi-campuran',
        message: message('number-format.mixed', lang, { column: columnName(column), stated: odd.text, other: majority[0]?.text ?? '' }),
      }),
    );
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkNumberFormatOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return table.columns.filter((c) => NUMERIC_ROLES.has(c.role)).flatMap((column) => checkColumn(context, table, column));
}

export function checkNumberFormat(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkNumberFormatOf(context, table));
}
