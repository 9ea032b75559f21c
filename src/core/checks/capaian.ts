/**
 * Rule `capaian-mismatch`: every stated capaian against realisasi / target x 100 (or the indicator's
 * negative formula), and every tingkat kemajuan against realisasi / target akhir x 100, at the stated
 * decimals. Direction comes from an Arah/Polaritas column, never from the indicator's wording.
 * With the negative formula on `auto`, the table's own variant (A, B, C or D) is inferred from its rows.
 */
import { capaian, kemajuan, type RumusNegatif } from '../measures';
import { formatAngka } from '../numbers';
import type { RecognizedTable } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { message } from '../i18n/messages';
import { isDataRow, measureSets, shownAt, statedAt, type MeasureSet } from './measureSets';
import { agrees, fixValue, variantName } from './tolerance';

const FORMULAS: RumusNegatif[] = ['A', 'B', 'C', 'D'];

function isNegative(text: string): boolean {
  return /negatif|turun|menurun|minimi|minimize|lower|rendah lebih baik/i.test(text);
}

/** The negative formula the table's negative rows follow most, or the setting when not `auto`. */
function negativeFormula(context: CheckContext, table: RecognizedTable, set: MeasureSet): RumusNegatif {
  if (context.settings.negativeFormula !== 'auto') return context.settings.negativeFormula;
  const votes = new Map<RumusNegatif, number>(FORMULAS.map((f) => [f, 0]));
  const view = context.view(table.sheet);
  for (const row of table.rows) {
    if (!set.arah || !isNegative(view.text(row.row, set.arah.col))) continue;
    const t = statedAt(context, table, row.row, set.target?.col);
    const r = statedAt(context, table, row.row, set.realisasi?.col);
    const c = statedAt(context, table, row.row, set.capaian?.col);
    if (!t || !r || !c || t.value === 0 || r.value === 0) continue;
    for (const f of FORMULAS) if (agrees(c, capaian(t.value, r.value, 'negatif', f), undefined, context.settings.rounding).ok) votes.set(f, votes.get(f)! + 1);
  }
  let best: RumusNegatif = 'A';
  for (const f of FORMULAS) if (votes.get(f)! > votes.get(best)!) best = f;
  return best;
}

function checkSet(context: CheckContext, table: RecognizedTable, set: MeasureSet): Finding[] {
  const findings: Finding[] = [];
  const view = context.view(table.sheet);
  const lang = context.settings.lang;
  const formula = set.arah ? negativeFormula(context, table, set) : 'A';
  const pairs: Array<{ out: MeasureSet['capaian']; base: MeasureSet['target']; kind: 'capaian' | 'kemajuan' }> = [
    { out: set.capaian, base: set.target, kind: 'capaian' },
    { out: set.kemajuan, base: set.target_akhir, kind: 'kemajuan' },
  ];
  for (const { out, base, kind } of pairs) {
    if (!out || !base || !set.realisasi) continue;
    for (const row of table.rows) {
      if (!isDataRow(row)) continue;
      const t = statedAt(context, table, row.row, base.col);
      const r = statedAt(context, table, row.row, set.realisasi.col);
      const c = statedAt(context, table, row.row, out.col);
      if (!t || !r || !c || t.value === 0) continue;
      const negative = kind === 'capaian' && set.arah !== undefined && isNegative(view.text(row.row, set.arah.col));
      if (negative && r.value === 0 && (formula === 'B' || formula === 'D')) continue;
      const compute = (tv: number, rv: number) =>
        kind === 'kemajuan' ? kemajuan(rv, tv) : capaian(tv, rv, negative ? 'negatif' : 'positif', formula);
      // Strict (domain.md "Rounding"): the stated inputs, rounded half-up or truncated at the stated decimals.
      const exact = compute(t.value, r.value);
      // A target so small that the ratio overflows (1e-310) gives no capaian to compare with.
      if (!Number.isFinite(exact) || agrees(c, exact, undefined, context.settings.rounding).ok) continue;
      const base_ = kind === 'kemajuan' ? 'tingkat-kemajuan' : negative ? `negatif-${formula}` : 'positif';
      findings.push({
        rule: 'capaian-mismatch',
        severity: 'error',
        sheet: table.sheet,
        cell: cellAddress(row.row, out.col),
        related: [qualifiedAddress(table.sheet, row.row, base.col), qualifiedAddress(table.sheet, row.row, set.realisasi.col)],
        stated: shownAt(context, table, row.row, out.col),
        expected: fixValue(exact, c.decimals),
        variant: variantName(base_, c.decimals, context.settings.rounding),
        message: message(kind === 'kemajuan' ? 'kemajuan' : 'capaian', lang, {
          r: formatAngka(r.value, r.decimals, lang),
          t: formatAngka(t.value, t.decimals, lang),
          expected: formatAngka(fixValue(exact, c.decimals), c.decimals, lang),
          stated: shownAt(context, table, row.row, out.col),
          formula: negative ? `negatif ${formula}` : 'R / T x 100',
        }),
        fix: fixValue(exact, c.decimals),
      });
    }
  }
  return findings;
}

/** The rule on one table (checkWorkbook runs the rules of one table table by table). */
export function checkCapaianOf(context: CheckContext, table: RecognizedTable): Finding[] {
  return measureSets(table).flatMap((set) => checkSet(context, table, set));
}

export function checkCapaian(context: CheckContext): Finding[] {
  return context.tables.flatMap((table) => checkCapaianOf(context, table));
}
