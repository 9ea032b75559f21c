/**
 * `--out DIR`: writes a copy of the input with every finding's cell marked (fill by severity and a
 * note with the message) and a new "Temuan" sheet listing the findings with a link to each cell.
 * The input file is never written: the copy goes to DIR as NAME-cermat.xlsx.
 */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { CheckResult, Finding, Severity } from '../core/checks';
import { quoteSheetName } from '../core/workbook/address';
import type { Lang } from './messages';

const FILL: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };

const HEADERS: Record<Lang, string[]> = {
  id: ['No', 'Aturan', 'Tingkat', 'Sheet', 'Sel', 'Tertulis', 'Seharusnya', 'Varian', 'Pesan'],
  en: ['No', 'Rule', 'Severity', 'Sheet', 'Cell', 'Stated', 'Expected', 'Variant', 'Message'],
};
const SEVERITY_NAME: Record<Lang, Record<Severity, string>> = {
  id: { error: 'galat', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function markedCopyPath(input: string, outDir: string): string {
  return path.join(outDir, `${path.basename(input, path.extname(input))}-cermat.xlsx`);
}

function uniqueSheetName(workbook: ExcelJS.Workbook, base: string): string {
  let name = base;
  for (let i = 2; workbook.getWorksheet(name); i++) name = `${base} (${i})`;
  return name;
}

function markCell(workbook: ExcelJS.Workbook, finding: Finding): void {
  const sheet = workbook.getWorksheet(finding.sheet);
  if (!sheet) return;
  const cell = sheet.getCell(finding.cell);
  // ExcelJS shares one style object among the cells read with the same style: give this cell its own
  // copy first, or the fill would spread to every cell that looked like it.
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[finding.severity] } } };
  const previous = typeof cell.note === 'string' ? `${cell.note}\n` : '';
  cell.note = `${previous}Cermat (${finding.rule}): ${finding.message}`;
}

function addFindingsSheet(workbook: ExcelJS.Workbook, findings: Finding[], lang: Lang): void {
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, 'Temuan'));
  sheet.addRow(HEADERS[lang]).font = { bold: true };
  findings.forEach((f, i) => {
    const row = sheet.addRow([
      i + 1,
      f.rule,
      SEVERITY_NAME[lang][f.severity],
      f.sheet,
      { text: f.cell, hyperlink: `#${quoteSheetName(f.sheet)}!${f.cell}` },
      f.stated,
      f.expected ?? '',
      f.variant,
      f.message,
    ]);
    row.getCell(5).font = { color: { argb: 'FF0563C1' }, underline: true };
  });
  [5, 28, 11, 16, 8, 18, 14, 22, 90].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The copy could not be written (the folder is a file, no permission, the disk is full...). */
export class MarkedCopyError extends Error {
  constructor(
    readonly target: string,
    readonly detail: string,
  ) {
    super(`${target}: ${detail}`);
  }
}

export async function writeMarkedWorkbook(input: string, outDir: string, result: CheckResult, lang: Lang): Promise<string> {
  const target = markedCopyPath(input, outDir);
  if (path.resolve(target) === path.resolve(input)) throw new MarkedCopyError(target, 'input');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  for (const finding of result.findings) markCell(workbook, finding);
  addFindingsSheet(workbook, result.findings, lang);
  try {
    await fs.mkdir(outDir, { recursive: true });
    await workbook.xlsx.writeFile(target);
  } catch (error) {
    throw new MarkedCopyError(target, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  return target;
}
