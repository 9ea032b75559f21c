/**
 * `formatAngka`: writes a number for messages and reports, Indonesian by default
 * (`5.021.140.500`, `100,76`) or English (`5,021,140,500`, `100.76`).
 * Rounds like `Number.prototype.toFixed` (the exact binary value, ties away from zero): callers
 * that must round half-up or truncate on the decimal value round first, with `core/measures`.
 */

const NONZERO_DIGIT = /[1-9]/;

/** Formats `value` with exactly `decimals` decimals (0-20) and thousands marks. */
export function formatAngka(value: number, decimals: number, lang: 'id' | 'en' = 'id'): string {
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs >= 1e21) return String(value);
  const places = Number.isFinite(decimals) ? Math.min(20, Math.max(0, Math.trunc(decimals))) : 0;
  const fixed = abs.toFixed(places);
  const dot = fixed.indexOf('.');
  const integer = dot < 0 ? fixed : fixed.slice(0, dot);
  const thousandsMark = lang === 'en' ? ',' : '.';
  const decimalMark = lang === 'en' ? '.' : ',';

  let grouped = '';
  for (let end = integer.length; end > 0; end -= 3) {
    const part = integer.slice(Math.max(0, end - 3), end);
    grouped = grouped === '' ? part : part + thousandsMark + grouped;
  }
  const negative = value < 0 && NONZERO_DIGIT.test(fixed);
  return (negative ? '-' : '') + grouped + (dot < 0 ? '' : decimalMark + fixed.slice(dot + 1));
}
