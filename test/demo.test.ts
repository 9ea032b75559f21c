/**
 * The demo sample (samples/, seed 001's BAB II, BAB III and the Kepala Dinas PK): the findings a
 * user must see there, and none on rows that differ only by rounding or truncation.
 */
import path from 'path';
import { readWorkbookFile } from '../src/cli/xlsxSnapshot';
import { checkWorkbook, type Finding } from '../src/core/checks';

const SAMPLE = path.join(__dirname, '..', 'samples', 'lkjip-2024-kotawaringin-timur.xlsx');
let findings: Finding[];

beforeAll(async () => {
  findings = checkWorkbook(await readWorkbookFile(SAMPLE)).findings;
});

const at = (cell: string) => findings.filter((f) => `${f.sheet}!${f.cell}` === cell);

describe('the demo sample', () => {
  it('shows the cross-table mismatch 84.66 (Tabel 3.2) against 86.66 (Tabel 3.3) for Warga Migran 2024', () => {
    const [f] = at('BAB III!G14').filter((x) => x.rule === 'cross-table-mismatch');
    expect(f).toMatchObject({ stated: '84.66', expected: 86.66, variant: 'realisasi 2024', severity: 'warning' });
    expect(f.message).toContain('Tabel 3.3');
    expect(f.related).toEqual(["'BAB III'!M27"]);
  });

  it('names the inverted efisiensi of Tabel 3.9 in each of its 45 cells', () => {
    const inverted = findings.filter((f) => f.rule === 'efisiensi-mismatch' && f.variant === 'efisiensi-rasio-terbalik');
    expect(inverted).toHaveLength(45);
    // Sandang: capaian 30.00, serapan 19.99 -> stated 0.67 (= 19.99 / 30), Output/Input gives 1.50.
    expect(inverted.find((f) => f.stated === '0.67')).toMatchObject({ expected: 1.5, fix: 1.5 });
  });

  it('flags the PK Perubahan target 900 as implausible and as differing from the capaian tables', () => {
    const cell = at('BAB II!F60');
    expect(cell.map((f) => f.rule).sort()).toEqual(['implausible-value', 'target-mismatch']);
    expect(cell.find((f) => f.rule === 'target-mismatch')).toMatchObject({ stated: '900', expected: 100, variant: 'PK perubahan' });
  });

  it('finds the totals that miss by 90,000 (Tabel 3.7, the transposed 490,451,028 and 13,876,900)', () => {
    const totals = findings.filter((f) => f.rule === 'total-mismatch');
    const differences = totals.map((f) => Math.abs(Number(f.expected) - Number(f.stated.replace(/,/g, ''))));
    expect(differences.filter((d) => d === 90_000).length).toBeGreaterThanOrEqual(3);
    expect(at('BAB III!B145')[0]).toMatchObject({ rule: 'total-mismatch', stated: '5,021,140,500', expected: 5_021_050_500 });
  });

  it('raises nothing on rows that differ only by rounding or truncation', () => {
    // Tabel 3.2: 98.24 is 56/57 truncated; 97.20/88.59 = 109.719 -> 109.72; Tabel 3.3: 99.15/67.37 = 147.17 -> 147%.
    for (const cell of ['BAB III!H13', 'BAB III!I13', 'BAB III!H16', 'BAB III!H26', 'BAB III!K26']) {
      expect(at(cell).filter((f) => f.rule === 'capaian-mismatch')).toEqual([]);
    }
    expect(findings.filter((f) => f.rule === 'capaian-mismatch').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['BAB III!G242']);
  });
});
