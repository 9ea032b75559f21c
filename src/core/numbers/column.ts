/**
 * The number convention of a column, from its own cells: which convention the unambiguous
 * tokens show (`detectColumnConvention`, used as the `ParseContext` of the column's ambiguous
 * cells), and whether the column mixes both (`mixedConventions`: "99.45" next to "100,00",
 * a `number-format` finding). Ambiguous, malformed and separator-free tokens do not count.
 */
import { memoize } from '../memo';
import { parseAngka } from './parse';

/** Report columns repeat their tokens (100%, 0, 1 Dokumen): each distinct one is parsed once. */
const parseToken = memoize((token: string) => parseAngka(token));

interface Votes {
  id: boolean;
  en: boolean;
}

/** A token without `.` or `,` shows no convention (checked without parsing it). */
function hasSeparator(token: string): boolean {
  return token.indexOf('.') >= 0 || token.indexOf(',') >= 0;
}

function votesOf(tokens: readonly string[]): Votes {
  const votes: Votes = { id: false, en: false };
  for (const token of tokens) {
    if (!hasSeparator(token)) continue;
    const parsed = parseToken(token);
    if (parsed.flags.ambiguous || parsed.flags.malformed) continue;
    if (parsed.convention === 'id') votes.id = true;
    else if (parsed.convention === 'en') votes.en = true;
    if (votes.id && votes.en) break;
  }
  return votes;
}

/** 'id' or 'en' when the column's unambiguous tokens all show that convention; null when mixed or none. */
export function detectColumnConvention(tokens: string[]): 'id' | 'en' | null {
  const votes = votesOf(tokens);
  if (votes.id === votes.en) return null;
  return votes.id ? 'id' : 'en';
}

/** True when the column's unambiguous tokens show both conventions. */
export function mixedConventions(tokens: string[]): boolean {
  const votes = votesOf(tokens);
  return votes.id && votes.en;
}
