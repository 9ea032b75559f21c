/** The per-file report of the CLI's JSON (design.md section 2): tables with A1 ranges and column letters, and findings. */
import type { CheckResult, Finding } from '../core/checks';
import type { RecognizedTable, TableKind } from '../core/tables/types';
import { columnLetter, rangeAddress } from '../core/workbook/address';

export interface TableReport {
  sheet: string;
  range: string;
  kind: TableKind;
  title?: string;
  year?: number;
  columns: Array<{ column: string; role: string; year?: number }>;
}

export interface FileReport {
  file: string;
  /** One line saying why the file could not be read. */
  error?: string;
  /** Path of the marked copy written with --out. */
  marked?: string;
  tables: TableReport[];
  findings: Finding[];
}

export function tableReport(table: RecognizedTable): TableReport {
  const report: TableReport = {
    sheet: table.sheet,
    range: rangeAddress(table.top, table.left, table.bottom, table.right),
    kind: table.kind,
    columns: table.columns.map((c) => (c.year !== undefined ? { column: columnLetter(c.col), role: c.role, year: c.year } : { column: columnLetter(c.col), role: c.role })),
  };
  if (table.title !== undefined) report.title = table.title;
  if (table.year !== undefined) report.year = table.year;
  return report;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function fileReport(file: string, result: CheckResult): FileReport {
  const findings = [...result.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { file, tables: result.tables.map(tableReport), findings };
}
