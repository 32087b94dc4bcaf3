/**
 * The CLI's dispatcher, separate from process handling so tests can call it directly. It is
 * the CLI's fault boundary: a mistake in the command or its input gets one line; anything else
 * is a bug, reported in one line and followed by its stack, so it reaches whoever runs it.
 * Exit codes: 0 ok, 1 the check found errors (validate), 2 a usage or input error, 70 a fault.
 */
import { parseArgs } from "node:util";
import { AgreementLoadError } from "../files/agreement-file";
import { isLang, type Lang } from "../shared/index";
import { type CliIo, InputError, UsageError } from "./command";
import { type CommandEntry, commands, loadAllCommands } from "./commands/index";

const commonOptions = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function helpText(lang: Lang, entries: readonly CommandEntry[]): Promise<string> {
  const available = await loadAllCommands(entries);
  const width = Math.max(...available.map((c) => c.usage.length));
  const lines = available.map((c) => `  partnerskab ${c.usage.padEnd(width)}  ${c.summary[lang]}`);
  const head = lang === "da" ? "Brug:" : "Usage:";
  return `${head}\n${lines.join("\n")}\n`;
}

/**
 * `available`: the commands to dispatch to (tests add one that fails). Only the named command's
 * module is loaded (see commands/index.ts), inside the fault boundary.
 */
export async function runCli(argv: string[], io: CliIo, available: readonly CommandEntry[] = commands): Promise<number> {
  const [name, ...rest] = argv;
  const langHint: Lang = rest.includes("en") && rest.includes("--lang") ? "en" : "da";
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.out(await helpText(langHint, available));
    return name === undefined ? 2 : 0;
  }
  const entry = available.find((c) => c.name === name);
  if (!entry) {
    io.err(`partnerskab: ukendt kommando "${name}" / unknown command (try: ${available.map((c) => c.name).join(", ")})\n`);
    return 2;
  }
  try {
    const command = await entry.load();
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options: { ...commonOptions, ...command.options }, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError(`${(err as Error).message.split(". ")[0]} (usage: partnerskab ${command.usage})`);
    }
    const options = parsed.values as Record<string, string | boolean | undefined>;
    const langValue = options.lang ?? "da";
    if (!isLang(langValue)) throw new UsageError(`--lang must be da or en, not "${String(langValue)}"`);
    if (options.help) {
      io.out(`partnerskab ${command.usage}\n${command.summary[langValue]}\n`);
      return 0;
    }
    return await command.run({ positionals: parsed.positionals, options, lang: langValue, json: options.json === true, io });
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError || err instanceof AgreementLoadError) {
      io.err(`partnerskab ${entry.name}: ${err.message}\n`);
      return 2;
    }
    // A fault (a bug): the same one line, then the stack for whoever reports or fixes it.
    const fault = err instanceof Error ? err : new Error(String(err));
    io.err(`partnerskab ${entry.name}: intern fejl / internal error: ${fault.message}\n`);
    io.err(`${fault.stack ?? fault.message}\n`);
    return 70;
  }
}
