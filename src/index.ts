/**
 * The library entry (package `main`): the engine without Excel, for Node tools
 * (design.md section 2, "Library").
 */
export { checkWorkbook, RULE_SEVERITY, DEFAULT_SETTINGS } from './core/checks';
export type { CheckResult, Finding, RuleId, Severity, Settings } from './core/checks';
export { recognizeTables } from './core/tables';
export type { RecognizedTable, TableColumn, TableRow, TableKind, ColumnRole, RowLevel } from './core/tables';
export * from './core/measures';
export { parseAngka, formatAngka, detectColumnConvention } from './core/numbers';
export type { ParsedNumber, NumberConvention } from './core/numbers/types';
export type { WorkbookSnapshot, SheetGrid, CellValue } from './core/workbook/types';
