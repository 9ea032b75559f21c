/**
 * Reading a kategori scale written in the workbook ("Skala Nilai Peringkat Kinerja").
 *
 * Rule (domain.md section 3 "Kategori"): a scale written in the workbook is read and used for that
 * workbook, exactly as written. Seed 001 Tabel 3.1 writes `91% ≤ 100%` / `76% ≤ 90%` / `66% ≤ 75%`
 * / `51% ≤ 65%` / `≤ 50%`: integer bounds, both ends inclusive, so (90, 91), (75, 76), (65, 66),
 * (50, 51) and everything above 100 fall in no band (scale gaps, kategori.ts).
 *
 * The bounds text is read as a short sequence of numbers and relations; the numbers themselves are
 * read by core/numbers (`parseAngka`, in a percentage context). Forms understood:
 * - a range, both ends inclusive: `91 - 100`, `91-100%`, `76 s.d. 90`, `76 s/d 90`, `76 sampai 90`,
 *   and `91% ≤ 100%` / `91% <= 100%` (the relation written between the two bounds);
 * - one bound: `≤ 50%`, `< 50`, `> 90`, `>= 91`, `di atas 100`, `lebih dari 100`, `kurang dari 51`,
 *   `minimal 91`, `maksimal 50`, `91 ke atas`, `50 ke bawah`, `x ≥ 91`, `91 ≤ x`;
 * - a chain: `91 ≤ x ≤ 100`, `75 < capaian ≤ 90`, `> 75 s.d. 90`.
 * Anything else throws VALUE naming the row: the scale is never guessed.
 */

import { parseAngka } from '../numbers';
import { MeasureError } from './errors';
import type { KategoriBand, KategoriScale } from './kategori';

type Op = '<' | '≤' | '>' | '≥' | '=';
type Token =
  | { kind: 'num'; value: number }
  | { kind: 'op'; op: Op }
  | { kind: 'range' }
  | { kind: 'post'; op: '≥' | '≤' };

/** Words and symbols, longest first; each becomes a token (null: a filler word, dropped). */
const PHRASES: Array<[RegExp, Token | null]> = [
  [/^(lebih (besar )?(dari )?atau sama dengan|sama dengan atau lebih (besar )?dari|sekurang-kurangnya|paling (sedikit|rendah)|minimal|minimum)/, { kind: 'op', op: '≥' }],
  [/^(kurang dari atau sama dengan|lebih kecil (dari )?atau sama dengan|sama dengan atau kurang dari|setinggi-tingginya|paling (tinggi|banyak)|maksimal|maksimum)/, { kind: 'op', op: '≤' }],
  [/^(lebih (besar )?dari|di ?atas|melebihi)/, { kind: 'op', op: '>' }],
  [/^(kurang dari|lebih kecil dari|di ?bawah)/, { kind: 'op', op: '<' }],
  [/^(ke ?atas|atau lebih)/, { kind: 'post', op: '≥' }],
  [/^(ke ?bawah|atau kurang)/, { kind: 'post', op: '≤' }],
  [/^(sampai dengan|s\s*\.\s*d\s*\.?|s\s*\/\s*d|sampai|hingga|sd\b|-|~)/, { kind: 'range' }],
  [/^(≤|<=|=<)/, { kind: 'op', op: '≤' }],
  [/^(≥|>=|=>)/, { kind: 'op', op: '≥' }],
  [/^</, { kind: 'op', op: '<' }],
  [/^>/, { kind: 'op', op: '>' }],
  [/^=/, { kind: 'op', op: '=' }],
  [/^(persen|%)/, null],
  // a variable name ("x", "nilai", "capaian") or any other word: not a bound, dropped
  [/^[a-z]+\.?/, null],
  [/^[^\sa-z0-9]/, null],
];

const NUMBER = /^\d(?:[\d.,]*\d)?/;

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[≦⩽]/g, '≤')
    .replace(/[≧⩾]/g, '≥')
    .replace(/[‐‑‒–—−]/g, '-')
    .trim();
}

function tokenize(text: string, where: () => string): Token[] {
  const tokens: Token[] = [];
  let rest = normalize(text);
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      const parsed = parseAngka(number[0], { percentColumn: true });
      if (parsed.value === null || parsed.flags.malformed || parsed.flags.ambiguous) {
        throw unreadable(where, `angka "${number[0]}" tidak jelas`, `number "${number[0]}" is unclear`);
      }
      tokens.push({ kind: 'num', value: parsed.value });
      rest = rest.slice(number[0].length);
      continue;
    }
    const phrase = PHRASES.map(([re, token]) => [re.exec(rest), token] as const).find(([m]) => m !== null);
    const [match, token] = phrase as readonly [RegExpExecArray, Token | null];
    if (token !== null) tokens.push(token);
    rest = rest.slice(match[0].length);
  }
  return tokens;
}

interface Bounds {
  min: number | null;
  minInclusive: boolean;
  max: number | null;
  maxInclusive: boolean;
}

const ASCENDING: ReadonlySet<Op> = new Set<Op>(['<', '≤']);

/** One bound from a relation read as "x op n". */
function oneSided(op: Op, n: number): Bounds {
  switch (op) {
    case '≤':
    case '<':
      return { min: null, minInclusive: false, max: n, maxInclusive: op === '≤' };
    case '≥':
    case '>':
      return { min: n, minInclusive: op === '≥', max: null, maxInclusive: false };
    case '=':
      return { min: n, minInclusive: true, max: n, maxInclusive: true };
  }
}

const FLIP: Record<Op, Op> = { '<': '>', '≤': '≥', '>': '<', '≥': '≤', '=': '=' };

/** Two bounds joined by one or two relations: `a ≤ b`, `a ≤ x ≤ b`, `b ≥ x ≥ a`. */
function twoSided(a: number, op1: Op, op2: Op, b: number): Bounds | null {
  if (ASCENDING.has(op1) && ASCENDING.has(op2)) {
    return { min: a, minInclusive: op1 === '≤', max: b, maxInclusive: op2 === '≤' };
  }
  if (!ASCENDING.has(op1) && !ASCENDING.has(op2) && op1 !== '=' && op2 !== '=') {
    return { min: b, minInclusive: op2 === '≥', max: a, maxInclusive: op1 === '≥' };
  }
  return null;
}

function inclusiveRange(a: number, b: number): Bounds {
  return { min: Math.min(a, b), minInclusive: true, max: Math.max(a, b), maxInclusive: true };
}

/** The bounds a token sequence states, or null when it is not one of the forms of the header. */
function boundsOf(t: Token[]): Bounds | null {
  const shape = t.map((x) => (x.kind === 'num' ? 'n' : x.kind === 'op' ? 'o' : x.kind === 'range' ? 'r' : 'p')).join('');
  const num = (i: number): number => (t[i] as { value: number }).value;
  const op = (i: number): Op => (t[i] as { op: Op }).op;
  switch (shape) {
    case 'nrn':
      return inclusiveRange(num(0), num(2));
    case 'non':
      return op(1) === '=' ? null : ASCENDING.has(op(1)) ? twoSided(num(0), op(1), '≤', num(2)) : twoSided(num(0), '≥', op(1), num(2));
    case 'noon':
      return twoSided(num(0), op(1), op(2), num(3));
    case 'on':
      return oneSided(op(0), num(1));
    case 'no':
      return oneSided(FLIP[op(1)], num(0));
    case 'np':
      return oneSided(op(1), num(0));
    case 'onrn':
      return op(0) === '>' || op(0) === '≥' ? { min: num(1), minInclusive: op(0) === '≥', max: num(3), maxInclusive: true } : null;
    case 'nron':
      return op(2) === '<' || op(2) === '≤' ? { min: num(0), minInclusive: true, max: num(3), maxInclusive: op(2) === '≤' } : null;
    default:
      return null;
  }
}

function unreadable(where: () => string, why: string, whyEn: string): MeasureError {
  return new MeasureError('VALUE', `Rentang skala tidak dapat dibaca pada baris ${where()}: ${why}`, `Cannot read the scale bounds of row ${where()}: ${whyEn}`);
}

/**
 * A kategori scale from its rows as written (label + bounds text), in the written order.
 * Throws VALUE naming the row when a bound cannot be read.
 */
export function parseScaleRows(rows: Array<{ label: string; bounds: string }>, name = 'Skala dari workbook'): KategoriScale {
  if (rows.length === 0) {
    throw new MeasureError('VALUE', 'Skala kategori kosong: tidak ada baris', 'Empty kategori scale: no rows');
  }
  const bands = rows.map((row, i): KategoriBand => {
    const label = String(row.label ?? '').trim();
    const text = String(row.bounds ?? '');
    const where = (): string => `${i + 1} ("${label}": "${text}")`;
    if (label === '') throw unreadable(where, 'label kategori kosong', 'empty kategori label');
    const b = boundsOf(tokenize(text, where));
    if (b === null) throw unreadable(where, 'bentuk rentang tidak dikenal', 'unknown form of range');
    if (b.min !== null && b.max !== null && (b.min > b.max || (b.min === b.max && !(b.minInclusive && b.maxInclusive)))) {
      throw unreadable(where, 'rentang kosong', 'empty range');
    }
    return { label, ...b };
  });
  return { name, bands, written: true };
}
