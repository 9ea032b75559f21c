/** The result of reading one cell or token as a number (domain.md section 2). */

/** `id`: `.` thousands, `,` decimal. `en`: `,` thousands, `.` decimal. `plain`: digits (and sign) only. */
export type NumberConvention = 'id' | 'en' | 'plain';

export interface NumberFlags {
  /** Two readings are plausible (`97.550`, `1.234` in a % column); see `alternatives`. */
  ambiguous: boolean;
  /** No convention reads it cleanly (`8.662.479.43,00`, `205..778.000`); `value` is the best repair or null. */
  malformed: boolean;
  /** The number came as text rather than as a numeric cell. */
  textStored: boolean;
  /** A label and a number in one cell (`BB (75,50)`, `84,00 (A)`, `4 Dokumen`). */
  composite: boolean;
  /** A range (`90-100%`); see `range`. */
  range: boolean;
  /** `-`, `–`, `—`: nil, no value, not an error. */
  nil: boolean;
  /** Written with `%`. */
  percent: boolean;
  /** Written with `Rp`, `Rp.` or `,-`. */
  currency: boolean;
}

export interface ParsedNumber {
  /** The value (null for blank, nil, text with no number, or an unrepairable token). For a range: null (see `range`). */
  value: number | null;
  /** Decimals as written (`98,24` -> 2, `100` -> 0, `97.550` read as 97.55 -> 3). */
  decimals: number;
  /** The convention the value was read with; null when no number was read. */
  convention: NumberConvention | null;
  flags: NumberFlags;
  /** Other plausible values when `flags.ambiguous` (or the repairs considered when malformed). */
  alternatives: number[];
  /** Bounds of a range target. */
  range?: { low: number; high: number };
  /** The text part of a composite cell (`BB`, `A`, `Dokumen`). */
  label?: string;
  /** The token as received, trimmed. */
  raw: string;
}

/** Context that settles ambiguity: the column's convention, or that the column holds percentages. */
export interface ParseContext {
  convention?: 'id' | 'en';
  percentColumn?: boolean;
}
