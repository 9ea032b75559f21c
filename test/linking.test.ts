/**
 * core/checks/linking: which named rows of different tables are the same indicator. Known
 * misspellings and near-identical names link; a different acronym, number or word keeps names apart.
 * A property test checks that the candidate filter (shared rarest words, which spares the all-pairs
 * comparison on sheets of thousands of names) links exactly what comparing every pair links.
 */
import fc from 'fast-check';
import { inDocumentOrder } from '../src/core/checks/documentOrder';
import { linkRows, type Occurrence } from '../src/core/checks/linking';
import type { RecognizedTable, TableRow } from '../src/core/tables/types';

/** One table per name, each a single indicator row: the groups are then the linked names. */
function tablesOf(names: string[]): RecognizedTable[] {
  return names.map((label, i) => {
    const row: TableRow = { row: 5, level: 'indikator', label };
    return {
      sheet: `S${i}`, top: 0, left: 0, bottom: 5, right: 3, kind: 'capaian', years: [], perubahan: false,
      headerRows: [0], columns: [], rows: [row],
    };
  });
}

/** The linked names, each group as sorted table indices. */
function groupsOf(names: string[]): number[][] {
  return linkRows(tablesOf(names), () => true)
    .map((g) => [...new Set(g.map((o) => o.tableIndex))].sort((a, b) => a - b))
    .sort((a, b) => a[0] - b[0]);
}

function linked(a: string, b: string): boolean {
  return groupsOf([a, b]).length === 1;
}

describe('linkRows', () => {
  test.each([
    ['Presentase PSKS yang diberdayakan', 'Persentase PSKS yang di berdayakan'], // seed 001 spellings
    ['Persentase Warga Migran Yang dipulangkan', 'Presentase warga migran yang dipulangkan'],
    ['Fasilitas Bantuan Sosial Korban Bencana', 'Fasilitasi Bantuan Sosial Korban Bencana'],
    ['Pelindungan Sosial Korban Bencana Alam', 'Perlindungan Sosial Korban Bencana Alam'],
    ['Rehabilitasi Sosial Penyandang Disabilitas Terlantar', 'Rehabilitasi Sosial Penyandang Disabilitas Telantar'],
  ])('links "%s" with "%s"', (a, b) => {
    expect(linked(a, b)).toBe(true);
  });

  test.each([
    ['Persentase PMKS yang tertangani', 'Persentase PPKS yang tertangani'], // a different acronym
    ['Jumlah keluarga penerima 2023', 'Jumlah keluarga penerima 2024'], // a different number
    ['Pemberdayaan Sosial Keluarga Fakir Miskin', 'Pemberdayaan Sosial Kelembagaan Fakir Miskin'], // a different word
    ['Penyediaan Makanan Bagi Lansia', 'Penyediaan Makanan Bagi Anak Terlantar'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(linked(a, b)).toBe(false);
  });

  it('compares a name only with names of other tables: near-identical rows of one table are two rows', () => {
    const a = 'penyediaan bantuan sosial korban bencana';
    const b = 'penyedian bantuan sosial korban bencana'; // one word from a
    const c = 'penyedian bantuaan sosail korban bencana'; // two words from b, three from a
    const [first, second] = tablesOf([a, c]);
    first.rows.push({ row: 6, level: 'indikator', label: b });
    const groups = linkRows([first, second], () => true);
    expect(groups.map((g) => g.map((o) => o.row.label))).toEqual([[b, c]]);
  });

  const WORDS = ['penyediaan', 'pemberdayaan', 'perlindungan', 'rehabilitasi', 'bantuan', 'sosial', 'keluarga', 'lansia', 'terlantar', 'bencana', 'korban', 'layanan'];
  const MISSPELT = ['penyedian', 'pemberdaya', 'pelindungan', 'rehabilitas', 'bantuaan', 'sosail', 'keluarg', 'lansiaa', 'telantar', 'bencna', 'korbn', 'layanaan'];
  const FILLERS = ['dan', 'yang', 'bagi', 'di'];
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...MISSPELT) },
    { weight: 1, arbitrary: fc.constantFrom(...FILLERS) },
  );
  const name = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(' '));

  test('links exactly the names that comparing every pair links (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 2, maxLength: 14 }), (names) => {
        // Reference: the pairs linked one by one, joined transitively.
        const parent = names.map((_, i) => i);
        const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
        for (let i = 0; i < names.length; i++) {
          for (let j = i + 1; j < names.length; j++) if (linked(names[i], names[j])) parent[find(i)] = find(j);
        }
        const components = new Map<number, number[]>();
        names.forEach((_, i) => components.set(find(i), [...(components.get(find(i)) ?? []), i]));
        const expected = [...components.values()].filter((c) => c.length > 1).sort((a, b) => a[0] - b[0]);
        expect(groupsOf(names)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('linked rows in document order (inDocumentOrder)', () => {
  // Groups as linkRows gives them: each sorted by seq; a row (seq) may sit in several groups.
  const groupsArbitrary = fc
    .array(fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 })
    .map((groups) => groups.map((seqs, g) => [...seqs].sort((a, b) => a - b).map((seq) => ({ seq, g }))));
  it('sorts every occurrence by seq and keeps each group its own order (fast-check)', () => {
    fc.assert(
      fc.property(groupsArbitrary, (raw) => {
        const groups = raw.map((group) => group.map(({ seq, g }) => ({ seq, g }) as unknown as Occurrence));
        const { occurrences, groupOf } = inDocumentOrder(groups);
        expect(occurrences).toHaveLength(groups.reduce((n, g) => n + g.length, 0));
        for (let i = 1; i < occurrences.length; i++) expect(occurrences[i].seq).toBeGreaterThanOrEqual(occurrences[i - 1].seq);
        groups.forEach((group, g) => {
          const mine = occurrences.filter((_, i) => groupOf[i] === g);
          expect(mine).toEqual(group);
          expect(mine.every((o, k) => o === group[k])).toBe(true);
        });
      }),
    );
  });
});
