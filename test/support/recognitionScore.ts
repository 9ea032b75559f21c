/**
 * Scores recognised tables against a fixture's expected tables (issue 3's measure): a table matches
 * when its kind is right and each edge lies within 2 rows/columns; column roles are compared on the
 * matched tables, column by column.
 */
import type { RecognizedTable } from '../../src/core/tables/types';
import { columnLetter, parseCellAddress } from '../../src/core/workbook/address';
import type { ExpectedTable } from '../../scripts/fixtures/expected';

/** The expected tables as the fixture builder writes them (kind, range and column roles are scored). */
export type { ExpectedTable } from '../../scripts/fixtures/expected';

export interface RecognitionScore {
  expected: number;
  found: number;
  matched: number;
  recall: number;
  precision: number;
  columns: number;
  columnsRight: number;
  columnAccuracy: number;
  missed: string[];
  extra: string[];
  wrongColumns: string[];
}

function edges(range: string) {
  const [a, b] = range.split(':').map((x) => parseCellAddress(x)!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function near(e: ReturnType<typeof edges>, t: RecognizedTable): boolean {
  return Math.abs(e.top - t.top) <= 2 && Math.abs(e.bottom - t.bottom) <= 2 && Math.abs(e.left - t.left) <= 2 && Math.abs(e.right - t.right) <= 2;
}

export function scoreRecognition(expected: ExpectedTable[], found: RecognizedTable[]): RecognitionScore {
  const used = new Set<RecognizedTable>();
  const missed: string[] = [];
  const wrongColumns: string[] = [];
  let columns = 0;
  let columnsRight = 0;
  for (const e of expected) {
    const box = edges(e.range);
    const match = found.find((t) => !used.has(t) && t.sheet === e.sheet && t.kind === e.kind && near(box, t));
    if (!match) {
      const placed = found.find((t) => t.sheet === e.sheet && near(box, t));
      missed.push(`${e.id} ${e.sheet}!${e.range} ${e.kind}${placed ? ` (found as ${placed.kind})` : ''}`);
      continue;
    }
    used.add(match);
    for (const c of e.columns) {
      columns++;
      const got = match.columns.find((m) => columnLetter(m.col) === c.column);
      if (got && got.role === c.role) columnsRight++;
      else wrongColumns.push(`${e.id} ${c.column}: ${c.role} != ${got?.role ?? '-'}`);
    }
  }
  const extra = found.filter((t) => !used.has(t)).map((t) => `${t.sheet}!${columnLetter(t.left)}${t.top + 1}:${columnLetter(t.right)}${t.bottom + 1} ${t.kind} ${t.title ?? ''}`.slice(0, 120));
  const matched = used.size;
  return {
    expected: expected.length,
    found: found.length,
    matched,
    recall: expected.length ? matched / expected.length : 1,
    precision: found.length ? matched / found.length : 1,
    columns,
    columnsRight,
    columnAccuracy: columns ? columnsRight / columns : 1,
    missed,
    extra,
    wrongColumns,
  };
}
