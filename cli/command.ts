/** What every CLI command looks like, and the errors that map to exit codes. */
import type { Lang } from "../shared/index";

/** A mistake in how the command was called: exit 2 with one line, no stack trace. */
export class UsageError extends Error {}

/** The input could not be read at all (missing file, not an .xlsx): exit 2 as well. */
export class InputError extends Error {}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export interface CommandContext {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
  lang: Lang;
  json: boolean;
  io: CliIo;
}

export interface Command {
  name: string;
  usage: string;
  summary: { da: string; en: string };
  options: OptionSpec;
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number> | number;
}

export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return typeof v === "string" ? v : undefined;
}

/** Writes a value as pretty JSON followed by a newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
