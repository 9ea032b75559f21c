/**
 * The .xlsx snapshot (src/cli/xlsxSnapshot): merged areas are read from ExcelJS's own index of them,
 * with the sheet model as the fallback; both must give the areas the model lists, on every seed workbook.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { snapshotFromWorkbook } from '../src/cli/xlsxSnapshot';
import { parseCellAddress } from '../src/core/workbook/address';
import type { MergedArea } from '../src/core/workbook/types';

const dir = path.join(__dirname, 'fixtures', 'workbooks');

function sorted(merges: MergedArea[]): string[] {
  return merges.map((m) => `${m.top},${m.left}:${m.bottom},${m.right}`).sort();
}

/** The merged areas as the sheet model lists them (`A1:C2`), zero-based. */
function modelMerges(sheet: ExcelJS.Worksheet): string[] {
  const ranges = (sheet.model as unknown as { merges: string[] }).merges;
  return sorted(
    ranges.map((range) => {
      const [a, b] = range.split(':').map((r) => parseCellAddress(r)!);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    }),
  );
}

describe('merged areas in the snapshot', () => {
  it.each(['seed-001', 'seed-002', 'seed-003'])('%s: read from the index ExcelJS keeps, they are the ones its sheet model lists', async (seed) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, `${seed}.xlsx`));
    const snapshot = snapshotFromWorkbook(workbook);
    expect(snapshot.sheets.map((s) => sorted(s.merges))).toEqual(workbook.worksheets.map(modelMerges));
    expect(snapshot.sheets.flatMap((s) => s.merges).length).toBeGreaterThan(40);
  });

  it('a worksheet without that index is read through its model', () => {
    const sheet = { name: 'Lembar', model: { merges: ['B2:D3'] }, eachRow: () => undefined } as unknown as ExcelJS.Worksheet;
    const snapshot = snapshotFromWorkbook({ worksheets: [sheet] } as unknown as ExcelJS.Workbook);
    expect(snapshot.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 3 }]);
  });
});
