/**
 * target-mismatch against the Renstra: an RKT/Renja target that differs from the Renstra target of the
 * year is flagged, unless the RKT says it follows the revised plan ("TARGET 2024 (PERUBAHAN)", seed 001
 * Lampiran: 95.35 against the Renstra's 85.05 is the revised target, not a slip).
 */
import { checkWorkbook } from '../src/core/checks';
import type { CellValue } from '../src/core/workbook/types';
import { sheet, workbook } from './helpers/grid';

const RENSTRA: CellValue[][] = [
  ['Tabel T.C-25 Tujuan dan Sasaran Jangka Menengah Pelayanan Perangkat Daerah'],
  ['No', 'Tujuan', 'Sasaran', 'Indikator Tujuan/Sasaran', 'Target Kinerja Tujuan/Sasaran', '', '', ''],
  ['', '', '', '', '2022', '2023', '2024', '2025'],
  ['1', 'Meningkatkan Kualitas Pelayanan Sosial', 'Peningkatan Pelayanan Kepada PPKS', 'Persentase PMKS yang tertangani', 75.05, 80.05, 85.05, 90.05],
  ['', '', '', 'Persentase Warga Migran yang dipulangkan', 74.93, 79.93, 84.93, 89.93],
];

function rkt(targetHeader: string): CellValue[][] {
  return [
    ['RENCANA KERJA TAHUNAN (RKT) TAHUN 2024'],
    ['NO', 'SASARAN', 'INDIKATOR KINERJA', targetHeader],
    ['1', 'Peningkatan Pelayanan Kepada PPKS', 'Persentase PMKS yang tertangani', 95.35],
    ['', '', 'Persentase Warga Migran yang dipulangkan', 84.93],
  ];
}

function renstraFindings(targetHeader: string) {
  const result = checkWorkbook(workbook(sheet('Renstra', RENSTRA), sheet('RKT', rkt(targetHeader))));
  return result.findings.filter((f) => f.rule === 'target-mismatch').map((f) => [f.sheet, f.cell, f.expected]);
}

describe('target-mismatch: RKT against the Renstra', () => {
  it('flags an RKT target that differs from the Renstra target of the year', () => {
    expect(renstraFindings('TARGET 2024')).toEqual([['RKT', 'D3', 85.05]]);
  });
  it('accepts an RKT target column that says it is the revised one', () => {
    expect(renstraFindings('TARGET 2024 (PERUBAHAN)')).toEqual([]);
  });
});
