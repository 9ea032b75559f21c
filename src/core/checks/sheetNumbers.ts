/**
 * One sheet's cells read as numbers, for the rules: the full reading (`ParsedNumber`: flags, label,
 * alternatives), the stated number a rule computes with, and the unit written with it. Numeric cells are read from their value
 * with the decimals they display, since a number shown as 98.25 states 98.25 whatever it holds.
 *
 * Rules ask for the same cells many times, so readings are cached, but without one long-lived object
 * per cell (a million of those make the garbage collector the slowest part of a check): the stated
 * number and its decimals and unit (an index into the sheet's unit names) of each cell of the sheet's
 * tables sit in two arrays of doubles, each table a slice, made when a rule first reads the sheet; the
 * text cells' parses of the table being judged in a map, and a numeric cell's ParsedNumber is rebuilt
 * on demand, which is cheap. A cell outside its table is read afresh each time.
 *
 * The arrays are plain arrays of doubles, not typed arrays: a typed array's memory lies outside the
 * JavaScript heap, and V8 starts a full garbage collection (a mark-compact, every write slowed while it
 * marks) when that memory grows by tens of megabytes ("external memory pressure"). On the seed-001
 * workload at 1M cells, after a fresh read, typed blocks over the used range (78 MB) started one in 12
 * checks of 12 and 30 MB in 4 of 12, at 130-270 ms each; these arrays (20 MB, the tables' cells only),
 * which the collector neither copies (they are large) nor scans (they hold no pointers), in 1 of 20.
 */
import { parseAngka } from '../numbers';
import type { ParsedNumber } from '../numbers/types';
import type { GridView } from '../tables/grid';
import type { RecognizedTable } from '../tables/types';
import type { StatedNumber } from './tolerance';

/**
 * A cell's entry in `meta`: NaN not read yet, NOT_STATED read but states no number, else its decimals
 * plus its unit's index times UNIT_STRIDE (a double holds both exactly). No stated number reaches 1,024
 * decimals: a text token is read up to 300 characters (MAX_TOKEN_LENGTH), and a double shows at most
 * about 340 (5E-324).
 */
const NOT_STATED = -1;
const UNIT_STRIDE = 1024;

/**
 * The decimals and the unit index of a `meta` entry, as small integers: read from a double without the
 * `| 0`, the decimals stay a double, and each StatedNumber made with them boxes it (16 bytes more).
 */
const decimalsIn = (meta: number): number => (meta % UNIT_STRIDE) | 0;
const unitIndexIn = (meta: number): number => (meta / UNIT_STRIDE) | 0;

/** Where a table's cells sit in the sheet's arrays: from `offset`, row by row of `width` cells. */
interface Slice {
  offset: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
}

/** A cell's stated number and unit, as `readCell` writes them. */
export interface CellReading {
  value: number;
  decimals: number;
  unit: string;
}

const NO_FLAGS = Object.freeze({
  ambiguous: false, malformed: false, textStored: false, composite: false, range: false, nil: false, percent: false, currency: false,
});
const PERCENT_FLAGS = Object.freeze({ ...NO_FLAGS, percent: true });
/** Shared by every numeric cell's reading, frozen so that no reader can change it for the others. */
const NO_ALTERNATIVES = Object.freeze([]) as unknown as number[];

export class SheetNumbers {
  private readonly slices = new Map<RecognizedTable, Slice>();
  private readonly cells: number;
  /** Each table cell's stated number, and its `meta` entry (see NOT_STATED); made at the first read. */
  private values: number[] = [];
  private meta: number[] = [];
  private readonly textReadings = new Map<number, ParsedNumber>();
  /** The table whose text cells `textReadings` holds. */
  private readingsOf: RecognizedTable | undefined;
  /** Units of the sheet's text cells, lower case, each once: index 0 is the numeric cells' ''. */
  private readonly unitNames: string[] = [''];
  private readonly unitIndex = new Map<string, number>([['', 0]]);
  /** The table `locate` was last asked about, and its slice (undefined: not one of the sheet's tables). */
  private lastTable: RecognizedTable | undefined;
  private lastSlice: Slice | undefined;

  /**
   * `parseText` reads a text cell of a table's column (with the column's convention, whether a percent
   * column); `tables` are the sheet's tables, whose cells are cached.
   */
  constructor(
    private readonly view: GridView,
    private readonly parseText: (table: RecognizedTable, col: number, token: string | boolean | null) => ParsedNumber,
    tables: readonly RecognizedTable[],
  ) {
    let offset = 0;
    for (const table of tables) {
      const width = table.right - table.left + 1;
      const height = table.bottom - table.top + 1;
      if (width <= 0 || height <= 0) continue;
      this.slices.set(table, { offset, top: table.top, left: table.left, bottom: table.bottom, right: table.right, width });
      offset += width * height;
    }
    this.cells = offset;
  }

  /** The cell's full reading, as a cell of `table`. */
  number(table: RecognizedTable, row: number, col: number): ParsedNumber {
    const value = this.view.value(row, col);
    if (typeof value === 'number') return readNumericCell(value, this.view.text(row, col));
    // The rules read a table's cells while they judge that table: its parses are kept until the next
    // table's are asked for, so that they die young, and the arrays keep what the rules across tables
    // read. Kept for the whole check, they made a tenth of what a check leaves to the old generation
    // (seed-001 workload at 1M cells: 14 of 128 MB).
    if (table !== this.readingsOf) {
      this.textReadings.clear();
      this.readingsOf = table;
    }
    const key = row * 16384 + col;
    let parsed = this.textReadings.get(key);
    if (!parsed) {
      parsed = settleCounts(this.parseText(table, col, value));
      this.textReadings.set(key, parsed);
    }
    return parsed;
  }

  /**
   * The cell's stated number: null when blank, nil, a range, not a number, or a malformed or unsettled
   * ambiguous token (number-format reports those; no other rule computes with a guess).
   */
  stated(table: RecognizedTable, row: number, col: number): StatedNumber | null {
    const index = this.locate(table, row, col);
    if (index < 0) return this.read(table, row, col);
    const meta = this.meta[index];
    return meta === NOT_STATED ? null : { value: this.values[index], decimals: decimalsIn(meta) };
  }

  /**
   * The cell's stated number and unit written into `out`, false when it states none (as `stated`):
   * the read of loops over every value of a table, which makes no object per cell.
   */
  readCell(table: RecognizedTable, row: number, col: number, out: CellReading): boolean {
    const index = this.locate(table, row, col);
    if (index < 0) {
      const found = this.read(table, row, col);
      if (!found) return false;
      out.value = found.value;
      out.decimals = found.decimals;
      out.unit = this.unitOf(table, row, col);
      return true;
    }
    const meta = this.meta[index];
    if (meta === NOT_STATED) return false;
    out.value = this.values[index];
    out.decimals = decimalsIn(meta);
    out.unit = this.unitNames[unitIndexIn(meta)];
    return true;
  }

  /** The unit written with the cell's number ("60 Orang" -> "orang"), lower case; '' for a numeric cell or none. */
  unit(table: RecognizedTable, row: number, col: number): string {
    const index = this.locate(table, row, col);
    // A cell outside the cache, or one that states no number (its unit is not kept), is read again.
    if (index < 0 || this.meta[index] === NOT_STATED) return this.unitOf(table, row, col);
    return this.unitNames[unitIndexIn(this.meta[index])];
  }

  /**
   * The cell's place in the arrays, read into them first if it was not; -1 for a cell outside its
   * table (or a table not of this sheet), which is not cached. The one way stated, readCell and unit
   * reach the cache.
   */
  private locate(table: RecognizedTable, row: number, col: number): number {
    if (table !== this.lastTable) {
      this.lastTable = table;
      this.lastSlice = this.slices.get(table);
    }
    const slice = this.lastSlice;
    if (!slice || row < slice.top || row > slice.bottom || col < slice.left || col > slice.right) return -1;
    const index = slice.offset + (row - slice.top) * slice.width + (col - slice.left);
    // Filled with NaN, each is one array of unboxed doubles (one allocation among the heap's large objects).
    if (this.meta.length === 0) {
      this.values = new Array<number>(this.cells).fill(NaN);
      this.meta = new Array<number>(this.cells).fill(NaN);
    }
    const meta = this.meta[index];
    if (meta !== meta) this.readInto(index, table, row, col);
    return index;
  }

  /** Reads a cell into the arrays: its stated number (or that it states none) and its unit. */
  private readInto(index: number, table: RecognizedTable, row: number, col: number): void {
    const value = this.view.value(row, col);
    // A numeric cell carries no unit (index 0): only a text cell's parse has one.
    if (typeof value === 'number') {
      this.store(index, numericStated(value, this.view.text(row, col)), 0);
      return;
    }
    const parsed = this.number(table, row, col);
    this.store(index, statedOf(parsed), this.unitIndexOf(parsed));
  }

  private store(index: number, found: StatedNumber | null, unit: number): void {
    if (!found) {
      this.meta[index] = NOT_STATED;
      return;
    }
    this.values[index] = found.value;
    this.meta[index] = found.decimals + unit * UNIT_STRIDE;
  }

  /** The index of a text cell's unit among the sheet's unit names, added when new. */
  private unitIndexOf(parsed: ParsedNumber): number {
    const unit = (parsed.label ?? '').toLowerCase();
    let known = this.unitIndex.get(unit);
    if (known === undefined) {
      known = this.unitNames.push(unit) - 1;
      this.unitIndex.set(unit, known);
    }
    return known;
  }

  /** A numeric cell carries no unit: only a text cell's parse has one. */
  private unitOf(table: RecognizedTable, row: number, col: number): string {
    return typeof this.view.value(row, col) === 'number' ? '' : (this.number(table, row, col).label ?? '').toLowerCase();
  }

  private read(table: RecognizedTable, row: number, col: number): StatedNumber | null {
    const value = this.view.value(row, col);
    if (typeof value === 'number') return numericStated(value, this.view.text(row, col));
    return statedOf(this.number(table, row, col));
  }
}

/** A text cell's stated number: none when nil, a range, or a malformed or unsettled ambiguous token. */
function statedOf(parsed: ParsedNumber): StatedNumber | null {
  const settled = parsed.value !== null && !parsed.flags.nil && !parsed.flags.range && !parsed.flags.malformed && !parsed.flags.ambiguous;
  return settled ? { value: parsed.value!, decimals: parsed.decimals } : null;
}

/**
 * Decimals a number shows in its displayed text (`98,25` or `98.25` -> 2, `1.234.567` -> 0), read by
 * one scan from the end: this runs for every numeric cell a rule looks at.
 */
function displayedDecimals(value: number, text: string): number {
  let digitsAfter = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text.charCodeAt(i);
    // Scientific notation (2.64E-21): the mantissa's decimals less the exponent. An E of a word
    // ("45,5 Persen") is no exponent, and the scan goes on.
    if (ch === 69 || ch === 101) {
      const scientific = scientificDecimals(text, i);
      if (scientific !== null) return scientific;
      continue;
    }
    if (ch >= 48 && ch <= 57) digitsAfter++;
    else if (ch === 46 || ch === 44) {
      // A separator followed by 3 digits is a thousands mark when the value is an integer that large.
      if (digitsAfter === 3 && Number.isInteger(value) && Math.abs(value) >= 1000) return 0;
      return digitsAfter;
    }
  }
  return 0;
}

/** The decimals of `2.64E-21` (mantissa decimals 2, exponent -21: 23), the E at `at`; null when it is no exponent. */
function scientificDecimals(text: string, at: number): number | null {
  const before = text.charCodeAt(at - 1);
  const after = text.slice(at + 1);
  if (!(before >= 48 && before <= 57) || !/^[-+]?\d+$/.test(after)) return null;
  const exponent = Number(after);
  const point = Math.max(text.lastIndexOf('.', at), text.lastIndexOf(',', at));
  const mantissaDecimals = point < 0 ? 0 : at - point - 1;
  return Math.max(0, mantissaDecimals - exponent);
}

/** A numeric cell as it states itself: the value rounded to the decimals it displays (1.0076 shown 100.76% is 100.76). */
function numericStated(value: number, text: string): StatedNumber {
  let number = value;
  // Only when the shown number is the value x 100: a format such as 0.00"%" shows 1.01% for 1.0076.
  if (Math.abs(value) < 20 && text.indexOf('%') >= 0) {
    const shownPercent = Number(text.replace(/[^\d.,-]/g, '').replace(',', '.'));
    if (Math.abs(shownPercent - value * 100) < 1) number = value * 100;
  }
  const decimals = text === '' ? decimalsOfValue(number) : displayedDecimals(number, text);
  const shown = text === '' || decimals > 15 ? number : roundToShown(number, decimals);
  return { value: shown, decimals };
}

/** A numeric cell's full reading: its stated number, flagged as a percentage when it shows one. */
function readNumericCell(value: number, text: string): ParsedNumber {
  const { value: shown, decimals } = numericStated(value, text);
  const flags = text.indexOf('%') >= 0 ? PERCENT_FLAGS : NO_FLAGS;
  return { value: shown, decimals, convention: 'plain', flags, alternatives: NO_ALTERNATIVES, raw: text };
}

/**
 * The value as displayed with `decimals` decimals (what toFixed shows, read back). A value that already
 * sits on a decimal of that precision (98.24, 5021140500) is the nearest double to it: k / 10^d gives that
 * double without formatting a string.
 */
function roundToShown(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = value * scale;
  const nearest = Math.round(scaled);
  // Zero keeps toFixed's sign ("-0.00" for -0.001): the division would not.
  if (nearest !== 0 && Math.abs(scaled - nearest) < 1e-7 && Math.abs(scaled) < 1e15) return nearest / scale;
  return Number(value.toFixed(decimals));
}

function decimalsOfValue(n: number): number {
  return Number.isInteger(n) ? 0 : parseAngka(n).decimals;
}

/**
 * A count with its unit ("1.358 KK", "175.000 Orang"): a fraction of a household is no reading, so the
 * whole-number (Indonesian thousands) reading settles the ambiguity.
 */
function settleCounts(parsed: ParsedNumber): ParsedNumber {
  if (!parsed.flags.composite || !parsed.flags.ambiguous || !parsed.label || parsed.flags.percent) return parsed;
  const whole = parsed.alternatives.find((a) => Number.isInteger(a) && a >= 1000);
  if (whole === undefined) return parsed;
  return { ...parsed, value: whole, decimals: 0, convention: 'id', flags: { ...parsed.flags, ambiguous: false }, alternatives: [] };
}
