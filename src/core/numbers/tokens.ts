/**
 * The text layer around a number: normalising exotic spaces and dashes, recognising nil, Excel
 * error texts, and the affixes of one number (sign, `Rp`/`Rp.`/`IDR`, parentheses for negatives,
 * `%` or `persen`, the rupiah `,-` ending, spaces used as thousands marks, an exponent as Excel
 * displays it). What remains is a bare token for `readings.ts`.
 * All patterns are compiled once, at module load.
 */

const NON_ASCII = /[^\x00-\x7f]/;
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const UNICODE_DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;

const NIL = /^-+$/;
const EXCEL_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/i;

/**
 * One number with its affixes. Groups: 1 sign, 2 currency prefix, 3 sign after the prefix,
 * 4 opening parenthesis, 5 bare token (digits, `.`, `,`, spaces), 6 exponent, 7 closing
 * parenthesis, 8 percent, 9 the `,-` ending.
 */
const AFFIXED =
  /^([-+])?\s*(rp\.?|idr)?\s*([-+])?\s*(\()?\s*([0-9.,][0-9., ]*)(?:e([-+]?\d{1,3}))?\s*(\))?\s*(%|persen\b|percent\b)?\s*([.,]\s*-+)?$/i;
const SPACE_AROUND_MARK = /\s*([.,])\s*/g;
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const SPACES = / /g;

/** Replaces non-breaking, thin and other Unicode spaces by a plain space and Unicode dashes by `-`. */
export function normalizeText(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(ZERO_WIDTH, '').replace(UNICODE_SPACES, ' ').replace(UNICODE_DASHES, '-').trim();
}

/** `-`, `--`, `–`, `—` (after normalisation): nil. */
export function isNil(s: string): boolean {
  return s.charCodeAt(0) === 45 && NIL.test(s);
}

/** `#REF!`, `#DIV/0!`, `#N/A`, ... as a cell shows them. */
export function isExcelError(s: string): boolean {
  return s.charCodeAt(0) === 35 && EXCEL_ERROR.test(s);
}

export interface Affixed {
  /** Digits and `.`/`,` only. */
  token: string;
  negative: boolean;
  percent: boolean;
  currency: boolean;
  /** Power of ten written as `E+15` (Excel's scientific display), 0 when none. */
  exponent: number;
}

/** Splits one number from its affixes; null when the text is not one number. */
export function stripAffixes(s: string): Affixed | null {
  if (isBareToken(s)) return { token: s, negative: false, percent: false, currency: false, exponent: 0 };
  const first = s.charCodeAt(0);
  // Cheap gate: digits, `.`, `,`, `+`, `-`, `(`, `R`/`r`, `I`/`i`.
  const plausible =
    (first >= 48 && first <= 57) || first === 46 || first === 44 || first === 43 || first === 45 || first === 40 ||
    first === 82 || first === 114 || first === 73 || first === 105;
  if (!plausible) return null;
  const m = AFFIXED.exec(s);
  if (m === null) return null;
  const [, sign1, currencyPrefix, sign2, open, rawToken, exponent, close, percent, dashEnding] = m;
  if ((open === undefined) !== (close === undefined)) return null;
  if (sign1 !== undefined && sign2 !== undefined) return null;
  const token = joinSpaces(rawToken.trimEnd());
  if (token === null) return null;
  return {
    token,
    negative: sign1 === '-' || sign2 === '-' || open !== undefined,
    percent: percent !== undefined,
    currency: currencyPrefix !== undefined || dashEnding !== undefined,
    exponent: exponent === undefined ? 0 : Number(exponent),
  };
}

/** Digits with `.` or `,` and nothing else: the common text number, read without the pattern. */
function isBareToken(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 46 && c !== 44) return false;
  }
  return true;
}

/** Drops spaces next to a separator and spaces used as thousands marks (`1 234 567`); null if other spaces remain. */
function joinSpaces(token: string): string | null {
  if (token.indexOf(' ') < 0) return token;
  const tight = token.replace(SPACE_AROUND_MARK, '$1');
  if (tight.indexOf(' ') < 0) return tight;
  return SPACE_GROUPS.test(tight) ? tight.replace(SPACES, '') : null;
}
