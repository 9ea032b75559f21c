/**
 * Links the same indicator (or program, kegiatan, sub kegiatan) across tables and sheets. Names are
 * compared after normalising case, spacing, numbering, level prefixes and known misspellings
 * (Presentase/Persentase, "di berdayakan"/"diberdayakan"); a guarded similarity joins near-identical
 * names but never across a different acronym (PMKS/PPKS), number or unit word.
 */
import { memoize } from '../memo';
import type { RecognizedTable, RowLevel, TableRow } from '../tables/types';

export interface Occurrence {
  table: RecognizedTable;
  row: TableRow;
  /** Index of the table in the workbook's table list (document order). */
  tableIndex: number;
}

const SPELLING: Array<[RegExp, string]> = [
  [/\b(presentase|prosentase|persentasi|prosentasi|persentasse)\b/g, 'persentase'],
  [/\bdi (\w+(?:kan|i))\b/g, 'di$1'],
  [/\bpelindungan\b/g, 'perlindungan'],
  [/\bfasilitas\b/g, 'fasilitasi'],
  [/\bsoisal\b/g, 'sosial'],
];

const LEVEL_PREFIX = /^(urusan|program|sub ?kegiatan|kegiatan)\s+/;

/**
 * Rows of the program hierarchy link by name whatever their level: a level guessed from neighbours
 * (a kegiatan written without its prefix) must not keep it apart. Two rows of one table with the
 * same name (a kegiatan and its sub kegiatan) are left out by the rules that compare.
 */
function linkLevel(level: RowLevel): string {
  return level === 'program' || level === 'kegiatan' || level === 'subkegiatan' || level === 'urusan' || level === 'jenis' || level === 'rincian' ? 'uraian' : 'indikator';
}

/** normalizeName, remembered: the same labels come back in every copy of a table. */
export const cachedName = memoize((label: string) => normalizeName(label));

export function normalizeName(label: string): string {
  let s = label.toLowerCase().replace(/[\u00a0\s]+/g, ' ').trim();
  s = s.replace(/^(\d+(\.\d+)*|[a-z])[.)]?\s+/, '');
  s = s.replace(LEVEL_PREFIX, '');
  for (const [pattern, replacement] of SPELLING) s = s.replace(pattern, replacement);
  return s.replace(/[^a-z0-9% ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** What must be equal for two names to be linked at all: acronyms, numbers, unit words, level. */
function guardKey(label: string, level: string): string {
  const acronyms = (label.match(/\b[A-Z]{2,}\b/g) ?? []).filter((a) => !/^(DAN|ATAU|YANG|PD|OPD|SKPD)$/.test(a)).sort();
  const numbers = (cachedName(label).match(/\d+/g) ?? []).sort();
  return `${level}|${acronyms.join(',')}|${numbers.join(',')}`;
}

function tokens(name: string): Set<string> {
  return new Set(name.split(' ').filter((t) => t.length > 1));
}

/** Words a name may gain or lose without naming something else ("Kabupaten/Kota" vs "Kabupaten"). */
const FILLER = new Set(['kota', 'kab', 'kabupaten', 'daerah', 'dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'pada', 'serta', 'atau', 'bagi']);

function editDistanceAtMost2(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > 2) return false;
    previous = current;
  }
  return previous[b.length] <= 2;
}

/**
 * Two names for the same thing: the same words but for misspellings (each differing word pairs with
 * one at most two letters away: Fasilitas/Fasilitasi, Pelindungan/Perlindungan) and filler words.
 * A different word (Keluarga/Kelembagaan) keeps them apart.
 */
function similar(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.size < 3 || tb.size < 3) return false;
  const onlyA = [...ta].filter((t) => !tb.has(t) && !FILLER.has(t));
  const onlyB = [...tb].filter((t) => !ta.has(t) && !FILLER.has(t));
  if (onlyA.length !== onlyB.length || onlyA.length > 2) return false;
  const unpaired = [...onlyB];
  for (const t of onlyA) {
    const match = unpaired.findIndex((u) => t.length >= 5 && editDistanceAtMost2(t, u));
    if (match < 0) return false;
    unpaired.splice(match, 1);
  }
  return true;
}

/** Groups of occurrences of the same named row, in document order; only groups seen in two or more tables. */
export function linkRows(tables: RecognizedTable[], keep: (table: RecognizedTable, row: TableRow) => boolean): Occurrence[][] {
  const byKey = new Map<string, Occurrence[]>();
  const guards = new Map<string, string>();
  tables.forEach((table, tableIndex) => {
    for (const row of table.rows) {
      if (row.level === 'total' || row.level === 'average' || !keep(table, row)) continue;
      const names: Array<[string, string]> = [[linkLevel(row.level), row.label]];
      // A program row that states its indicator (the IKU) is also that indicator.
      if (row.level === 'program' && row.indikator) names.push(['indikator', row.indikator]);
      for (const [level, label] of names) {
        const name = cachedName(label);
        if (name.length < 4 || !/[a-z]{3}/.test(name)) continue;
        const key = `${level}|${name}`;
        guards.set(key, guardKey(label, level));
        const list = byKey.get(key) ?? [];
        list.push({ table, row, tableIndex });
        byKey.set(key, list);
      }
    }
  });
  const keys = [...byKey.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const buckets = new Map<string, string[]>();
  for (const k of keys) {
    const g = guards.get(k)!;
    buckets.set(g, [...(buckets.get(g) ?? []), k]);
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i].slice(bucket[i].indexOf('|') + 1);
        const b = bucket[j].slice(bucket[j].indexOf('|') + 1);
        if (similar(a, b)) parent.set(find(bucket[i]), find(bucket[j]));
      }
    }
  }
  const groups = new Map<string, Occurrence[]>();
  for (const k of keys) {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), ...byKey.get(k)!]);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.map((o) => o.tableIndex)).size >= 2)
    .map((g) => g.sort((a, b) => a.tableIndex - b.tableIndex || a.row.row - b.row.row));
}
