/**
 * The Teams SDK stays at the edge: only bot/teams/ may import botbuilder, teams-ai or the
 * botframework packages, so a move to the Microsoft 365 Agents SDK replaces one folder.
 */
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, sourceFiles } from "../helpers/imports";

const ROOT = resolve(import.meta.dirname, "../..");
const TEAMS_LAYER = join(ROOT, "bot", "teams");
// Product code outside the Teams edge: the rest of the bot, and what the bot is built from.
const CHECKED = ["bot", "shared", "files", "cli", "scripts"].map((d) => join(ROOT, d));

function isTeamsSdk(spec: string): boolean {
  return (
    spec === "botbuilder" ||
    spec.startsWith("botbuilder/") ||
    spec.startsWith("botbuilder-") ||
    spec.startsWith("botframework-") ||
    spec === "@microsoft/teams-ai" ||
    spec.startsWith("@microsoft/teams-ai/") ||
    spec.startsWith("@microsoft/agents-") ||
    spec.startsWith("@microsoft/teams.")
  );
}

describe("the Teams SDK stays in bot/teams/", () => {
  const files = CHECKED.flatMap((dir) => sourceFiles(dir)).filter((f) => !f.startsWith(`${TEAMS_LAYER}/`));

  it("has the bot's core, http and sources to check, and a Teams layer that does import the SDK", () => {
    const rel = files.map((f) => relative(ROOT, f));
    expect(rel).toContain("bot/core/handle-message.ts");
    expect(rel).toContain("bot/http/server.ts");
    const teamsImports = sourceFiles(TEAMS_LAYER).flatMap((f) => importsOf(readFileSync(f, "utf8")));
    expect(teamsImports.some(isTeamsSdk)).toBe(true);
  });

  it("no file outside bot/teams/ imports botbuilder, teams-ai or botframework-*", () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        if (isTeamsSdk(spec)) bad.push(`${relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("the checker recognises the SDK packages and lets others through", () => {
    for (const spec of [
      "botbuilder",
      "botbuilder-core",
      "botbuilder-azure-blobs",
      "botframework-connector",
      "@microsoft/teams-ai",
      "@microsoft/agents-hosting",
    ]) {
      expect(isTeamsSdk(spec), spec).toBe(true);
    }
    for (const spec of ["express", "zod", "pino", "../teams/teams-bot", "@microsoft/microsoft-graph-client", "botany"]) {
      expect(isTeamsSdk(spec), spec).toBe(false);
    }
  });
});
