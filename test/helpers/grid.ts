/** Builds in-memory sheets for tests: rows of cells as a user types them, merges in A1 notation. */
import type { CellValue, SheetGrid, WorkbookSnapshot } from '../../src/core/workbook/types';
import { parseCellAddress } from '../../src/core/workbook/address';

export function sheet(name: string, rows: CellValue[][], merges: string[] = [], origin = { row: 0, col: 0 }): SheetGrid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined || r[i] === '' ? null : r[i])));
  return {
    name,
    origin,
    values,
    text: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    formulas: values.map((r) => r.map(() => false)),
    merges: merges.map((m) => {
      const [a, b] = m.split(':').map((x) => parseCellAddress(x)!);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    }),
  };
}

export function workbook(...sheets: SheetGrid[]): WorkbookSnapshot {
  return { sheets };
}
