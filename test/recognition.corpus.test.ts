/**
 * Recognition on the corpus workbooks (test/fixtures/workbooks, built from ../shared/corpus):
 * prints the figures per seed and overall and fails below the floors of issue 3
 * (tables recall and precision >= 0.95, column roles >= 0.95 on matched tables).
 */
import path from 'path';
import { readWorkbookFile } from '../src/cli/xlsxSnapshot';
import { recognizeTables } from '../src/core/tables';
import { scoreRecognition, type ExpectedTable, type RecognitionScore } from './support/recognitionScore';

const SEEDS = ['seed-001', 'seed-002', 'seed-003'];
const dir = path.join(__dirname, 'fixtures', 'workbooks');
const scores = new Map<string, RecognitionScore>();

beforeAll(async () => {
  for (const seed of SEEDS) {
    const expected = (await import(path.join(dir, `${seed}.expected.json`))).tables as ExpectedTable[];
    const snapshot = await readWorkbookFile(path.join(dir, `${seed}.xlsx`));
    scores.set(seed, scoreRecognition(expected, recognizeTables(snapshot)));
  }
  const all = [...scores.values()];
  const sum = (k: keyof RecognitionScore) => all.reduce((s, x) => s + (x[k] as number), 0);
  const lines = [...scores].map(
    ([seed, s]) =>
      `${seed}: tables expected ${s.expected}, found ${s.found}, matched ${s.matched}; recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}; column roles ${s.columnsRight}/${s.columns} = ${s.columnAccuracy.toFixed(3)}`,
  );
  lines.push(
    `overall: recall ${(sum('matched') / sum('expected')).toFixed(3)}, precision ${(sum('matched') / sum('found')).toFixed(3)}, column roles ${(sum('columnsRight') / sum('columns')).toFixed(3)}`,
  );
  for (const [seed, s] of scores) {
    for (const m of s.missed) lines.push(`  ${seed} missed: ${m}`);
    for (const x of s.extra) lines.push(`  ${seed} extra: ${x}`);
    for (const w of s.wrongColumns.slice(0, 40)) lines.push(`  ${seed} column: ${w}`);
  }
  console.log(`Recognition figures\n${lines.join('\n')}`);
});

describe.each(SEEDS)('%s', (seed) => {
  it('finds the tables: recall and precision >= 0.95', () => {
    const s = scores.get(seed)!;
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
  });
  it('reads the column roles of matched tables: >= 0.95', () => {
    expect(scores.get(seed)!.columnAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
