/**
 * One sheet's cells read as numbers, for the rules: the full reading (`ParsedNumber`: flags, label,
 * alternatives), the stated number a rule computes with, and the unit written with it. Numeric cells are read from their value
 * with the decimals they display, since a number shown as 98.25 states 98.25 whatever it holds.
 *
 * Rules ask for the same cells many times, so readings are cached, but without one long-lived object
 * per cell (a million of those make the garbage collector the slowest part of a check): stated numbers
 * and units (an index into the sheet's unit names) sit in typed arrays, made block by block as rows are
 * read, text cells' parses in a map (they are few), and a numeric cell's ParsedNumber is rebuilt on
 * demand, which is cheap.
 */
import { parseAngka } from '../numbers';
import type { ParsedNumber } from '../numbers/types';
import type { GridView } from '../tables/grid';
import type { RecognizedTable } from '../tables/types';
import type { StatedNumber } from './tolerance';

/** Decimals marks in the typed cache: not read yet, and read but states no number. */
const UNREAD = -1;
const NOT_STATED = -2;

/**
 * The typed cache is made in blocks of rows, each of about this many cells, when a rule first reads a
 * row of the block: a used range of a million rows costs memory only where tables are read.
 */
const BLOCK_CELLS = 1 << 16;

interface Block {
  values: Float64Array;
  decimals: Int16Array;
  /** The unit written with the number, as an index into the sheet's unit names (0: none). */
  units: Uint16Array;
}

/** A unit index past what a block can hold: the unit is read from the cell each time it is asked. */
const UNIT_UNCACHED = 0xffff;

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
  private readonly width: number;
  private readonly height: number;
  /** Rows per block, a power of two: a row's block and place in it are a shift and a mask. */
  private readonly blockShift: number;
  private readonly blockMask: number;
  private readonly blocks: Array<Block | undefined> = [];
  private readonly textReadings = new Map<number, ParsedNumber>();
  /** Units of the sheet's text cells, lower case, each once: index 0 is the numeric cells' ''. */
  private readonly unitNames: string[] = [''];
  private readonly unitIndex = new Map<string, number>([['', 0]]);

  /** `parseText` reads a text cell of a table's column (with the column's convention, whether a percent column). */
  constructor(
    private readonly view: GridView,
    private readonly parseText: (table: RecognizedTable, col: number, token: string | boolean | null) => ParsedNumber,
  ) {
    this.width = Math.max(0, view.right - view.left + 1);
    this.height = Math.max(0, view.bottom - view.top + 1);
    this.blockShift = Math.max(0, Math.floor(Math.log2(BLOCK_CELLS / Math.max(1, this.width))));
    this.blockMask = (1 << this.blockShift) - 1;
  }

  /** The cell's full reading, as a cell of `table`. */
  number(table: RecognizedTable, row: number, col: number): ParsedNumber {
    const value = this.view.value(row, col);
    if (typeof value === 'number') return readNumericCell(value, this.view.text(row, col));
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
    // Outside the used range: blank, nothing to cache.
    if (index < 0) return this.read(table, row, col);
    const decimals = this.located.decimals[index];
    return decimals === NOT_STATED ? null : { value: this.located.values[index], decimals };
  }

  /**
   * The cell's stated number and unit written into `out`, false when it states none (as `stated`):
   * the read of loops over every value of a table, which makes no object per cell.
   */
  readCell(table: RecognizedTable, row: number, col: number, out: CellReading): boolean {
    const index = this.locate(table, row, col);
    if (index < 0) return false;
    const decimals = this.located.decimals[index];
    if (decimals === NOT_STATED) return false;
    out.value = this.located.values[index];
    out.decimals = decimals;
    out.unit = this.unitAt(index, table, row, col);
    return true;
  }

  /** The unit written with the cell's number ("60 Orang" -> "orang"), lower case; '' for a numeric cell or none. */
  unit(table: RecognizedTable, row: number, col: number): string {
    const index = this.locate(table, row, col);
    return index < 0 ? '' : this.unitAt(index, table, row, col);
  }

  /** The block `locate` found last. */
  private located!: Block;

  /**
   * The cell's place in its block (`located`), read into it first if it was not; -1 outside the used
   * range. The one way stated, readCell and unit reach the cache.
   */
  private locate(table: RecognizedTable, row: number, col: number): number {
    const r = row - this.view.top;
    const c = col - this.view.left;
    if (r < 0 || c < 0 || r >= this.height || c >= this.width) return -1;
    const block = this.blocks[r >> this.blockShift] ?? this.newBlock(r);
    const index = (r & this.blockMask) * this.width + c;
    if (block.decimals[index] === UNREAD) this.readInto(block, index, table, row, col);
    this.located = block;
    return index;
  }

  /** The unit of the located cell at `index`. */
  private unitAt(index: number, table: RecognizedTable, row: number, col: number): string {
    const unit = this.located.units[index];
    return unit === UNIT_UNCACHED ? this.unitOf(table, row, col) : this.unitNames[unit];
  }

  /** Reads a cell into its block: its stated number (or that it states none) and its unit. */
  private readInto(block: Block, index: number, table: RecognizedTable, row: number, col: number): void {
    const value = this.view.value(row, col);
    // A numeric cell carries no unit (index 0): only a text cell's parse has one.
    if (typeof value === 'number') {
      const found = numericStated(value, this.view.text(row, col));
      block.values[index] = found.value;
      block.decimals[index] = found.decimals;
      return;
    }
    const parsed = this.number(table, row, col);
    const found = statedOf(parsed);
    if (found) {
      block.values[index] = found.value;
      block.decimals[index] = found.decimals;
    } else block.decimals[index] = NOT_STATED;
    block.units[index] = this.unitIndexOf(parsed);
  }

  /** The index of a text cell's unit among the sheet's unit names, added when new. */
  private unitIndexOf(parsed: ParsedNumber): number {
    const unit = (parsed.label ?? '').toLowerCase();
    let known = this.unitIndex.get(unit);
    if (known === undefined && this.unitNames.length < UNIT_UNCACHED) {
      known = this.unitNames.push(unit) - 1;
      this.unitIndex.set(unit, known);
    }
    return known ?? UNIT_UNCACHED;
  }

  /** A numeric cell carries no unit: only a text cell's parse has one. */
  private unitOf(table: RecognizedTable, row: number, col: number): string {
    return typeof this.view.value(row, col) === 'number' ? '' : (this.number(table, row, col).label ?? '').toLowerCase();
  }

  private newBlock(r: number): Block {
    const cells = (this.blockMask + 1) * this.width;
    return (this.blocks[r >> this.blockShift] = { values: new Float64Array(cells), decimals: new Int16Array(cells).fill(UNREAD), units: new Uint16Array(cells) });
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
