/**
 * The Excel errors the SAKIP custom functions throw (#DIV/0!, #VALUE!, #N/A, each with a message).
 *
 * In Excel the custom-functions runtime defines the global `CustomFunctions`, and the error is a
 * `CustomFunctions.Error`, which Excel shows as the error value with its message in the cell's
 * tooltip. In Node (tests, the benchmark) that global does not exist; the error is then an `Error`
 * carrying the same `code` and `message`, so callers and tests see the same two fields either way.
 */

export type ExcelErrorCode = '#DIV/0!' | '#VALUE!' | '#N/A';

/** What both forms have in common. */
export interface ExcelError {
  readonly code: ExcelErrorCode;
  readonly message: string;
}

const ERROR_CODE_KEY = {
  '#DIV/0!': 'divisionByZero',
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
} as const;

/** The stand-in for `CustomFunctions.Error` outside Excel. */
class FunctionError extends Error implements ExcelError {
  readonly code: ExcelErrorCode;

  constructor(code: ExcelErrorCode, message: string) {
    super(message);
    this.name = 'FunctionError';
    this.code = code;
  }
}

/** An Excel error value with its message: `CustomFunctions.Error` in Excel, `FunctionError` elsewhere. */
export function excelError(code: ExcelErrorCode, message: string): ExcelError {
  if (typeof CustomFunctions !== 'undefined') {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODE_KEY[code]], message) as ExcelError;
  }
  return new FunctionError(code, message);
}
