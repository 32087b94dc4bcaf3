/**
 * The part of Office's custom-functions runtime the add-in uses (the runtime provides the
 * global `CustomFunctions`; @types/custom-functions-runtime is not installed here).
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }
  // biome-ignore lint/suspicious/noShadowRestrictedNames: the runtime names it CustomFunctions.Error
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
