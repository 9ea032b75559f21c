/**
 * Finds where tables are on a sheet: header blocks (one to four header rows and an optional
 * column-number row), the column span, the body below them (ending at a blank row, a "Sumber :" line,
 * a new title or a different header), page-break copies of the header inside the body, and the title above.
 */
import { readColumnNumber } from './columnNumbers';
import { GridView, normalizeWords } from './grid';
import { isColumnNumberCell, isSourceLine, isTitleLine, isTotalLabel, isYearOnly, leafRole } from './vocabulary';

export interface Region {
  headerRows: number[];
  numberRow?: number;
  /** Rows of the body (data, total and average rows), page-break header copies excluded. */
  bodyRows: number[];
  left: number;
  right: number;
  titleRow?: number;
  title?: string;
}

const MAX_HEADER_CELL_LENGTH = 60;

/** How strongly a row reads as a header row: distinct roles named by short cells, few data numbers. */
function headerStrength(view: GridView, row: number): number {
  const filled = view.filled(row);
  const numbers = view.numbers(row);
  // Most rows are data: two or more numbers, or fewer than two words cells, end it here.
  if (filled < 2 || filled - numbers < 2) return 0;
  const first = view.first(row);
  const last = view.last(row);
  // Data numbers first (a year is a header word): a data row ends here before any text is normalised.
  if (numbers > 1) {
    let dataNumbers = 0;
    for (let c = first; c <= last && dataNumbers <= 1; c++) {
      const value = view.value(row, c);
      if (typeof value !== 'number') continue;
      const mayBeYear = Number.isInteger(value) && value >= 1900 && value <= 2099;
      if (!mayBeYear || !isYearOnly(view.words(row, c))) dataNumbers++;
    }
    if (dataNumbers > 1) return 0;
  }
  const roles = new Set<string>();
  let vocabulary = 0;
  for (let c = first; c <= last; c++) {
    const words = view.words(row, c);
    if (words === '' || words.length > MAX_HEADER_CELL_LENGTH || isQuantity(words)) continue;
    const role = leafRole(words.replace(/^\(?\d{1,2}\)?\s*(=\s*\S+\s*)?/, ''));
    if (role) {
      vocabulary++;
      roles.add(role);
    }
  }
  if (roles.size >= 2 || vocabulary >= 3) return vocabulary;
  return 0;
}

/**
 * A number written with its unit ("3 kegiatan", "75 nilai", "12,5 persen"): a value of a body row,
 * although its unit may be a header word (a target row of "3 Kegiatan" in every year is no header). A
 * column number leading a header is written in brackets or declares a formula ("(4) target", "7=6/3");
 * a year leading a text stays a header ("2024 target").
 */
function isQuantity(words: string): boolean {
  const first = words.charCodeAt(0);
  // Most cells begin with a letter: told by one character, before any expression runs.
  if (first < 48 || first > 57) return false;
  return /^\d[\d.,]*\s+[^\s=(]/.test(words) && !/^(19|20)\d\d\b/.test(words);
}

function isColumnNumberRow(view: GridView, row: number, left: number, right: number): boolean {
  let numbers = 0;
  let filled = 0;
  let previous = 0;
  let increasing = true;
  for (let c = left; c <= right; c++) {
    const words = view.words(row, c);
    if (words === '') continue;
    filled++;
    if (!isColumnNumberCell(words)) continue;
    numbers++;
    // Columns are numbered upwards (1, 2, 3 ...): a row of counts such as 1 | 0 | 1 | 0 is data.
    const number = readColumnNumber(words)?.number ?? 0;
    if (number <= previous) increasing = false;
    previous = number;
  }
  return increasing && filled >= 2 && numbers >= Math.max(2, Math.ceil(filled * 0.7));
}

/** Header texts of a row, for recognising a page-break copy of the same header. */
function rowSignature(view: GridView, row: number, left: number, right: number): string {
  const parts: string[] = [];
  for (let c = left; c <= right; c++) parts.push(view.words(row, c));
  return parts.join('|');
}

/** The column span of a header block, merged areas included. */
function headerSpan(view: GridView, rows: number[]): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (const r of rows) {
    if (view.filled(r) === 0) continue;
    left = Math.min(left, view.first(r));
    right = Math.max(right, view.last(r));
    for (let c = view.first(r); c <= view.last(r); c++) {
      const m = view.merge(r, c);
      if (m) {
        left = Math.min(left, m.left);
        right = Math.max(right, m.right);
      }
    }
  }
  return { left, right };
}

function findTitle(view: GridView, headerTop: number, left: number, right: number, floor: number): { row: number; text: string } | undefined {
  for (let r = headerTop - 1, blanks = 0; r >= floor && r >= view.top; r--) {
    const filled = view.filled(r);
    if (filled === 0) {
      if (++blanks > 2) return undefined;
      continue;
    }
    if (filled > 2 || view.last(r) < left - 1 || view.first(r) > right) return undefined;
    const text = view.text(r, view.first(r));
    const words = normalizeWords(text);
    if (isSourceLine(words)) return undefined;
    if (isTitleLine(words) || text.length >= 12) return { row: r, text };
    return undefined;
  }
  return undefined;
}

export function findRegions(view: GridView): Region[] {
  const regions: Region[] = [];
  let row = view.top;
  let floor = view.top;
  while (row <= view.bottom) {
    if (headerStrength(view, row) === 0) {
      row++;
      continue;
    }
    const region = readRegion(view, row, floor);
    if (region && region.bodyRows.length > 0) {
      regions.push(region);
      const last = Math.max(region.bodyRows[region.bodyRows.length - 1], ...region.headerRows);
      row = last + 1;
      floor = row;
    } else {
      row++;
    }
  }
  return regions;
}

function readRegion(view: GridView, start: number, floor: number): Region | null {
  const headerRows = [start];
  let r = start + 1;
  while (r <= view.bottom && headerRows.length < 4) {
    if (headerStrength(view, r) > 0 || isGroupContinuation(view, r, headerRows)) {
      headerRows.push(r);
      r++;
    } else break;
  }
  let { left, right } = headerSpan(view, headerRows);
  if (!Number.isFinite(left)) return null;
  let numberRow: number | undefined;
  if (r <= view.bottom && isColumnNumberRow(view, r, left, right)) {
    numberRow = r;
    r++;
  }
  const signatures = new Set(headerRows.map((h) => rowSignature(view, h, left, right)));
  const numberSignature = numberRow !== undefined ? rowSignature(view, numberRow, left, right) : undefined;
  const headerStarts = new Set([...headerRows, ...(numberRow !== undefined ? [numberRow] : [])].map((h) => view.words(h, Math.max(view.first(h), left))));
  // The initials a body row's first words need to start a header copy, a source line or a title: a
  // row starting otherwise (a code, a number, most names) is not normalised for those tests.
  const initials = new Set([...headerStarts].map((w) => w.charCodeAt(0)).concat([...'stlprm'].map((c) => c.charCodeAt(0))));
  const bodyRows: number[] = [];
  for (; r <= view.bottom; r++) {
    if (view.blankBetween(r, left, right)) break;
    const firstText = view.text(r, Math.max(view.first(r), left));
    if (firstText === '' || mayStartWith(firstText, initials)) {
      // Page-break copies of the header (or of the column-number row) are skipped; only rows that
      // start like one are compared in full.
      const firstWords = firstText === '' ? '' : normalizeWords(firstText);
      if (headerStarts.has(firstWords)) {
        const signature = rowSignature(view, r, left, right);
        if (signatures.has(signature) || signature === numberSignature) continue;
      }
      if (isSourceLine(firstWords)) break;
      if (view.filled(r) === 1 && isTitleLine(firstWords) && !isTotalLabel(firstWords)) break;
    }
    // A new table glued on without a blank row: only a strong header row ends the body.
    if (headerStrength(view, r) >= 3 && bodyRows.length > 0) break;
    bodyRows.push(r);
  }
  if (bodyRows.length > 0) {
    const extent = bodySpan(view, bodyRows, left, right);
    left = extent.left;
    right = extent.right;
  }
  const title = findTitle(view, headerRows[0], left, right, floor);
  return { headerRows, numberRow, bodyRows, left, right, titleRow: title?.row, title: title?.text };
}

/** Whether a text's normalised words may start with one of `initials` (char codes, lower case): a non-ASCII initial may. */
function mayStartWith(text: string, initials: ReadonlySet<number>): boolean {
  const code = text.charCodeAt(0);
  if (code > 127) return true;
  return initials.has(code >= 65 && code <= 90 ? code + 32 : code);
}

/** A header row with no vocabulary of its own that sits under group cells (`TARGET | REALISASI | %` variants). */
function isGroupContinuation(view: GridView, row: number, headerRows: number[]): boolean {
  const previous = headerRows[headerRows.length - 1];
  if (view.filled(row) === 0) return false;
  if (view.numeric(row) > 0) {
    // Year rows (2021 | 2022 | ...) are numeric but still headers.
    for (let c = view.first(row); c <= view.last(row); c++) {
      const t = view.text(row, c);
      if (t !== '' && !isYearOnly(normalizeWords(t))) return false;
    }
    return true;
  }
  // Cells of this row sit below a horizontally merged cell of the previous header row.
  for (let c = view.first(row); c <= view.last(row); c++) {
    const m = view.merge(previous, c);
    if (view.text(row, c) !== '' && m && m.right > m.left) return true;
  }
  return false;
}

/** Widens the span to body columns that hold data right next to it (headers left blank at the edges). */
function bodySpan(view: GridView, bodyRows: number[], left: number, right: number): { left: number; right: number } {
  const needed = Math.max(1, bodyRows.length / 2);
  // Whether at least half the body rows fill column c, read only until that is settled either way.
  const mostlyFilled = (c: number) => {
    let filled = 0;
    for (let i = 0; i < bodyRows.length; i++) {
      if (view.text(bodyRows[i], c) !== '') filled++;
      if (filled >= needed) return true;
      if (filled + (bodyRows.length - i - 1) < needed) return false;
    }
    return false;
  };
  while (right + 1 <= view.right && mostlyFilled(right + 1)) right++;
  while (left - 1 >= view.left && mostlyFilled(left - 1)) left--;
  return { left, right };
}
