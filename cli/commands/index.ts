/** Every CLI command, in the order `help` lists them. Add new commands here. */
import type { Command } from "../command";
import { agreementCommand } from "./agreement";
import { targetsCommand } from "./targets";

export const commands: Command[] = [targetsCommand, agreementCommand];
