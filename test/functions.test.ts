/**
 * The SAKIP custom functions as Excel calls them (numbers, text such as "98,24", null for an omitted
 * argument, matrices for ranges), on values of the seed reports, and the Excel errors they throw.
 */

import { angka, capaian, efisiensi, kategori, kemajuan, predikat, serapan } from '../src/functions/functions';
import { excelError } from '../src/functions/excelError';
import type { ExcelError } from '../src/functions/excelError';

/** The Excel error a call throws (code and message); fails the test when it returns a value. */
function errorOf(call: () => unknown): { code: string; message: string } {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    const { code, message } = e as ExcelError;
    return { code, message };
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}

/** Seed 001 Tabel 3.1 "Skala Nilai Peringkat Kinerja" as a range: header row, bounds then label. */
const SKALA_SEED_001: string[][] = [
  ['Rentang Capaian', 'Kategori Capaian'],
  ['91% ≤ 100%', 'Sangat Tinggi'],
  ['76% ≤ 90%', 'Tinggi'],
  ['66% ≤ 75%', 'Sedang'],
  ['51% ≤ 65%', 'Rendah'],
  ['≤ 50%', 'Sangat Rendah'],
];

describe('SAKIP.CAPAIAN', () => {
  it('computes R/T x 100 unrounded (seed 001: PSKS 98.24 of 97.5 -> 100.76)', () => {
    const value = capaian(97.5, 98.24);
    expect(value).toBeCloseTo(100.76, 2);
    expect(value).toBe((98.24 / 97.5) * 100);
    expect(value).not.toBe(100.76);
  });

  it('reads Indonesian text arguments the same way', () => {
    expect(capaian('97,5', '98,24')).toBe(capaian(97.5, 98.24));
    expect(capaian('90', '84,66')).toBeCloseTo(94.07, 2);
  });

  it('applies the negative formulas, case-insensitively, A by default', () => {
    expect(capaian(10, 12, 'negatif')).toBeCloseTo(80, 10);
    expect(capaian(10, 12, 'Negatif', 'b')).toBeCloseTo(83.333333, 5);
    expect(capaian(10, 12, 'NEGATIF', 'C')).toBeCloseTo(-20, 10);
    expect(capaian(10, 8, 'negatif', 'D')).toBe(100);
    expect(capaian(10, 12, null as unknown as string, null as unknown as string)).toBeCloseTo(120, 10);
  });

  it('target 0 is #DIV/0!', () => {
    const e = errorOf(() => capaian(0, 5));
    expect(e.code).toBe('#DIV/0!');
    expect(e.message).toMatch(/^Target 0/);
  });

  it('text that is not a number is #VALUE!', () => {
    expect(errorOf(() => capaian('abc', 5))).toEqual({ code: '#VALUE!', message: 'Target bukan angka: "abc"' });
    expect(errorOf(() => capaian(90, true))).toEqual({ code: '#VALUE!', message: 'Realisasi bukan angka: TRUE' });
  });

  it('an ambiguous number is refused, not guessed (seed 001 target "97.550")', () => {
    const e = errorOf(() => capaian('97.550', '98,24'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('Target: "97.550" bermakna ganda: 97550 atau 97,55? Tulis salah satunya, tanpa titik ribuan');
  });

  it('a range target is #VALUE!', () => {
    expect(errorOf(() => capaian('90-100%', 95))).toEqual({
      code: '#VALUE!',
      message: 'Target berupa rentang (90 sampai 100), bukan satu angka: "90-100%"',
    });
  });

  it('blank and nil "-" are no value (#N/A), never zero', () => {
    expect(errorOf(() => capaian(97.5, ''))).toEqual({ code: '#N/A', message: 'Realisasi kosong: tidak ada nilai (kosong bukan nol)' });
    expect(errorOf(() => capaian(97.5, null))).toEqual({ code: '#N/A', message: 'Realisasi kosong: tidak ada nilai (kosong bukan nol)' });
    expect(errorOf(() => capaian('-', 5))).toEqual({ code: '#N/A', message: 'Target bernilai nihil ("-"): tidak ada nilai' });
  });

  it('an unknown arah or rumus is #VALUE!', () => {
    expect(errorOf(() => capaian(10, 12, 'naik')).code).toBe('#VALUE!');
    expect(errorOf(() => capaian(10, 12, 'naik')).message).toMatch(/Arah indikator tidak dikenal: "naik"/);
    expect(errorOf(() => capaian(10, 12, 'negatif', 'E')).code).toBe('#VALUE!');
  });
});

describe('SAKIP.KATEGORI', () => {
  it('uses the Permendagri 86/2017 scale by default (seed 001: 94.07 Sangat Tinggi)', () => {
    expect(kategori(94.07)).toBe('Sangat Tinggi');
    expect(kategori('94,07')).toBe('Sangat Tinggi');
    expect(kategori(90.5)).toBe('Tinggi');
    expect(kategori(117.02)).toBe('Sangat Tinggi');
    expect(kategori(50)).toBe('Sangat Rendah');
  });

  it('takes a preset name from a one-cell argument', () => {
    expect(kategori(94.07, [['baik']])).toBe('Sangat Baik');
    expect(kategori(98.24, [['Tercapai']])).toBe('Belum tercapai');
    expect(kategori(94.07, [['']])).toBe('Sangat Tinggi');
    expect(errorOf(() => kategori(94.07, [['sedang']])).code).toBe('#VALUE!');
    expect(errorOf(() => kategori(94.07, [[5]]))).toEqual({
      code: '#VALUE!',
      message: 'Skala harus nama skala (permendagri86, baik, tercapai) atau rentang tabel skala, bukan 5',
    });
  });

  it('reads the scale table of seed 001 from a range, header row included', () => {
    expect(kategori(94.12, SKALA_SEED_001)).toBe('Sangat Tinggi');
    expect(kategori(70, SKALA_SEED_001)).toBe('Sedang');
    expect(kategori(50, SKALA_SEED_001)).toBe('Sangat Rendah');
  });

  it('a capaian in no band of the written scale is #N/A (117.02 above "91% ≤ 100%", 90.5 in a gap)', () => {
    expect(errorOf(() => kategori(117.02, SKALA_SEED_001)).code).toBe('#N/A');
    expect(errorOf(() => kategori(117.02, SKALA_SEED_001)).message).toMatch(/117.02 tidak termasuk rentang/);
    expect(errorOf(() => kategori(90.5, SKALA_SEED_001)).code).toBe('#N/A');
  });

  it('reads the columns in either order, with or without a header, skipping blank rows', () => {
    const labelFirst = SKALA_SEED_001.map(([bounds, label]) => [label, bounds]);
    expect(kategori(80, labelFirst)).toBe('Tinggi');
    expect(kategori(80, SKALA_SEED_001.slice(1))).toBe('Tinggi');
    expect(kategori(80, [...SKALA_SEED_001, [null, null]])).toBe('Tinggi');
  });

  it('a range that is not a two-column scale is #VALUE!', () => {
    const threeColumns = SKALA_SEED_001.map((row, i) => [String(i), ...row]);
    expect(errorOf(() => kategori(80, threeColumns))).toEqual({
      code: '#VALUE!',
      message: 'Rentang skala harus dua kolom: kategori dan rentang capaian',
    });
    expect(errorOf(() => kategori(80, [['Sangat Tinggi', 'Tinggi'], ['Sedang', 'Rendah']])).code).toBe('#VALUE!');
    expect(errorOf(() => kategori(80, [['Tinggi', 'kira-kira 80']])).code).toBe('#VALUE!');
  });
});

describe('SAKIP.PREDIKAT', () => {
  it('grades with strict lower bounds (seed 000: "79 atau predikat A" is BB)', () => {
    expect(predikat(79)).toBe('BB');
    expect(predikat(80)).toBe('BB');
    expect(predikat(80.01)).toBe('A');
    expect(predikat('68,78')).toBe('B');
    expect(predikat(30)).toBe('D');
  });

  it('reads the number of a composite cell such as "BB (75,50)"', () => {
    expect(predikat('BB (75,50)')).toBe('BB');
  });

  it('a score outside 0..100 is #VALUE!', () => {
    expect(errorOf(() => predikat(101)).code).toBe('#VALUE!');
  });
});

describe('SAKIP.SERAPAN', () => {
  it('is realisasi / pagu x 100 (seed 002: 50.193.200.643 / 56.652.801.485 = 88,60)', () => {
    expect(serapan(56652801485, 50193200643)).toBeCloseTo(88.6, 2);
    expect(serapan('Rp. 56.652.801.485', 'Rp. 50.193.200.643')).toBe(serapan(56652801485, 50193200643));
    expect(serapan('252,980,000', '243,480,000')).toBeCloseTo(96.24, 2);
  });

  it('pagu 0 is #DIV/0!', () => {
    expect(errorOf(() => serapan(0, 5)).code).toBe('#DIV/0!');
  });
});

describe('SAKIP.EFISIENSI', () => {
  it('selisih (default) is not measured when capaian < 100 (seed 002: 95 and 87,48 -> #N/A)', () => {
    expect(errorOf(() => efisiensi(95, 87.48))).toEqual({ code: '#N/A', message: 'Efisiensi tidak dapat diukur: capaian < 100%' });
    expect(errorOf(() => efisiensi('95', '87,48', 'selisih')).code).toBe('#N/A');
  });

  it('selisih is capaian - serapan when capaian >= 100', () => {
    expect(efisiensi(101.88, 96.24)).toBeCloseTo(5.64, 10);
  });

  it('rasio is capaian / serapan (seed 001: 100,76 / 96,24 -> 1,05)', () => {
    expect(efisiensi(101.88, 96.24, 'rasio')).toBe(101.88 / 96.24);
    expect(efisiensi('100,76', '96,24', 'Rasio')).toBeCloseTo(1.05, 2);
  });

  it('an unknown metode is #VALUE!', () => {
    expect(errorOf(() => efisiensi(101.88, 96.24, 'bagi')).code).toBe('#VALUE!');
  });
});

describe('SAKIP.KEMAJUAN', () => {
  it('is realisasi / target akhir x 100 (seed 002: 1,47 of 7,5 -> 19,60)', () => {
    expect(kemajuan(1.47, 7.5)).toBeCloseTo(19.6, 10);
    expect(kemajuan('1,47', '7,5')).toBeCloseTo(19.6, 10);
    // seed 001 Tabel 3.4: 98.24 of the Renstra 2026 target 91.37, written as 108 %
    expect(kemajuan(98.24, 91.37)).toBeCloseTo(107.52, 2);
  });

  it('target akhir 0 is #DIV/0!', () => {
    expect(errorOf(() => kemajuan(1.47, 0)).code).toBe('#DIV/0!');
  });
});

describe('SAKIP.ANGKA', () => {
  it('reads rupiah, Indonesian and English numbers and percentages', () => {
    expect(angka('Rp. 5.021.140.500,-')).toBe(5021140500);
    expect(angka('4,850,819,710.00')).toBe(4850819710);
    expect(angka('98,24')).toBe(98.24);
    expect(angka('100.76%')).toBe(100.76);
    expect(angka(12.5)).toBe(12.5);
  });

  it('reads the plain value of an Excel rich value (formatted number)', () => {
    expect(angka({ type: 'FormattedNumber', basicValue: 3.5, numberFormat: '0.00' })).toBe(3.5);
  });

  it('nil "-" is #N/A and a range is #VALUE!', () => {
    expect(errorOf(() => angka('-'))).toEqual({ code: '#N/A', message: 'Teks bernilai nihil ("-"): tidak ada nilai' });
    expect(errorOf(() => angka('90-100%')).code).toBe('#VALUE!');
  });

  it('a malformed number is #VALUE!', () => {
    expect(errorOf(() => angka('8.662.479.43,00'))).toEqual({ code: '#VALUE!', message: 'Teks: format angka tidak jelas: "8.662.479.43,00"' });
  });
});

describe('excelError', () => {
  const global = globalThis as { CustomFunctions?: unknown };
  afterEach(() => {
    delete global.CustomFunctions;
  });

  it('is a plain error with code and message outside Excel', () => {
    const e = excelError('#N/A', 'tidak ada');
    expect(e).toBeInstanceOf(Error);
    expect({ code: e.code, message: e.message }).toEqual({ code: '#N/A', message: 'tidak ada' });
  });

  it("is Excel's CustomFunctions.Error when the runtime defines it", () => {
    class FakeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    global.CustomFunctions = {
      Error: FakeError,
      ErrorCode: { divisionByZero: '#DIV/0!', invalidValue: '#VALUE!', notAvailable: '#N/A' },
    };
    const e = errorOf(() => capaian(0, 5));
    expect(e.code).toBe('#DIV/0!');
    expect(excelError('#VALUE!', 'x')).toBeInstanceOf(FakeError);
  });
});
