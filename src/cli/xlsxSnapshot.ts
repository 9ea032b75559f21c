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

function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const merges = readMerges(worksheet);
  // The cells as read, in parallel arrays (no object per cell: a million of those, alive until the grid
  // is built, made the garbage collector the slowest part of the conversion).
  const rows: number[] = [];
  const cols: number[] = [];
  const cellValues: CellValue[] = [];
  const cellTexts: string[] = [];
  const cellFormulas: boolean[] = [];
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
      rows.push(r);
      cols.push(c);
      cellValues.push(read.value);
      cellTexts.push(read.text);
      cellFormulas.push(read.formula);
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
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] - top;
    const c = cols[i] - left;
    values[r][c] = cellValues[i];
    text[r][c] = cellTexts[i];
    formulas[r][c] = cellFormulas[i];
  }
  return { name: worksheet.name, origin: { row: top, col: left }, values, text, formulas, merges, protected: isProtected };
}

/** ExcelJS's own index of a sheet's merged areas, by top-left address (1-based bounds). */
type MergeIndex = Record<string, { top: number; left: number; bottom: number; right: number }>;

function readMerges(worksheet: ExcelJS.Worksheet): MergedArea[] {
  // The index ExcelJS keeps: `worksheet.model` would build the model of every row and cell of the sheet
  // only to list the merges (a tenth of the conversion at 1M cells). The model stays the fallback.
  const index = (worksheet as unknown as { _merges?: MergeIndex })._merges;
  if (index && typeof index === 'object') {
    return Object.values(index).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
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

/** Each format pattern once: whether numfmt can use it (else the cell shows as General). */
const usablePatterns = new Map<string, boolean>();

function usablePattern(numFmt: string | undefined): string {
  const pattern = numFmt && numFmt.length > 0 ? numFmt : 'General';
  if (pattern === 'General') return pattern;
  let valid = usablePatterns.get(pattern);
  if (valid === undefined) {
    try {
      formatNumber(pattern, 0);
      valid = true;
    } catch {
      valid = false;
    }
    usablePatterns.set(pattern, valid);
  }
  return valid ? pattern : 'General';
}

/**
 * The texts already made, per pattern and value: reports repeat their numbers (100, 0, 1 Dokumen's 1)
 * down every table, and numfmt takes most of the conversion's time. Bounded per pattern.
 */
const shownTexts = new Map<string, Map<number, string>>();
const SHOWN_TEXTS_PER_PATTERN = 20_000;
/** A folder of reports may bring many formats: past this many, the texts are forgotten and start anew. */
const SHOWN_PATTERNS = 100;

/** The text Excel shows for a number under its format; the General format when the format is unusable. */
function display(value: number, numFmt: string | undefined): string {
  const pattern = usablePattern(numFmt);
  let texts = shownTexts.get(pattern);
  if (!texts) {
    if (shownTexts.size >= SHOWN_PATTERNS) shownTexts.clear();
    shownTexts.set(pattern, (texts = new Map()));
  }
  let shown = texts.get(value);
  if (shown === undefined) {
    shown = formatNumber(pattern, value);
    if (texts.size >= SHOWN_TEXTS_PER_PATTERN) texts.clear();
    texts.set(value, shown);
  }
  return shown;
}

function excelSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}
