/**
 * The instant a command works at: its own option (`--now`, `--today`), else PARTNERSKAB_NOW, else
 * the real clock. Read by the one parser the bot uses too (shared/format/instant.ts); a bad value
 * is one line naming whichever setting held it.
 */
import { readInstant } from "../shared/index";
import { UsageError } from "./command";

/** What each setting takes, as its error message says it. */
const EXPECTED: Record<string, string> = {
  "--today": "a date (YYYY-MM-DD)",
};
const EXPECTED_INSTANT = "an ISO 8601 date or time (e.g. 2015-09-15 or 2015-09-15T10:00)";

export function commandClock(
  option: { name: "--now" | "--today"; value: string | undefined },
  env: Readonly<Record<string, string | undefined>> = process.env,
): Date {
  const fromOption = option.value !== undefined;
  const text = fromOption ? option.value : env.PARTNERSKAB_NOW;
  if (text === undefined || text.trim() === "") return new Date();
  const reading = readInstant(text);
  if (reading.ok) return reading.instant;
  const setting = fromOption ? option.name : "PARTNERSKAB_NOW";
  const why = reading.problem === "format" ? "" : `: ${reading.reason}`;
  throw new UsageError(`${setting} must be ${EXPECTED[setting] ?? EXPECTED_INSTANT}, not "${text}"${why}`);
}
