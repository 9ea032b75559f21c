/** Recognition on hand-laid sheets from seed 001 (Tabel 3.2, 3.3) and seed 001 LRA headers. */
import fc from 'fast-check';
import { recognizeTables } from '../src/core/tables';
import { levelFromPrefix, mayBeTotalOrAverage, mayNameLevel } from '../src/core/tables/hierarchy';
import { isAverageLabel, isTotalLabel } from '../src/core/tables/vocabulary';
import { GridView, normalizeWords, startsWithNumber } from '../src/core/tables/grid';
import { columnLetter } from '../src/core/workbook/address';
import { sheet, workbook } from './helpers/grid';

const T32_HEADER = ['NO', 'TUJUAN/ SASARAN', 'INDIKATOR KINERJA', '', 'TARGET', 'REALISASI', 'CAPAIAN', 'KATEGORI', 'SUMBER DATA'];
const T32_ROWS = [
  ['1', 'Peningkatan Pelayanan Kepada PPKS yang Memperoleh Bantuan Sosial', '1.1', 'Presentase PSKS yang diberdayakan', 97.5, 98.24, 100.76, 'Sangat Tinggi', 'Bidang Pemberdayaan Sosial'],
  ['', '', '1.2', 'Presentase Warga Migran Yang dipulangkan', 90, 84.66, 94.07, 'Sangat Tinggi', 'Bidang PJS'],
  ['', '', '1.3', 'Presentase PPKS yang tertangani', 95.35, 99.23, 104.07, 'Sangat Tinggi', 'Bidang Rehsos'],
  ['2', 'Meningkatnya Kualitas Capaian Kinerja Perangkat Daerah', '2.1', 'Presentase tingkat pemenuhan komponen penunjang', 100, 100, 100, 'Sangat Tinggi', 'Sekretariat'],
];
const T33 = [
  ['Tabel 3.3 Perbandingan Capaian Kinerja'],
  [],
  ['NO', 'TUJUAN / SASARAN', 'INDIKATOR KINERJA', '2022', '', '', '2023', '', '', '2024', '', ''],
  ['', '', '', 'TARGET RENSTRA', 'REALISASI', 'PERSENTASE CAPAIAN', 'TARGET RENSTRA', 'REALISASI', 'PERSENTASE CAPAIAN', 'TARGET RENSTRA', 'REALISASI', 'PERSENTASE CAPAIAN'],
  ['1', 'Peningkatan Pelayanan', 'Presentase PSKS yang diberdayakan', 67.37, 99.15, '147%', 97, 98.29, '101%', 97.5, 98.24, '100.76%'],
  ['', '', 'Presentase Warga Migran Yang dipulangkan', 74.93, 100, '133%', 90, 89, '99%', 90, 86.66, '96.29%'],
  ['Sumber : Dinas Sosial'],
];

function layout() {
  const rows: (string | number | null)[][] = [
    ['Tabel 3.2 Capaian Indikator Kinerja Utama Dinas Sosial Kabupaten Kotawaringin Timur Tahun 2024'],
    T32_HEADER,
    ...T32_ROWS,
    [],
    [],
    ...T33,
  ];
  return workbook(sheet('BAB III', rows, ['C2:D2', 'D11:F11', 'G11:I11', 'J11:L11', 'A11:A12', 'B11:B12', 'C11:C12']));
}

describe('recognizeTables', () => {
  const tables = recognizeTables(layout());

  it('finds both tables with their ranges, kinds and titles', () => {
    expect(tables.map((t) => [t.kind, t.top, t.bottom, t.left, t.right])).toEqual([
      ['capaian', 1, 5, 0, 8],
      ['multiyear', 10, 13, 0, 11],
    ]);
    expect(tables[0].title).toMatch(/^Tabel 3.2/);
    expect(tables[0].year).toBe(2024);
    expect(tables[1].years).toEqual([2022, 2023, 2024]);
  });

  it('reads column roles, with year groups over their children and the numbering half of a merged header', () => {
    const roles = (i: number) => tables[i].columns.map((c) => `${columnLetter(c.col)}:${c.role}${c.year ? '@' + c.year : ''}`);
    expect(roles(0)).toEqual(['A:no', 'B:sasaran', 'C:no', 'D:indikator', 'E:target', 'F:realisasi', 'G:capaian', 'H:kategori', 'I:sumber_data']);
    expect(roles(1).slice(3, 9)).toEqual([
      'D:target@2022', 'E:realisasi@2022', 'F:capaian@2022', 'G:target@2023', 'H:realisasi@2023', 'I:capaian@2023',
    ]);
    expect(tables[1].columns[3].variant).toBe('renstra');
  });

  it('fills sasaran down over blank cells', () => {
    expect(tables[0].rows.map((r) => r.sasaran?.slice(0, 14))).toEqual([
      'Peningkatan Pe', 'Peningkatan Pe', 'Peningkatan Pe', 'Meningkatnya K',
    ]);
  });

  it('finds nothing on a sheet without tables', () => {
    expect(recognizeTables(workbook(sheet('Catatan', [['Laporan ini disusun oleh Dinas Sosial'], [], ['Terima kasih']])))).toEqual([]);
  });
});

describe('LRA header with a column-number row declaring formulas', () => {
  const rows = [
    ['TABEL 1.1 LAPORAN REALISASI ANGGARAN'],
    ['KODE', 'URAIAN', 'ANGGARAN', '', '', 'REALISASI', '', '', '', '', '', '', '', '', 'SISA ANGGARAN'],
    ['', '', 'BELANJA OPERASI', 'BELANJA MODAL', 'JUMLAH', 'BELANJA OPERASI', '', '', 'BELANJA MODAL', '', '', 'TOTAL REALISASI', '', '', ''],
    ['', '', '', '', '', '(Rp)', 'KEU (%)', 'FISIK (%)', '(Rp)', 'KEU (%)', 'FISIK (%)', '(Rp)', 'KEU (%)', 'FISIK (%)', ''],
    ['1', '2', '3', '4', '5', '6', '7=6/3*100', '8', '9', '10=9/4*100', '11', '12=6+9', '13=12/5*100', '14', '15=5-12'],
    ['1.06.01', 'PROGRAM PENUNJANG', 5322311030, 0, 5322311030, 4850819710, 91.14, 100, 0, 0, 0, 4850819710, 91.14, 100, 471491320],
  ];
  const merges = ['C2:E2', 'F2:N2', 'F3:H3', 'I3:K3', 'L3:N3', 'O2:O4', 'A2:A4', 'B2:B4', 'C3:C4', 'D3:D4', 'E3:E4'];
  const [table] = recognizeTables(workbook(sheet('LRA', rows, merges)));

  it('is an anggaran table with roles in budget context and the declared formulas', () => {
    expect(table.kind).toBe('anggaran');
    expect(table.numberRow).toBe(4);
    const byLetter = Object.fromEntries(table.columns.map((c) => [columnLetter(c.col), c]));
    expect(byLetter.C.role).toBe('pagu');
    expect(byLetter.E.role).toBe('pagu');
    expect(byLetter.F.role).toBe('realisasi_anggaran');
    expect(byLetter.G.role).toBe('serapan');
    expect(byLetter.G.declaredFormula).toBe('6/3*100');
    expect(byLetter.L.declaredFormula).toBe('6+9');
    expect(byLetter.O.role).toBe('sisa');
    expect(byLetter.O.declaredFormula).toBe('5-12');
    expect(table.rows[0].level).toBe('program');
  });
});

describe('a first data row of small counts (seed 002 Tabel 1: Kepala Dinas | 1 | 0 | 1 | 0 ...)', () => {
  it('is data, not a column-number row: column numbers go up', () => {
    const grid = sheet('Tabel 1-7', [
      ['Tabel 1. Sumber Daya Aparatur (SDA)'],
      ['Jabatan', 'Jenis Kelamin', '', 'Golongan', '', '', ''],
      ['', 'Laki-Laki', 'Perempuan', 'IV', 'III', 'II', 'I'],
      ['Kepala Dinas', '1', '0', '1', '0', '0', '0'],
      ['Sekretaris', '1', '0', '1', '0', '0', '0'],
      ['Kepala Seksi', '20', '8', '6', '22', '0', '0'],
      ['Jumlah', '22', '8', '8', '22', '0', '0'],
    ], ['B2:C2', 'D2:G2']);
    const [table] = recognizeTables(workbook(grid));
    expect(table.numberRow).toBeUndefined();
    expect(table.rows.map((r) => r.row + 1)).toEqual([4, 5, 6, 7]);
  });
});

describe('program and kegiatan filled down beside each sub kegiatan (seed 003 Evaluasi 2024)', () => {
  it("names each row by its deepest written name, the sub kegiatan's", () => {
    const grid = sheet('Evaluasi', [
      ['2.1 Evaluasi Pelaksanaan RENJA Dinas Sosial tahun lalu'],
      ['Program', 'Kegiatan', 'No', 'Sub Kegiatan', 'Target', 'Realisasi', 'Capaian'],
      ['c. Program Penanganan Warga Negara Migran', 'Titik Debarkasi di Daerah', '1', 'Fasilitasi Pemulangan Warga Negara Migran', '5 Orang', '12 Orang', '240%'],
      ['d. Program Rehabilitasi Sosial', 'Rehabilitasi Sosial Dasar', '1', 'Penyediaan Permakanan', '800 Orang', '815 Orang', '101%'],
    ]);
    const [table] = recognizeTables(workbook(grid));
    expect(table.rows.map((r) => r.label)).toEqual(['Fasilitasi Pemulangan Warga Negara Migran', 'Penyediaan Permakanan']);
  });
});

describe('normalizeWords', () => {
  // The full normalisation, step by step: the fast path for plain texts must give the same words.
  const reference = (text: string) =>
    text.toLowerCase().replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').replace(/\s*\/\s*/g, '/').trim();
  it('equals the full normalisation on any text (fast-check)', () => {
    const char = fc.constantFrom('a', 'B', 'z', 'Ä', ' ', ' ', '/', '\u00a0', '\u2009', '\u2002', '\t', '\n', '1', '%', 'İ');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((c) => c.join('')), (text) => {
        expect(normalizeWords(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('row summaries', () => {
  const NUMBER_START = /^[\s(+-]*(rp\.?\s*)?\d/i;
  test('startsWithNumber tells what its regular expression tells (fast-check)', () => {
    const pieces = fc.constantFrom(' ', '\u00a0', '\u2009', '\t', '(', '+', '-', 'Rp', 'rp', 'RP', 'rP', 'R', 'p', '.', '. ', '0', '7', 'a', '%', '', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')), fc.string({ maxLength: 6 }), (start, rest) => {
        const text = start + rest;
        expect(startsWithNumber(text)).toBe(NUMBER_START.test(text));
      }),
      { numRuns: 20_000 },
    );
    expect(startsWithNumber('Rp. 1.000')).toBe(true);
    expect(startsWithNumber('(12,5)')).toBe(true);
    expect(startsWithNumber('Rupiah 5')).toBe(false);
    expect(startsWithNumber('')).toBe(false);
  });
});

describe('a body row of values written with their units', () => {
  // Targets written with their units, as seed 003's plans write them ("75 Nilai" for the Nilai SAKIP,
  // "3 Dokumen", "6 Laporan"): "3 Kegiatan" and "75 Nilai" name header words (kegiatan, nilai), yet a
  // row of them in every year is still a row of the table, not the header of a new one.
  it('stays in its table when every unit is a header word (Renstra targets per year)', () => {
    const grid = sheet('Renstra', [
      ['Tabel T-C.27 Target Kinerja Program Perangkat Daerah'],
      ['No', 'Indikator Kinerja', 'Target Kinerja', '', '', ''],
      ['', '', '2023', '2024', '2025', '2026'],
      ['1', 'Jumlah dokumen perencanaan yang disusun', '1 Dokumen', '1 Dokumen', '1 Dokumen', '1 Dokumen'],
      ['2', 'Jumlah kegiatan koordinasi', '3 Kegiatan', '3 Kegiatan', '4 Kegiatan', '4 Kegiatan'],
      ['3', 'Nilai SAKIP Perangkat Daerah', '75 Nilai', '77 Nilai', '80 Nilai', '84 Nilai'],
      ['4', 'Jumlah laporan keuangan', '2 Laporan', '2 Laporan', '2 Laporan', '2 Laporan'],
    ]);
    const tables = recognizeTables(workbook(grid));
    expect(tables.map((t) => [t.top, t.bottom, t.kind, t.rows.map((r) => r.row)])).toEqual([[1, 6, 'multiyear', [3, 4, 5, 6]]]);
  });
});

describe('merged areas by cell', () => {
  // GridView keeps the areas crossing each row in typed lists; the answer must be the plain search's.
  test('merge() finds the first area of the sheet that holds the cell, inside the used range or not (fast-check)', () => {
    const area = fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }))
      .map(([top, left, rows, cols]) => ({ top, left, bottom: top + rows, right: left + cols }));
    fc.assert(
      fc.property(fc.array(area, { maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (merges, origin) => {
        const grid = { ...sheet('S', [['a', 1], [2, 'b']], [], { row: origin, col: 0 }), merges };
        const view = new GridView(grid);
        for (let row = -1; row <= 20; row++) {
          for (let col = -1; col <= 12; col++) {
            const expected = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
            expect(view.merge(row, col)).toBe(expected);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('row levels from name prefixes', () => {
  /** The reading levelFromPrefix must give: its regular expressions, tried in order on every name. */
  function reference(words: string): string | undefined {
    const w = words.replace(/^([a-z]|\d+(\.\d+)*)[.)]\s+/, '');
    if (/^urusan|^bidang urusan|^unsur\b/.test(w)) return 'urusan';
    if (/^program\b/.test(w)) return 'program';
    if (/^sub\b|^subkegiatan\b/.test(w)) return 'subkegiatan';
    if (/^kegiatan\b/.test(w)) return 'kegiatan';
    if (/^belanja (pegawai|barang (dan |& )?jasa|bunga|subsidi|hibah|bantuan sosial|modal|tidak terduga|bagi hasil|bantuan keuangan|operasi|transfer)$/.test(w)) return 'jenis';
    if (/^belanja\b/.test(w)) return 'rincian';
    return undefined;
  }
  test('levelFromPrefix reads what the prefix expressions read, first letter dispatch included (fast-check)', () => {
    const word = fc.constantFrom('urusan', 'bidang', 'unsur', 'program', 'programnya', 'sub', 'subkegiatan', 'kegiatan', 'belanja', 'modal', 'pegawai', 'persentase', 'a.', 'b)', '1.', '1.2)', '12', ' ', '', 'x');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }).map((w) => w.join(' ')), (words) => {
        expect(levelFromPrefix(words)).toBe(reference(words));
      }),
      { numRuns: 20_000 },
    );
    expect(levelFromPrefix('1.2. sub kegiatan penyediaan gaji')).toBe('subkegiatan');
    expect(levelFromPrefix('belanja modal')).toBe('jenis');
    expect(levelFromPrefix('persentase psks')).toBeUndefined();
  });
});

describe('first-letter gates before a row cell is normalised', () => {
  // Cell texts as GridView gives them (trimmed): prefixes, numbering, codes, totals, any case and spacing.
  const piece = fc.constantFrom(
    'Urusan', 'BIDANG URUSAN', 'unsur', 'Program', 'Sub', 'SubKegiatan', 'Kegiatan', 'Belanja', 'modal', 'Pegawai', 'Jumlah', 'TOTAL',
    'Grand Total', 'Sub Total', 'Rata-rata', 'Rerata', 'Persentase', 'a.', 'B)', '1.', '1.2)', '1.06.01.2.01.0001', '12', '(1)', '-', '/',
    ' ', '\u00a0', '\t', 'x', 'K', 'É', 'İ', '\u212a',
  );
  const cellText = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ').trim());
  test('a text the gates pass over gives no level and no total or average (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(cellText, fc.string({ maxLength: 12 }).map((t) => t.trim())), (text) => {
        if (!mayNameLevel(text)) expect(levelFromPrefix(normalizeWords(text))).toBeUndefined();
        if (!mayBeTotalOrAverage(text)) {
          expect(isTotalLabel(normalizeWords(text))).toBe(false);
          expect(isAverageLabel(normalizeWords(text))).toBe(false);
        }
      }),
      { numRuns: 20_000 },
    );
    expect(mayNameLevel('1.06.01.2.01.0001')).toBe(false);
    expect(mayNameLevel('1. Program Penunjang')).toBe(true);
    expect(mayNameLevel('Jumlah PMKS yang ditangani')).toBe(false);
    expect(mayBeTotalOrAverage('JUMLAH')).toBe(true);
    expect(mayBeTotalOrAverage('1')).toBe(false);
  });
});
