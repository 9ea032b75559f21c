/** The Finding contract (design.md section 2) and the rule ids of domain.md section 4. */

export type RuleId =
  | 'capaian-mismatch'
  | 'kategori-mismatch'
  | 'predikat-mismatch'
  | 'efisiensi-mismatch'
  | 'serapan-mismatch'
  | 'total-mismatch'
  | 'formula-mismatch'
  | 'cross-table-mismatch'
  | 'target-mismatch'
  | 'number-format'
  | 'implausible-value'
  | 'narrative-mismatch'
  | 'scale-gap';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_SEVERITY: Record<RuleId, Severity> = {
  'capaian-mismatch': 'error',
  'kategori-mismatch': 'error',
  'predikat-mismatch': 'error',
  'efisiensi-mismatch': 'error',
  'serapan-mismatch': 'error',
  'total-mismatch': 'error',
  'formula-mismatch': 'error',
  'cross-table-mismatch': 'warning',
  'target-mismatch': 'warning',
  'number-format': 'warning',
  'implausible-value': 'warning',
  'narrative-mismatch': 'warning',
  'scale-gap': 'info',
};

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about, on `sheet`. */
  cell: string;
  /** Qualified addresses ("Capaian!E5") of the cells the expected value comes from. */
  related: string[];
  /** The value as the cell states it (its displayed text). */
  stated: string;
  /** The expected value, or the conflicting value for cross-table findings; null when none exists. */
  expected: number | string | null;
  /** The rule variant assumed (`positif`, `negatif-A`, `efisiensi-rasio`, `bulat-ke-bawah 2 desimal`). */
  variant: string;
  message: string;
  /** The value that would make the cell consistent, where one exists. */
  fix?: number | string;
}
