/**
 * Rule `target-mismatch`: the target a realisasi table measures against, compared with the PK of the
 * same year (murni and perubahan); the finding names which PK the table follows and flags a table that
 * mixes them. Where several realisasi tables agree with each other and the PK differs, the PK cell is
 * the one flagged. PK murni and Renja targets are also compared with the Renstra target of the year.
 */
import { formatAngka } from '../numbers';
import { message } from '../i18n/messages';
import { cellAddress, qualifiedAddress } from '../workbook/address';
import type { CheckContext } from './context';
import { sameQuantity, targetSource } from './crossTable';
import type { Finding } from './finding';
import type { Occurrence } from './linking';
import { measureSets, shownAt, statedAt } from './measureSets';
import type { StatedNumber } from './tolerance';

interface Target {
  occurrence: Occurrence;
  col: number;
  stated: StatedNumber;
  source: string;
  year: number;
}

function targetsOf(context: CheckContext, group: Occurrence[]): Target[] {
  const targets: Target[] = [];
  for (const occurrence of group) {
    const { table, row } = occurrence;
    for (const set of measureSets(table)) {
      const year = set.year ?? table.year;
      if (!set.target || year === undefined) continue;
      const stated = statedAt(context, table, row.row, set.target.col);
      if (stated) targets.push({ occurrence, col: set.target.col, stated, source: targetSource(table, set), year });
    }
  }
  return targets;
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
    expected: reference.stated.value,
    variant,
    message: message(key, lang, {
      label: row.label.slice(0, 80),
      stated,
      expected: formatAngka(reference.stated.value, reference.stated.decimals, lang),
      year: target.year,
      pk: variant,
      where: reference.occurrence.table.title?.slice(0, 60) ?? reference.occurrence.table.sheet,
    }),
    fix: reference.stated.value,
  };
}

export function checkTargets(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const follows = new Map<number, Array<{ target: Target; pk: 'murni' | 'perubahan'; murni: Target; perubahan: Target }>>();
  for (const group of context.links()) {
    const targets = targetsOf(context, group);
    for (const year of new Set(targets.map((t) => t.year))) {
      const ofYear = targets.filter((t) => t.year === year);
      const murni = ofYear.find((t) => t.source === 'pk-murni');
      const perubahan = ofYear.find((t) => t.source === 'pk-perubahan');
      const renstra = ofYear.find((t) => t.source === 'renstra');
      const used = ofYear.filter((t) => t.source === 'realisasi-tabel');
      const reference = perubahan ?? murni;
      if (reference) {
        const pkFlagged = new Set<Target>();
        for (const t of used) {
          if (perubahan && sameQuantity(t.stated, perubahan.stated)) {
            if (murni && !sameQuantity(murni.stated, perubahan.stated)) {
              const list = follows.get(t.occurrence.tableIndex) ?? [];
              list.push({ target: t, pk: 'perubahan', murni, perubahan });
              follows.set(t.occurrence.tableIndex, list);
            }
            continue;
          }
          if (murni && sameQuantity(t.stated, murni.stated)) {
            if (perubahan) {
              const list = follows.get(t.occurrence.tableIndex) ?? [];
              list.push({ target: t, pk: 'murni', murni, perubahan });
              follows.set(t.occurrence.tableIndex, list);
            }
            continue;
          }
          const agreeing = used.filter((u) => u.occurrence.tableIndex !== t.occurrence.tableIndex && sameQuantity(u.stated, t.stated));
          if (agreeing.length >= 1 && !pkFlagged.has(reference)) {
            pkFlagged.add(reference);
            findings.push(finding(context, reference, t, reference.source === 'pk-perubahan' ? 'PK perubahan' : 'PK murni', 'target.pk-outlier'));
          } else if (agreeing.length === 0) {
            findings.push(finding(context, t, reference, reference.source === 'pk-perubahan' ? 'PK perubahan' : 'PK murni', 'target.pk'));
          }
        }
      }
      if (renstra) {
        for (const t of ofYear.filter((x) => x.source === 'pk-murni' || x.source === 'renja')) {
          // A Renja/RKT that follows the revised PK of the year departs from the Renstra on purpose.
          const followsPerubahan = t.source === 'renja' && perubahan !== undefined && sameQuantity(t.stated, perubahan.stated);
          if (!sameQuantity(t.stated, renstra.stated) && !followsPerubahan) findings.push(finding(context, t, renstra, 'Renstra', 'target.renstra'));
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
