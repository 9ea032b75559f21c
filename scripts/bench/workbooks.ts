/**
 * Benchmark section `workbooks`: synthetic workbooks of about 100k, 300k and 1M cells, written to a
 * temp file, in two workloads: the seed-001 fixture's real performance tables repeated down 20-50
 * sheets (thousands of small tables, every indicator linked across sheets), and one long Renja-like
 * program hierarchy on one sheet (distinct names, sums at every level, as a DPA sheet). Prints, side by side: ExcelJS's read time from disk, our snapshot conversion, recognition, and
 * recognition + checks; the ratio of recognise+check to the read (goal: <= 0.25 at 1M cells), each
 * run's ratio at 1M cells, and the time per 100k cells of each step (linear growth keeps it flat).
 * Recognition and checks are the shipped build's (lib/, see shipped.ts).
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import type { BenchSection } from './harness';
import { table } from './harness';
import { shipped } from './shipped';

const SOURCE = path.resolve(__dirname, '../../test/fixtures/workbooks/seed-001.xlsx');
const SIZES = [
  { cells: 100_000, sheets: 20 },
  { cells: 300_000, sheets: 30 },
  { cells: 1_000_000, sheets: 50 },
];

interface Block {
  cells: Array<{ row: number; col: number; value: ExcelJS.CellValue; numFmt?: string }>;
  merges: Array<[number, number, number, number]>;
  height: number;
}

/** The source sheets' cells and merges, each sheet a block to stamp repeatedly. */
export async function sourceBlocks(): Promise<Block[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SOURCE);
  return workbook.worksheets
    .filter((ws) => ws.name === 'BAB II' || ws.name === 'BAB III')
    .map((ws) => {
      const cells: Block['cells'] = [];
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          if (cell.type !== ExcelJS.ValueType.Merge) cells.push({ row: r, col: c, value: cell.value, numFmt: cell.numFmt });
        }),
      );
      const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => {
        const range = ws.getCell(m.split(':')[0]);
        const end = ws.getCell(m.split(':')[1]);
        return [Number(range.row), Number(range.col), Number(end.row), Number(end.col)] as [number, number, number, number];
      });
      return { cells, merges, height: ws.rowCount + 3 };
    });
}

export async function buildWorkbook(blocks: Block[], targetCells: number, sheetCount: number, file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const perSheet = Math.ceil(targetCells / sheetCount);
  let total = 0;
  for (let s = 0; s < sheetCount && total < targetCells; s++) {
    const sheet = workbook.addWorksheet(`Lembar ${s + 1}`);
    let offset = 0;
    let inSheet = 0;
    for (let b = 0; inSheet < perSheet && total < targetCells; b++) {
      const block = blocks[b % blocks.length];
      for (const cell of block.cells) {
        const target = sheet.getCell(cell.row + offset, cell.col);
        target.value = cell.value;
        if (cell.numFmt) target.numFmt = cell.numFmt;
      }
      for (const [top, left, bottom, right] of block.merges) sheet.mergeCells(top + offset, left, bottom + offset, right);
      inSheet += block.cells.length;
      total += block.cells.length;
      offset += block.height;
    }
  }
  await workbook.xlsx.writeFile(file);
  return total;
}

/** Words for distinct program, kegiatan and sub kegiatan names (a real DPA names thousands, few alike). */
const NAME_WORDS = (
  'penyediaan pengelolaan pembinaan pelaksanaan koordinasi fasilitasi pengembangan peningkatan pemberdayaan ' +
  'perlindungan rehabilitasi bantuan sosial layanan data administrasi keuangan perencanaan evaluasi pelaporan ' +
  'kinerja dokumen sarana prasarana gedung kantor peralatan jasa umum pegawai lansia anak disabilitas fakir miskin ' +
  'bencana korban kekerasan kesehatan pendidikan pelatihan keterampilan usaha ekonomi produktif pangan makanan ' +
  'pakaian hunian sementara relawan taruna siaga panti asuhan rumah singgah pemulangan migran terlantar'
).split(' ');

/**
 * One sheet holding one long Renja-like table: programs of 5 kegiatan of 6 sub kegiatan, each with a
 * code, an indicator, a target and its pagu and realisasi; every parent's pagu is its children's sum.
 */
export async function buildHierarchyWorkbook(targetCells: number, file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Renja');
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const name = (words: number) => Array.from({ length: words }, () => NAME_WORDS[Math.floor(random() * NAME_WORDS.length)]).join(' ');
  sheet.getCell(1, 1).value = 'Tabel 3.1 Rencana Program, Kegiatan dan Sub Kegiatan Tahun 2025';
  const header = ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Indikator Kinerja', 'Target', 'Satuan', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)'];
  header.forEach((h, i) => (sheet.getCell(3, i + 1).value = h));
  const width = header.length;
  let row = 4;
  let cells = width * 2 + 1;
  const write = (values: Array<string | number>) => {
    values.forEach((v, i) => (sheet.getCell(row, i + 1).value = v));
    row++;
    cells += width;
  };
  for (let p = 1; cells < targetCells; p++) {
    const kegiatan = Array.from({ length: 5 }, () =>
      Array.from({ length: 6 }, () => {
        const pagu = 1_000_000 * (1 + Math.floor(random() * 900));
        return { pagu, realisasi: Math.round(pagu * (0.8 + random() * 0.2)) };
      }),
    );
    const sum = (items: Array<{ pagu: number; realisasi: number }>) => ({
      pagu: items.reduce((s, x) => s + x.pagu, 0),
      realisasi: items.reduce((s, x) => s + x.realisasi, 0),
    });
    const program = sum(kegiatan.map(sum));
    const line = (kode: string, label: string, money: { pagu: number; realisasi: number }) =>
      write([kode, label, `Persentase ${name(3)}`, 100, '%', money.pagu, money.realisasi, Math.round((money.realisasi / money.pagu) * 10000) / 100]);
    line(`1.06.${String(p).padStart(2, '0')}`, `Program ${name(4)}`, program);
    kegiatan.forEach((subs, k) => {
      line(`1.06.${String(p).padStart(2, '0')}.2.${String(k + 1).padStart(2, '0')}`, `Kegiatan ${name(4)}`, sum(subs));
      subs.forEach((money, s) => line(`1.06.${String(p).padStart(2, '0')}.2.${String(k + 1).padStart(2, '0')}.${String(s + 1).padStart(4, '0')}`, `Sub Kegiatan ${name(5)}`, money));
    });
  }
  await workbook.xlsx.writeFile(file);
  return cells;
}

function time<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

async function timeAsync<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Reads, converts, recognises and checks one file `runs` times; one table row of medians, and each run's recog+check/read. */
async function measureFile(workload: string, file: string, cells: number, sheets: number): Promise<{ row: string[]; ratios: number[] }> {
  const { checkWorkbook, recognizeTables, snapshotFromWorkbook } = shipped();
  // Five runs at every size, for the medians: on a shared machine the same read varies by 10-30 % from
  // run to run, and the ratio with it (three runs gave 0.31-0.38 for one build).
  const runs = 5;
  const reads: number[] = [];
  const snapshots: number[] = [];
  const recognitions: number[] = [];
  const checks: number[] = [];
  let tables = 0;
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const read = await timeAsync(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook;
    });
    const snapshot = time(() => snapshotFromWorkbook(read.result));
    reads.push(read.ms);
    // As in `cermat check` (readWorkbookFile), only the snapshot outlives the read: the ExcelJS
    // workbook is let go before recognition and checks, so they are not charged for tracing it.
    read.result = undefined as unknown as ExcelJS.Workbook;
    const recognised = time(() => recognizeTables(snapshot.result));
    const checked = time(() => checkWorkbook(snapshot.result));
    snapshots.push(snapshot.ms);
    recognitions.push(recognised.ms);
    checks.push(checked.ms);
    tables = recognised.result.length;
    findings = checked.result.findings.length;
  }
  const per100k = (ms: number) => ((ms / cells) * 100_000).toFixed(0);
  const row = [
    workload,
    cells.toLocaleString('en-US'),
    String(sheets),
    String(tables),
    String(findings),
    median(reads).toFixed(0),
    median(snapshots).toFixed(0),
    median(recognitions).toFixed(0),
    median(checks).toFixed(0),
    (median(recognitions) / median(reads)).toFixed(3),
    (median(checks) / median(reads)).toFixed(3),
    per100k(median(reads)),
    per100k(median(recognitions)),
    per100k(median(checks)),
  ];
  return { row, ratios: checks.map((ms, i) => ms / reads[i]) };
}

export const workbooksSection: BenchSection = {
  name: 'workbooks',
  title: 'ExcelJS read vs snapshot, recognition and checks: seed-001 tables repeated over sheets, and one long program hierarchy',
  async run() {
    shipped(); // a missing or stale lib/ stops here, before any workbook is built
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cermat-bench-'));
    const blocks = await sourceBlocks();
    const rows: string[][] = [
      ['workload', 'cells', 'sheets', 'tables', 'findings', 'read ms', 'snapshot ms', 'recognise ms', 'recog+check ms', 'recognise/read', 'recog+check/read', 'read ms/100k', 'recognise ms/100k', 'recog+check ms/100k'],
    ];
    // Each run's ratio at the largest size: the medians hide how far one run strays on a shared machine
    // (a full garbage collection of the reads' leftovers that falls inside a check).
    const spread: string[] = [];
    const measure = async (workload: string, file: string, cells: number, sheets: number, largest: boolean) => {
      const { row, ratios } = await measureFile(workload, file, cells, sheets);
      rows.push(row);
      if (largest) spread.push(`${workload}: ${ratios.map((r) => r.toFixed(3)).join(' ')}`);
    };
    try {
      for (const size of SIZES) {
        const file = path.join(dir, `bench-${size.cells}.xlsx`);
        const cells = await buildWorkbook(blocks, size.cells, size.sheets, file);
        await measure('seed-001 tables', file, cells, size.sheets, size === SIZES[SIZES.length - 1]);
      }
      for (const size of SIZES) {
        const file = path.join(dir, `hierarchy-${size.cells}.xlsx`);
        const cells = await buildHierarchyWorkbook(size.cells, file);
        await measure('one hierarchy', file, cells, 1, size === SIZES[SIZES.length - 1]);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    console.log(table(rows));
    console.log(`recog+check/read of each run at ${SIZES[SIZES.length - 1].cells.toLocaleString('en-US')} cells, in run order: ${spread.join('; ')}`);
    console.log('goal (design.md section 5): recognise+check <= 0.25 x the ExcelJS read at 1M cells, ms/100k flat as the workbook grows (linear)');
  },
};
