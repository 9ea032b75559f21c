/**
 * What every rule sees: the snapshot, the recognised tables, the settings, a grid view per sheet,
 * and each table cell read as a number (sheetNumbers.ts), a text cell with its column's convention,
 * so `97.550` in a column written the English way reads 97.55.
 */
import { memoize } from '../memo';
import { detectColumnConvention, parseAngka } from '../numbers';
import type { ParseContext, ParsedNumber } from '../numbers/types';
import { GridView } from '../tables/grid';
import type { ColumnRole, RecognizedTable } from '../tables/types';
import type { WorkbookSnapshot } from '../workbook/types';
import { linkRows, type Occurrence } from './linking';
import type { Settings } from './settings';
import { SheetNumbers, type CellReading } from './sheetNumbers';
import type { StatedNumber } from './tolerance';

export const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target', 'target_akhir', 'kondisi_awal', 'realisasi', 'capaian', 'kemajuan', 'pagu', 'realisasi_anggaran',
  'serapan', 'sisa', 'efisiensi', 'bobot', 'nilai',
]);

export interface CheckContext {
  snapshot: WorkbookSnapshot;
  tables: RecognizedTable[];
  settings: Settings;
  view(sheet: string): GridView;
  /** The cell read as a number (a text cell's parse is kept while its table is judged; a numeric cell's is rebuilt, which is cheap). */
  number(table: RecognizedTable, row: number, col: number): ParsedNumber;
  /**
   * The cell's stated number, cached: null when blank, nil, a range, not a number, or a malformed or
   * unsettled ambiguous token (number-format reports those; no other rule computes with a guess).
   */
  stated(table: RecognizedTable, row: number, col: number): StatedNumber | null;
  /** The unit written with the cell's number ("60 Orang" -> "orang"), lower case; '' when none. */
  unit(table: RecognizedTable, row: number, col: number): string;
  /** `stated` and `unit` at once, written into `out` (false when the cell states no number): no object per cell. */
  readCell(table: RecognizedTable, row: number, col: number, out: CellReading): boolean;
  /** The convention a column of a table shows consistently, if any. */
  convention(table: RecognizedTable, col: number): 'id' | 'en' | null;
  /** The same named rows linked across tables (computed once, shared by the cross-table rules). */
  links(): Occurrence[][];
  /**
   * Readings of malformed or ambiguous tokens settled by arithmetic ("Sheet!A1" -> value and the
   * total that settles it), written by the total rule and reported by number-format.
   */
  resolutions: Map<string, { value: number; by: string }>;
  /** The report's year: the year most tables name (a table without one is taken to be of it). */
  reportYear?: number;
}

function mostCommonYear(tables: RecognizedTable[]): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables) if (t.year !== undefined) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && year > best)) best = year;
  return best;
}

export function buildContext(
  snapshot: WorkbookSnapshot,
  tables: RecognizedTable[],
  settings: Settings,
  views: Map<string, GridView> = new Map(),
): CheckContext {
  const sheetNumbers = new Map<string, SheetNumbers>();
  const conventions = new Map<RecognizedTable, Map<number, 'id' | 'en' | null>>();
  const view = (name: string): GridView => {
    let v = views.get(name);
    if (!v) {
      const sheet = snapshot.sheets.find((s) => s.name === name);
      if (!sheet) throw new Error(`unknown sheet ${name}`);
      v = new GridView(sheet);
      views.set(name, v);
    }
    return v;
  };
  const convention = (table: RecognizedTable, col: number): 'id' | 'en' | null => {
    let byCol = conventions.get(table);
    if (!byCol) conventions.set(table, (byCol = new Map()));
    const known = byCol.get(col);
    if (known !== undefined) return known;
    const v = view(table.sheet);
    const tokens: string[] = [];
    // Numeric cells count through the text they display: "7,110,083,700" beside a text "980,000" settles it.
    for (const r of table.rows) {
      const value = v.value(r.row, col);
      if (typeof value === 'string') tokens.push(value);
      else if (typeof value === 'number') tokens.push(v.text(r.row, col));
    }
    const found = tokens.length > 0 ? detectColumnConvention(tokens) : null;
    byCol.set(col, found);
    return found;
  };
  // A text cell is parsed with its column's convention, and knowing whether the column holds percentages.
  // Tables repeat their tokens (100%, -, 1 Dokumen): each distinct token is parsed once per such context.
  const parsers = new Map<string, (token: string) => ParsedNumber>();
  const columnParsers = new Map<RecognizedTable, Map<number, (token: string) => ParsedNumber>>();
  const parserOf = (table: RecognizedTable, col: number): ((token: string) => ParsedNumber) => {
    let byCol = columnParsers.get(table);
    if (!byCol) columnParsers.set(table, (byCol = new Map()));
    let parse = byCol.get(col);
    if (!parse) {
      const role = table.columns.find((c) => c.col === col)?.role;
      const context: ParseContext = { convention: convention(table, col) ?? undefined, percentColumn: role === 'capaian' || role === 'serapan' || role === 'kemajuan' };
      const variant = `${context.convention ?? ''}|${context.percentColumn ? '%' : ''}`;
      parse = parsers.get(variant);
      if (!parse) parsers.set(variant, (parse = memoize((text: string) => parseAngka(text, context))));
      byCol.set(col, parse);
    }
    return parse;
  };
  const parseText = (table: RecognizedTable, col: number, token: string | boolean | null): ParsedNumber =>
    typeof token === 'string' ? parserOf(table, col)(token) : parseAngka(token);
  const tablesOf = new Map<string, RecognizedTable[]>();
  for (const table of tables) {
    const ofSheet = tablesOf.get(table.sheet);
    if (ofSheet) ofSheet.push(table);
    else tablesOf.set(table.sheet, [table]);
  }
  // Rules read a table's cells in runs: the last sheet's numbers are kept at hand.
  let lastSheet: string | undefined;
  let lastNumbers: SheetNumbers | undefined;
  const numbersOf = (sheet: string): SheetNumbers => {
    if (sheet === lastSheet) return lastNumbers!;
    let found = sheetNumbers.get(sheet);
    if (!found) sheetNumbers.set(sheet, (found = new SheetNumbers(view(sheet), parseText, tablesOf.get(sheet) ?? [])));
    lastSheet = sheet;
    lastNumbers = found;
    return found;
  };
  const number = (table: RecognizedTable, row: number, col: number): ParsedNumber => numbersOf(table.sheet).number(table, row, col);
  const stated = (table: RecognizedTable, row: number, col: number): StatedNumber | null => numbersOf(table.sheet).stated(table, row, col);
  const unit = (table: RecognizedTable, row: number, col: number): string => numbersOf(table.sheet).unit(table, row, col);
  const readCell = (table: RecognizedTable, row: number, col: number, out: CellReading): boolean => numbersOf(table.sheet).readCell(table, row, col, out);
  let linked: Occurrence[][] | undefined;
  const links = () => (linked ??= linkRows(tables, () => true));
  return { snapshot, tables, settings, view, number, stated, unit, readCell, convention, links, resolutions: new Map(), reportYear: mostCommonYear(tables) };
}
