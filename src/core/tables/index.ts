/** Table recognition: public entry points and types. */
export { recognizeTables, recognizeSheet } from './recognize';
export { readColumnNumber, parseFormula, evaluateFormula, formulaColumns } from './columnNumbers';
export type { FormulaNode, ColumnNumber } from './columnNumbers';
export * from './types';
