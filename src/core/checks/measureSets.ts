/**
 * Groups a table's columns into measure sets: the target, realisasi, capaian, kategori, pagu,
 * realisasi anggaran, serapan, sisa, efisiensi, target akhir and kemajuan columns that belong
 * together (one set per year group in multi-year tables), and reads stated numbers from cells.
 */
import type { ColumnRole, RecognizedTable, TableColumn, TableRow } from '../tables/types';
import type { CheckContext } from './context';
import type { StatedNumber } from './tolerance';

export type SetRole = Extract<
  ColumnRole,
  'target' | 'realisasi' | 'capaian' | 'kategori' | 'pagu' | 'realisasi_anggaran' | 'serapan' | 'sisa' | 'efisiensi' | 'target_akhir' | 'kemajuan' | 'arah' | 'satuan' | 'nilai'
>;

const SET_ROLES: ReadonlySet<string> = new Set<SetRole>([
  'target', 'realisasi', 'capaian', 'kategori', 'pagu', 'realisasi_anggaran', 'serapan', 'sisa', 'efisiensi', 'target_akhir', 'kemajuan', 'arah', 'satuan', 'nilai',
]);

export type MeasureSet = Partial<Record<SetRole, TableColumn>> & { year?: number };

/** Columns shared by every year group (arah, satuan, target akhir, kemajuan) join each set. */
const SHARED: SetRole[] = ['arah', 'satuan', 'target_akhir', 'kemajuan'];

const TOTAL = /total|jumlah/i;

const setsCache = new WeakMap<RecognizedTable, MeasureSet[]>();

/** The table's measure sets (computed once per table: every rule asks). */
export function measureSets(table: RecognizedTable): MeasureSet[] {
  let sets = setsCache.get(table);
  if (!sets) setsCache.set(table, (sets = buildMeasureSets(table)));
  return sets;
}

function buildMeasureSets(table: RecognizedTable): MeasureSet[] {
  const byYear = new Map<string, MeasureSet>();
  const shared: MeasureSet = {};
  for (const column of table.columns) {
    if (!SET_ROLES.has(column.role)) continue;
    const role = column.role as SetRole;
    if (SHARED.includes(role)) {
      shared[role] ??= column;
      continue;
    }
    const key = column.year === undefined ? '' : String(column.year);
    let set = byYear.get(key);
    if (!set) {
      set = column.year === undefined ? {} : { year: column.year };
      byYear.set(key, set);
    }
    // Of several targets (murni, perubahan) or pagu (sebelum, sesudah perubahan), the one nearest before
    // its realisasi counts. An output column seen before any of its inputs (a sasaran-level capaian left of
    // the indikator columns) gives way to the one after them.
    if (role === 'target' && set.target && !set.realisasi) set.target = column;
    else if (role === 'pagu' && set.pagu && !set.realisasi_anggaran) set.pagu = column;
    // Of a budget split (belanja operasi | modal | total), the total realisasi and serapan stand for the row.
    else if ((role === 'realisasi_anggaran' || role === 'serapan') && set[role] && TOTAL.test(column.header) && !TOTAL.test(set[role]!.header)) set[role] = column;
    else if (role === 'capaian' && set.capaian && !(set.capaian.col > (set.realisasi?.col ?? Infinity))) set.capaian = column;
    else set[role] ??= column;
  }
  const sets = [...byYear.values()];
  if (sets.length === 0 && Object.keys(shared).length > 0) sets.push({});
  for (const set of sets) for (const role of SHARED) if (shared[role] && !set[role]) set[role] = shared[role];
  return sets;
}

/** The stated number of a cell (see CheckContext.stated), or null when there is no column. */
export function statedAt(context: CheckContext, table: RecognizedTable, row: number, col: number | undefined): StatedNumber | null {
  return col === undefined ? null : context.stated(table, row, col);
}

/** The row's text in the table's Satuan column, lower case; '' when the table has none. */
export function satuanAt(context: CheckContext, table: RecognizedTable, row: number): string {
  const satuan = table.columns.find((c) => c.role === 'satuan');
  return satuan ? context.view(table.sheet).text(row, satuan.col).toLowerCase() : '';
}

/** A unit that means a percentage: "%", "persen", "prosen". */
export function isPercentUnit(unit: string): boolean {
  return /%|persen|prosen/i.test(unit);
}

/** The cell's displayed text, for `stated` in findings. */
export function shownAt(context: CheckContext, table: RecognizedTable, row: number, col: number): string {
  return context.view(table.sheet).text(row, col);
}

export function isDataRow(row: TableRow): boolean {
  return row.level !== 'total' && row.level !== 'average';
}
