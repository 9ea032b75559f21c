/**
 * Rule `cross-table-mismatch`: the same indicator, year and measure (realisasi, capaian; targets within
 * the same kind of source: PK murni, PK perubahan, Renstra) carries different values in two places.
 * Values that differ only in the last stated digit (86.66 / 86.67) are rounding, not a finding. The
 * value most places agree on wins, a value its own row verifies (capaian = R / T) counts more, one its
 * row contradicts counts less; each other value is flagged, pointing at a cell of the winning one.
 */
import { capaian } from '../measures';
import { memoize } from '../memo';
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import type { RecognizedTable, TableColumn, TableRow } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import { inDocumentOrder } from './documentOrder';
import type { CellReading } from './sheetNumbers';
import type { Finding } from './finding';
import type { Occurrence } from './linking';
import { measureSets, shownAt, statedAt, type MeasureSet } from './measureSets';
import { agrees, type StatedNumber } from './tolerance';
import { groupBy } from '../groupBy';

type Measure = 'target' | 'realisasi' | 'capaian';

interface Value {
  occurrence: Occurrence;
  col: number;
  stated: StatedNumber;
  /** The capaian's measure set, for its own-row weight (computed only where values disagree). */
  capaianSet?: MeasureSet;
}

/** Which targets may be compared with each other. */
export function targetSource(table: RecognizedTable, set: MeasureSet): string {
  if (table.kind === 'pk') return table.perubahan || set.target?.variant === 'perubahan' ? 'pk-perubahan' : 'pk-murni';
  if (table.kind === 'renja') return 'renja';
  // A column headed "Target Renstra" claims the Renstra's value even in a realisasi table (seed 001 T3.3).
  if (set.target?.variant === 'renstra') return 'renstra';
  if (set.realisasi) return 'realisasi-tabel';
  if (table.kind === 'multiyear') return 'renstra';
  return 'realisasi-tabel';
}

/** Two stated values of the same quantity that differ only by rounding at the coarser precision. */
export function sameQuantity(a: StatedNumber, b: StatedNumber): boolean {
  const decimals = Math.min(a.decimals, b.decimals);
  const unit = 10 ** -decimals;
  return Math.abs(a.value - b.value) <= unit + 1e-9 * Math.max(Math.abs(a.value), 1);
}

/** A capaian its own row verifies (R / T) counts double; one its row contradicts counts half. */
function ownRowWeight(context: CheckContext, table: RecognizedTable, row: TableRow, set: MeasureSet): number {
  const t = statedAt(context, table, row.row, set.target?.col);
  const r = statedAt(context, table, row.row, set.realisasi?.col);
  const c = statedAt(context, table, row.row, set.capaian?.col);
  if (!t || !r || !c || t.value === 0) return 1;
  return agrees(c, capaian(t.value, r.value)).ok ? 2 : 0.5;
}

const PROGRAM_LEVELS = new Set(['urusan', 'program', 'kegiatan', 'subkegiatan', 'jenis', 'rincian']);

/**
 * What a value measures besides its row's name: a program or kegiatan row carries one value per
 * indicator, so its indicator is part of the identity; null when the row cannot be told apart.
 */
function identity(occurrence: Occurrence, unnamedPerTable: Map<number, number>): string | null {
  const { row, tableIndex } = occurrence;
  if (!PROGRAM_LEVELS.has(row.level)) return '';
  if (occurrence.indikator !== '') return occurrence.indikator;
  return unnamedPerTable.get(tableIndex) === 1 ? '' : null;
}

type Compared = Measure | 'pagu' | 'realisasi_anggaran' | 'serapan';

const COMPARED: Compared[] = ['target', 'realisasi', 'capaian', 'pagu', 'realisasi_anggaran', 'serapan'];

/** What a column's header says that decides whether and how its values compare (read once per header text). */
const FISIK = 1;
const SEBELUM = 2;
const TOTAL = 4;
const headerMarks = memoize((header: string): number =>
  (/fisik/i.test(header) ? FISIK : 0) | (/sebelum/i.test(header) ? SEBELUM : 0) | (/total|jumlah/i.test(header) ? TOTAL : 0),
);

/** Which pagu may be compared: before or after the budget revision. */
function paguSource(column: TableColumn): string {
  return headerMarks(column.header) & SEBELUM ? 'sebelum' : 'sesudah';
}

/** A column of a table whose values are compared across tables, with what they are compared under. */
interface Comparable {
  set: MeasureSet;
  measure: Compared;
  col: number;
  /** year|measure|source: the unit is added per cell. */
  key: string;
  /** The key as a small number (its place among the keys met), for the per-value bookkeeping. */
  slot: number;
}

/**
 * The key of a year, measure and source (`2024|target|pk-murni`), one string object each, made once:
 * the keys of every table then compare by identity in the maps below, and no text is built per table.
 */
const keys = new Map<string, Map<string, Map<number, { key: string; slot: number }>>>();
let slots = 0;
const slotCount = () => slots;
function comparisonKey(year: number, measure: Compared, source: string): { key: string; slot: number } {
  let bySource = keys.get(measure);
  if (!bySource) keys.set(measure, (bySource = new Map()));
  let byYear = bySource.get(source);
  if (!byYear) bySource.set(source, (byYear = new Map()));
  let found = byYear.get(year);
  if (found === undefined) byYear.set(year, (found = { key: `${year}|${measure}|${source}`, slot: slots++ }));
  return found;
}

/** The columns of a table that take part in the comparison (the same for every row of the table). */
function comparablesOf(context: CheckContext, table: RecognizedTable): Comparable[] {
  const found: Comparable[] = [];
  for (const set of measureSets(table)) {
    const year = set.year ?? table.year ?? context.reportYear;
    if (year === undefined) continue;
    for (const measure of COMPARED) {
      const column = set[measure];
      if (!column) continue;
      // PK budget lists are the pre-revision allocations of one official: not comparable.
      if (table.kind === 'pk' && (measure === 'pagu' || measure === 'realisasi_anggaran')) continue;
      // A physical progress % (FISIK) is not the indicator's realisasi.
      const marks = headerMarks(column.header);
      if (marks & FISIK) continue;
      // Of a budget split, only the row's total stands for it (not belanja operasi alone).
      if ((measure === 'realisasi_anggaran' || measure === 'serapan') && !(marks & TOTAL) && table.columns.filter((c) => c.role === measure).length > 1) continue;
      const source = measure === 'target' ? targetSource(table, set) : measure === 'pagu' ? paguSource(column) : '';
      // Renja/RKT targets follow either the Renstra or the revised PK: target-mismatch judges them.
      if (source === 'renja') continue;
      found.push({ set, measure, col: column.col, ...comparisonKey(year, measure, source) });
    }
    // A target akhir of a year is that year's Renstra target.
    if (set.target_akhir?.year !== undefined) found.push({ set, measure: 'target', col: set.target_akhir.col, ...comparisonKey(set.target_akhir.year, 'target', 'renstra') });
  }
  return found;
}

type Spread = { low: number; high: number; decimals: number };

/**
 * Every group's values by year, measure, source and unit; each keeps its identity (indicator). The rows
 * are walked in document order (documentOrder.ts), each group's bookkeeping kept apart.
 */
function collectAll(context: CheckContext, groups: Occurrence[][], comparables: (occurrence: Occurrence) => Comparable[]): Array<Map<string, Array<Value & { what: string }>>> {
  const { occurrences, groupOf } = inDocumentOrder(groups);
  // Rows of a table that name no indicator, per group (identity() tells them apart by it).
  const unnamed = groups.map(() => new Map<number, number>());
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i];
    if (o.row.indikator) continue;
    const perTable = unnamed[groupOf[i]];
    perTable.set(o.tableIndex, (perTable.get(o.tableIndex) ?? 0) + 1);
  }
  // Every table's comparables, first: the comparisons are then numbered (slot) before any value is read.
  // (Indexed loops over the occurrences: for-of's iterators were made before the loops were optimised.)
  for (let i = 0; i < occurrences.length; i++) comparables(occurrences[i]);
  // A comparison is a key and a unit, as one number: unit x slots + slot (unit 0: none written).
  const slots = slotCount();
  const unitIds = new Map<string, number>([['', 0]]);
  const unitOf = (unit: string) => {
    if (unit === '') return 0;
    let id = unitIds.get(unit);
    if (id === undefined) unitIds.set(unit, (id = unitIds.size));
    return id;
  };
  // First the spread of each comparison: where every value lies within the finest stated unit of the
  // others, no two values can disagree, and no value object is made (most indicators agree). Never
  // across a different unit: "60 Orang" is not "1 Dokumen" (a numeric cell has none).
  const spreads = groups.map(() => new Map<number, Spread>());
  const cell: CellReading = { value: 0, decimals: 0, unit: '' };
  for (let i = 0; i < occurrences.length; i++) {
    const occurrence = occurrences[i];
    const g = groupOf[i];
    if (identity(occurrence, unnamed[g]) === null) continue;
    const ofGroup = spreads[g];
    const ofTable = comparables(occurrence);
    for (let k = 0; k < ofTable.length; k++) {
      const { col, slot } = ofTable[k];
      if (!context.readCell(occurrence.table, occurrence.row.row, col, cell)) continue;
      const comparison = unitOf(cell.unit) * slots + slot;
      const spread = ofGroup.get(comparison);
      if (!spread) ofGroup.set(comparison, { low: cell.value, high: cell.value, decimals: cell.decimals });
      else {
        if (cell.value < spread.low) spread.low = cell.value;
        if (cell.value > spread.high) spread.high = cell.value;
        if (cell.decimals > spread.decimals) spread.decimals = cell.decimals;
      }
    }
  }
  // Any two values closer than the finest unit are the same quantity at their coarser precision.
  const disagreeing = spreads.map((ofGroup) => {
    const found = new Set<number>();
    for (const [comparison, spread] of ofGroup) if (spread.high - spread.low > 10 ** -spread.decimals) found.add(comparison);
    return found;
  });
  const disagreeingSlots = disagreeing.map((found) => new Set([...found].map((comparison) => comparison % slots)));
  // Then a value object for each value of a comparison that disagrees, by key, then by unit.
  const byComparable = groups.map(() => new Map<string, Map<string, Array<Value & { what: string }>>>());
  for (let i = 0; i < occurrences.length; i++) {
    const g = groupOf[i];
    if (disagreeing[g].size === 0) continue;
    const occurrence = occurrences[i];
    const what = identity(occurrence, unnamed[g]);
    if (what === null) continue;
    const ofTable = comparables(occurrence);
    for (let k = 0; k < ofTable.length; k++) {
      const { set, measure, col, key, slot } = ofTable[k];
      if (!disagreeingSlots[g].has(slot) || !context.readCell(occurrence.table, occurrence.row.row, col, cell)) continue;
      if (!disagreeing[g].has(unitOf(cell.unit) * slots + slot)) continue;
      let byUnit = byComparable[g].get(key);
      if (!byUnit) byComparable[g].set(key, (byUnit = new Map()));
      const found = { occurrence, col, stated: { value: cell.value, decimals: cell.decimals }, capaianSet: measure === 'capaian' ? set : undefined, what };
      const values = byUnit.get(cell.unit);
      if (values) values.push(found);
      else byUnit.set(cell.unit, [found]);
    }
  }
  return byComparable.map(comparisonsOf);
}

/** One group's values by comparison (key, unit, and indicator where the rows carry several). */
function comparisonsOf(byComparable: Map<string, Map<string, Array<Value & { what: string }>>>): Map<string, Array<Value & { what: string }>> {
  const byKey = new Map<string, Array<Value & { what: string }>>();
  for (const [key, byUnit] of byComparable) for (const [unit, values] of byUnit) byKey.set(`${key}|${unit}`, values);
  // Rows without an indicator join the comparison when the others agree on one indicator; where the
  // others carry several indicators the row cannot be told apart and is left out.
  for (const [key, values] of [...byKey]) {
    const byIdentity = groupBy(values.filter((v) => v.what !== ''), (v) => v.what);
    if (byIdentity.size > 1) {
      byKey.delete(key);
      for (const [what, list] of byIdentity) byKey.set(`${key}|${what}`, list);
    }
  }
  // A name that comes back in one table (a kegiatan and its sub kegiatan of the same name) cannot be
  // told apart: that table's values are left out of the comparison.
  for (const [key, values] of byKey) {
    const perTable = new Map<number, number>();
    for (const v of values) perTable.set(v.occurrence.tableIndex, (perTable.get(v.occurrence.tableIndex) ?? 0) + 1);
    const kept = values.filter((v) => perTable.get(v.occurrence.tableIndex) === 1);
    byKey.set(key, kept);
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
  const perTable: Array<Comparable[] | undefined> = [];
  const comparables = (occurrence: Occurrence): Comparable[] =>
    (perTable[occurrence.tableIndex] ??= comparablesOf(context, occurrence.table));
  for (const byKey of collectAll(context, groups, comparables)) {
    for (const [key, values] of byKey) {
      if (values.every((v) => v.occurrence.tableIndex === values[0].occurrence.tableIndex)) continue;
      const found = clusters(values);
      if (found.length < 2) continue;
      const weight = (v: Value) => (v.capaianSet ? ownRowWeight(context, v.occurrence.table, v.occurrence.row, v.capaianSet) : 1);
      const scores = new Map(found.map((c) => [c, c.reduce((s, v) => s + weight(v), 0)]));
      const ranked = [...found].sort((a, b) => scores.get(b)! - scores.get(a)! || a[0].occurrence.tableIndex - b[0].occurrence.tableIndex);
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
            variant: `${measure.replace('_', ' ')} ${year}`,
            message: message('cross-table', lang, {
              measure: measure.replace('_', ' '),
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
