/** Every CLI command, in the order `help` lists them. Add new commands here. */
import type { Command } from "../command";
import { agreementCommand } from "./agreement";
import { askCommand } from "./ask";
import { remindersCommand } from "./reminders";
import { statusCommand } from "./status";
import { targetsCommand } from "./targets";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

export const commands: Command[] = [
  targetsCommand,
  agreementCommand,
  validateCommand,
  templateCommand,
  statusCommand,
  askCommand,
  remindersCommand,
];
