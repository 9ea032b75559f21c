/** A1 addressing: zero-based (row, col) to and from "A1", "Sheet!A1" and ranges "A1:H12". */
import { memoize } from '../memo';

/** Column letters computed once per column: every finding names its cell. */
const letters: string[] = [];

export function columnLetter(col: number): string {
  return (letters[col] ??= computeColumnLetter(col));
}

function computeColumnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** Quotes a sheet name when Excel requires it ("Tabel 3.2" -> "'Tabel 3.2'"), remembered per name. */
export const quoteSheetName = memoize((name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`,
);

/** Joined, not concatenated: a finding keeps its addresses, and a joined one is a single flat string. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return [quoteSheetName(sheet), '!', cellAddress(row, col)].join('');
}

/** Parses "B7" into zero-based coordinates; returns null for anything else. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Splits "'Tabel 3.2'!B7" or "Capaian!B7" into sheet and cell. */
export function parseQualifiedAddress(address: string): { sheet: string; row: number; col: number } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = parseCellAddress(address.slice(bang + 1));
  return cell ? { sheet, ...cell } : null;
}
