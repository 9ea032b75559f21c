/**
 * Table recognition over a whole workbook snapshot: regions per sheet, then column roles, row
 * hierarchy, kind, title, year(s) and the "Perubahan" flag for each table (domain.md section 5).
 */
import type { SheetGrid, WorkbookSnapshot } from '../workbook/types';
import { readColumns } from './columns';
import { GridView, normalizeWords } from './grid';
import { readRows } from './hierarchy';
import { classifyTable } from './kind';
import { findRegions } from './regions';
import type { RecognizedTable } from './types';
import { yearIn } from './vocabulary';

export function recognizeSheet(sheet: SheetGrid, view: GridView = new GridView(sheet)): RecognizedTable[] {
  if (sheet.values.length === 0) return [];
  return findRegions(view).map((region) => {
    const columns = readColumns(view, region);
    const rows = readRows(view, region.bodyRows, columns);
    const titleWords = normalizeWords(region.title ?? '');
    const years = [...new Set(columns.map((c) => c.year).filter((y): y is number => y !== undefined))].sort();
    const year = yearIn(titleWords) ?? (years.length === 1 ? years[0] : undefined);
    const headerTexts = columns.map((c) => normalizeWords(c.header)).join(' ');
    // Every table has every field (absent ones undefined, left out of JSON): one shape for the rules' reads.
    return {
      sheet: sheet.name,
      top: region.headerRows[0],
      left: region.left,
      bottom: region.bodyRows[region.bodyRows.length - 1],
      right: region.right,
      kind: classifyTable(region.title, columns),
      title: region.title,
      year,
      years,
      perubahan: /perubahan/.test(titleWords) || /target\s*\d*\s*\(?perubahan/.test(headerTexts),
      headerRows: region.headerRows,
      numberRow: region.numberRow,
      columns,
      rows,
    };
  });
}

/** All tables of a workbook; `views` receives each sheet's GridView so that the checks can reuse it. */
export function recognizeTables(snapshot: WorkbookSnapshot, views?: Map<string, GridView>): RecognizedTable[] {
  return snapshot.sheets.flatMap((sheet) => {
    const view = new GridView(sheet);
    views?.set(sheet.name, view);
    return recognizeSheet(sheet, view);
  });
}
