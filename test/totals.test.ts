/**
 * total-mismatch in the program hierarchy of a plan table (Renja): a parent's pagu is the sum of its
 * children's, and a kegiatan's count target the sum of its sub kegiatan targets in the same unit,
 * but a percentage target (in the cell or in the Satuan column) never adds up.
 */
import { checkWorkbook } from '../src/core/checks';
import type { CellValue } from '../src/core/workbook/types';
import { sheet, workbook } from './helpers/grid';

const HEADER: CellValue[] = ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Satuan', 'Pagu (Rp)'];

function totalsOf(rows: CellValue[][]) {
  const grid = sheet('Renja', [['Tabel 3.1 Rencana Program dan Kegiatan Tahun 2025'], HEADER, ...rows]);
  const result = checkWorkbook(workbook(grid));
  expect(result.tables.map((t) => t.kind)).toEqual(['renja']);
  return result.findings.filter((f) => f.rule === 'total-mismatch');
}

describe('total-mismatch in a Renja hierarchy', () => {
  it('a kegiatan target is the sum of its sub kegiatan targets in the Satuan column unit (14 = 7 + 7)', () => {
    const rows: CellValue[][] = [
      ['1.06.02', 'Program Pemberdayaan Sosial', 'Jumlah PSKS yang diberdayakan', 14, 'Orang', 300_000_000],
      ['1.06.02.2.01', 'Kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil', 'Jumlah orang yang diberdayakan', 15, 'Orang', 300_000_000],
      ['1.06.02.2.01.0001', 'Sub Kegiatan Pemberdayaan Sosial Keluarga', 'Jumlah keluarga yang diberdayakan', 7, 'Orang', 100_000_000],
      ['1.06.02.2.01.0002', 'Sub Kegiatan Pemberian Bantuan Kelembagaan', 'Jumlah lembaga yang dibantu', 7, 'Orang', 200_000_000],
    ];
    expect(totalsOf(rows).map((f) => [f.cell, f.expected])).toEqual([['D4', 14]]);
  });

  it('over sub kegiatan of several units, a kegiatan target equal to one of theirs restates it (seed 003: 12 Laporan over 120 Orang/Bulan, 1 + 12 Laporan)', () => {
    const kegiatan = (target: string): CellValue[][] => [
      ['1.06.01', 'Program Penunjang Urusan Pemerintahan Daerah', 'Nilai SAKIP', 1, 'Dokumen', 12_388_587_375],
      ['1.06.01.2.02', 'Kegiatan Administrasi Keuangan Perangkat Daerah', 'Tersedianya Laporan Keuangan', target, '', 12_388_587_375],
      ['1.06.01.2.02.0001', 'Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 'Jumlah orang yang menerima gaji', '120 Orang/Bulan', '', 12_063_587_375],
      ['1.06.01.2.02.0005', 'Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun', 'Jumlah laporan akhir tahun', '1 Laporan', '', 50_000_000],
      ['1.06.01.2.02.0007', 'Sub Kegiatan Koordinasi dan Penyusunan Laporan Keuangan Bulanan', 'Jumlah laporan bulanan', '12 Laporan', '', 275_000_000],
    ];
    expect(totalsOf(kegiatan('12 Laporan')).map((f) => [f.cell, f.expected])).toEqual([]);
    // Equal to none of them, it is read as their sum again: 15 Laporan against 1 + 12.
    expect(totalsOf(kegiatan('15 Laporan')).map((f) => [f.cell, f.expected])).toEqual([['D4', 13]]);
  });

  it('percentage targets (Satuan "%") do not add up: 100 % over six 100 % sub kegiatan is no finding', () => {
    const subs: CellValue[][] = Array.from({ length: 6 }, (_, i) => [`1.06.02.2.01.000${i + 1}`, `Sub Kegiatan Layanan Nomor ${'ABCDEF'[i]}`, 'Persentase layanan tepat waktu', 100, '%', 50_000_000]);
    const rows: CellValue[][] = [
      ['1.06.02', 'Program Pemberdayaan Sosial', 'Persentase PSKS yang diberdayakan', 100, '%', 300_000_000],
      ['1.06.02.2.01', 'Kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil', 'Persentase layanan tepat waktu', 100, '%', 300_000_000],
      ...subs,
    ];
    expect(totalsOf(rows)).toEqual([]);
  });

  it("a parent's pagu is the sum of its children's, at every written level", () => {
    const rows: CellValue[][] = [
      ['1.06.02', 'Program Pemberdayaan Sosial', 'Persentase PSKS yang diberdayakan', 100, '%', 300_090_000],
      ['1.06.02.2.01', 'Kegiatan Pemberdayaan Sosial Komunitas Adat Terpencil', 'Persentase layanan tepat waktu', 100, '%', 300_000_000],
      ['1.06.02.2.01.0001', 'Sub Kegiatan Pemberdayaan Sosial Keluarga', 'Persentase keluarga yang diberdayakan', 100, '%', 100_000_000],
      ['1.06.02.2.01.0002', 'Sub Kegiatan Pemberian Bantuan Kelembagaan', 'Persentase lembaga yang dibantu', 100, '%', 200_000_000],
    ];
    expect(totalsOf(rows).map((f) => [f.cell, f.expected])).toEqual([['F3', 300_000_000]]);
  });
});

describe('total-mismatch where the Renja writes no levels (seed 003 T-C.31: no prefixes, no codes)', () => {
  const header: CellValue[] = ['Program / Kegiatan / Sub Kegiatan', 'Lokasi', 'Indikator Kinerja', 'Target', 'Pagu Indikatif'];
  function findingsOf(rows: CellValue[][]) {
    const grid = sheet('Review', [['TABEL T-C.31 REVIEW TERHADAP RANCANGAN AWAL RKPD TAHUN 2026'], header, ...rows]);
    const result = checkWorkbook(workbook(grid));
    expect(result.tables.map((t) => t.kind)).toEqual(['renja']);
    return result.findings.filter((f) => f.rule === 'total-mismatch').map((f) => [f.cell, f.expected]);
  }

  it('a row whose pagu is the sum of the differently laid-out rows below is their kegiatan: 2109 Orang against 800', () => {
    expect(
      findingsOf([
        ['Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar', '', 'Terpenuhinya pelayanan dasar', '2109 Orang', 1_000_000_000],
        ['Penyediaan Permakanan', 'Kab. Kutai Kartanegara', 'Jumlah Orang yang Mendapatkan Permakanan', '355 Orang', 600_000_000],
        ['Penyediaan Sandang', 'Kab. Kutai Kartanegara', 'Jumlah Orang yang Menerima Sandang', '445 Orang', 400_000_000],
      ]),
    ).toEqual([['D3', 800]]);
  });

  it('a sub kegiatan does not claim its siblings, even when their pagu add up to its own', () => {
    expect(
      findingsOf([
        ['Penyediaan Permakanan', 'Kab. Kutai Kartanegara', 'Jumlah Orang yang Mendapatkan Permakanan', '355 Orang', 100_000_000],
        ['Penyediaan Sandang', 'Kab. Kutai Kartanegara', 'Jumlah Orang yang Menerima Sandang', '100 Orang', 50_000_000],
        ['Penyediaan Alat Bantu', 'Kab. Kutai Kartanegara', 'Jumlah Orang yang Mendapatkan Alat Bantu', '50 Orang', 50_000_000],
      ]),
    ).toEqual([]);
  });
});
