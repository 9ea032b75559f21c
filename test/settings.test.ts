/** Settings change what the checks assume: rounding mode, negative formula, efisiensi method, overrides, dismissals. */
import { checkWorkbook } from '../src/core/checks';
import { validateSettings } from '../src/core/checks/validateSettings';
import { sheet, workbook } from './helpers/grid';

const capaianTable = (rows: (string | number)[][], arah = false) =>
  workbook(
    sheet('Capaian', [
      ['Tabel 3.2 Capaian Kinerja Tahun 2024'],
      ['NO', 'INDIKATOR KINERJA', ...(arah ? ['ARAH'] : []), 'TARGET', 'REALISASI', 'CAPAIAN'],
      ...rows,
    ]),
  );

const rules = (result: ReturnType<typeof checkWorkbook>) => result.findings.map((f) => `${f.rule}@${f.cell}:${f.expected}`);

describe('settings', () => {
  // 815 / 800 = 101.875: "101" is the truncated value (seed 003), "102" the half-up one.
  const book = capaianTable([['1', 'Jumlah dokumen perencanaan', 800, 815, 101]]);

  it('rounding: auto accepts truncation, bulat (half-up only) does not', () => {
    expect(rules(checkWorkbook(book))).toEqual([]);
    const strict = checkWorkbook(book, { rounding: 'bulat' });
    expect(rules(strict)).toEqual(['capaian-mismatch@E3:102']);
    expect(strict.findings[0].variant).toBe('positif, bulat 0 desimal');
  });

  it('negative formula: the table variant is inferred, or the setting imposes one', () => {
    // Angka kemiskinan, lower is better: T 10, R 8 -> A: 120, B: 125, C: 20.
    const negative = capaianTable([['1', 'Persentase penduduk miskin', 'Negatif', 10, 8, 125]], true);
    expect(rules(checkWorkbook(negative))).toEqual([]);
    const a = checkWorkbook(negative, { negativeFormula: 'A' });
    expect(rules(a)).toEqual(['capaian-mismatch@F3:120']);
    expect(a.findings[0].variant).toMatch(/^negatif-A/);
  });

  it('efisiensi method: selisih flags a value computed although capaian < 100; rasio accepts the ratio', () => {
    const efisiensi = workbook(
      sheet('Efisiensi', [
        ['Tabel 12. Analisis Efisiensi'],
        ['NO', 'INDIKATOR KINERJA', '% CAPAIAN KINERJA', '% PENYERAPAN ANGGARAN', 'TINGKAT EFISIENSI'],
        ['1', 'Persentase PMKS yang tertangani', 95, 87.48, 1.09],
      ]),
    );
    expect(rules(checkWorkbook(efisiensi, { efisiensiMethod: 'rasio' }))).toEqual([]);
    expect(rules(checkWorkbook(efisiensi, { efisiensiMethod: 'selisih' }))).toEqual(['efisiensi-mismatch@E3:null']);
  });

  it('table overrides change a column role; dismissed findings are dropped', () => {
    const wrong = capaianTable([['1', 'Jumlah dokumen perencanaan', 800, 815, 110]]);
    expect(rules(checkWorkbook(wrong))).toEqual(['capaian-mismatch@E3:102']);
    const overridden = checkWorkbook(wrong, { tableOverrides: [{ sheet: 'Capaian', range: 'A2:E3', columns: { E: 'keterangan' } }] });
    expect(overridden.tables[0].columns[4].role).toBe('keterangan');
    expect(rules(overridden)).toEqual([]);
    expect(rules(checkWorkbook(wrong, { dismissed: [{ rule: 'capaian-mismatch', sheet: 'Capaian', cell: 'E3' }] }))).toEqual([]);
  });

  it('validation names each problem in the chosen language', () => {
    expect(validateSettings({ rounding: 'atas', tableOverrides: [{ sheet: 'X' }] }, 'en').problems).toEqual([
      '"rounding" must be one of: auto, bulat, bulat-ke-bawah',
      '"tableOverrides" item 1: needs "sheet", "range"',
    ]);
    expect(validateSettings([], 'id').problems).toEqual(['pengaturan harus berupa objek JSON']);
  });
});

describe('average rows', () => {
  const sasaran = (average: number) =>
    workbook(
      sheet('Capaian', [
        ['Tabel 3.2 Capaian Kinerja Tahun 2024'],
        ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'],
        ['1', 'Persentase PSKS yang diberdayakan', 97.5, 98.24, 100.76],
        ['2', 'Persentase Warga Migran yang dipulangkan', 90, 86.66, 96.29],
        ['3', 'Persentase TMP yang terpelihara', '-', '-', '-'],
        ['Rata-rata', '', '', '', average],
      ]),
    );

  it('accepts nil rows left out (98.53) or counted as 0 (65.68), and flags anything else', () => {
    expect(rules(checkWorkbook(sasaran(98.53)))).toEqual([]);
    expect(rules(checkWorkbook(sasaran(65.68)))).toEqual([]);
    const wrong = checkWorkbook(sasaran(97.53));
    expect(rules(wrong)).toEqual(['total-mismatch@E6:98.53']);
    expect(wrong.findings[0].variant).toBe('rata-rata (nihil tidak dihitung)');
  });
});
