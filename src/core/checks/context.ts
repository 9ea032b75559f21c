/**
 * What every rule sees: the snapshot, the recognised tables, the settings, a grid view per sheet,
 * and each table cell read as a number once (with its column's convention, so `97.550` in a column
 * written the English way reads 97.55). Numeric cells are read from their value with the decimals
 * they display, since a number shown as 98.25 states 98.25 whatever it holds.
 */
import { detectColumnConvention, parseAngka } from '../numbers';
import type { ParsedNumber } from '../numbers/types';
import { GridView } from '../tables/grid';
import type { ColumnRole, RecognizedTable } from '../tables/types';
import type { WorkbookSnapshot } from '../workbook/types';
import { linkRows, type Occurrence } from './linking';
import type { Settings } from './settings';

export const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target', 'target_akhir', 'kondisi_awal', 'realisasi', 'capaian', 'kemajuan', 'pagu', 'realisasi_anggaran',
  'serapan', 'sisa', 'efisiensi', 'bobot', 'nilai',
]);

export interface CheckContext {
  snapshot: WorkbookSnapshot;
  tables: RecognizedTable[];
  settings: Settings;
  view(sheet: string): GridView;
  /** The cell read as a number, cached. */
  number(table: RecognizedTable, row: number, col: number): ParsedNumber;
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

/**
 * Decimals a number shows in its displayed text (`98,25` or `98.25` -> 2, `1.234.567` -> 0), read by
 * one scan from the end: this runs for every numeric cell a rule looks at.
 */
function displayedDecimals(value: number, text: string): number {
  let digitsAfter = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) digitsAfter++;
    else if (ch === 46 || ch === 44) {
      // A separator followed by 3 digits is a thousands mark when the value is an integer that large.
      if (digitsAfter === 3 && Number.isInteger(value) && Math.abs(value) >= 1000) return 0;
      return digitsAfter;
    }
  }
  return 0;
}

const NO_FLAGS = Object.freeze({
  ambiguous: false, malformed: false, textStored: false, composite: false, range: false, nil: false, percent: false, currency: false,
});
const PERCENT_FLAGS = Object.freeze({ ...NO_FLAGS, percent: true });

/** A numeric cell as it states itself: the value rounded to the decimals it displays (1.0076 shown 100.76% is 100.76). */
function readNumericCell(value: number, text: string): ParsedNumber {
  const percent = text.indexOf('%') >= 0;
  let number = value;
  // Only when the shown number is the value x 100: a format such as 0.00"%" shows 1.01% for 1.0076.
  if (percent && Math.abs(value) < 20) {
    const shownPercent = Number(text.replace(/[^\d.,-]/g, '').replace(',', '.'));
    if (Math.abs(shownPercent - value * 100) < 1) number = value * 100;
  }
  const decimals = text === '' ? decimalsOfValue(number) : displayedDecimals(number, text);
  const shown = text === '' || decimals > 15 ? number : Number(number.toFixed(decimals));
  return { value: shown, decimals, convention: 'plain', flags: percent ? PERCENT_FLAGS : NO_FLAGS, alternatives: [], raw: text };
}

function decimalsOfValue(n: number): number {
  return Number.isInteger(n) ? 0 : parseAngka(n).decimals;
}

/**
 * A count with its unit ("1.358 KK", "175.000 Orang"): a fraction of a household is no reading, so the
 * whole-number (Indonesian thousands) reading settles the ambiguity.
 */
function settleCounts(parsed: ParsedNumber): ParsedNumber {
  if (!parsed.flags.composite || !parsed.flags.ambiguous || !parsed.label || parsed.flags.percent) return parsed;
  const whole = parsed.alternatives.find((a) => Number.isInteger(a) && a >= 1000);
  if (whole === undefined) return parsed;
  return { ...parsed, value: whole, decimals: 0, convention: 'id', flags: { ...parsed.flags, ambiguous: false }, alternatives: [] };
}

export function buildContext(
  snapshot: WorkbookSnapshot,
  tables: RecognizedTable[],
  settings: Settings,
  views: Map<string, GridView> = new Map(),
): CheckContext {
  // Caches keyed per sheet by row * 16384 + col (Excel's column limit), without building strings per cell.
  const numbers = new Map<string, Map<number, ParsedNumber>>();
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
  const number = (table: RecognizedTable, row: number, col: number): ParsedNumber => {
    let sheetNumbers = numbers.get(table.sheet);
    if (!sheetNumbers) numbers.set(table.sheet, (sheetNumbers = new Map()));
    const key = row * 16384 + col;
    let parsed = sheetNumbers.get(key);
    if (!parsed) {
      const v = view(table.sheet);
      const value = v.value(row, col);
      if (typeof value === 'number') parsed = readNumericCell(value, v.text(row, col));
      else {
        const role = table.columns.find((c) => c.col === col)?.role;
        const percentColumn = role === 'capaian' || role === 'serapan' || role === 'kemajuan';
        parsed = settleCounts(parseAngka(value, { convention: convention(table, col) ?? undefined, percentColumn }));
      }
      sheetNumbers.set(key, parsed);
    }
    return parsed;
  };
  let linked: Occurrence[][] | undefined;
  const links = () => (linked ??= linkRows(tables, () => true));
  return { snapshot, tables, settings, view, number, convention, links, resolutions: new Map(), reportYear: mostCommonYear(tables) };
}
