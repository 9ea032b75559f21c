/**
 * Readings of a bare numeric token: digits with `.` / `,` separators and nothing else (no sign,
 * no `Rp`, no `%`). Lists every value the token can plausibly stand for, then chooses one under
 * the parse context. This is where the Indonesian/English policy of domain.md section 2 lives.
 *
 * Vocabulary. The token splits into digit groups g0 s1 g1 ... s(n-1) g(n-1). A *thousands*
 * reading takes every separator as a thousands mark; a *decimal* reading takes the last one as the
 * decimal mark and the others as thousands marks. A reading is *clean* when one convention writes
 * the token exactly that way: `id` (`.` thousands, `,` decimal) or `en` (`,` thousands, `.`
 * decimal), with a lead group of 1-3 digits not starting with 0 and 3-digit groups after it.
 *
 * Choice when a clean reading exists:
 * - the context's convention first (default `id`: Indonesian first), then clean before
 *   repaired: `185125.800` is 185.125.800 (a missing separator) before the clean en 185125.8;
 * - a last group of exactly 3 digits (`97.550`, `1,234`, `158.108,200`, `185125.800`) always
 *   also counts the thousands reading, repaired if need be (a comma typed for a thousands dot, a
 *   missing separator), unless the lead group starts with 0 (`0.500`): such a token is
 *   ambiguous unless the context's convention settles it;
 * - in a percent column a reading above 1000 gives way to the smallest clean reading
 *   (`97.550` -> 97.55), and the token stays ambiguous.
 *
 * Repairs when no convention reads the token cleanly (malformed), best first, whatever the
 * context. The separators are read the Indonesian way: a final `,` with 1-2 digits is a
 * decimal comma; a `.` is a thousands mark, so a short group after it lost a digit, padded
 * with 0 (the seed 002 checksum confirms `1.030.971.00` = 1.030.971.000 and `47.750.00` =
 * 47.750.000; seed 001 `RP. 14.000.00,-` is 14.000.000). Of the readings that apply:
 * - final decimal comma (`19,639,237,601,00`, `8.662.479.43,00`): decimal reading (integer
 *   part well grouped), decimal reading with the short last integer group padded, thousands
 *   reading with the last group padded, decimal reading with an ill-grouped integer part, all
 *   digits joined;
 * - otherwise (`1.030.971.00`, `2.764.842701`): thousands reading with the last group padded,
 *   decimal reading (well grouped), decimal reading padded, all digits joined, decimal reading
 *   ill-grouped.
 * Doubled and trailing separators (`205..778.000`, `100.`) are dropped before reading and the
 * token counts as malformed; a leading one is a fraction without its zero (`.5`, `,5`).
 *
 * `alternatives` lists every candidate value, the chosen one first, when the token is
 * ambiguous or malformed; it is empty otherwise.
 */
import type { NumberConvention, ParseContext } from './types';

/** The chosen reading of a bare token; values are unsigned (the caller applies the sign). */
export interface Reading {
  value: number;
  decimals: number;
  convention: NumberConvention;
  ambiguous: boolean;
  malformed: boolean;
  alternatives: number[];
}

interface Candidate {
  value: number;
  decimals: number;
  convention: NumberConvention;
  clean: boolean;
}

/** Longer digit runs are not numbers a table states (and would overflow a double). */
export const MAX_TOKEN_LENGTH = 300;

const DOT = 46;
const COMMA = 44;

/** Reads a token of digits, `.` and `,` only. Returns null when it holds no digit or is too long. */
export function readDigits(core: string, context?: ParseContext): Reading | null {
  if (core.length > MAX_TOKEN_LENGTH) return null;
  const groups: string[] = [];
  const seps: string[] = [];
  let repaired = false;
  let start = -1;
  let leadingFraction = false;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (start < 0) start = i;
      continue;
    }
    if (c !== DOT && c !== COMMA) return null;
    if (start >= 0) {
      groups.push(core.slice(start, i));
      seps.push(core[i]);
      start = -1;
    } else if (i === 0) {
      // `.5` / `,5`: a fraction without its leading zero.
      groups.push('0');
      seps.push(core[i]);
      leadingFraction = true;
    } else {
      repaired = true; // a doubled separator: keep the first
    }
  }
  if (start >= 0) groups.push(core.slice(start));
  else if (seps.length > 0) {
    seps.pop(); // trailing separator
    repaired = true;
  }
  if (groups.length === 0 || (leadingFraction && groups.length === 1)) return null;

  if (groups.length === 1) {
    const value = Number(groups[0]);
    return { value, decimals: 0, convention: 'plain', ambiguous: false, malformed: repaired, alternatives: repaired ? [value] : [] };
  }
  return choose(candidatesOf(groups, seps), repaired, context);
}

function candidatesOf(groups: string[], seps: string[]): Candidate[] {
  const n = groups.length;
  const last = groups[n - 1];
  const lastSep = seps[n - 2];
  const list: Candidate[] = [];

  // Clean thousands reading: every separator the same, groups well formed.
  if (allSame(seps, 0, n - 1, seps[0]) && validThousands(groups, n)) {
    list.push({ value: Number(groups.join('')), decimals: 0, convention: conventionOfThousands(seps[0]), clean: true });
  }
  // Clean decimal reading: the last separator is the decimal mark, the others the other mark.
  const thousandsMark = lastSep === '.' ? ',' : '.';
  if (allSame(seps, 0, n - 2, thousandsMark) && (n === 2 || validThousands(groups, n - 1))) {
    add(list, decimalCandidate(joinGroups(groups, n - 1), last, lastSep, true));
  }

  if (list.length > 0) {
    if (last.length === 3 && groups[0].charCodeAt(0) !== 48) {
      add(list, { value: Number(groups.join('')), decimals: 0, convention: conventionOfThousands(seps[0]), clean: false });
    }
    return list;
  }
  return repairsOf(groups, seps);
}

/** Repairs of a token no convention reads cleanly, best first (see the header). */
function repairsOf(groups: string[], seps: string[]): Candidate[] {
  const n = groups.length;
  const last = groups[n - 1];
  const lastSep = seps[n - 2];
  const lastShort = last.length <= 2;
  const intValid = n === 2 || validThousands(groups, n - 1);

  const decimal = lastShort ? decimalCandidate(joinGroups(groups, n - 1), last, lastSep, false) : null;
  const decimalPadded =
    lastShort && n >= 3 && groups[n - 2].length <= 2 && validThousands(groups, n - 2)
      ? decimalCandidate(joinGroups(groups, n - 2) + padGroup(groups[n - 2]), last, lastSep, false)
      : null;
  const thousandsPadded =
    lastShort && validThousands(groups, n - 1)
      ? { value: Number(joinGroups(groups, n - 1) + padGroup(last)), decimals: 0, convention: conventionOfThousands(lastSep), clean: false }
      : null;
  const joined: Candidate = { value: Number(groups.join('')), decimals: 0, convention: conventionOfThousands(seps[0]), clean: false };

  const ordered =
    lastSep === ',' && lastShort
      ? [intValid ? decimal : null, decimalPadded, thousandsPadded, intValid ? null : decimal, joined]
      : [thousandsPadded, intValid ? decimal : null, decimalPadded, joined, intValid ? null : decimal];
  const list: Candidate[] = [];
  for (const c of ordered) add(list, c);
  return list;
}

function choose(candidates: Candidate[], repaired: boolean, context?: ParseContext): Reading {
  if (candidates.length === 1) {
    const only = candidates[0];
    const malformed = repaired || !only.clean;
    return { value: only.value, decimals: only.decimals, convention: only.convention, ambiguous: false, malformed, alternatives: malformed ? [only.value] : [] };
  }
  const list = candidates.some(isClean) ? byPreference(candidates, context?.convention ?? 'id') : candidates;

  if (context?.percentColumn && list[0].value > 1000) {
    let small = 0;
    for (let i = 1; i < list.length; i++) if (list[i].clean && list[i].value < list[small].value) small = i;
    if (small > 0) list.unshift(list.splice(small, 1)[0]);
  }

  const chosen = list[0];
  const convention = context?.convention;
  let settled = convention !== undefined && chosen.clean && chosen.convention === convention;
  for (let i = 1; settled && i < list.length; i++) if (list[i].convention === convention) settled = false;
  const ambiguous = list.length > 1 && !settled;
  const malformed = repaired || !chosen.clean;
  const alternatives: number[] = [];
  if (ambiguous || malformed) for (const c of list) alternatives.push(c.value);
  return { value: chosen.value, decimals: chosen.decimals, convention: chosen.convention, ambiguous, malformed, alternatives };
}

function isClean(c: Candidate): boolean {
  return c.clean;
}

/** Stable order: the preferred convention first, then clean before repaired. */
function byPreference(candidates: Candidate[], preferred: NumberConvention): Candidate[] {
  const list: Candidate[] = [];
  for (let r = 0; r < 4; r++) for (const c of candidates) if (rankOf(c, preferred) === r) list.push(c);
  return list;
}

function rankOf(c: Candidate, preferred: NumberConvention): number {
  return (c.convention === preferred ? 0 : 2) + (c.clean ? 0 : 1);
}

/** Adds a candidate unless an earlier one already gives its value. */
function add(list: Candidate[], c: Candidate | null): void {
  if (c === null) return;
  for (const k of list) if (k.value === c.value) return;
  list.push(c);
}

function decimalCandidate(intDigits: string, fraction: string, mark: string, clean: boolean): Candidate {
  return { value: Number(intDigits + '.' + fraction), decimals: fraction.length, convention: mark === ',' ? 'id' : 'en', clean };
}

function conventionOfThousands(mark: string): NumberConvention {
  return mark === '.' ? 'id' : 'en';
}

/** groups[0..end) form a thousands-grouped integer: lead of 1-3 digits not starting with 0, then 3-digit groups. */
function validThousands(groups: string[], end: number): boolean {
  const lead = groups[0];
  if (lead.length > 3 || lead.charCodeAt(0) === 48) return false;
  for (let i = 1; i < end; i++) if (groups[i].length !== 3) return false;
  return true;
}

function allSame(seps: string[], from: number, to: number, mark: string): boolean {
  for (let i = from; i < to; i++) if (seps[i] !== mark) return false;
  return true;
}

function joinGroups(groups: string[], end: number): string {
  let s = '';
  for (let i = 0; i < end; i++) s += groups[i];
  return s;
}

/** A thousands group that lost digits: assume the lost digits were trailing zeros. */
function padGroup(group: string): string {
  return group.length === 1 ? group + '00' : group + '0';
}
