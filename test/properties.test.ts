/**
 * Property-based tests (fast-check): random grids up to 300 x 40 of numbers, Indonesian number
 * strings, header words, merges and blanks, as noise and as table-shaped blocks, through the
 * recogniser and the checks (and a few through a real .xlsx round trip). No exception escapes, every
 * range and finding lies inside its sheet, and every finding's expected value is recomputed here
 * from its related cells.
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { snapshotFromWorkbook } from '../src/cli/xlsxSnapshot';
import { checkWorkbook, type Finding } from '../src/core/checks';
import { predikat, roundHalfUp } from '../src/core/measures';
import { formatAngka, parseAngka } from '../src/core/numbers';
import { evaluateFormula, formulaColumns, parseFormula, recognizeTables } from '../src/core/tables';
import type { CellValue, MergedArea, SheetGrid, WorkbookSnapshot } from '../src/core/workbook/types';
import { parseCellAddress, parseQualifiedAddress } from '../src/core/workbook/address';
import { sheet, workbook } from './helpers/grid';

const HEADER_WORDS = [
  'NO', 'INDIKATOR KINERJA', 'SASARAN', 'TARGET', 'REALISASI', 'CAPAIAN', '% CAPAIAN', 'KATEGORI', 'SATUAN',
  'PAGU', 'ANGGARAN', 'REALISASI ANGGARAN', 'SERAPAN', '(%)', 'SISA ANGGARAN', 'TINGKAT EFISIENSI', 'PREDIKAT',
  'NILAI', 'JUMLAH', 'Program / Kegiatan', 'TARGET AKHIR 2026', 'TINGKAT KEMAJUAN', '2023', '2024', 'KINERJA',
  'BELANJA OPERASI', 'KEU (%)',
];
const LABELS = [
  'Program Pemberdayaan Sosial', 'Kegiatan Pengumpulan Sumbangan', 'Sub Kegiatan Penyediaan Makanan', 'JUMLAH',
  'Rata-rata', 'Persentase PSKS yang diberdayakan', 'Presentase PPKS yang tertangani', 'Tabel 3.2 Capaian Kinerja Tahun 2024',
  'Sumber : Dinas Sosial', 'Sangat Tinggi', 'Tinggi', 'Baik', 'AA', 'BB', 'B', '-', '90-100%', 'BB (75,50)', '4 Dokumen',
  '#REF!', '#DIV/0!', '(1)', '(2)', '7=6/3*100', '12=6+9', '6 (4-5)', '1.1', '1.06.01.2.01',
];
const TOKENS = ['97.550', '1.030.971.00', '158.108,200', '19,639,237,601,00', 'Rp. 5.021.140.500,-', '205..778.000', '100.76%', '98,24'];

const number = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 0, max: 12000 }).map((n) => n / 100),
);
const numberText = fc.tuple(fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 }), fc.constantFrom<'id' | 'en'>('id', 'en')).map(
  ([v, d, lang]) => formatAngka(v, d, lang),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: number },
  { weight: 2, arbitrary: numberText },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS, ...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

/** A table-shaped block: a header row of role words, optionally a column-number row, then rows of numbers and labels. */
const tableBlock = fc
  .record({
    width: fc.integer({ min: 2, max: 12 }),
    height: fc.integer({ min: 1, max: 25 }),
    numbered: fc.boolean(),
    title: fc.boolean(),
  })
  .chain(({ width, height, numbered, title }) =>
    fc.record({
      title: fc.constant(title),
      header: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: width, maxLength: width }),
      numbers: fc.constant(numbered ? Array.from({ length: width }, (_, i) => `(${i + 1})`) : null),
      body: fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.array(fc.oneof(number, numberText, cell), { minLength: width - 1, maxLength: width - 1 })), {
        minLength: height,
        maxLength: height,
      }),
    }),
  );

function place(grid: CellValue[][], row: number, col: number, value: CellValue): void {
  if (row < grid.length && col < grid[0].length) grid[row][col] = value;
}

const sheetArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 300 }),
    cols: fc.integer({ min: 1, max: 40 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 5 }), col: fc.integer({ min: 0, max: 3 }) }),
  })
  .chain(({ rows, cols, origin }) =>
    fc.record({
      origin: fc.constant(origin),
      grid: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      blocks: fc.array(fc.tuple(fc.nat(rows), fc.nat(cols), tableBlock), { maxLength: 4 }),
      merges: fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), { maxLength: 12 }),
    }),
  )
  .map(({ origin, grid, blocks, merges }) => {
    for (const [top, left, block] of blocks) {
      let r = top;
      if (block.title) place(grid, r++, left, 'Tabel 3.2 Capaian Indikator Kinerja Tahun 2024');
      block.header.forEach((h, i) => place(grid, r, left + i, h));
      r++;
      if (block.numbers) {
        block.numbers.forEach((h, i) => place(grid, r, left + i, h));
        r++;
      }
      for (const [label, values] of block.body) {
        place(grid, r, left, label);
        values.forEach((v, i) => place(grid, r, left + 1 + i, v));
        r++;
      }
    }
    const areas: MergedArea[] = [];
    for (const [r, c, h, w] of merges) {
      const area = {
        top: origin.row + r,
        left: origin.col + c,
        bottom: origin.row + Math.min(r + h - 1, grid.length - 1),
        right: origin.col + Math.min(c + w - 1, grid[0].length - 1),
      };
      const overlaps = areas.some((a) => a.top <= area.bottom && area.top <= a.bottom && a.left <= area.right && area.left <= a.right);
      const single = area.top === area.bottom && area.left === area.right;
      if (!overlaps && !single) areas.push(area);
    }
    // Merged cells other than the top-left one are empty, as every host reports them.
    for (const a of areas) {
      for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) if (r !== a.top || c !== a.left) grid[r - origin.row][c - origin.col] = null;
    }
    const sheet: SheetGrid = {
      name: 'Acak',
      origin,
      values: grid,
      text: grid.map((row) => row.map((v) => (v === null ? '' : String(v)))),
      formulas: [],
      merges: areas,
    };
    return sheet;
  });

function inside(sheet: SheetGrid, row: number, col: number): boolean {
  return row >= sheet.origin.row && col >= sheet.origin.col && row < sheet.origin.row + sheet.values.length && col < sheet.origin.col + (sheet.values[0]?.length ?? 0);
}

function valueAt(snapshot: WorkbookSnapshot, qualified: string): number | null {
  const at = parseQualifiedAddress(qualified);
  if (!at) return null;
  const sheet = snapshot.sheets.find((s) => s.name === at.sheet)!;
  const raw = sheet.values[at.row - sheet.origin.row]?.[at.col - sheet.origin.col] ?? null;
  const parsed = parseAngka(raw);
  // An ambiguous token is read with its column's convention by the checks; the context-free reading
  // here could differ, so such findings are not recomputed.
  if (parsed.flags.ambiguous) return null;
  return parsed.flags.nil || raw === null ? 0 : parsed.value;
}

/**
 * The decimals a stated text shows, read as the checks read it ("1,000,000,000" shows none, "98,24" two);
 * undefined when the reading is ambiguous without its column (the checks settle it by the column).
 */
function decimalsOf(stated: string): number | undefined {
  // A double written with an exponent ("-2.64e-21", as String() writes one): the mantissa's decimals less the exponent.
  const scientific = /^[-+]?\d+(?:[.,](\d+))?e([-+]?\d+)$/i.exec(stated.trim());
  if (scientific) return Math.max(0, (scientific[1]?.length ?? 0) - Number(scientific[2]));
  const parsed = parseAngka(stated);
  return parsed.value === null || parsed.flags.ambiguous ? undefined : parsed.decimals;
}

/** The expected value recomputed from the related cells, for the rules whose expected is arithmetic. */
function recompute(snapshot: WorkbookSnapshot, f: Finding): number | string | null | undefined {
  const values = f.related.map((r) => valueAt(snapshot, r));
  if (values.some((v) => v === null)) return undefined;
  const v = values as number[];
  const shown = decimalsOf(f.stated);
  if (shown === undefined) return undefined;
  const d = Math.min(shown, 15);
  switch (f.rule) {
    case 'capaian-mismatch':
      if (f.variant.startsWith('positif')) return roundHalfUp((v[1] / v[0]) * 100, d);
      if (f.variant.startsWith('tingkat-kemajuan')) return roundHalfUp((v[1] / v[0]) * 100, d);
      return undefined;
    case 'serapan-mismatch':
      return roundHalfUp((v[1] / v[0]) * 100, d);
    case 'efisiensi-mismatch':
      if (f.expected === null) return null;
      return f.variant.startsWith('efisiensi-selisih') ? roundHalfUp(v[0] - v[1], d) : roundHalfUp(v[0] / v[1], d);
    case 'total-mismatch':
      return f.variant === 'jumlah' ? v.reduce((s, x) => s + x, 0) : undefined;
    case 'formula-mismatch': {
      const formula = f.variant.replace(/^rumus kolom \d+=/, '');
      const node = parseFormula(formula)!;
      const columns = formulaColumns(node);
      const result = evaluateFormula(node, (n) => v[columns.indexOf(n)]);
      return result === null ? undefined : /\//.test(formula) ? roundHalfUp(result, d) : result;
    }
    case 'predikat-mismatch':
      return v[0] >= 0 && v[0] <= 100 ? predikat(v[0]) : undefined;
    case 'cross-table-mismatch':
    case 'target-mismatch':
      return v[0];
    default:
      return undefined;
  }
}

function assertFindings(snapshot: WorkbookSnapshot): void {
  const { tables, findings } = checkWorkbook(snapshot);
  for (const t of tables) {
    const sheet = snapshot.sheets.find((s) => s.name === t.sheet)!;
    expect(inside(sheet, t.top, t.left) && inside(sheet, t.bottom, t.right)).toBe(true);
    for (const c of t.columns) expect(c.col >= t.left && c.col <= t.right).toBe(true);
    for (const r of t.rows) expect(r.row >= t.top && r.row <= t.bottom).toBe(true);
  }
  for (const f of findings) {
    const sheet = snapshot.sheets.find((s) => s.name === f.sheet)!;
    const at = parseCellAddress(f.cell)!;
    expect(inside(sheet, at.row, at.col)).toBe(true);
    for (const r of f.related) {
      const q = parseQualifiedAddress(r)!;
      expect(inside(snapshot.sheets.find((s) => s.name === q.sheet)!, q.row, q.col)).toBe(true);
    }
    const again = recompute(snapshot, f);
    if (again === undefined) continue;
    const same = typeof again === 'number' && typeof f.expected === 'number' ? Math.abs(again - f.expected) <= 1e-6 * Math.max(1, Math.abs(again)) : again === f.expected;
    if (!same) throw new Error(`expected ${String(f.expected)} is not ${String(again)} recomputed from ${f.related.join(', ')}: ${JSON.stringify(f)}`);
  }
}

describe('properties of recognition and checks on random grids', () => {
  it('never throws; tables, columns and rows lie inside their sheet', () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const tables = recognizeTables({ sheets: [sheet] });
        for (const t of tables) {
          expect(inside(sheet, t.top, t.left) && inside(sheet, t.bottom, t.right)).toBe(true);
        }
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('checks never throw; findings lie inside their sheet and their expected value follows from their related cells', () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 2 }), (sheets) => {
        assertFindings({ sheets: sheets.map((s, i) => ({ ...s, name: `Acak ${i + 1}` })) });
      }),
      // No shrinking: a failing grid of 300 x 40 takes minutes to shrink, and CI would seem to hang. The
      // report's seed reproduces it: PROP_SEED=<seed> npx jest test/properties.test.ts.
      { numRuns: 100, endOnFailure: true, ...(process.env.PROP_SEED ? { seed: Number(process.env.PROP_SEED) } : {}) },
    );
  });

  it('a divisor so small that the ratio overflows (1e-310, found by the property above) is left alone, not thrown on', () => {
    const tiny = 9.6723431371097e-311;
    const grid = sheet('Kinerja', [
      ['Tabel 3.2 Capaian Kinerja dan Anggaran Tahun 2024'],
      ['NO', 'INDIKATOR KINERJA', 'TARGET', 'REALISASI', 'CAPAIAN', 'PAGU', 'REALISASI ANGGARAN', 'SERAPAN', 'TINGKAT EFISIENSI'],
      [1, 'Persentase PSKS yang diberdayakan', tiny, 98, 100, tiny, 50, 90, 1.1],
      [2, 'Persentase PPKS yang tertangani', 90, 84.66, 94.07, 100, 90, tiny, 110],
      [3, 'Persentase Warga Migran yang dipulangkan', 90, 84.66, 94.07, 100, 90, 90, 104.52],
    ]);
    const result = checkWorkbook(workbook(grid));
    expect(result.tables).toHaveLength(1);
    // Row 3 divides by a tiny target and pagu, row 4 by a tiny serapan: no capaian, serapan or efisiensi
    // is claimed from those ratios. Row 4's own serapan (a tiny number where 90 / 100 is 90) is a finding.
    const ratioFindings = result.findings
      .filter((f) => ['capaian-mismatch', 'serapan-mismatch', 'efisiensi-mismatch'].includes(f.rule) && /^[A-Z]+[34]$/.test(f.cell))
      .map((f) => [f.rule, f.cell, f.expected]);
    expect(ratioFindings).toEqual([['serapan-mismatch', 'H4', 90]]);
    for (const f of result.findings) expect(typeof f.expected === 'number' ? Number.isFinite(f.expected) : true).toBe(true);
  });

  it('survives the .xlsx round trip through ExcelJS and the snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(sheetArb, async (sheet) => {
        const workbook = new ExcelJS.Workbook();
        const ws = workbook.addWorksheet(sheet.name);
        sheet.values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) ws.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1).value = v;
          }),
        );
        for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
        const loaded = new ExcelJS.Workbook();
        await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
        assertFindings(snapshotFromWorkbook(loaded));
      }),
      { numRuns: 15, endOnFailure: true },
    );
  });
});
