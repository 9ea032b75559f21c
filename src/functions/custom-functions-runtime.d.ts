/**
 * The part of Excel's custom-functions runtime global that Cermat uses (the full typings,
 * @types/custom-functions-runtime, are not a dependency). The global exists only inside Excel's
 * runtime: code tests `typeof CustomFunctions !== 'undefined'` before it uses it. The build appends
 * `CustomFunctions.associate(id, fn)` calls to functions.ts (custom-functions-metadata-plugin).
 */
declare namespace CustomFunctions {
  function associate(id: string, fn: (...args: never[]) => unknown): void;

  enum ErrorCode {
    divisionByZero = '#DIV/0!',
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
  }

  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
}
