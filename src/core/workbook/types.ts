/**
 * The workbook snapshot: everything `core` knows about a workbook, handed over by a host
 * (Office.js in Excel, ExcelJS for .xlsx files, or an in-memory grid in tests and preview mode).
 * Nothing in `core` reads Excel; every host fills these types and nothing more.
 */

/** A cell value as the host reports it; null is an empty cell. Error cells (#REF!) arrive as text. */
export type CellValue = string | number | boolean | null;

/** A merged area, zero-based and relative to the sheet (not to the used range), inclusive bounds. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet's used range. `values[r][c]` is the cell at sheet row `origin.row + r`,
 * column `origin.col + c` (zero-based). All four grids have the same shape.
 */
export interface SheetGrid {
  name: string;
  /** Zero-based sheet coordinates of the used range's top-left cell (A1 = {row: 0, col: 0}). */
  origin: { row: number; col: number };
  values: CellValue[][];
  /** What each cell displays (number format applied): a number 98.2456 formatted `0.00` states "98.25". */
  text: string[][];
  /** Whether the cell holds a formula. May be empty ([]) when the host does not know. */
  formulas: boolean[][];
  merges: MergedArea[];
  /** True when the host reports the sheet as protected (marks and fixes cannot be written). */
  protected?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetGrid[];
}
