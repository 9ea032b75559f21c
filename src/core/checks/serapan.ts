/**
 * Rule `serapan-mismatch`: a stated serapan (% of an anggaran row) against realisasi / pagu x 100 at
 * the stated decimals; also the total row, whose serapan is Σ realisasi / Σ pagu (its own cells), never
 * the average of the rows' percentages. Columns whose formula is declared in the column-number row
 * are left to `formula-mismatch`.
 */
import { serapan } from '../measures';
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import type { RecognizedTable } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { measureSets, shownAt, statedAt, type MeasureSet } from './measureSets';
import { agrees, exactInterval, fixValue, variantName } from './tolerance';

function checkSet(context: CheckContext, table: RecognizedTable, set: MeasureSet): Finding[] {
  const { pagu, realisasi_anggaran: spent, serapan: percent } = set;
  if (!pagu || !spent || !percent || percent.declaredFormula) return [];
  const lang = context.settings.lang;
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const p = statedAt(context, table, row.row, pagu.col);
    const r = statedAt(context, table, row.row, spent.col);
    const s = statedAt(context, table, row.row, percent.col);
    if (!p || !r || !s || p.value === 0) continue;
    const exact = serapan(p.value, r.value);
    if (!Number.isFinite(exact) || agrees(s, exact, exactInterval(exact), context.settings.rounding).ok) continue;
    const expected = fixValue(exact, s.decimals);
    findings.push({
      rule: 'serapan-mismatch',
      severity: 'error',
      sheet: table.sheet,
      cell: cellAddress(row.row, percent.col),
      related: [qualifiedAddress(table.sheet, row.row, pagu.col), qualifiedAddress(table.sheet, row.row, spent.col)],
      stated: shownAt(context, table, row.row, percent.col),
      expected,
      variant: variantName('realisasi/pagu', s.decimals, context.settings.rounding),
      message: message('serapan', lang, {
        r: formatAngka(r.value, r.decimals, lang),
        p: formatAngka(p.value, p.decimals, lang),
        expected: formatAngka(expected, s.decimals, lang),
        stated: shownAt(context, table, row.row, percent.col),
      }),
      fix: expected,
    });
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkSerapanOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return measureSets(table).flatMap((set) => checkSet(context, table, set));
}

export function checkSerapan(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkSerapanOf(context, table));
}
