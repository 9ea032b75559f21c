/**
 * Links the same indicator (or program, kegiatan, sub kegiatan) across tables and sheets. Names are
 * compared after normalising case, spacing, numbering, level prefixes and known misspellings
 * (Presentase/Persentase, "di berdayakan"/"diberdayakan"); a guarded similarity joins near-identical
 * names of different tables but never across a different acronym (PMKS/PPKS), number or unit word.
 */
import { memoize } from '../memo';
import type { RecognizedTable, RowLevel, TableRow } from '../tables/types';
import { groupBy } from '../groupBy';

export interface Occurrence {
  table: RecognizedTable;
  row: TableRow;
  /** Index of the table in the workbook's table list (document order). */
  tableIndex: number;
  /** The row's own indicator, normalised ('' when the row names none): what a program row's value measures. */
  indikator: string;
  /**
   * The row's place among all tables' rows in document order (table by table, each row's index added to
   * the rows of the tables before it): reading linked rows in this order sweeps the sheets once (documentOrder.ts).
   */
  seq: number;
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

/** Two rows of the edit-distance table, reused by every comparison (they run by the million on a DPA). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

function editDistanceAtMost2(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > 2) return false;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] <= 2;
}

/** The core words of `a` that `b` lacks, in `a`'s order; null when more than two (no pairing is possible then). */
function missingFrom(a: Named, b: Named): string[] | null {
  const missing: string[] = [];
  for (const w of a.core) {
    if (b.words.has(w)) continue;
    if (missing.length === MAX_DIFFERING) return null;
    missing.push(w);
  }
  return missing;
}

/**
 * Two names for the same thing: the same words but for misspellings (each differing word pairs with
 * one at most two letters away: Fasilitas/Fasilitasi, Pelindungan/Perlindungan) and filler words.
 * A different word (Keluarga/Kelembagaan) keeps them apart.
 */
function similar(a: Named, b: Named): boolean {
  if (a.words.size < 3 || b.words.size < 3) return false;
  const onlyA = missingFrom(a, b);
  if (onlyA === null) return false;
  const onlyB = missingFrom(b, a);
  if (onlyB === null || onlyA.length !== onlyB.length) return false;
  for (const t of onlyA) {
    const match = onlyB.findIndex((u) => t.length >= 5 && editDistanceAtMost2(t, u));
    if (match < 0) return false;
    onlyB.splice(match, 1);
  }
  return true;
}

/** A name's words, and its core: the words other than filler. */
interface Named {
  words: Set<string>;
  core: string[];
  /** The one table the name occurs in, or -1 when it occurs in several. */
  table: number;
}

/** Only names of different tables are compared: two near-identical names of one table are two rows. */
function apart(a: Named, b: Named): boolean {
  return a.table === -1 || a.table !== b.table;
}

/** Core words shared by every pair `similar` can join: all but at most two (each side loses as many). */
const MAX_DIFFERING = 2;

/**
 * Visits the pairs of a bucket that `similar` may join, without comparing every pair (a DPA sheet has
 * thousands of names). `similar` needs three words on each side and cores of equal size n that share
 * all but at most two words, so at least t = n - 2. Order each core rarest word first: the first q
 * shared words (q = min(t, 3)) then lie within the first q + 2 words of both cores, since each core
 * holds at most two words the other lacks. So two such names share a q-word combination of their first
 * q + 2 words, and only names sharing one are compared. Cores of one or two words need share nothing
 * and are compared in full: they are few. The bucket holds names of three words or more (see linkRows).
 */
function forEachCandidatePair<T extends Named>(bucket: T[], visit: (a: T, b: T) => void): void {
  for (const [size, names] of groupBy(bucket, (named) => named.core.length)) {
    // Names all of one table have no pair to compare (a single long DPA sheet).
    if (names.every((n) => n.table !== -1 && n.table === names[0].table)) continue;
    if (size <= MAX_DIFFERING) {
      for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (apart(names[i], names[j])) visit(names[i], names[j]);
      continue;
    }
    const frequency = new Map<string, number>();
    for (const named of names) for (const w of named.core) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    const shared = Math.min(size - MAX_DIFFERING, 3);
    // Names seen so far by key, then by their table (-1: several), so that a name's own table is skipped whole.
    const seenWith = new Map<string, Map<number, number[]>>();
    names.forEach((named, index) => {
      const prefix = [...named.core].sort(rarestFirst).slice(0, shared + MAX_DIFFERING);
      const compared = new Set<number>();
      for (const key of combinations(prefix, shared)) {
        let byTable = seenWith.get(key);
        if (!byTable) seenWith.set(key, (byTable = new Map()));
        for (const [table, earlier] of byTable) {
          if (table !== -1 && table === named.table) continue;
          for (const other of earlier) {
            if (compared.has(other)) continue;
            compared.add(other);
            visit(names[other], named);
          }
        }
        const own = byTable.get(named.table);
        if (own) own.push(index);
        else byTable.set(named.table, [index]);
      }
    });
  }
}

/** The k-word combinations of `words` (kept in their order), each joined by a space. */
function combinations(words: string[], k: number): string[] {
  if (k === 0) return [''];
  const found: string[] = [];
  for (let i = 0; i + k <= words.length; i++) {
    for (const rest of combinations(words.slice(i + 1), k - 1)) found.push(rest === '' ? words[i] : `${words[i]} ${rest}`);
  }
  return found;
}

/** The label a row is linked by at a link level: a program row is also linked by its indicator. */
function linkedLabel(row: TableRow, level: string): string {
  return level === 'indikator' && row.level === 'program' && row.indikator ? row.indikator : row.label;
}

/** Groups of occurrences of the same named row, in document order; only groups seen in two or more tables. */
export function linkRows(tables: RecognizedTable[], keep: (table: RecognizedTable, row: TableRow) => boolean): Occurrence[][] {
  // A row is linked to rows of other tables only.
  if (tables.length < 2) return [];
  // Occurrences by link level, then by normalised name (no key string built per row).
  const byName = new Map<string, Map<string, Occurrence[]>>();
  // A name too short or without a word of three letters links nothing: it is remembered as such, once.
  const UNLINKED: Occurrence[] = [];
  const add = (level: string, label: string, occurrence: Occurrence) => {
    const name = cachedName(label);
    let ofLevel = byName.get(level);
    if (!ofLevel) byName.set(level, (ofLevel = new Map()));
    const list = ofLevel.get(name);
    if (list === UNLINKED) return;
    if (list) list.push(occurrence);
    else ofLevel.set(name, name.length < 4 || !/[a-z]{3}/.test(name) ? UNLINKED : [occurrence]);
  };
  let rowsBefore = 0;
  tables.forEach((table, tableIndex) => {
    const base = rowsBefore;
    rowsBefore += table.rows.length;
    table.rows.forEach((row, i) => {
      if (row.level === 'total' || row.level === 'average' || !keep(table, row)) return;
      const occurrence: Occurrence = { table, row, tableIndex, indikator: row.indikator ? cachedName(row.indikator) : '', seq: base + i };
      add(linkLevel(row.level), row.label, occurrence);
      // A program row that states its indicator (the IKU) is also that indicator.
      if (row.level === 'program' && row.indikator) add('indikator', row.indikator, { ...occurrence });
    });
  });
  interface Key extends Named {
    occurrences: Occurrence[];
    parent: Key;
  }
  const keys: Key[] = [];
  // Only names with the same guard (level, acronyms, numbers) may be joined by similarity.
  const buckets = new Map<string, Key[]>();
  for (const [level, ofLevel] of byName) {
    for (const [name, occurrences] of ofLevel) {
      if (occurrences === UNLINKED) continue;
      const words = tokens(name);
      const table = occurrences.every((o) => o.tableIndex === occurrences[0].tableIndex) ? occurrences[0].tableIndex : -1;
      const key = { occurrences, words, core: [...words].filter((w) => !FILLER.has(w)), table } as Key;
      key.parent = key;
      keys.push(key);
      // Names of fewer than three words are never similar to another: they need no guard.
      if (words.size < 3) continue;
      const guard = guardKey(linkedLabel(occurrences[0].row, level), level);
      const bucket = buckets.get(guard);
      if (bucket) bucket.push(key);
      else buckets.set(guard, [key]);
    }
  }
  const find = (k: Key): Key => {
    while (k.parent !== k) k = k.parent = k.parent.parent;
    return k;
  };
  for (const bucket of buckets.values()) {
    forEachCandidatePair(bucket, (a, b) => {
      if (similar(a, b)) find(a).parent = find(b);
    });
  }
  // A group of one name is already in document order (tables, then rows, as they were read); one that
  // joins several names is sorted.
  const groups = new Map<Key, Occurrence[]>();
  const joined = new Set<Occurrence[]>();
  for (const k of keys) {
    const root = find(k);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    else joined.add(group);
    // One by one: a name that occurs a hundred thousand times would overflow a spread call.
    for (const o of k.occurrences) group.push(o);
  }
  const inTwoTables = (g: Occurrence[]) => g.some((o) => o.tableIndex !== g[0].tableIndex);
  return [...groups.values()].filter(inTwoTables).map((g) => (joined.has(g) ? g.sort((a, b) => a.tableIndex - b.tableIndex || a.row.row - b.row.row) : g));
}
