/** The CLI's command registry: each entry loads the command it names, and help lists them all in order. */
import { describe, expect, it } from "vitest";
import { commands, loadAllCommands } from "../../cli/commands/index";
import { cli } from "../helpers/cli";

describe("the CLI command registry", () => {
  it("loads, for every name, the command of that name", async () => {
    for (const entry of commands) expect((await entry.load()).name).toBe(entry.name);
    expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
  });

  it("lists every command in help, in the registry's order", async () => {
    const { code, out } = await cli("help");
    expect(code).toBe(0);
    const listed = out
      .split("\n")
      .filter((line) => line.startsWith("  partnerskab "))
      .map((line) => line.split(/\s+/)[2]);
    expect(listed).toEqual((await loadAllCommands()).map((c) => c.name));
    expect(listed).toEqual(commands.map((c) => c.name));
  });
});
