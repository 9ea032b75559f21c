/**
 * Rule `formula-mismatch`: every formula declared in a column-number row (`7=6/3*100`, `12=6+9`,
 * `15=5-12`, `(6) = (3-5)`) is the author's own statement of how the column is computed; every row is
 * checked against it. A nil (`-`) term counts as 0 in sums and differences; a division with a nil or
 * zero divisor is skipped. Quotients are compared at the stated decimals (half-up or truncation).
 */
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import { evaluateFormula, formulaColumns, parseFormula } from '../tables/columnNumbers';
import type { RecognizedTable, TableColumn } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { shownAt, statedAt } from './measureSets';
import { agrees, exactInterval, fixValue } from './tolerance';

function checkColumn(context: CheckContext, table: RecognizedTable, column: TableColumn): Finding[] {
  const node = column.declaredFormula ? parseFormula(column.declaredFormula) : null;
  if (!node) return [];
  const byNumber = new Map<number, TableColumn>();
  for (const c of table.columns) if (c.number !== undefined && !byNumber.has(c.number)) byNumber.set(c.number, c);
  const refs = formulaColumns(node);
  if (refs.some((n) => !byNumber.has(n) || n === column.number)) return [];
  const divides = /\//.test(column.declaredFormula!);
  const view = context.view(table.sheet);
  const lang = context.settings.lang;
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const stated = statedAt(context, table, row.row, column.col);
    if (!stated) continue;
    let missing = false;
    const exact = evaluateFormula(node, (n) => {
      const col = byNumber.get(n)!.col;
      const v = statedAt(context, table, row.row, col);
      if (v) return v.value;
      const parsed = context.number(table, row.row, col);
      if (parsed.flags.nil || view.text(row.row, col) === '') return 0;
      missing = true;
      return null;
    });
    if (missing || exact === null || !Number.isFinite(exact) || (divides && refs.every((n) => (statedAt(context, table, row.row, byNumber.get(n)!.col)?.value ?? 0) === 0))) continue;
    if (divides ? agrees(stated, exact, exactInterval(exact), context.settings.rounding).ok : Math.abs(exact - stated.value) <= 0.5 * 10 ** -stated.decimals + 1e-9 * Math.abs(exact)) continue;
    const expected = divides ? fixValue(exact, stated.decimals) : exact;
    findings.push({
      rule: 'formula-mismatch',
      severity: 'error',
      sheet: table.sheet,
      cell: cellAddress(row.row, column.col),
      related: refs.map((n) => qualifiedAddress(table.sheet, row.row, byNumber.get(n)!.col)),
      stated: shownAt(context, table, row.row, column.col),
      expected,
      variant: `rumus kolom ${column.number}=${column.declaredFormula}`,
      message: message('formula', lang, {
        formula: `${column.number}=${column.declaredFormula}`,
        stated: shownAt(context, table, row.row, column.col),
        expected: formatAngka(expected, stated.decimals, lang),
      }),
      fix: expected,
    });
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkFormulasOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return table.columns.filter((c) => c.declaredFormula).flatMap((c) => checkColumn(context, table, c));
}

export function checkFormulas(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkFormulasOf(context, table));
}
