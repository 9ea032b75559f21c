/** The `cermat check` command: JSON shape, exit codes, and one clear Indonesian line for files it cannot read. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCheck, type Io } from '../src/cli/main';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cermat-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function writeWorkbook(name: string, rows: (string | number | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Capaian');
  rows.forEach((r) => sheet.addRow(r));
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const CAPAIAN_ROWS = [
  ['Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024'],
  ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'KATEGORI'],
  ['1', 'Presentase PSKS yang diberdayakan', 97.5, 98.24, 100.76, 'Sangat Tinggi'],
  ['2', 'Presentase Warga Migran Yang dipulangkan', 90, '84,66', 94.07, 'Sangat Tinggi'],
  ['3', 'Presentase PPKS yang tertangani', 95.35, '1.030.971.00', 104.07, 'Sangat Tinggi'],
];

describe('cermat check', () => {
  it('prints JSON of the design.md shape with the tables and number-format findings', async () => {
    const file = await writeWorkbook('capaian.xlsx', CAPAIAN_ROWS);
    const io = capture();
    const code = await runCheck([file], { json: true }, io);
    const json = JSON.parse(io.out);
    expect(json.files).toHaveLength(1);
    const [report] = json.files;
    expect(report.file).toBe('capaian.xlsx');
    expect(report.tables).toEqual([
      expect.objectContaining({ sheet: 'Capaian', range: 'A2:F5', kind: 'capaian', year: 2024, title: CAPAIAN_ROWS[0][0] }),
    ]);
    expect(report.tables[0].columns.map((c: { role: string }) => c.role)).toEqual(['no', 'indikator', 'target', 'realisasi', 'capaian', 'kategori']);
    const byCell = Object.fromEntries(report.findings.map((f: { cell: string; variant: string }) => [`${f.cell}:${f.variant}`, f]));
    expect(byCell['D5:konvensi-id']).toMatchObject({ rule: 'number-format', severity: 'warning', stated: '1.030.971.00' });
    expect(byCell['D4:teks']).toMatchObject({ rule: 'number-format', stated: '84,66', expected: 84.66 });
    expect(code).toBe(0);
  });

  it('reads every .xlsx of a folder', async () => {
    const sub = path.join(dir, 'folder');
    await fs.mkdir(sub);
    await fs.copyFile(path.join(dir, 'capaian.xlsx'), path.join(sub, 'a.xlsx'));
    await fs.copyFile(path.join(dir, 'capaian.xlsx'), path.join(sub, 'b.xlsx'));
    const io = capture();
    await runCheck([sub], { json: true }, io);
    expect(JSON.parse(io.out).files.map((f: { file: string }) => f.file)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it.each([
    ['not-xlsx.xlsx', Buffer.from('ini bukan workbook'), 'bukan file .xlsx'],
    ['corrupt.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]), 'file .xlsx rusak'],
    ['locked.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'dilindungi kata sandi'],
  ])('%s: exit 2 with one clear line', async (name, bytes, expected) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    const io = capture();
    expect(await runCheck([file], {}, io)).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain(expected);
    expect(io.err).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('an empty workbook and a missing file are said plainly', async () => {
    const empty = await writeWorkbook('empty.xlsx', []);
    const io = capture();
    expect(await runCheck([empty, path.join(dir, 'tidak-ada.xlsx')], {}, io)).toBe(2);
    expect(io.err).toContain('workbook kosong');
    expect(io.err).toContain('file tidak ditemukan');
  });

  it('refuses a file over --max-size, and answers in English with --lang en', async () => {
    const file = path.join(dir, 'capaian.xlsx');
    const io = capture();
    expect(await runCheck([file], { maxSize: '0.001', lang: 'en' }, io)).toBe(2);
    expect(io.err).toContain('file too large');
  });

  it('rejects a bad --config with the key named', async () => {
    const config = path.join(dir, 'bad.json');
    await fs.writeFile(config, JSON.stringify({ efisiensiMethod: 'bagi', warna: 'merah' }));
    const io = capture();
    expect(await runCheck([path.join(dir, 'capaian.xlsx')], { config }, io)).toBe(2);
    expect(io.err).toContain('"efisiensiMethod" harus salah satu dari: auto, selisih, rasio');
    expect(io.err).toContain('kunci tidak dikenal "warna"');
  });
});

describe('cermat check --out', () => {
  const sample = path.join(__dirname, '..', 'samples', 'lkjip-2024-kotawaringin-timur.xlsx');

  it('writes a marked copy with a Temuan sheet and leaves the input untouched', async () => {
    const before = await fs.readFile(sample);
    const out = path.join(dir, 'out');
    const io = capture();
    const code = await runCheck([sample], { json: true, out }, io);
    expect(code).toBe(1);
    expect(Buffer.compare(before, await fs.readFile(sample))).toBe(0);
    const report = JSON.parse(io.out).files[0];
    expect(report.marked).toBe(path.join(out, 'lkjip-2024-kotawaringin-timur-cermat.xlsx'));

    const fills = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const filled = new Set<string>();
      const noted = new Set<string>();
      workbook.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const key = `${ws.name}!${cell.address}`;
            if ((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor) filled.add(key);
            if (cell.note) noted.add(key);
          }),
        ),
      );
      return { workbook, filled, noted };
    };
    const original = await fills(sample);
    const marked = await fills(report.marked);
    const findingCells = new Set<string>(report.findings.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`));
    // Exactly the findings' cells gain a fill and a note: a mark never spreads to other cells.
    const gained = [...marked.filled].filter((c) => !original.filled.has(c));
    expect(gained.every((c) => findingCells.has(c))).toBe(true);
    expect([...marked.noted].sort()).toEqual([...findingCells].sort());
    const temuan = marked.workbook.getWorksheet('Temuan')!;
    expect(temuan.rowCount).toBe(report.findings.length + 1);
    expect(temuan.getRow(1).values).toEqual(expect.arrayContaining(['Aturan', 'Sel', 'Tertulis', 'Seharusnya', 'Varian', 'Pesan']));
    const link = temuan.getCell('E2').value as { hyperlink: string; text: string };
    expect(link.hyperlink).toBe(`#'${report.findings[0].sheet}'!${report.findings[0].cell}`);
  });
});

describe('cermat check --out that cannot be written', () => {
  it('keeps and prints the findings, says why in one line, exits 2', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    await fs.writeFile(blocker, 'a file where the output folder should be');
    const io = capture();
    const code = await runCheck([path.join(dir, 'capaian.xlsx')], { json: true, out: blocker }, io);
    expect(code).toBe(2);
    expect(JSON.parse(io.out).files[0].tables).toHaveLength(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toContain('salinan bertanda tidak dapat ditulis');
    expect(io.err).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});
