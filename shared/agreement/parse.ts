/**
 * Turning untrusted data (a bundled file, a JSON file a user names) into a checked Agreement.
 * Every problem names the field it sits in, so a person editing the file can find it.
 */
import type { z } from "zod";
import { type Agreement, agreementSchema } from "./schema";

export interface AgreementProblem {
  /** Dotted path to the field, e.g. "indicators[0].baseline.value". */
  field: string;
  message: string;
}

export type AgreementParseResult = { ok: true; agreement: Agreement } | { ok: false; problems: AgreementProblem[] };

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(the whole agreement)" : out;
}

function problemsFrom(error: z.ZodError): AgreementProblem[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
}

export function parseAgreement(data: unknown): AgreementParseResult {
  const result = agreementSchema.safeParse(data);
  if (result.success) return { ok: true, agreement: result.data };
  return { ok: false, problems: problemsFrom(result.error) };
}

/** Parses JSON text; a syntax error becomes a problem too, never an exception. */
export function parseAgreementJson(text: string): AgreementParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's own message quotes the text, and the text may be any file: say only that it is not JSON.
    return { ok: false, problems: [{ field: "(file)", message: "not valid JSON" }] };
  }
  return parseAgreement(data);
}

export function describeProblems(problems: readonly AgreementProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join("; ");
}
