/**
 * core/numbers on whole columns of the seed corpus (test/fixtures/corpus/seed-00{1,2}.tables.json,
 * cells exactly as written): the column convention settles ambiguous cells, the arithmetic of the
 * table holds with the values read, and the alternatives of malformed cells contain the one
 * reading the table's own total confirms (seed-002 Tabel 14, corpus I28-I35).
 */
import { detectColumnConvention, mixedConventions, parseAngka } from '../src/core/numbers';
import seed001 from './fixtures/corpus/seed-001.tables.json';
import seed002 from './fixtures/corpus/seed-002.tables.json';

interface CorpusTable {
  id: string;
  rows: string[][];
}

function table(tables: CorpusTable[], id: string): CorpusTable {
  const found = tables.find((t) => t.id === id);
  if (!found) throw new Error(`fixture table ${id} missing`);
  return found;
}

const column = (t: CorpusTable, col: number): string[] => t.rows.map((r) => r[col] ?? '');

describe('seed-001 Tabel 3.7 (English thousands, "-" for zero)', () => {
  const t37 = table(seed001 as CorpusTable[], '001-T3.7');

  test('every amount and % column shows the en convention', () => {
    for (const col of [1, 2, 3, 4, 5]) expect(detectColumnConvention(column(t37, col))).toBe('en');
  });

  test('read in the column convention, no cell is ambiguous and sisa = anggaran sesudah - realisasi on every row', () => {
    let rowsChecked = 0;
    for (const row of t37.rows) {
      const [anggaran, realisasi, sisa] = [2, 3, 5].map((c) => parseAngka(row[c], { convention: 'en' }));
      for (const p of [anggaran, realisasi, sisa]) {
        expect(p.flags.ambiguous || p.flags.malformed).toBe(false);
      }
      if (anggaran.value === null || realisasi.value === null) continue;
      expect(sisa.flags.nil || sisa.value !== null).toBe(true);
      expect(anggaran.value - realisasi.value).toBe(sisa.flags.nil ? 0 : sisa.value);
      rowsChecked++;
    }
    expect(rowsChecked).toBe(71);
  });

  test('"628,859" alone is ambiguous; the column reads it as 628859', () => {
    expect(parseAngka('628,859').flags.ambiguous).toBe(true);
    const inColumn = parseAngka('628,859', { convention: detectColumnConvention(column(t37, 5)) ?? undefined });
    expect(inColumn.value).toBe(628859);
    expect(inColumn.flags.ambiguous).toBe(false);
  });

  test('Lampiran T1.1 mixes "100,00" and "100.00" in one column (corpus I-60)', () => {
    const lt11 = table(seed001 as CorpusTable[], '001-L.T1.1');
    expect(mixedConventions(column(lt11, 6))).toBe(true);
    expect(detectColumnConvention(column(lt11, 6))).toBeNull();
  });
});

describe('seed-002 Tabel 14 (Indonesian thousands, malformed amounts)', () => {
  const t14 = table(seed002 as CorpusTable[], '002-T14');
  const realisasi = column(t14, 3);

  test('the realisasi column is Indonesian; the % column mixes conventions (corpus I30)', () => {
    expect(detectColumnConvention(realisasi)).toBe('id');
    expect(mixedConventions(column(t14, 4))).toBe(true);
  });

  test('the cells flagged are exactly the corpus ones, and "701212272" is a plain number', () => {
    const flagged = realisasi.filter((cell) => {
      const p = parseAngka(cell, { convention: 'id' });
      return p.flags.ambiguous || p.flags.malformed;
    });
    expect(flagged).toEqual(['158.108,200', '205..778.000', '3.497503.285', '1.030.971.00', '64.919,966', '47.750.00']);
    expect(parseAngka('701212272', { convention: 'id' }).value).toBe(701212272);
  });

  test('exactly one choice among the alternatives makes the 42 amounts sum to Belanja Langsung 26.661.611.467', () => {
    const belanjaLangsung = parseAngka(t14.rows[1][3], { convention: 'id' }).value;
    expect(belanjaLangsung).toBe(26661611467);
    const details = t14.rows
      .slice(2, t14.rows.length - 1)
      .map((r) => parseAngka(r[3], { convention: 'id' }))
      .filter((p) => p.value !== null);
    expect(details).toHaveLength(42);

    // Cartesian product of the readings (36 combinations), sums in cents to stay exact.
    let combos: { cents: number; picks: number[] }[] = [{ cents: 0, picks: [] }];
    for (const p of details) {
      const readings = p.alternatives.length > 0 ? p.alternatives : [p.value as number];
      combos = combos.flatMap((c) => readings.map((v) => ({ cents: c.cents + Math.round(v * 100), picks: [...c.picks, v] })));
    }
    const matching = combos.filter((c) => c.cents === (belanjaLangsung as number) * 100);
    expect(matching).toHaveLength(1);
    const picked = details.flatMap((p, i) => (p.alternatives.length > 0 ? [[p.raw, matching[0].picks[i]]] : []));
    expect(Object.fromEntries(picked)).toEqual({
      '158.108,200': 158108200,
      '205..778.000': 205778000,
      '3.497503.285': 3497503285,
      '1.030.971.00': 1030971000,
      '64.919,966': 64919966,
      '47.750.00': 47750000,
    });
  });
});
