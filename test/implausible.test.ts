/**
 * implausible-value on targets across years: a year 50 times every other year of the row, in one unit,
 * is a slip of the keyboard (seed 003: "100 Dokumen" after "1 Dokumen"); a series that only grows, a
 * mix of units, or two years whose larger is the first are not flagged.
 */
import { checkWorkbook } from '../src/core/checks';
import type { CellValue } from '../src/core/workbook/types';
import { sheet, workbook } from './helpers/grid';

const RENSTRA: CellValue[][] = [
  ['Tabel T.C-25 Target Kinerja Program Perangkat Daerah'],
  ['No', 'Indikator Kinerja', 'Target Kinerja', '', '', ''],
  ['', '', '2023', '2024', '2025', '2026'],
  ['1', 'Jumlah dokumen perencanaan yang disusun', '1 Dokumen', '1 Dokumen', '100 Dokumen', '1 Dokumen'],
  ['2', 'Jumlah laporan keuangan yang disusun', '2 Dokumen', '2 Dokumen', '120 Dokumen', '2 Dokumen'],
  ['3', 'Jumlah penerima bantuan sosial', '10 Orang', '100 Orang', '1000 Orang', '1200 Orang'],
  ['4', 'Jumlah relawan yang dilatih', '1 Dokumen', '1 Dokumen', '60 Orang', '1 Dokumen'],
  ['5', 'Jumlah rapat koordinasi', '0 Rapat', '0 Rapat', '3 Rapat', '200 Rapat'],
  ['6', 'Jumlah panti yang dibina', '0 Panti', '0 Panti', '300 Panti', '4 Panti'],
];

function seriesFindings(): string[] {
  const { findings } = checkWorkbook(workbook(sheet('Renstra', RENSTRA)));
  return findings.filter((f) => f.rule === 'implausible-value').map((f) => `${f.cell} ${f.stated} [${f.related.join(' ')}]`);
}

describe('implausible-value: targets across years', () => {
  it('flags a year 50 times every other year of the row in the same unit, and only that', () => {
    expect(seriesFindings()).toEqual([
      'E4 100 Dokumen [Renstra!C4 Renstra!D4 Renstra!F4]',
      'E5 120 Dokumen [Renstra!C5 Renstra!D5 Renstra!F5]',
      'F8 200 Rapat [Renstra!E8]',
    ]);
  });
});
