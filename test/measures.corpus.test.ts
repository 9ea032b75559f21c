/**
 * core/measures on rows of the seed corpus, cells as written (test/fixtures/measures/corpus-rows.json,
 * copied from corpus/seed-00{1,2,3}.md). Each cell is read with parseAngka in the table's convention,
 * the measure is recomputed exactly, and checkStated must reach the verdict the corpus found by hand:
 * consistent (half-up), consistent-by-truncation, or mismatch.
 */

import { parseAngka } from '../src/core/numbers';
import { MeasureError, capaian, checkStated, efisiensi, kemajuan, rataRata, roundHalfUp, serapan } from '../src/core/measures';
import corpus from './fixtures/measures/corpus-rows.json';

type Convention = 'id' | 'en';
type Verdict = 'consistent' | 'consistent-by-truncation' | 'mismatch';

interface CorpusRow {
  seed: string;
  table: string;
  line: string;
  item: string;
  measure: 'capaian' | 'serapan' | 'kemajuan' | 'efisiensi-rasio' | 'efisiensi-selisih';
  inputs: Record<string, string | string[]>;
  stated: string;
  convention: Convention | Record<string, Convention>;
  verdict: Verdict;
  ref: string;
  expected?: number;
  note?: 'inverted' | 'precondition' | string;
}

const rows = corpus.rows as unknown as CorpusRow[];

function conventionOf(row: CorpusRow, field: string): Convention {
  return typeof row.convention === 'string' ? row.convention : row.convention[field];
}

/** A cell read as written; the test fails unless parseAngka reads one clear number from it in the table's convention. */
function read(row: CorpusRow, field: string, cell: string): { value: number; decimals: number } {
  const parsed = parseAngka(cell, { convention: conventionOf(row, field) });
  if (parsed.value === null || parsed.flags.ambiguous || parsed.flags.malformed) {
    throw new Error(`${row.table} l.${row.line}: "${cell}" (${field}) not read as one clear number: ${JSON.stringify(parsed)}`);
  }
  return { value: parsed.value, decimals: parsed.decimals };
}

function input(row: CorpusRow, field: string): number {
  const cell = row.inputs[field];
  if (Array.isArray(cell)) return rataRata(cell.map((c) => read(row, field, c).value));
  return read(row, field, cell).value;
}

/** The exact value of the row's measure, computed by core/measures from the input cells. */
function exact(row: CorpusRow): number {
  switch (row.measure) {
    case 'capaian':
      return capaian(input(row, 'target'), input(row, row.inputs.realisasiParts ? 'realisasiParts' : 'realisasi'));
    case 'serapan':
      return serapan(input(row, 'pagu'), input(row, 'realisasi'));
    case 'kemajuan':
      return kemajuan(input(row, 'realisasi'), input(row, 'targetAkhir'));
    case 'efisiensi-rasio':
      return efisiensi(efisiensiInputs(row).capaian, efisiensiInputs(row).serapan, 'rasio');
    case 'efisiensi-selisih':
      return efisiensi(input(row, 'capaian'), input(row, 'serapan'), 'selisih');
  }
}

/** Seed 001 computes efisiensi from the unrounded capaian and serapan (R11). */
function efisiensiInputs(row: CorpusRow): { capaian: number; serapan: number } {
  return {
    capaian: capaian(input(row, 'target'), input(row, 'realisasi')),
    serapan: serapan(input(row, 'pagu'), input(row, 'realisasiAnggaran')),
  };
}

/** The verdict core/measures reaches: a measure with no answer (NA) makes any stated value a mismatch. */
function verdictOf(row: CorpusRow): Verdict {
  let value: number;
  try {
    value = exact(row);
  } catch (e) {
    if (e instanceof MeasureError && e.code === 'NA') return 'mismatch';
    throw e;
  }
  const stated = read(row, 'stated', row.stated);
  const c = checkStated(stated.value, stated.decimals, value);
  return c.mode === 'bulat' ? 'consistent' : c.mode === 'bulat-ke-bawah' ? 'consistent-by-truncation' : 'mismatch';
}

const label = (r: CorpusRow): string => `${r.table} l.${r.line} ${r.measure} "${r.stated}" ${r.item.slice(0, 50)}`;

describe('corpus rows (test/fixtures/measures/corpus-rows.json)', () => {
  test('the fixture holds at least 60 rows from every table of the assignment', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const tables = new Set(rows.map((r) => r.table));
    for (const t of ['001-T3.2', '001-T3.3', '001-T3.8', '001-T3.9', '002-T9', '002-T12', '002-T13', '003-T-C.29']) {
      expect(tables).toContain(t);
    }
    for (const v of ['consistent', 'consistent-by-truncation', 'mismatch']) {
      expect(rows.some((r) => r.verdict === v)).toBe(true);
    }
  });

  test.each(rows.map((r) => [label(r), r] as const))('%s', (_name, row) => {
    expect(verdictOf(row)).toBe(row.verdict);
  });
});

describe('mismatches found by hand', () => {
  const mismatches = rows.filter((r) => r.verdict === 'mismatch');

  test.each(mismatches.filter((r) => r.expected !== undefined).map((r) => [label(r), r] as const))(
    '%s: the corpus value is the exact result at the stated decimals',
    (_name, row) => {
      const { decimals } = read(row, 'stated', row.stated);
      expect(roundHalfUp(exact(row), decimals)).toBe(row.expected);
    },
  );

  test('seed 002 Tabel 13: 1.47 / 1.5 stated 95, expected 98 (I03)', () => {
    const row = rows.find((r) => r.table === '002-T13' && r.measure === 'capaian') as CorpusRow;
    expect(row.inputs).toEqual({ target: '1.5', realisasi: '1.47' });
    expect(row.stated).toBe('95');
    expect(verdictOf(row)).toBe('mismatch');
    expect(roundHalfUp(exact(row), 0)).toBe(98);
  });

  test('seed 001 Tabel 3.9 l.1674: 87 / 90 stated 96.29, expected 96.67 (I-11)', () => {
    const row = rows.find((r) => r.table === '001-T3.9' && r.line === '1674' && r.measure === 'capaian') as CorpusRow;
    expect(row.inputs).toEqual({ target: '90', realisasi: '87' });
    expect(checkStated(96.29, 2, exact(row))).toMatchObject({ ok: false, roundedHalfUp: 96.67 });
  });

  test('seed 001 Tabel 3.9: 45 of 60 efisiensi cells state serapan / capaian, not capaian / serapan (I-55)', () => {
    const t39 = rows.filter((r) => r.table === '001-T3.9' && r.measure === 'efisiensi-rasio');
    const inverted = t39.filter((r) => r.note === 'inverted');
    expect(t39).toHaveLength(60);
    expect(inverted).toHaveLength(45);
    for (const row of inverted) {
      const { capaian: c, serapan: s } = efisiensiInputs(row);
      const stated = read(row, 'stated', row.stated);
      expect([label(row), checkStated(stated.value, stated.decimals, efisiensi(c, s, 'rasio')).ok]).toEqual([label(row), false]);
      // the inverted formula reproduces the stated value
      expect([label(row), checkStated(stated.value, stated.decimals, efisiensi(s, c, 'rasio')).ok]).toEqual([label(row), true]);
    }
  });

  test('seed 002 Tabel 12: efisiensi 7,52 = 95 - 87,48 computed although capaian < 100 (I05)', () => {
    const row = rows.find((r) => r.table === '002-T12') as CorpusRow;
    expect(row.note).toBe('precondition');
    const c = input(row, 'capaian');
    const s = input(row, 'serapan');
    expect(checkStated(read(row, 'stated', row.stated).value, 2, c - s).ok).toBe(true);
    expect(() => efisiensi(c, s, 'selisih')).toThrow('tidak dapat diukur: capaian < 100%');
  });

  test('every mismatch cites the corpus inconsistency it comes from', () => {
    for (const row of mismatches) expect([label(row), row.ref]).toEqual([label(row), expect.stringMatching(/^I-?[A-Z]?\d+/)]);
  });
});

describe('rounding habits of the corpus', () => {
  test('seed 003 N2.1 truncates four capaian (I-C1..C4), e.g. 815 / 800 = 101.875 written 101%', () => {
    const truncated = rows.filter((r) => r.verdict === 'consistent-by-truncation');
    expect(truncated.map((r) => r.ref.slice(0, 4))).toEqual(['I-C1', 'I-C2', 'I-C3', 'I-C4']);
    const permakanan = truncated[0];
    expect(permakanan.inputs).toEqual({ target: '800 Orang', realisasi: '815 Orang' });
    expect(exact(permakanan)).toBe(101.875);
  });

  test('seed 003 T-C.29: col 11 of the PMKS row is computed from the unrounded average 96,3333 (97,31, not 97,30)', () => {
    const row = rows.find((r) => r.inputs.realisasiParts !== undefined) as CorpusRow;
    expect(row.stated).toBe('97,31');
    expect(checkStated(97.31, 2, capaian(99, 96.33)).ok).toBe(false);
    expect(verdictOf(row)).toBe('consistent');
  });
});
