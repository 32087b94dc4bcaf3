/**
 * Careless input at the command line and in the bot's settings (issue 15): what is not a regular
 * file (a FIFO, a device, a folder) is refused at once with one line, `validate --json` always
 * prints JSON, every clock setting is read by the one instant parser, and a quote or a comma in
 * a category name never breaks the template's drop-down formulas.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { LaunchError, launchBot } from "../../bot/launch";
import { recordingLogger } from "../../bot/log";
import { bundledAgreement } from "../../shared/index";
import { cli, cliProcess } from "../helpers/cli";
import { tempDir } from "../tracker/workbooks";

const fifo = () => {
  const path = join(tempDir(), "tracker.xlsx");
  execFileSync("mkfifo", [path]);
  return path;
};

describe("what is not a regular file", () => {
  it.each([
    ["a FIFO", fifo, /not a regular file/],
    ["a device", () => "/dev/zero", /not a regular file/],
    ["a folder", () => tempDir(), /is a folder, not a file/],
  ])("validate refuses %s at once, with one line and exit 2", async (_, path, reason) => {
    const file = path();
    const r = await cli("validate", file);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(reason);
  });

  it("TRACKER_FILE naming a FIFO stops the bot's start with one line instead of hanging", async () => {
    const path = fifo();
    const err = await launchBot({ PORT: "0", TRACKER_FILE: path, STORAGE_DIR: tempDir() }, recordingLogger(), { host: "127.0.0.1" }).then(
      async (started) => {
        await started.bot.close();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LaunchError);
    expect((err as Error).message).toMatch(new RegExp(`^cannot read tracker file ${path}: ikke en almindelig fil / not a regular file`));
    expect((err as Error).message).not.toContain("\n");
  });
});

describe("validate --json", () => {
  it.each([
    ["a missing file", () => join(tempDir(), "missing.xlsx"), /file not found/],
    ["a FIFO", fifo, /not a regular file/],
    [
      "a CSV",
      () => {
        const path = join(tempDir(), "tracker.xlsx");
        writeFileSync(path, "Gerningstype;2012\nIndbrud;77\n");
        return path;
      },
      /not an \.xlsx workbook/,
    ],
  ])("prints JSON for %s too (readable: false), and the one line on stderr", async (_, path, reason) => {
    const file = path();
    const r = await cli("validate", file, "--json");
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out) as { file: string; valid: boolean; readable: boolean; error: string };
    expect(json).toMatchObject({ file, valid: false, readable: false });
    expect(json.error).toMatch(reason);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  it("prints JSON from the real process for an unreadable file", () => {
    const r = cliProcess(["validate", join(tempDir(), "missing.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({ valid: false, readable: false });
  }, 60_000);
});

describe("clock settings, all read by the one instant parser", () => {
  it.each([
    [["reminders", "--now", "2016-02-30T09:00"], {}, /^partnerskab reminders: --now must be .*: there is no 30 February 2016$/],
    [["reminders", "--now", "0000-01-01"], {}, /^partnerskab reminders: --now .*: the year must be 1900–2100$/],
    [
      ["reminders"],
      { PARTNERSKAB_NOW: "2016-02-30T09:00" },
      /^partnerskab reminders: PARTNERSKAB_NOW must be .*: there is no 30 February 2016$/,
    ],
    [["reminders"], { PARTNERSKAB_NOW: "2101-06-01" }, /^partnerskab reminders: PARTNERSKAB_NOW .*the year must be 1900–2100$/],
  ])(
    "%j with %j: one line naming the setting, exit 2",
    (argv, env, message) => {
      const r = cliProcess(argv, env);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toMatch(message);
    },
    60_000,
  );
});

describe("the template's drop-downs with a quote or a comma in a category name", () => {
  const SOFFICE = "/usr/bin/soffice";

  async function validations(path: string) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const out: Record<string, string[]> = {};
    for (const ws of wb.worksheets) {
      const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: string[] }> } }).dataValidations
        .model;
      for (const [address, v] of Object.entries(model)) if (v.type === "list") out[`${ws.name}!${address}`] = v.formulae ?? [];
    }
    return out;
  }

  async function templateFor(names: Record<number, { da: string; en: string }>) {
    const amager = bundledAgreement("amager");
    if (!amager) throw new Error("amager");
    const dir = tempDir();
    const agreementFile = join(dir, "aftale.json");
    const categories = amager.categories.map((c, i) => (names[i] ? { ...c, name: names[i] } : c));
    writeFileSync(agreementFile, JSON.stringify({ ...amager, id: "citat", categories }));
    const out = join(dir, "skabelon.xlsx");
    const r = await cli("template", out, "--agreement", agreementFile);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    return { dir, out, written: await validations(out) };
  }

  function wellFormed(written: Record<string, string[]>) {
    for (const [where, formulae] of Object.entries(written)) {
      expect(formulae, where).toHaveLength(1);
      expect(formulae[0], where).toMatch(/^"[^"]*"$/);
      expect(formulae[0]?.length, where).toBeLessThanOrEqual(257);
    }
    // Meetings keep their group and status drop-downs; the crime sheet's categories cannot be an inline list.
    expect(Object.keys(written).some((w) => w.startsWith("Møder!"))).toBe(true);
    expect(Object.keys(written).some((w) => w.startsWith("Kriminalitet!"))).toBe(false);
  }

  it("a comma: only well-formed list formulas, the category column without one", async () => {
    wellFormed((await templateFor({ 1: { da: "Tyveri, butik", en: "Theft, shop" } })).written);
  });

  it("a quote: only well-formed list formulas, and LibreOffice opens the file with its drop-downs", { timeout: 120_000 }, async () => {
    const { dir, out, written } = await templateFor({ 0: { da: 'Vold "grov"', en: 'Violence "severe"' } });
    wellFormed(written);
    expect(existsSync(SOFFICE), "LibreOffice is needed (apt-get install libreoffice-calc-nogui)").toBe(true);
    const outDir = join(dir, "saved");
    mkdirSync(outDir);
    const run = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "lo-profile")).href}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        out,
      ],
      { encoding: "utf8", timeout: 90_000 },
    );
    const saved = join(outDir, "skabelon.xlsx");
    expect(existsSync(saved), `soffice failed: ${run.stderr} ${run.stdout}`).toBe(true);
    const kept = await validations(saved);
    expect(Object.values(kept).flat()).toContain('"Styregruppe,Arbejdsgruppe"');
  });
});
