/**
 * Column-number cells and the formulas they declare (domain.md section 3, "Column-number rows"):
 * `(1)`, `7=6/3*100`, `(6) = (3-5)`, `6 (4-5)`, `(8)=(7/6)*100`, `12=6+9`, `15=5-12`, also when they lead
 * a header text (`(4) Target Kinerja ...`). A declared formula is kept as an expression over column numbers.
 */

export interface ColumnNumber {
  number: number;
  /** The right-hand side, normalised: `6/3*100`, `3-5`, `(7/6)*100`, `(7-6)/5*100`. */
  formula?: string;
  /** The header text after the number, when the number leads a header (`(4) Target ...` gives `Target ...`). */
  rest: string;
}

const LEADING = /^\(?(\d{1,2})\)?\s*(?:=\s*([()\d\s+\-*/x×:.%]+?))?(?:\s+|$)(.*)$/;
const BARE_FORMULA = /^\(?(\d{1,2})\)?\s*\(([\d\s+\-*/x×:]+)\)\s*$/;

/** Reads a column-number cell; null when the text is not one. */
export function readColumnNumber(text: string): ColumnNumber | null {
  const t = text.trim();
  if (t === '' || /^(19|20)\d\d\b/.test(t)) return null;
  const bare = BARE_FORMULA.exec(t);
  if (bare) return { number: Number(bare[1]), formula: normaliseFormula(bare[2]), rest: '' };
  const m = LEADING.exec(t);
  if (!m) return null;
  const formula = m[2] ? normaliseFormula(m[2]) : undefined;
  return { number: Number(m[1]), formula: formula && /\d/.test(formula) ? formula : undefined, rest: m[3].trim() };
}

function normaliseFormula(expr: string): string {
  return expr
    .replace(/[x×]/g, '*')
    .replace(/:/g, '/')
    .replace(/%$/, '')
    .replace(/\s+/g, '')
    .replace(/\*100%$/, '*100');
}

export type FormulaNode =
  | { kind: 'col'; number: number }
  | { kind: 'const'; value: number }
  | { kind: 'op'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

/**
 * Parses a declared formula over column numbers. Integers are column references except the
 * multiplier 100 after `*` (`7=6/3*100`), which is a constant. Returns null when it cannot be read.
 */
export function parseFormula(expr: string): FormulaNode | null {
  const tokens = expr.match(/\d+(?:\.\d+)?|[()+\-*/]/g);
  if (!tokens || tokens.join('') !== expr.replace(/\s+/g, '')) return null;
  let pos = 0;
  const peek = () => tokens[pos];
  const parseExpr = (): FormulaNode | null => {
    let left = parseTerm();
    while (left && (peek() === '+' || peek() === '-')) {
      const op = tokens[pos++] as '+' | '-';
      const right = parseTerm();
      if (!right) return null;
      left = { kind: 'op', op, left, right };
    }
    return left;
  };
  const parseTerm = (): FormulaNode | null => {
    let left = parseFactor(false);
    while (left && (peek() === '*' || peek() === '/')) {
      const op = tokens[pos++] as '*' | '/';
      const right = parseFactor(op === '*');
      if (!right) return null;
      left = { kind: 'op', op, left, right };
    }
    return left;
  };
  const parseFactor = (afterTimes: boolean): FormulaNode | null => {
    const t = tokens[pos++];
    if (t === undefined) return null;
    if (t === '(') {
      const inner = parseExpr();
      if (tokens[pos++] !== ')') return null;
      return inner;
    }
    if (/^\d/.test(t)) {
      const n = Number(t);
      if (afterTimes && n === 100) return { kind: 'const', value: 100 };
      return { kind: 'col', number: n };
    }
    return null;
  };
  const node = parseExpr();
  return node && pos === tokens.length ? node : null;
}

/** The column numbers a formula refers to. */
export function formulaColumns(node: FormulaNode): number[] {
  if (node.kind === 'col') return [node.number];
  if (node.kind === 'const') return [];
  return [...formulaColumns(node.left), ...formulaColumns(node.right)];
}

/** Evaluates a formula with the given column values; null when a value is missing or a divisor is 0. */
export function evaluateFormula(node: FormulaNode, valueOf: (column: number) => number | null): number | null {
  if (node.kind === 'const') return node.value;
  if (node.kind === 'col') return valueOf(node.number);
  const a = evaluateFormula(node.left, valueOf);
  const b = evaluateFormula(node.right, valueOf);
  if (a === null || b === null) return null;
  switch (node.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
  }
}
