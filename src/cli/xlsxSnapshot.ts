/**
 * Reads an .xlsx file into a WorkbookSnapshot with ExcelJS: per sheet the used range's values, the text
 * each cell displays (its number format applied with numfmt), which cells hold formulas, and the merged
 * areas. Merged cells other than the top-left one are reported empty, as Excel reports them.
 * Files that cannot be read raise a SnapshotReadError with a reason the CLI shows as one line.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { format as formatNumber } from 'numfmt';
import type { CellValue, MergedArea, SheetGrid, WorkbookSnapshot } from '../core/workbook/types';
import { parseCellAddress } from '../core/workbook/address';

export type SnapshotErrorReason = 'not-found' | 'too-large' | 'encrypted' | 'not-xlsx' | 'corrupt' | 'empty';

export class SnapshotReadError extends Error {
  constructor(
    readonly reason: SnapshotErrorReason,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${reason}: ${file}${detail ? ` (${detail})` : ''}`);
  }
}

export interface ReadOptions {
  /** Files above this size are refused before reading (bytes). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return magic.every((byte, i) => buffer[i] === byte);
}

/** Loads the file, refusing what is not an .xlsx before ExcelJS sees it. */
export async function readWorkbookFile(file: string, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new SnapshotReadError('not-found', file);
  }
  if (!stat.isFile()) throw new SnapshotReadError('not-found', file);
  if (stat.size > maxBytes) throw new SnapshotReadError('too-large', file, `${stat.size} > ${maxBytes}`);
  const buffer = await fs.readFile(file);
  if (startsWith(buffer, OLE_MAGIC)) throw new SnapshotReadError('encrypted', file);
  if (!startsWith(buffer, ZIP_MAGIC)) throw new SnapshotReadError('not-xlsx', file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new SnapshotReadError('corrupt', file, (error as Error).message);
  }
  const snapshot = snapshotFromWorkbook(workbook);
  if (snapshot.sheets.every((sheet) => sheet.values.length === 0)) throw new SnapshotReadError('empty', file);
  return snapshot;
}

export function snapshotFromWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(sheetGrid) };
}

interface ReadCell {
  row: number;
  col: number;
  value: CellValue;
  text: string;
  formula: boolean;
}

function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const merges = readMerges(worksheet);
  const cells: ReadCell[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const read = readCell(cell);
      if (read.value === null && read.text === '') return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ row: r, col: c, ...read });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  const isProtected = Boolean((worksheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  if (bottom < 0) {
    return { name: worksheet.name, origin: { row: 0, col: 0 }, values: [], text: [], formulas: [], merges, protected: isProtected };
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formulas: boolean[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(new Array<CellValue>(width).fill(null));
    text.push(new Array<string>(width).fill(''));
    formulas.push(new Array<boolean>(width).fill(false));
  }
  for (const cell of cells) {
    const r = cell.row - top;
    const c = cell.col - left;
    values[r][c] = cell.value;
    text[r][c] = cell.text;
    formulas[r][c] = cell.formula;
  }
  return { name: worksheet.name, origin: { row: top, col: left }, values, text, formulas, merges, protected: isProtected };
}

function readMerges(worksheet: ExcelJS.Worksheet): MergedArea[] {
  const ranges = ((worksheet.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  const merges: MergedArea[] = [];
  for (const range of ranges) {
    const [from, to] = range.split(':');
    const a = parseCellAddress(from);
    const b = parseCellAddress(to ?? from);
    if (a && b) merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return merges;
}

type RawValue = ExcelJS.CellValue;

function readCell(cell: ExcelJS.Cell): { value: CellValue; text: string; formula: boolean } {
  const raw = cell.value as RawValue;
  if (raw === null || raw === undefined) return { value: null, text: '', formula: false };
  if (typeof raw === 'number') return { value: raw, text: display(raw, cell.numFmt), formula: false };
  if (typeof raw === 'string') return { value: raw, text: raw, formula: false };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE', formula: false };
  if (raw instanceof Date) {
    const serial = excelSerial(raw);
    return { value: serial, text: display(serial, cell.numFmt || 'yyyy-mm-dd'), formula: false };
  }
  const object = raw as unknown as Record<string, unknown>;
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object.result as RawValue | { error: string } | undefined;
    const inner = readResult(result, cell.numFmt);
    return { ...inner, formula: true };
  }
  if ('richText' in object) {
    const textValue = (object.richText as Array<{ text: string }>).map((part) => part.text).join('');
    return { value: textValue, text: textValue, formula: false };
  }
  if ('error' in object) {
    const errorText = String(object.error);
    return { value: errorText, text: errorText, formula: false };
  }
  if ('text' in object) {
    const linkText = String(object.text);
    return { value: linkText, text: linkText, formula: false };
  }
  return { value: null, text: '', formula: false };
}

function readResult(result: unknown, numFmt: string | undefined): { value: CellValue; text: string } {
  if (result === null || result === undefined) return { value: null, text: '' };
  if (typeof result === 'number') return { value: result, text: display(result, numFmt) };
  if (typeof result === 'string') return { value: result, text: result };
  if (typeof result === 'boolean') return { value: result, text: result ? 'TRUE' : 'FALSE' };
  if (result instanceof Date) {
    const serial = excelSerial(result);
    return { value: serial, text: display(serial, numFmt || 'yyyy-mm-dd') };
  }
  if (typeof result === 'object' && 'error' in (result as object)) {
    const errorText = String((result as { error: unknown }).error);
    return { value: errorText, text: errorText };
  }
  return { value: null, text: '' };
}

const formatCache = new Map<string, boolean>();

/** The text Excel shows for a number under its format; the General format when the format is unusable. */
function display(value: number, numFmt: string | undefined): string {
  const pattern = numFmt && numFmt.length > 0 ? numFmt : 'General';
  if (pattern === 'General') return formatNumber('General', value);
  let valid = formatCache.get(pattern);
  if (valid === undefined) {
    try {
      formatNumber(pattern, 0);
      valid = true;
    } catch {
      valid = false;
    }
    formatCache.set(pattern, valid);
  }
  return formatNumber(valid ? pattern : 'General', value);
}

function excelSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}
