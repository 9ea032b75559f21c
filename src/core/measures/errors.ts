/**
 * Errors of the measures (domain.md section 3): a computation that has no number as its answer.
 *
 * The three codes map onto the Excel errors the custom functions return (design.md section 3):
 * `DIV0` -> #DIV/0! (target, pagu or serapan 0: "tidak dapat dihitung"), `VALUE` -> #VALUE! (an
 * argument that is not a usable number, an unknown scale or option, a bound that cannot be read),
 * `NA` -> #N/A (a value that has no answer under the rule: no kategori band, efisiensi selisih
 * below 100 %). `message` is in Bahasa Indonesia (the product's default language), `messageEn`
 * carries the same text in English.
 */

export type MeasureErrorCode = 'DIV0' | 'VALUE' | 'NA';

export class MeasureError extends Error {
  readonly code: MeasureErrorCode;
  /** The message in English. */
  readonly messageEn: string;

  constructor(code: MeasureErrorCode, message: string, messageEn?: string) {
    super(message);
    this.name = 'MeasureError';
    this.code = code;
    this.messageEn = messageEn ?? message;
  }
}

/** Returns `x` when it is a finite number; otherwise throws `VALUE` naming the argument. */
export function requireFinite(name: string, x: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new MeasureError('VALUE', `${name} bukan angka: ${String(x)}`, `${name} is not a number: ${String(x)}`);
  }
  return x;
}
