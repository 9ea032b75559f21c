/**
 * The fixture workbooks built from the seed corpus (scripts/fixtures/build.ts): each .xlsx holds
 * every corpus table of its seed where its expectation says, with the corpus cells displayed
 * exactly as written, and the demo sample holds the tables of the known 98.24 / 84.66 / 86.66 case.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import * as numfmt from 'numfmt';
import { columnIndex, parseCellAddress } from '../src/core/workbook/address';
import type { ExpectedTable } from '../scripts/fixtures/expected';

const FIXTURES = path.join(__dirname, 'fixtures');
const SAMPLE = path.join(__dirname, '..', 'samples', 'lkjip-2024-kotawaringin-timur.xlsx');

interface CorpusTable {
  id: string;
  title: string;
  header: string[][] | string[];
  rows: string[][];
}

interface Fixture {
  workbook: ExcelJS.Workbook;
  /** In workbook order: sheet by sheet, top to bottom. */
  tables: ExpectedTable[];
  /** In document order. */
  corpus: CorpusTable[];
  corpusById: Map<string, CorpusTable>;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

async function loadFixture(seed: string): Promise<Fixture> {
  const expected = readJson<{ workbook: string; tables: ExpectedTable[] }>(
    path.join(FIXTURES, 'workbooks', `seed-${seed}.expected.json`),
  );
  const corpus = readJson<CorpusTable[]>(path.join(FIXTURES, 'corpus', `seed-${seed}.tables.json`));
  return {
    workbook: await loadWorkbook(path.join(FIXTURES, 'workbooks', expected.workbook)),
    tables: expected.tables,
    corpus,
    corpusById: new Map(corpus.map((t) => [t.id, t])),
  };
}

/** Zero-based corners of an "A1:B2" range. */
function corners(range: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = range.split(':').map((r) => parseCellAddress(r)!);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

function sheetOf(workbook: ExcelJS.Workbook, table: ExpectedTable): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(table.sheet);
  if (!ws) throw new Error(`no sheet ${table.sheet}`);
  return ws;
}

/** One-based sheet rows of the table body: the range minus its header and its page-break header copy. */
function bodyRows(table: ExpectedTable): number[] {
  const { top, bottom } = corners(table.range);
  const headers = new Set([...table.headerRows, ...(table.pageBreakHeaderRows ?? [])]);
  const rows: number[] = [];
  for (let r = top + 1; r <= bottom + 1; r++) if (!headers.has(r)) rows.push(r);
  return rows;
}

function isMergedAway(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** What a cell shows: a number through its format, in the Indonesian or the English convention. */
function displays(cell: ExcelJS.Cell): string[] {
  if (cell.value === null || cell.value === undefined) return [''];
  if (typeof cell.value === 'number') {
    const format = cell.numFmt ?? 'General';
    return [numfmt.format(format, cell.value, { locale: 'id' }), numfmt.format(format, cell.value, { locale: 'en' })];
  }
  return [String(cell.value)];
}

function firstHeaderLabel(table: CorpusTable): string {
  const first = table.header[0];
  return typeof first === 'string' ? first : first[0];
}

const SEEDS: Array<[string, number]> = [
  ['001', 87],
  ['002', 17],
  ['003', 9],
];

describe.each(SEEDS)('fixture workbook of seed %s', (seed, count) => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await loadFixture(seed);
  });

  test(`expects each of the ${count} corpus tables once`, () => {
    expect(fixture.corpus).toHaveLength(count);
    expect(fixture.tables).toHaveLength(count);
    expect(fixture.tables.map((t) => t.id).sort()).toEqual(fixture.corpus.map((t) => t.id).sort());
  });

  test('every expected range lies inside its sheet used range, below its title', () => {
    for (const table of fixture.tables) {
      const ws = sheetOf(fixture.workbook, table);
      const used = corners(ws.dimensions.range);
      const range = corners(table.range);
      expect([table.id, range.top >= used.top && range.left >= used.left]).toEqual([table.id, true]);
      expect([table.id, range.bottom <= used.bottom && range.right <= used.right]).toEqual([table.id, true]);
      expect([table.id, table.titleRow - 1 < range.top]).toEqual([table.id, true]);
    }
  });

  test('every table shows its corpus title above and its first header label at the top-left', () => {
    for (const table of fixture.tables) {
      const corpus = fixture.corpusById.get(table.id)!;
      const ws = sheetOf(fixture.workbook, table);
      const { top, left } = corners(table.range);
      expect(ws.getCell(table.titleRow, left + 1).value).toBe(corpus.title);
      expect(ws.getCell(top + 1, left + 1).value).toBe(firstHeaderLabel(corpus));
      for (const copy of table.pageBreakHeaderRows?.slice(0, 1) ?? []) {
        expect(ws.getCell(copy, left + 1).value).toBe(firstHeaderLabel(corpus));
      }
    }
  });

  test('every body cell displays the corpus cell exactly as written (merged cells were blank)', () => {
    for (const table of fixture.tables) {
      const corpus = fixture.corpusById.get(table.id)!;
      const ws = sheetOf(fixture.workbook, table);
      const { left } = corners(table.range);
      const rows = bodyRows(table);
      expect(rows).toHaveLength(corpus.rows.length);
      corpus.rows.forEach((tokens, r) =>
        tokens.forEach((token, c) => {
          const cell = ws.getCell(rows[r], left + c + 1);
          const shown = isMergedAway(cell) ? [''] : displays(cell);
          expect([table.id, cell.address, shown.includes(token) ? token : shown]).toEqual([table.id, cell.address, token]);
        }),
      );
    }
  });

  test('one column annotation per table column, left to right', () => {
    for (const table of fixture.tables) {
      const { left, right } = corners(table.range);
      expect(table.columns.map((c) => columnIndex(c.column))).toEqual(
        Array.from({ length: right - left + 1 }, (_, k) => left + k),
      );
    }
  });

  test('Sumber lines sit right under their table', () => {
    for (const table of fixture.tables.filter((t) => t.sumberRow !== undefined)) {
      const ws = sheetOf(fixture.workbook, table);
      const { bottom, left } = corners(table.range);
      expect(table.sumberRow).toBe(bottom + 2);
      expect(String(ws.getCell(table.sumberRow!, left + 1).value)).toMatch(/^Sumber : /);
    }
  });
});

describe('seed 001 details', () => {
  let fixture: Fixture;
  const table = (id: string) => fixture.tables.find((t) => t.id === id)!;
  beforeAll(async () => {
    fixture = await loadFixture('001');
  });

  test('Tabel 3.2: header TARGET, realisasi 98.24 as a number shown with 2 decimals', () => {
    const t32 = table('001-T3.2');
    const ws = sheetOf(fixture.workbook, t32);
    const target = t32.columns.find((c) => c.role === 'target')!;
    const realisasi = t32.columns.find((c) => c.role === 'realisasi')!;
    expect(ws.getCell(`${target.column}${t32.headerRows[0]}`).value).toBe('TARGET');
    const first = ws.getCell(`${realisasi.column}${bodyRows(t32)[0]}`);
    expect(first.value).toBe(98.24);
    expect(first.numFmt).toBe('0.00');
    expect(t32.columns.map((c) => c.role)).toEqual([
      'no', 'sasaran', 'no', 'indikator', 'target', 'realisasi', 'capaian', 'kategori', 'sumber_data',
    ]);
  });

  test('the rating scale is kind scale; year groups give column years', () => {
    expect(table('001-T3.1').kind).toBe('scale');
    const t33 = table('001-T3.3');
    expect(t33.columns.slice(3, 6).map((c) => [c.role, c.year])).toEqual([
      ['target', 2022],
      ['realisasi', 2022],
      ['capaian', 2022],
    ]);
    expect(t33.columns[11]).toMatchObject({ role: 'capaian', year: 2024, header: '2024 / PERSENTASE CAPAIAN' });
  });

  test('year group "2022" is merged over its three columns; 100.76% keeps its percent sign', () => {
    const t33 = table('001-T3.3');
    const ws = sheetOf(fixture.workbook, t33);
    const [groupRow] = t33.headerRows;
    const group = ws.getCell(`${t33.columns[3].column}${groupRow}`);
    expect(group.value).toBe(2022);
    expect(ws.getCell(`${t33.columns[5].column}${groupRow}`).master.address).toBe(group.address);
    const capaian = ws.getCell(`${t33.columns[11].column}${bodyRows(t33)[0]}`);
    expect(capaian.value).toBe(100.76);
    expect(numfmt.format(capaian.numFmt, capaian.value as number, { locale: 'en' })).toBe('100.76%');
  });

  test('sasaran cells: merged down in an even-indexed table, left blank in an odd-indexed one', () => {
    const even = table('001-T3.2');
    const evenWs = sheetOf(fixture.workbook, even);
    const sasaran = even.columns[1].column;
    const [first, second] = bodyRows(even);
    expect(evenWs.getCell(`${sasaran}${second}`).master.address).toBe(`${sasaran}${first}`);

    const odd = table('001-T3.3');
    const oddWs = sheetOf(fixture.workbook, odd);
    const oddSasaran = odd.columns[1].column;
    const [, oddSecond] = bodyRows(odd);
    expect(oddWs.getCell(`${oddSasaran}${oddSecond}`).isMerged).toBe(false);
    expect(oddWs.getCell(`${oddSasaran}${oddSecond}`).value).toBeNull();
  });

  test('an amount that only its column disambiguates is a number: "980,000" among English amounts', () => {
    const t37 = table('001-T3.7');
    const ws = sheetOf(fixture.workbook, t37);
    const rows = fixture.corpusById.get('001-T3.7')!.rows;
    const r = rows.findIndex((row) => row[1] === '980,000');
    const cell = ws.getCell(`${t37.columns[1].column}${bodyRows(t37)[r]}`);
    expect(r).toBeGreaterThan(0);
    expect([cell.value, cell.numFmt]).toEqual([980000, '#,##0']);
  });

  test('the LRA keeps its column-number row with the declared formulas, as text', () => {
    const lra = table('001-L.T1.1');
    const ws = sheetOf(fixture.workbook, lra);
    expect(lra.numberRow).toBe(lra.headerRows[3]);
    expect(ws.getCell(`${lra.columns[5].column}${lra.numberRow}`).value).toBe('7=6/3*100');
    expect(ws.getCell(`${lra.columns[13].column}${lra.numberRow}`).value).toBe('15=5-12');
  });

  test('Tabel 2.6 continues across a page: its header is repeated once, and it stays one table', () => {
    const t26 = table('001-T2.6');
    expect(t26.pageBreakHeaderRows).toHaveLength(2);
    expect(fixture.tables.filter((t) => t.pageBreakHeaderRows)).toHaveLength(1);
    expect(bodyRows(t26)).toHaveLength(74);
  });
});

describe('seed 002 details', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await loadFixture('002');
  });

  test('malformed and currency amounts of Tabel 13/14 survive as text', () => {
    const cells: Array<[string, string]> = [];
    for (const t of fixture.tables.filter((x) => x.id === '002-T13' || x.id === '002-T14')) {
      const ws = sheetOf(fixture.workbook, t);
      const { left, right } = corners(t.range);
      for (const r of bodyRows(t)) {
        for (let c = left; c <= right; c++) {
          const v = ws.getCell(r, c + 1).value;
          if (typeof v === 'string') cells.push([t.id, v]);
        }
      }
    }
    expect(cells).toContainEqual(['002-T14', '1.030.971.00']);
    expect(cells).toContainEqual(['002-T14', '205..778.000']);
    expect(cells).toContainEqual(['002-T13', 'Rp. 50.193.200.643']);
  });

  test('"3.426" m2 stays text: its column shows no convention that settles it', () => {
    const t2 = fixture.tables.find((t) => t.id === '002-T2')!;
    const ws = sheetOf(fixture.workbook, t2);
    expect(ws.getCell(`${t2.columns[2].column}${bodyRows(t2)[0]}`).value).toBe('3.426');
  });

  test('Tabel 12 keeps its declared efisiensi formula "6 (4-5)" in the column-number row', () => {
    const t12 = fixture.tables.find((t) => t.id === '002-T12')!;
    const ws = sheetOf(fixture.workbook, t12);
    const efisiensi = t12.columns.find((c) => c.role === 'efisiensi')!;
    expect(ws.getCell(`${efisiensi.column}${t12.numberRow}`).value).toBe('6 (4-5)');
  });
});

describe('demo sample', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await loadWorkbook(SAMPLE);
  });

  test('opens on an Indonesian "Petunjuk" sheet, then the report sheets', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Petunjuk', 'BAB II', 'BAB III', 'Lampiran PK']);
    const intro = workbook.getWorksheet('Petunjuk')!;
    expect(String(intro.getCell('A1').value)).toMatch(/Kotawaringin Timur/);
    expect(String(intro.getCell('A2').value)).toMatch(/Periksa workbook/);
  });

  test('holds the conflicting realisasi 98.24, 84.66 and 86.66 as numbers', () => {
    const numbers = new Set<number>();
    workbook.getWorksheet('BAB III')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') numbers.add(cell.value);
      }),
    );
    expect([98.24, 84.66, 86.66].filter((n) => numbers.has(n))).toEqual([98.24, 84.66, 86.66]);
  });

  test('its expectation lists the BAB II and BAB III tables and the Kepala Dinas PK', () => {
    const expected = readJson<{ tables: ExpectedTable[] }>(
      path.join(FIXTURES, 'workbooks', 'lkjip-2024-kotawaringin-timur.expected.json'),
    );
    const ids = expected.tables.map((t) => t.id);
    expect(ids).toHaveLength(18);
    expect(ids).toContain('001-T3.2');
    expect(ids).toContain('001-L.PK-Kadis-b');
    for (const t of expected.tables) expect(workbook.getWorksheet(t.sheet)).toBeDefined();
  });
});
