/**
 * Arguments of the SAKIP custom functions, and the one place where a failure becomes an Excel error.
 *
 * Excel hands a custom function numbers, text ("98,24", "Rp. 5.021.140.500,-"), booleans, null
 * for an omitted optional argument, and matrices for range parameters. Text is read by
 * core/numbers (`parseAngka`), so a cell function reads a number exactly as the checks do
 * (domain.md section 2). Failures are `MeasureError`s, the vocabulary of core/measures, and
 * `toExcelError` turns every one into the matching Excel error (design.md section 3):
 *   DIV0 -> #DIV/0! (target, pagu or serapan 0), VALUE -> #VALUE! (text that is not a number, an
 *   ambiguous or malformed number, an unknown option or preset), NA -> #N/A (a value in no band,
 *   efisiensi selisih below 100 %, a blank or nil "-" argument: no value, not zero).
 */

import { MeasureError, parseScaleRows } from '../core/measures';
import type { KategoriScale } from '../core/measures';
import { parseAngka } from '../core/numbers';
import type { ParseContext } from '../core/numbers';
import { excelError } from './excelError';
import type { ExcelErrorCode } from './excelError';

const EXCEL_CODE: Record<MeasureError['code'], ExcelErrorCode> = {
  DIV0: '#DIV/0!',
  VALUE: '#VALUE!',
  NA: '#N/A',
};

/**
 * The error a SAKIP function throws for `error`: a `MeasureError` becomes the matching Excel error
 * with its message; anything else (a bug) is rethrown as it is. Each wrapper calls it from its own
 * catch block rather than through a helper taking a closure: the closure cost 6 ns per call in the
 * bundle (npm run bench), as much as the whole computation.
 */
export function toExcelError(error: unknown): unknown {
  return error instanceof MeasureError ? excelError(EXCEL_CODE[error.code], error.message) : error;
}

/** Excel's rich values (formatted numbers, data types) carry the plain value in `basicValue`. */
function basicValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'basicValue' in value
    ? (value as { basicValue: unknown }).basicValue
    : value;
}

/** A number as an Indonesian reader reads it unambiguously: no thousands separator, decimal comma. */
function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

function quoted(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value).toUpperCase();
}

/**
 * The number in an argument: a number as it is, text read by `parseAngka` (`context` tells it the
 * argument is a percentage). `name` names the argument in the messages ("Target", "Pagu", ...).
 * A composite cell ("BB (75,50)", "4 Dokumen") gives its number; a range, an ambiguous or a
 * malformed number is refused rather than guessed. The common case, a finite number, is tested
 * first in a function small enough for the JIT to inline (npm run bench measures it).
 */
export function toNumber(value: unknown, name: string, context?: ParseContext): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : readNumber(value, name, context);
}

function readNumber(value: unknown, name: string, context?: ParseContext): number {
  const plain = basicValue(value);
  if (plain === null || plain === undefined || (typeof plain === 'string' && plain.trim() === '')) {
    throw new MeasureError('NA', `${name} kosong: tidak ada nilai (kosong bukan nol)`);
  }
  if (typeof plain === 'number') {
    if (Number.isFinite(plain)) return plain;
    throw new MeasureError('VALUE', `${name} bukan angka: ${String(plain)}`);
  }
  if (typeof plain !== 'string') {
    throw new MeasureError('VALUE', `${name} bukan angka: ${quoted(plain)}`);
  }
  const parsed = parseAngka(plain, context);
  const { flags } = parsed;
  if (flags.nil) {
    throw new MeasureError('NA', `${name} bernilai nihil ("${parsed.raw}"): tidak ada nilai`);
  }
  if (flags.range && parsed.range) {
    throw new MeasureError('VALUE', `${name} berupa rentang (${decimalComma(parsed.range.low)} sampai ${decimalComma(parsed.range.high)}), bukan satu angka: "${parsed.raw}"`);
  }
  if (flags.malformed) {
    throw new MeasureError('VALUE', `${name}: format angka tidak jelas: "${parsed.raw}"`);
  }
  if (flags.ambiguous) {
    const readings = [...new Set([parsed.value, ...parsed.alternatives])]
      .filter((v): v is number => v !== null)
      .map(decimalComma);
    throw new MeasureError('VALUE', `${name}: "${parsed.raw}" bermakna ganda: ${readings.join(' atau ')}? Tulis salah satunya, tanpa titik ribuan`);
  }
  if (parsed.value === null) {
    throw new MeasureError('VALUE', `${name} bukan angka: "${parsed.raw}"`);
  }
  return parsed.value;
}

/** An optional text option (arah, rumus, metode): omitted or blank -> undefined; otherwise trimmed text. */
export function toOption(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : readOption(value);
}

function readOption(value: unknown): string | undefined {
  const plain = basicValue(value);
  if (plain === null || plain === undefined) return undefined;
  const text = String(plain).trim();
  return text === '' ? undefined : text;
}

function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || String(cell).trim() === '';
}

function hasDigit(cell: unknown): boolean {
  return /\d/.test(String(cell ?? ''));
}

/**
 * The `skala` argument of KATEGORI: omitted -> undefined (the default scale); one cell -> a preset
 * name; a range of two columns -> the user's own scale table, label and bounds text in either
 * order ("Sangat Tinggi" | "91% ≤ 100%"), a header row tolerated. The bounds column is the one
 * whose cells hold numbers; a first row with no number in it is the header.
 */
export function toScale(range: unknown[][] | null | undefined): KategoriScale | string | undefined {
  if (range === null || range === undefined) return undefined;
  const rows = range.map((row) => row.map(basicValue)).filter((row) => !row.every(isBlank));
  if (rows.length === 0) return undefined;
  if (rows.length === 1 && rows[0].length === 1) {
    const name = rows[0][0];
    if (typeof name !== 'string') {
      throw new MeasureError('VALUE', `Skala harus nama skala (permendagri86, baik, tercapai) atau rentang tabel skala, bukan ${quoted(name)}`);
    }
    return name;
  }
  if (rows.some((row) => row.length !== 2)) {
    throw new MeasureError('VALUE', 'Rentang skala harus dua kolom: kategori dan rentang capaian');
  }
  const digits = [0, 1].map((c) => rows.filter((row) => hasDigit(row[c])).length);
  if (digits[0] === digits[1]) {
    throw new MeasureError('VALUE', 'Rentang skala: tidak jelas kolom mana yang berisi rentang capaian');
  }
  const boundsColumn = digits[0] > digits[1] ? 0 : 1;
  const body = hasDigit(rows[0][boundsColumn]) ? rows : rows.slice(1);
  return parseScaleRows(
    body.map((row) => ({ label: String(row[1 - boundsColumn] ?? ''), bounds: String(row[boundsColumn] ?? '') })),
  );
}
