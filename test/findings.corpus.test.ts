/**
 * The checks on the fixture workbooks against their expected findings: the three corpus workbooks
 * (hand-found inconsistencies of ../shared/corpus visible in the tables) and the injected workbook
 * (clean tables with known typos, every rule id with positives and negatives). Prints precision and
 * recall per rule and overall, and fails below the floors of issue 4: recall >= 0.80, precision >= 0.90.
 */
import path from 'path';
import { readWorkbookFile } from '../src/cli/xlsxSnapshot';
import { checkWorkbook, type Finding } from '../src/core/checks';
import { mergeScores, scoreFindings, type ExpectedFindings, type FindingsScore, type RuleScore } from './support/findingsScore';

const WORKBOOKS = ['seed-001', 'seed-002', 'seed-003', 'injected'];
const dir = path.join(__dirname, 'fixtures', 'workbooks');
const scores = new Map<string, FindingsScore>();
let overall: Map<string, RuleScore>;

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => x.toFixed(3);

beforeAll(async () => {
  for (const name of WORKBOOKS) {
    const expected = (await import(path.join(dir, `${name}.findings.json`))) as ExpectedFindings;
    const { findings } = checkWorkbook(await readWorkbookFile(path.join(dir, `${name}.xlsx`)));
    scores.set(name, scoreFindings(expected, findings));
  }
  overall = mergeScores([...scores.values()]);
  const lines = ['rule                    entries  found  recall  TP   FP  precision'];
  let entries = 0;
  let found = 0;
  let tp = 0;
  let fp = 0;
  for (const [rule, s] of [...overall].sort()) {
    lines.push(
      `${rule.padEnd(22)} ${String(s.entries).padStart(8)} ${String(s.matchedEntries).padStart(6)}  ${pct(ratio(s.matchedEntries, s.entries))} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)}  ${pct(ratio(s.truePositives, s.truePositives + s.falsePositives))}`,
    );
    entries += s.entries;
    found += s.matchedEntries;
    tp += s.truePositives;
    fp += s.falsePositives;
  }
  lines.push(`${'overall'.padEnd(22)} ${String(entries).padStart(8)} ${String(found).padStart(6)}  ${pct(ratio(found, entries))} ${String(tp).padStart(4)} ${String(fp).padStart(4)}  ${pct(ratio(tp, tp + fp))}`);
  const show = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell} stated ${f.stated} expected ${String(f.expected)}`;
  for (const [name, s] of scores) {
    for (const m of s.missed) lines.push(`  ${name} missed: ${m.id ?? ''} ${m.rule} ${m.cells.slice(0, 3).join(' ')}`);
    for (const f of s.falseAlarms) lines.push(`  ${name} false alarm: ${show(f)}`);
    for (const n of s.negativesFlagged) lines.push(`  ${name} negative flagged: ${n}`);
  }
  console.log(`Findings precision/recall (corpus + injected workbooks)\n${lines.join('\n')}`);
});

describe('checks on the fixture workbooks', () => {
  it('overall recall >= 0.80 and precision >= 0.90', () => {
    const all = [...overall.values()];
    const entries = all.reduce((s, r) => s + r.entries, 0);
    const found = all.reduce((s, r) => s + r.matchedEntries, 0);
    const tp = all.reduce((s, r) => s + r.truePositives, 0);
    const fp = all.reduce((s, r) => s + r.falsePositives, 0);
    expect(ratio(found, entries)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(tp, tp + fp)).toBeGreaterThanOrEqual(0.9);
  });

  it('flags none of the rounding-only negatives of the injected workbook', () => {
    expect(scores.get('injected')!.negativesFlagged).toEqual([]);
  });
});
