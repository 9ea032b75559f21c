/**
 * Check settings (design.md section 2): kategori scale, negative-indicator formula, efisiensi method,
 * rounding mode, per-table overrides and dismissed findings. `auto` means: infer the author's variant
 * from the table itself and say which one was assumed.
 */
import type { RuleId } from './finding';
import type { ColumnRole, TableKind } from '../tables/types';

export type Lang = 'id' | 'en';

export interface TableOverride {
  sheet: string;
  /** The table's range as reported ("B12:J20"); matched by its top-left cell. */
  range: string;
  kind?: TableKind;
  /** Column letter -> role. */
  columns?: Record<string, ColumnRole>;
}

export interface DismissedFinding {
  rule: RuleId;
  sheet: string;
  cell: string;
}

export interface Settings {
  /** A preset name, or 'workbook' to use a scale table written in the workbook when there is one. */
  scale: 'workbook' | 'permendagri86' | 'baik' | 'tercapai';
  negativeFormula: 'auto' | 'A' | 'B' | 'C' | 'D';
  efisiensiMethod: 'auto' | 'selisih' | 'rasio';
  rounding: 'auto' | 'bulat' | 'bulat-ke-bawah';
  lang: Lang;
  tableOverrides: TableOverride[];
  dismissed: DismissedFinding[];
}

export const DEFAULT_SETTINGS: Settings = {
  scale: 'workbook',
  negativeFormula: 'auto',
  efisiensiMethod: 'auto',
  rounding: 'auto',
  lang: 'id',
  tableOverrides: [],
  dismissed: [],
};
