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
  /** The call: what Excel tells a function about where it was called from (when asked for in its metadata). */
  interface Invocation {
    /** The calling cell, with `@requiresAddress`. */
    address?: string;
    /** The arguments' addresses ("Sheet!A1", "'My sheet'!B2"), with `@requiresParameterAddresses`. */
    parameterAddresses?: string[];
    functionName?: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
