/**
 * The CLI runner is the CLI's fault boundary: a mistake in the command is one line and exit 2;
 * a fault (a bug) is the same one polite line, followed by its stack, and exit 70.
 */
import { describe, expect, it } from "vitest";
import { type CommandEntry, commands, entryFor } from "../../cli/commands/index";
import { runCli } from "../../cli/run";

function failing(thrown: unknown): CommandEntry {
  return entryFor({
    name: "boom",
    usage: "boom",
    summary: { da: "Fejler", en: "Fails" },
    options: {},
    run: () => {
      throw thrown;
    },
  });
}

async function run(argv: string[], available: readonly CommandEntry[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) }, available);
  return { code, out, err };
}

describe("the CLI's fault boundary", () => {
  it("reports a fault in one line, then its stack, with exit 70", async () => {
    const { code, out, err } = await run(["boom"], [...commands, failing(new TypeError("x is undefined"))]);
    expect(code).toBe(70);
    expect(out).toBe("");
    const [first, second, third] = err.split("\n");
    expect(first).toBe("partnerskab boom: intern fejl / internal error: x is undefined");
    expect(second).toBe("TypeError: x is undefined");
    expect(third).toMatch(/^\s+at /);
  });

  it("reports a thrown non-Error too", async () => {
    const { code, err } = await run(["boom"], [failing("just a string")]);
    expect(code).toBe(70);
    expect(err.split("\n")[0]).toBe("partnerskab boom: intern fejl / internal error: just a string");
  });

  it("keeps a mistake in the command to one line and exit 2", async () => {
    const { code, err } = await run(["ask"], commands);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
