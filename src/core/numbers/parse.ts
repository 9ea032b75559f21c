/**
 * `parseAngka`: reads one cell (or one token of text) as a number, the way SAKIP tables write
 * numbers (domain.md section 2). Called for every cell of large workbooks, so numeric cells and
 * plain digit strings take a fast path and every pattern is compiled once.
 *
 * Shapes, tried in this order:
 * - a JS number: the value as is, decimals of its shortest representation, convention `plain`;
 * - blank: value null; nil (`-`, `–`, `—`): value null with the `nil` flag;
 * - an Excel error text (`#REF!`, `#DIV/0!`, `#N/A`): value null, no flag, `label` = the text;
 * - one number with affixes (`Rp. 5.021.140.500,-`, `(1.500)`, `0.84 %`): see `tokens.ts` and,
 *   for the separators, `readings.ts` (ambiguity, repairs, `alternatives`);
 * - a range (`90-100%`, `90 s.d. 100`): value null, `range` = {low, high} (low <= high),
 *   the flags of both bounds merged; ranges carry no alternatives;
 * - a composite cell: a label (a letter first, no digit, at most 3 words and 32 characters)
 *   and a number or range, `BB (75,50)`, `B (60-70)`, `84,00 (A)`, `4 Dokumen`; `label` holds
 *   the text part. A numbered heading (`1. Program ...`: its number is malformed), a sentence
 *   or a text longer than 64 characters is not composite;
 * - anything else (words such as `Sangat Tinggi`, narrative text): value null, no flag.
 * `textStored` is set whenever a number or range was read from text.
 */
import { MAX_TOKEN_LENGTH, readDigits } from './readings';
import type { NumberConvention, NumberFlags, ParseContext, ParsedNumber } from './types';
import { isExcelError, isNil, normalizeText, stripAffixes } from './tokens';

/** Longest text tried as a range or a composite cell: longer cells are prose. */
const MAX_SHAPE_LENGTH = 64;
/** Longest label of a composite cell (`Dokumen`, `Sangat Tinggi`). */
const MAX_LABEL_LENGTH = 32;

const RANGE = /^(.+?)\s*(?:-|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?|hingga)\s*(.+)$/i;
const PAREN_COMPOSITE = /^([^()]*?)\s*\(([^()]*)\)$/;
const NUMBER_LABEL = /^(\S*\d\S*)\s+(\p{L}[^\d()]*)$/u;
const LABEL = /^\p{L}[^\d()]*$/u;

/** Reads one cell as a number. Never throws. */
export function parseAngka(input: string | number | boolean | null | undefined, context?: ParseContext): ParsedNumber {
  if (typeof input === 'number') return fromNumber(input);
  if (typeof input !== 'string') return nothing(input === true ? 'TRUE' : input === false ? 'FALSE' : '');
  const raw = input.trim();
  if (raw.length === 0) return nothing(raw);
  if (isDigits(raw)) return plainDigits(raw);
  return fromText(raw, context);
}

function fromNumber(n: number): ParsedNumber {
  const raw = String(n);
  if (!Number.isFinite(n)) return nothing(raw);
  return {
    value: n,
    decimals: Number.isInteger(n) ? 0 : decimalsOfShortest(raw),
    convention: 'plain',
    flags: noFlags(),
    alternatives: [],
    raw,
  };
}

/** Decimals of JavaScript's shortest representation: `0.1` 1, `1.5e-7` 8, `1e21` 0. */
function decimalsOfShortest(s: string): number {
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return e < 0 ? fraction : Math.max(0, fraction - Number(s.slice(e + 1)));
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function plainDigits(raw: string): ParsedNumber {
  if (raw.length > MAX_TOKEN_LENGTH) return nothing(raw);
  const flags = noFlags();
  flags.textStored = true;
  return { value: Number(raw), decimals: 0, convention: 'plain', flags, alternatives: [], raw };
}

function fromText(raw: string, context: ParseContext | undefined): ParsedNumber {
  const s = normalizeText(raw);
  if (s.length === 0) return nothing(raw);
  if (isNil(s)) {
    const flags = noFlags();
    flags.nil = true;
    return { value: null, decimals: 0, convention: null, flags, alternatives: [], raw };
  }
  if (isExcelError(s)) return { ...nothing(raw), label: s };

  const single = readNumber(s, context, raw);
  if (single) return single;
  if (s.length > MAX_SHAPE_LENGTH) return nothing(raw);
  return readRange(s, context, raw) ?? readComposite(s, context, raw) ?? nothing(raw);
}

/** One number with its affixes, or null. */
function readNumber(s: string, context: ParseContext | undefined, raw: string): ParsedNumber | null {
  const affixed = stripAffixes(s);
  if (affixed === null) return null;
  const reading = readDigits(affixed.token, context);
  if (reading === null) return null;
  const value = scaled(reading.value, affixed.exponent, affixed.negative);
  if (!Number.isFinite(value)) return null;
  const alternatives: number[] = [];
  for (const alternative of reading.alternatives) {
    const v = scaled(alternative, affixed.exponent, affixed.negative);
    if (Number.isFinite(v)) alternatives.push(v);
  }
  const flags = noFlags();
  flags.textStored = true;
  flags.percent = affixed.percent;
  flags.currency = affixed.currency;
  flags.ambiguous = reading.ambiguous;
  flags.malformed = reading.malformed;
  return {
    value,
    decimals: Math.max(0, reading.decimals - affixed.exponent),
    convention: reading.convention,
    flags,
    alternatives,
    raw,
  };
}

/** Applies the written power of ten and sign to an unsigned reading. */
function scaled(v: number, exponent: number, negative: boolean): number {
  const magnitude = exponent === 0 ? v : Number(`${v}e${exponent}`);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** `90-100%`, `90% - 95%`, `60 s.d. 70`: both bounds unsigned numbers. */
function readRange(s: string, context: ParseContext | undefined, raw: string): ParsedNumber | null {
  const first = s.charCodeAt(0);
  if (!((first >= 48 && first <= 57) || first === 82 || first === 114)) return null;
  const m = RANGE.exec(s);
  if (m === null) return null;
  const a = readNumber(m[1], context, raw);
  const b = readNumber(m[2], context, raw);
  if (a === null || b === null || a.value === null || b.value === null || a.value < 0 || b.value < 0) return null;
  const flags = noFlags();
  flags.textStored = true;
  flags.range = true;
  flags.percent = a.flags.percent || b.flags.percent;
  flags.currency = a.flags.currency || b.flags.currency;
  flags.ambiguous = a.flags.ambiguous || b.flags.ambiguous;
  flags.malformed = a.flags.malformed || b.flags.malformed;
  return {
    value: null,
    decimals: Math.max(a.decimals, b.decimals),
    convention: mergeConventions(a.convention, b.convention),
    flags,
    alternatives: [],
    range: { low: Math.min(a.value, b.value), high: Math.max(a.value, b.value) },
    raw,
  };
}

function mergeConventions(a: NumberConvention | null, b: NumberConvention | null): NumberConvention | null {
  return a === 'plain' ? b : a;
}

/** `BB (75,50)`, `B (60-70)`, `84,00 (A)`, `4 Dokumen`. */
function readComposite(s: string, context: ParseContext | undefined, raw: string): ParsedNumber | null {
  let label: string;
  let numberPart: string;
  if (s.charCodeAt(s.length - 1) === 41) {
    const m = PAREN_COMPOSITE.exec(s);
    if (m === null) return null;
    const [, outer, inner] = m;
    if (isLabel(outer)) [label, numberPart] = [outer, inner.trim()];
    else if (isLabel(inner.trim())) [label, numberPart] = [inner.trim(), outer];
    else return null;
  } else {
    const m = NUMBER_LABEL.exec(s);
    if (m === null || !isLabel(m[2])) return null;
    [label, numberPart] = [m[2].trim(), m[1]];
  }
  const part = readNumber(numberPart, context, raw) ?? readRange(numberPart, context, raw);
  if (part === null || part.flags.malformed) return null;
  part.flags.composite = true;
  part.label = label;
  return part;
}

function isLabel(s: string): boolean {
  return s.length > 0 && s.length <= MAX_LABEL_LENGTH && LABEL.test(s) && s.split(' ').length <= 3;
}

function noFlags(): NumberFlags {
  return {
    ambiguous: false,
    malformed: false,
    textStored: false,
    composite: false,
    range: false,
    nil: false,
    percent: false,
    currency: false,
  };
}

/** No number: blank, words, booleans, errors. */
function nothing(raw: string): ParsedNumber {
  return { value: null, decimals: 0, convention: null, flags: noFlags(), alternatives: [], raw };
}
