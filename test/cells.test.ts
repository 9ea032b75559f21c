/** How the checks read a numeric cell: the number it displays, including percent formats. */
import { checkWorkbook } from '../src/core/checks';
import { sheet, workbook } from './helpers/grid';

function capaianShown(value: number, text: string) {
  const grid = sheet('Capaian', [
    ['Tabel 3.2 Capaian Kinerja Tahun 2024'],
    ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN'],
    ['1', 'Presentase PSKS yang diberdayakan', 97.5, 98.24, value],
  ]);
  grid.text[2][4] = text;
  return checkWorkbook(workbook(grid)).findings.filter((f) => f.rule === 'capaian-mismatch');
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
