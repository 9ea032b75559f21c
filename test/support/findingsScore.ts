/**
 * Scores findings against a fixture's expected findings (test/fixtures/README.md): a finding matches
 * an expected entry of the same rule that lists its cell (the entry whose first cell it is, else the
 * first listing it); one matching an `acceptable` entry counts neither way; any other is a false alarm.
 * Recall per rule: matched entries / entries. Precision per rule: matching findings / counted findings.
 */
import type { Finding, RuleId } from '../../src/core/checks';

export interface ExpectedEntry {
  id?: string;
  rule: RuleId;
  cells: string[];
}

export interface ExpectedFindings {
  workbook: string;
  expected: ExpectedEntry[];
  acceptable: ExpectedEntry[];
  negatives?: string[];
}

export interface RuleScore {
  entries: number;
  matchedEntries: number;
  truePositives: number;
  falsePositives: number;
}

export interface FindingsScore {
  byRule: Map<string, RuleScore>;
  falseAlarms: Finding[];
  missed: ExpectedEntry[];
  negativesFlagged: string[];
}

function key(f: Finding): string {
  return `${f.sheet}!${f.cell}`;
}

export function scoreFindings(expected: ExpectedFindings, findings: Finding[]): FindingsScore {
  const byRule = new Map<string, RuleScore>();
  const score = (rule: string) => {
    let s = byRule.get(rule);
    if (!s) byRule.set(rule, (s = { entries: 0, matchedEntries: 0, truePositives: 0, falsePositives: 0 }));
    return s;
  };
  for (const e of expected.expected) score(e.rule).entries++;
  const matched = new Set<ExpectedEntry>();
  const falseAlarms: Finding[] = [];
  for (const f of findings) {
    const cell = key(f);
    const candidates = expected.expected.filter((e) => e.rule === f.rule && e.cells.includes(cell));
    const entry = candidates.find((e) => e.cells[0] === cell) ?? candidates[0];
    if (entry) {
      matched.add(entry);
      score(f.rule).truePositives++;
    } else if (!expected.acceptable.some((e) => e.rule === f.rule && e.cells.includes(cell))) {
      score(f.rule).falsePositives++;
      falseAlarms.push(f);
    }
  }
  for (const e of matched) score(e.rule).matchedEntries++;
  const flagged = new Set(findings.filter((f) => !expected.acceptable.some((e) => e.rule === f.rule && e.cells.includes(key(f)))).map(key));
  return {
    byRule,
    falseAlarms,
    missed: expected.expected.filter((e) => !matched.has(e)),
    negativesFlagged: (expected.negatives ?? []).filter((n) => flagged.has(n)),
  };
}

export function mergeScores(scores: FindingsScore[]): Map<string, RuleScore> {
  const total = new Map<string, RuleScore>();
  for (const s of scores) {
    for (const [rule, r] of s.byRule) {
      const t = total.get(rule) ?? { entries: 0, matchedEntries: 0, truePositives: 0, falsePositives: 0 };
      t.entries += r.entries;
      t.matchedEntries += r.matchedEntries;
      t.truePositives += r.truePositives;
      t.falsePositives += r.falsePositives;
      total.set(rule, t);
    }
  }
  return total;
}
