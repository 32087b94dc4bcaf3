/**
 * Every CLI command, in the order `help` lists them. Add new commands here.
 * Each command's module is imported only when that command runs (or `help` lists them all), so a
 * quick command such as `targets` never loads exceljs: a heavy library stays behind the one
 * command that needs it. The name here must be the command's own `name` (a test checks).
 */
import type { Command } from "../command";

export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

export const commands: CommandEntry[] = [
  { name: "targets", load: async () => (await import("./targets")).targetsCommand },
  { name: "agreement", load: async () => (await import("./agreement")).agreementCommand },
  { name: "validate", load: async () => (await import("./validate")).validateCommand },
  { name: "template", load: async () => (await import("./template")).templateCommand },
  { name: "status", load: async () => (await import("./status")).statusCommand },
  { name: "ask", load: async () => (await import("./ask")).askCommand },
  { name: "reminders", load: async () => (await import("./reminders")).remindersCommand },
  { name: "report", load: async () => (await import("./report")).reportCommand },
];

/** Every command, loaded (for `help`, which shows each one's usage and summary). */
export function loadAllCommands(entries: readonly CommandEntry[] = commands): Promise<Command[]> {
  return Promise.all(entries.map((entry) => entry.load()));
}

/** An entry for a command already at hand (tests add commands this way). */
export function entryFor(command: Command): CommandEntry {
  return { name: command.name, load: async () => command };
}
