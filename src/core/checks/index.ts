/**
 * checkWorkbook: recognises the tables of a snapshot and runs every rule over them.
 * Each rule lives in its own module and sees the same CheckContext; dismissed findings are dropped here.
 */
import { GridView } from '../tables/grid';
import { recognizeTables } from '../tables/recognize';
import type { RecognizedTable } from '../tables/types';
import type { WorkbookSnapshot } from '../workbook/types';
import { buildContext, type CheckContext } from './context';
import type { Finding } from './finding';
import { checkCapaian } from './capaian';
import { checkCrossTable } from './crossTable';
import { checkEfisiensi } from './efisiensi';
import { checkFormulas } from './formulas';
import { checkImplausible } from './implausible';
import { checkKategori } from './kategori';
import { checkNumberFormat } from './numberFormat';
import { applyOverrides } from './overrides';
import { checkSerapan } from './serapan';
import { checkTargets } from './targets';
import { checkTotals } from './totals';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type Rule = (context: CheckContext) => Finding[];

/** In this order: number-format reports the readings that the total rule settled. */
export const RULES: Rule[] = [
  checkCapaian,
  checkKategori,
  checkSerapan,
  checkEfisiensi,
  checkTotals,
  checkFormulas,
  checkCrossTable,
  checkTargets,
  checkImplausible,
  checkNumberFormat,
];

export interface CheckResult {
  tables: RecognizedTable[];
  findings: Finding[];
}

export function checkWorkbook(snapshot: WorkbookSnapshot, settings: Partial<Settings> = {}): CheckResult {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const views = new Map<string, GridView>();
  const tables = applyOverrides(recognizeTables(snapshot, views), merged.tableOverrides);
  const context = buildContext(snapshot, tables, merged, views);
  const dismissed = new Set(merged.dismissed.map((d) => `${d.rule}|${d.sheet}|${d.cell}`));
  const all = RULES.flatMap((rule) => rule(context));
  const findings = dismissed.size === 0 ? all : all.filter((f) => !dismissed.has(`${f.rule}|${f.sheet}|${f.cell}`));
  return { tables, findings };
}

export type { Finding, RuleId, Severity } from './finding';
export { RULE_SEVERITY } from './finding';
export type { Settings } from './settings';
export { DEFAULT_SETTINGS } from './settings';
