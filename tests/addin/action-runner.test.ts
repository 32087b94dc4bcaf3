/** The task pane's fault boundary: an action's fault is logged with its stack and shown as one sentence. */
import { describe, expect, it } from "vitest";
import { runAction } from "../../excel-addin/core/action-runner";
import { friendlyError } from "../../excel-addin/core/excel-errors";

describe("the add-in's action runner", () => {
  it("logs a failing action's fault with its stack and shows its message", async () => {
    const shown: string[] = [];
    const logged: unknown[] = [];
    await runAction(
      async () => {
        throw new Error("the sheet is protected");
      },
      { failed: (m) => shown.push(m), log: (e) => logged.push(e) },
    );
    expect(shown).toEqual(["the sheet is protected"]);
    expect(logged).toHaveLength(1);
    expect((logged[0] as Error).stack).toMatch(/the sheet is protected\n\s+at /);
  });

  it("shows the sentence the task pane chooses for the fault (Excel's refusals), and still logs the fault", async () => {
    const shown: string[] = [];
    const logged: unknown[] = [];
    const refusal = Object.assign(new Error("RichApi internal text"), { code: "AccessDenied" });
    await runAction(() => Promise.reject(refusal), {
      failed: (m) => shown.push(m),
      log: (e) => logged.push(e),
      describe: (err) => friendlyError(err, "da").text,
    });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain("Arket er beskyttet");
    expect(shown[0]).not.toContain("RichApi internal text");
    expect(logged).toEqual([refusal]);
  });

  it("leaves a successful action alone", async () => {
    const shown: string[] = [];
    let ran = false;
    await runAction(
      async () => {
        ran = true;
      },
      { failed: (m) => shown.push(m), log: () => shown.push("logged") },
    );
    expect(ran).toBe(true);
    expect(shown).toEqual([]);
  });

  it("logs to the console when no log is given", async () => {
    const original = console.error;
    const calls: unknown[][] = [];
    console.error = (...args: unknown[]) => void calls.push(args);
    try {
      await runAction(() => Promise.reject("not an Error"), { failed: () => {} });
    } finally {
      console.error = original;
    }
    expect(calls).toEqual([["Partnerskab: a task-pane action failed", "not an Error"]]);
  });
});
