/**
 * Read-only access to one sheet for the recogniser: cell text in sheet coordinates, normalised
 * header words, merged areas looked up by cell, and per-row summaries (how many cells, how many numbers).
 */
import { memoize } from '../memo';
import type { MergedArea, SheetGrid } from '../workbook/types';

export class GridView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /**
   * The merged areas crossing each sheet row, as typed lists: the areas crossing row `firstMergeRow + i`
   * are `sheet.merges[crossing[k]]` for k from `crossingStart[i]` to `crossingStart[i + 1]`. A map of
   * arrays held an object per crossed row, and they outlived the check (seed-001 workload at 1M cells:
   * 28,000 areas crossing 152,000 rows, 11 MB for the garbage collector to copy and mark).
   */
  private readonly firstMergeRow: number;
  private readonly crossingStart: Int32Array;
  private readonly crossing: Int32Array;
  /**
   * Row summaries as five numbers a row (filled, numeric, numbers, first, last) in one typed array: a
   * sheet of 200,000 rows keeps no object per row for the garbage collector to trace.
   */
  private readonly summaries: Int32Array;

  constructor(readonly sheet: SheetGrid) {
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = this.top + sheet.values.length - 1;
    const width = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
    this.right = this.left + width - 1;
    const merges = sheet.merges;
    let firstRow = Infinity;
    let lastRow = -1;
    for (const m of merges) {
      if (m.top < firstRow) firstRow = m.top;
      if (m.bottom > lastRow) lastRow = m.bottom;
    }
    this.firstMergeRow = lastRow < 0 ? 0 : firstRow;
    const rows = Math.max(0, lastRow - this.firstMergeRow + 1);
    // Two passes, counting then placing: each row's areas in the order of sheet.merges.
    this.crossingStart = new Int32Array(rows + 1);
    for (const m of merges) for (let r = m.top; r <= m.bottom; r++) this.crossingStart[r - this.firstMergeRow + 1]++;
    for (let i = 0; i < rows; i++) this.crossingStart[i + 1] += this.crossingStart[i];
    this.crossing = new Int32Array(rows === 0 ? 0 : this.crossingStart[rows]);
    const next = this.crossingStart.slice(0, rows);
    for (let k = 0; k < merges.length; k++) {
      for (let r = merges[k].top; r <= merges[k].bottom; r++) this.crossing[next[r - this.firstMergeRow]++] = k;
    }
    this.summaries = new Int32Array(sheet.values.length * SUMMARY_FIELDS);
    for (let i = 0; i < sheet.values.length; i++) this.summarise(i);
  }

  /** The displayed text of a cell (sheet coordinates), trimmed; '' outside the used range. */
  text(row: number, col: number): string {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.sheet.values.length) return '';
    const shown = this.sheet.text[r]?.[c];
    if (shown !== undefined && shown !== '') return shown.trim();
    const value = this.sheet.values[r]?.[c];
    return value === null || value === undefined ? '' : String(value).trim();
  }

  /** The cell's text in normalizeWords form (remembered per text, not per cell). */
  words(row: number, col: number): string {
    const t = this.text(row, col);
    return t === '' ? '' : normalizeWords(t);
  }

  value(row: number, col: number): string | number | boolean | null {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.sheet.values.length) return null;
    return this.sheet.values[r]?.[c] ?? null;
  }

  isFormula(row: number, col: number): boolean {
    return this.sheet.formulas[row - this.top]?.[col - this.left] ?? false;
  }

  merge(row: number, col: number): MergedArea | undefined {
    const i = row - this.firstMergeRow;
    if (i < 0 || i >= this.crossingStart.length - 1) return undefined;
    for (let k = this.crossingStart[i]; k < this.crossingStart[i + 1]; k++) {
      const m = this.sheet.merges[this.crossing[k]];
      if (col >= m.left && col <= m.right) return m;
    }
    return undefined;
  }

  /** Text of a cell, or of the merged area it belongs to. */
  spannedText(row: number, col: number): string {
    const m = this.merge(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  /** Non-empty cells in the row (sheet coordinates); 0 outside the used range. */
  filled(row: number): number {
    return this.summaryField(row, 0, 0);
  }

  /** Cells holding a number (a numeric value or a digit-bearing token). */
  numeric(row: number): number {
    return this.summaryField(row, 1, 0);
  }

  /** Cells whose value is a number (not text). */
  numbers(row: number): number {
    return this.summaryField(row, 2, 0);
  }

  /** The row's first and last filled column; -1 when the row is blank. */
  first(row: number): number {
    return this.summaryField(row, 3, -1);
  }

  last(row: number): number {
    return this.summaryField(row, 4, -1);
  }

  /** One field of a row's summary, read without an object per call (recognition asks for every row). */
  private summaryField(row: number, field: number, outside: number): number {
    const r = row - this.top;
    return r < 0 || r >= this.sheet.values.length ? outside : this.summaries[r * SUMMARY_FIELDS + field];
  }

  /** No cell of the row within [left, right] shows anything (answered from the row summary where it can be). */
  blankBetween(row: number, left: number, right: number): boolean {
    if (this.filled(row) === 0) return true;
    const first = this.first(row);
    const last = this.last(row);
    if (last < left || first > right) return true;
    // The row's first or last filled cell inside the span settles it without reading cells.
    if ((first >= left && first <= right) || (last >= left && last <= right)) return false;
    for (let c = left; c <= right; c++) if (this.text(row, c) !== '') return false;
    return true;
  }

  /** Writes the summary of the used range's row `r` (zero-based) into `summaries`. */
  private summarise(r: number): void {
    const values = this.sheet.values[r];
    let filled = 0;
    let numeric = 0;
    let numbers = 0;
    let first = -1;
    let last = -1;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === '') continue;
      const col = this.left + i;
      if (typeof v === 'string' && v.trim() === '') continue;
      filled++;
      if (first < 0) first = col;
      last = col;
      if (typeof v === 'number') numbers++;
      if (typeof v === 'number' || (typeof v === 'string' && startsWithNumber(v))) numeric++;
    }
    const at = r * SUMMARY_FIELDS;
    this.summaries[at] = filled;
    this.summaries[at + 1] = numeric;
    this.summaries[at + 2] = numbers;
    this.summaries[at + 3] = first;
    this.summaries[at + 4] = last;
  }
}

const SUMMARY_FIELDS = 5;

/**
 * A token that begins as a number does, after spaces, brackets, signs and an optional "Rp" ("(12,5)",
 * "Rp. 1.000", "-3"): what /^[\s(+-]*(rp\.?\s*)?\d/i tells, by one scan (it runs for every text cell).
 */
export function startsWithNumber(text: string): boolean {
  let i = 0;
  let ch = text.charCodeAt(0);
  // white space, "(", "+", "-"
  while (ch === 40 || ch === 43 || ch === 45 || isSpace(text, i, ch)) ch = text.charCodeAt(++i);
  if (ch === 82 || ch === 114) {
    const p = text.charCodeAt(i + 1);
    if (p !== 80 && p !== 112) return false;
    i += 2;
    if (text.charCodeAt(i) === 46) i++;
    ch = text.charCodeAt(i);
    while (isSpace(text, i, ch)) ch = text.charCodeAt(++i);
  }
  return ch >= 48 && ch <= 57;
}

/** Whether text[i] (code `ch`) is white space as \s reads it; the common ones without the expression. */
function isSpace(text: string, i: number, ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13) || ch === 160 || (ch > 160 && /\s/.test(text[i]));
}

/**
 * Lower case, single spaces, no spaces around `/`: the form header words are compared in. Remembered,
 * in a small memory: a report's headers and names come back table after table (the seed-001 workload
 * asks 959k times for 389 texts), while a DPA sheet's names are mostly unique (the hierarchy workload:
 * 250k texts of 375k asks), and a memory of 100,000 of them cost more to fill than it saved (its
 * recognition: 225-243 -> 193-204 ms at 1M cells with 10,000).
 */
export const normalizeWords = memoize(normalize, 10_000);

/** What normalize would change besides the case: white space other than one plain space, `/`, ends to trim. */
const NEEDS_SPACING = /[^\S ]|\s{2}|^\s|\s$|\//;

function normalize(text: string): string {
  if (!NEEDS_SPACING.test(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}
