/**
 * Rule `cross-table-mismatch`: the same indicator, year and measure (realisasi, capaian; targets within
 * the same kind of source: PK murni, PK perubahan, Renstra) carries different values in two places.
 * Values that differ only in the last stated digit (86.66 / 86.67) are rounding, not a finding. The
 * value most places agree on wins, a value its own row verifies (capaian = R / T) counts more, one its
 * row contradicts counts less; each other value is flagged, pointing at a cell of the winning one.
 */
import { capaian } from '../measures';
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import type { RecognizedTable, TableRow } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import type { Occurrence } from './linking';
import { measureSets, shownAt, statedAt, type MeasureSet } from './measureSets';
import { agrees, type StatedNumber } from './tolerance';

type Measure = 'target' | 'realisasi' | 'capaian';

interface Value {
  occurrence: Occurrence;
  col: number;
  stated: StatedNumber;
  weight: number;
}

/** Which targets may be compared with each other. */
export function targetSource(table: RecognizedTable, set: MeasureSet): string {
  if (table.kind === 'pk') return table.perubahan || set.target?.variant === 'perubahan' ? 'pk-perubahan' : 'pk-murni';
  if (table.kind === 'renja') return 'renja';
  if (set.realisasi) return 'realisasi-tabel';
  if (set.target?.variant === 'renstra' || table.kind === 'multiyear') return 'renstra';
  return 'realisasi-tabel';
}

/** Two stated values of the same quantity that differ only by rounding at the coarser precision. */
export function sameQuantity(a: StatedNumber, b: StatedNumber): boolean {
  const decimals = Math.min(a.decimals, b.decimals);
  const unit = 10 ** -decimals;
  return Math.abs(a.value - b.value) <= unit + 1e-9 * Math.max(Math.abs(a.value), 1);
}

function ownRowWeight(context: CheckContext, table: RecognizedTable, row: TableRow, set: MeasureSet, measure: Measure): number {
  if (measure !== 'capaian') return 1;
  const t = statedAt(context, table, row.row, set.target?.col);
  const r = statedAt(context, table, row.row, set.realisasi?.col);
  const c = statedAt(context, table, row.row, set.capaian?.col);
  if (!t || !r || !c || t.value === 0) return 1;
  return agrees(c, capaian(t.value, r.value)).ok ? 2 : 0.5;
}

function collect(context: CheckContext, group: Occurrence[]): Map<string, Value[]> {
  const byKey = new Map<string, Value[]>();
  for (const occurrence of group) {
    const { table, row } = occurrence;
    for (const set of measureSets(table)) {
      const year = set.year ?? table.year;
      if (year === undefined) continue;
      for (const measure of ['target', 'realisasi', 'capaian'] as Measure[]) {
        const column = set[measure];
        if (!column) continue;
        const stated = statedAt(context, table, row.row, column.col);
        if (!stated) continue;
        const source = measure === 'target' ? targetSource(table, set) : '';
        const key = `${year}|${measure}|${source}`;
        const list = byKey.get(key) ?? [];
        list.push({ occurrence, col: column.col, stated, weight: ownRowWeight(context, table, row, set, measure) });
        byKey.set(key, list);
      }
    }
  }
  return byKey;
}

function clusters(values: Value[]): Value[][] {
  const result: Value[][] = [];
  for (const v of values) {
    const home = result.find((c) => sameQuantity(c[0].stated, v.stated));
    if (home) home.push(v);
    else result.push([v]);
  }
  return result;
}

export function checkCrossTable(context: CheckContext): Finding[] {
  const lang = context.settings.lang;
  const findings: Finding[] = [];
  const groups = context.links();
  for (const group of groups) {
    for (const [key, values] of collect(context, group)) {
      if (new Set(values.map((v) => v.occurrence.tableIndex)).size < 2) continue;
      const found = clusters(values);
      if (found.length < 2) continue;
      const score = (c: Value[]) => c.reduce((s, v) => s + v.weight, 0);
      const ranked = [...found].sort((a, b) => score(b) - score(a) || a[0].occurrence.tableIndex - b[0].occurrence.tableIndex);
      const winner = ranked[0];
      const reference = winner[0];
      const [year, measure] = key.split('|');
      for (const cluster of ranked.slice(1)) {
        for (const v of cluster) {
          const { table, row } = v.occurrence;
          const refTable = reference.occurrence.table;
          findings.push({
            rule: 'cross-table-mismatch',
            severity: 'warning',
            sheet: table.sheet,
            cell: cellAddress(row.row, v.col),
            related: [qualifiedAddress(refTable.sheet, reference.occurrence.row.row, reference.col)],
            stated: shownAt(context, table, row.row, v.col),
            expected: reference.stated.value,
            variant: `${measure} ${year}`,
            message: message('cross-table', lang, {
              measure,
              year,
              label: row.label.slice(0, 80),
              stated: shownAt(context, table, row.row, v.col),
              other: formatAngka(reference.stated.value, reference.stated.decimals, lang),
              where: refTable.title ? refTable.title.slice(0, 60) : `${refTable.sheet}!${cellAddress(reference.occurrence.row.row, reference.col)}`,
              count: winner.length,
            }),
          });
        }
      }
    }
  }
  return findings;
}
