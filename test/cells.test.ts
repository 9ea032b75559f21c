/** How the checks read a numeric cell: the number it displays, including percent formats and any rounding shown. */
import fc from 'fast-check';
import { checkWorkbook, DEFAULT_SETTINGS } from '../src/core/checks';
import { buildContext } from '../src/core/checks/context';
import { recognizeTables } from '../src/core/tables';
import { sheet, workbook } from './helpers/grid';

/** A one-row capaian table whose capaian cell (E3) holds `value` and shows `text`. */
function capaianWorkbook(value: number, text: string) {
  const grid = sheet('Capaian', [
    ['Tabel 3.2 Capaian Kinerja Tahun 2024'],
    ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'],
    ['1', 'Presentase PSKS yang diberdayakan', 97.5, 98.24, value],
  ]);
  grid.text[2][4] = text;
  return workbook(grid);
}

function capaianShown(value: number, text: string) {
  return checkWorkbook(capaianWorkbook(value, text)).findings.filter((f) => f.rule === 'capaian-mismatch');
}

/** The number the capaian cell states. */
function statedOf(value: number, text: string) {
  const snapshot = capaianWorkbook(value, text);
  const views = new Map();
  const tables = recognizeTables(snapshot, views);
  return buildContext(snapshot, tables, DEFAULT_SETTINGS, views).stated(tables[0], 2, 4);
}

describe('numeric cells', () => {
  it('a percent format states value x 100 (1.0076 shown 100.76% is 98.24 / 97.5)', () => {
    expect(capaianShown(1.0076, '100.76%')).toEqual([]);
  });
  it('a number shown with a literal % states itself (1.0076 shown 1.01% is not 100.76)', () => {
    expect(capaianShown(1.0076, '1.01%').map((f) => f.expected)).toEqual([100.76]);
  });
  it('a number states the decimals it displays (100.7589 shown 100.76 agrees; shown 100.8 is 100.8)', () => {
    expect(capaianShown(100.7589, '100.76')).toEqual([]);
    expect(capaianShown(100.7589, '100.8')).toEqual([]);
    expect(capaianShown(100.7589, '101').map((f) => f.stated)).toEqual([]);
    expect(capaianShown(100.2, '100.20').map((f) => f.expected)).toEqual([100.76]);
  });
});

describe('the decimals a numeric cell shows', () => {
  it('in scientific notation: the mantissa decimals less the exponent (2.64E-21 shows 23; 1.5E3 shows none)', () => {
    expect(statedOf(-2.6436758484208955e-21, '-2.64E-21')).toEqual({ value: -2.6436758484208955e-21, decimals: 23 });
    expect(statedOf(1500, '1.5E+3')).toEqual({ value: 1500, decimals: 0 });
    expect(statedOf(-4e-323, '-4e-323')?.decimals).toBe(323);
  });
  it('a unit word with an e in it is no exponent (45,5 Persen shows 1)', () => {
    expect(statedOf(45.5, '45,5 Persen')).toEqual({ value: 45.5, decimals: 1 });
    expect(statedOf(12, '12 Kegiatan')).toEqual({ value: 12, decimals: 0 });
  });
});

describe('the number a numeric cell states', () => {
  // A cell holding v and showing it with d decimals states v rounded as shown: toFixed's reading.
  it('is the shown decimal, read back (fast-check over values and 0-2 decimals)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100)),
        fc.integer({ min: 0, max: 2 }),
        (value, decimals) => {
          const shown = value.toFixed(decimals);
          expect(statedOf(value, shown)).toEqual({ value: Number(shown), decimals });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('reading a cell into a caller object (readCell)', () => {
  const token = fc.oneof(
    fc.constant(null),
    fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom('60 Orang', '1.358 KK', '98,24%', '-', 'N/A', '1.030.971.000', '12,5 Persen', '1 Dokumen', '#REF!', '3-5', ''),
  );
  // The same cell read first by readCell or first by stated/unit: both orders fill the cache.
  it('states what stated() and unit() state, in either order (fast-check)', () => {
    fc.assert(
      fc.property(token, fc.boolean(), (value, readCellFirst) => {
        const grid = sheet('Capaian', [
          ['Tabel 3.2 Capaian Kinerja Tahun 2024'],
          ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'],
          ['1', 'Jumlah PMKS yang ditangani', 100, 90, 90],
          ['2', 'Jumlah PSKS yang diberdayakan', 100, value, 90],
        ]);
        const snapshot = workbook(grid);
        const views = new Map();
        const tables = recognizeTables(snapshot, views);
        const context = buildContext(snapshot, tables, DEFAULT_SETTINGS, views);
        const out = { value: NaN, decimals: NaN, unit: 'x' };
        const first = readCellFirst ? context.readCell(tables[0], 3, 3, out) : undefined;
        const stated = context.stated(tables[0], 3, 3);
        const unit = context.unit(tables[0], 3, 3);
        const found = readCellFirst ? first : context.readCell(tables[0], 3, 3, out);
        expect(found).toBe(stated !== null);
        if (stated) expect(out).toEqual({ ...stated, unit });
        // Outside the sheet's used range nothing is stated.
        expect(context.readCell(tables[0], 3, 40, out)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  // The cache holds each table's cells in its slice; a table the context does not know, and any cell
  // outside a table, are read afresh. Both ways must answer alike, whatever the order of the reads.
  it('answers from the cache as a fresh read does, inside and around the table (fast-check)', () => {
    const cells = fc.array(token, { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(cells, cells, fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 6 })), { maxLength: 40 }), (a, b, reads) => {
        const grid = sheet('Capaian', [
          ['Tabel 3.2 Capaian Kinerja Tahun 2024'],
          ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'],
          ['1', 'Jumlah PMKS yang ditangani', a[0], a[1], a[2], a[3]],
          ['2', 'Jumlah PSKS yang diberdayakan', a[4], a[5], b[0], b[1]],
          ['3', 'Jumlah Warga Migran yang dipulangkan', b[2], b[3], b[4], b[5]],
        ]);
        const snapshot = workbook(grid);
        const views = new Map();
        const tables = recognizeTables(snapshot, views);
        const context = buildContext(snapshot, tables, DEFAULT_SETTINGS, views);
        const stranger = { ...tables[0] };
        const answer = (table: typeof stranger, row: number, col: number) => {
          const out = { value: NaN, decimals: NaN, unit: '' };
          const found = context.readCell(table, row, col, out);
          return { stated: context.stated(table, row, col), unit: context.unit(table, row, col), found, out: found ? out : null };
        };
        for (const [row, col] of reads) expect(answer(tables[0], row, col)).toEqual(answer(stranger, row, col));
        for (let row = 0; row <= 7; row++) for (let col = 0; col <= 6; col++) expect(answer(tables[0], row, col)).toEqual(answer(stranger, row, col));
      }),
      { numRuns: 300 },
    );
  });
});
