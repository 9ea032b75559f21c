/**
 * Rule `target-mismatch`: the target a realisasi table measures against, compared with the PK of the
 * same year (murni and perubahan); the finding names which PK the table follows and flags a table that
 * mixes them. Where several realisasi tables agree with each other and the PK differs, the PK cell is
 * the one flagged. PK murni and Renja targets are also compared with the Renstra target of the year.
 */
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import type { RecognizedTable } from '../tables/types';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import { sameQuantity, targetSource } from './crossTable';
import type { Finding } from './finding';
import type { Occurrence } from './linking';
import { measureSets, shownAt } from './measureSets';
import type { CellReading } from './sheetNumbers';
import type { StatedNumber } from './tolerance';
import { groupBy } from '../groupBy';

/** A target cell: its stated number (value, decimals) held in the object itself, one object per target, not two. */
interface Target extends StatedNumber {
  occurrence: Occurrence;
  col: number;
  source: string;
  year: number;
  /** The row's own indicator (a sub kegiatan may carry several), '' when the table names none. */
  what: string;
}

const PROGRAM_LEVELS = new Set(['program', 'kegiatan', 'subkegiatan']);

/** A target column of a table: its year and which plan it follows (the same for every row). */
interface TargetColumn {
  col: number;
  source: string;
  year: number;
}

function targetColumnsOf(context: CheckContext, table: RecognizedTable): TargetColumn[] {
  const found: TargetColumn[] = [];
  for (const set of measureSets(table)) {
    const year = set.year ?? table.year ?? context.reportYear;
    if (set.target && year !== undefined) found.push({ col: set.target.col, source: targetSource(table, set), year });
  }
  return found;
}

/**
 * Each occurrence's targets by year. A table that names the row twice for the same indicator (or
 * twice without one) is left out: which one is meant cannot be told.
 */
function targetsOf(context: CheckContext, group: Occurrence[], columnsOf: (occurrence: Occurrence) => TargetColumn[]): Target[] {
  const targets: Target[] = [];
  const cell: CellReading = { value: 0, decimals: 0, unit: '' };
  // linkRows gives a group in table order, so a table's occurrences are consecutive (and few).
  const repeated = new Set<Occurrence>();
  for (let start = 0, end = 1; start < group.length; start = end, end = start + 1) {
    while (end < group.length && group[end].tableIndex === group[start].tableIndex) end++;
    for (let i = start; i < end; i++) {
      for (let j = start; j < end; j++) if (i !== j && group[i].indikator === group[j].indikator) repeated.add(group[i]);
    }
  }
  for (const occurrence of group) {
    if (repeated.size > 0 && repeated.has(occurrence)) continue;
    const { table, row } = occurrence;
    for (const { col, source, year } of columnsOf(occurrence)) {
      if (context.readCell(table, row.row, col, cell)) targets.push({ value: cell.value, decimals: cell.decimals, occurrence, col, source, year, what: occurrence.indikator });
    }
  }
  return targets;
}

/**
 * Whether another table states the same quantity as a target: the targets sorted by value, so that
 * only the neighbours within sameQuantity's reach (one unit at 0 decimals, plus the relative slack)
 * are looked at, not every target of the indicator.
 */
function agreementIndex(targets: Target[]): (t: Target) => boolean {
  const sorted = [...targets].sort((a, b) => a.value - b.value);
  return (t) => {
    const reach = 1 + 1e-8 * Math.max(1, Math.abs(t.value));
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].value < t.value - reach) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length && sorted[i].value <= t.value + reach; i++) {
      const u = sorted[i];
      if (u.occurrence.tableIndex !== t.occurrence.tableIndex && sameQuantity(u, t)) return true;
    }
    return false;
  };
}

function finding(context: CheckContext, target: Target, reference: Target, variant: string, key: 'target.pk' | 'target.pk-outlier' | 'target.mixed' | 'target.renstra'): Finding {
  const lang = context.settings.lang;
  const { table, row } = target.occurrence;
  const stated = shownAt(context, table, row.row, target.col);
  return {
    rule: 'target-mismatch',
    severity: 'warning',
    sheet: table.sheet,
    cell: cellAddress(row.row, target.col),
    related: [qualifiedAddress(reference.occurrence.table.sheet, reference.occurrence.row.row, reference.col)],
    stated,
    expected: reference.value,
    variant,
    message: message(key, lang, {
      label: row.label.slice(0, 80),
      stated,
      expected: formatAngka(reference.value, reference.decimals, lang),
      year: target.year,
      pk: variant,
      where: reference.occurrence.table.title?.slice(0, 60) ?? reference.occurrence.table.sheet,
    }),
    fix: reference.value,
  };
}

export function checkTargets(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const follows = new Map<number, Array<{ target: Target; pk: 'murni' | 'perubahan'; murni: Target; perubahan: Target }>>();
  const perTable: Array<TargetColumn[] | undefined> = [];
  const columnsOf = (occurrence: Occurrence) => (perTable[occurrence.tableIndex] ??= targetColumnsOf(context, occurrence.table));
  for (const group of context.links()) {
    const targets = targetsOf(context, group, columnsOf);
    // Per indicator: rows that name none join when the others name one indicator only.
    const byIdentity = groupBy(targets.filter((t) => t.what !== ''), (t) => t.what);
    const partitions = byIdentity.size <= 1 ? [targets] : [...byIdentity.values()];
    for (const ofYear of partitions.flatMap((part) => [...groupBy(part, (t) => t.year).values()])) {
      const murni = ofYear.find((t) => t.source === 'pk-murni');
      const perubahan = ofYear.find((t) => t.source === 'pk-perubahan');
      const renstra = ofYear.find((t) => t.source === 'renstra');
      const used = ofYear.filter((t) => t.source === 'realisasi-tabel');
      // Kegiatan and sub kegiatan have no PK: their plan is the Renja / DPA of the year.
      const renja = PROGRAM_LEVELS.has(group[0].row.level) ? ofYear.find((t) => t.source === 'renja') : undefined;
      const reference = perubahan ?? murni ?? renja;
      const referenceName = reference === perubahan ? 'PK perubahan' : reference === murni ? 'PK murni' : 'Renja/DPA';
      if (reference) {
        const agreeing = agreementIndex(used);
        const pkFlagged = new Set<Target>();
        for (const t of used) {
          if (perubahan && sameQuantity(t, perubahan)) {
            if (murni && !sameQuantity(murni, perubahan)) {
              const list = follows.get(t.occurrence.tableIndex) ?? [];
              list.push({ target: t, pk: 'perubahan', murni, perubahan });
              follows.set(t.occurrence.tableIndex, list);
            }
            continue;
          }
          if (murni && sameQuantity(t, murni)) {
            if (perubahan) {
              const list = follows.get(t.occurrence.tableIndex) ?? [];
              list.push({ target: t, pk: 'murni', murni, perubahan });
              follows.set(t.occurrence.tableIndex, list);
            }
            continue;
          }
          if (reference === renja && sameQuantity(t, renja)) continue;
          const confirmed = agreeing(t);
          if (confirmed && !pkFlagged.has(reference)) {
            pkFlagged.add(reference);
            findings.push(finding(context, reference, t, referenceName, 'target.pk-outlier'));
          } else if (!confirmed) {
            findings.push(finding(context, t, reference, referenceName, 'target.pk'));
          }
        }
      }
      if (renstra) {
        for (const t of ofYear.filter((x) => x.source === 'pk-murni' || x.source === 'renja')) {
          // A Renja/RKT that follows the revised PK of the year departs from the Renstra on purpose, as
          // does one whose target column says so ("TARGET 2024 (PERUBAHAN)", seed 001 RKT).
          const revisedColumn = t.occurrence.table.columns.find((c) => c.col === t.col)?.variant === 'perubahan';
          const followsPerubahan = t.source === 'renja' && (revisedColumn || (perubahan !== undefined && sameQuantity(t, perubahan)));
          if (!sameQuantity(t, renstra) && !followsPerubahan) findings.push(finding(context, t, renstra, 'Renstra', 'target.renstra'));
        }
      }
    }
  }
  for (const rows of follows.values()) {
    const murniRows = rows.filter((r) => r.pk === 'murni');
    const perubahanRows = rows.filter((r) => r.pk === 'perubahan');
    if (murniRows.length === 0 || perubahanRows.length === 0) continue;
    const minority = murniRows.length <= perubahanRows.length ? murniRows : perubahanRows;
    const majority = minority === murniRows ? perubahanRows : murniRows;
    for (const m of minority) {
      const reference = majority[0].pk === 'perubahan' ? m.perubahan : m.murni;
      findings.push(finding(context, m.target, reference, `campuran PK murni/perubahan (tabel mengikuti PK ${majority[0].pk})`, 'target.mixed'));
    }
  }
  return findings;
}
