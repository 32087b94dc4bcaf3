/**
 * What a tracker's `Partnerskab | <ref>` cell can make the product read (issue 15): a bundled
 * agreement by its own id or name, or a .json file in the tracker's own folder, an ordinary file
 * within the size cap. Anything else is the `agreement-file` error at the cell, no file outside
 * the folder is opened, and no file's content is echoed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTrackerFile } from "../../files/tracker-file";
import { writeWorkbook } from "../../files/xlsx-write";
import { agreementReference, bundledAgreement, WORKBOOK_FILE_LIMITS } from "../../shared/index";
import { cli } from "../helpers/cli";
import { recordFileOpens } from "../helpers/file-access";
import { cleanTracker, tempDir } from "./workbooks";

const DEMO_NOW = new Date("2016-09-01T09:00:00+02:00");
const amager = bundledAgreement("amager");
if (!amager) throw new Error("amager");

/** A tracker in a fresh folder whose Aftale sheet names `ref`. */
async function trackerNaming(ref: string, dir = tempDir()): Promise<string> {
  const path = join(dir, "tracker.xlsx");
  await writeWorkbook(path, [{ name: "Aftale", rows: [["Partnerskab", ref]], header: false }, ...cleanTracker("da").slice(1)]);
  return path;
}

async function loadRecording(path: string) {
  const opens = recordFileOpens();
  try {
    return { loaded: await loadTrackerFile(path, { now: DEMO_NOW }), opened: opens.paths };
  } finally {
    opens.restore();
  }
}

const where = (issues: { severity: string; sheet: string; cell: string; code: string }[]) =>
  issues.map((i) => `${i.severity} ${i.sheet}!${i.cell} ${i.code}`);

describe("references a cell may not make", () => {
  it.each([
    "/etc/passwd",
    "/proc/self/environ",
    "/dev/zero",
    "../outside.json",
    "..\\outside.json",
    "sub/min-aftale.json",
    "C:\\Windows\\win.ini",
    "file:///etc/passwd",
    ".hidden.json",
    "/etc/passwd.json",
  ])("%j: the agreement-file error at the cell, the default agreement, and no file outside the folder opened", async (ref) => {
    const path = await trackerNaming(ref);
    const { loaded, opened } = await loadRecording(path);
    expect(loaded.agreement.id).toBe("amager");
    expect(where(loaded.issues)).toEqual(["error Aftale!B1 agreement-file"]);
    expect(loaded.issues[0]?.message.da).toContain("kan kun nævne en aftale, der følger med, eller en .json-fil i trackerens egen mappe");
    expect(loaded.issues[0]?.message.en).toContain(ref.slice(0, 20));
    // The only file opened is the tracker itself.
    expect(opened).toEqual([path]);
  });

  it("a reference that is no agreement (a prototype's name included) is the mismatch it always was, never a crash", async () => {
    for (const ref of ["constructor", "toString", "__proto__", "hasOwnProperty", "vesterbro"]) {
      expect(agreementReference(ref)).toEqual({ kind: "unknown" });
      const loaded = await loadTrackerFile(await trackerNaming(ref), { now: DEMO_NOW });
      expect(loaded.agreement.id).toBe("amager");
      expect(where(loaded.issues)).toEqual(["error Aftale! agreement-mismatch"]);
      expect(loaded.issues.some((i) => i.code === "internal-error")).toBe(false);
    }
  });

  it("a bundled agreement is found by its id or its name, in either language", async () => {
    for (const ref of ["tingbjerg-husum", "Tingbjerg-Husum Partnerskab", "tingbjerg-husum partnership", " TINGBJERG-HUSUM "]) {
      const named = agreementReference(ref);
      if (named.kind === "bundled") expect(named.agreement.id).toBe("tingbjerg-husum");
      else expect.fail(`${ref} should name a bundled agreement, not ${named.kind}`);
    }
  });
});

describe("a .json file in the tracker's own folder", () => {
  const agreementJson = JSON.stringify({ ...amager, id: "min-aftale" });

  it("is read by its bare name (or ./name), and nothing else is opened", async () => {
    for (const ref of ["min-aftale.json", "./min-aftale.json"]) {
      const dir = tempDir();
      writeFileSync(join(dir, "min-aftale.json"), agreementJson);
      const path = await trackerNaming(ref, dir);
      const { loaded, opened } = await loadRecording(path);
      expect(loaded.agreement.id).toBe("min-aftale");
      expect(loaded.issues).toEqual([]);
      expect(opened).toEqual([path, join(dir, "min-aftale.json")]);
    }
  });

  it.each([
    ["a link to /etc/passwd", (dir: string) => symlinkSync("/etc/passwd", join(dir, "aftale.json")), /is not a regular file/],
    [
      "a link to an agreement outside the folder",
      (dir: string) => {
        const outside = join(tempDir(), "real.json");
        writeFileSync(outside, JSON.stringify(amager));
        symlinkSync(outside, join(dir, "aftale.json"));
      },
      /is not a regular file/,
    ],
    ["a FIFO (which must not hang)", (dir: string) => execFileSync("mkfifo", [join(dir, "aftale.json")]), /is not a regular file/],
    ["a folder", (dir: string) => mkdirSync(join(dir, "aftale.json")), /is not a regular file/],
    [
      "too large",
      (dir: string) => writeFileSync(join(dir, "aftale.json"), " ".repeat(WORKBOOK_FILE_LIMITS.maxAgreementFileBytes + 1)),
      /is larger than 1 MB/,
    ],
    [
      "a copy of /etc/passwd",
      (dir: string) => writeFileSync(join(dir, "aftale.json"), "root:x:0:0:root:/root:/bin/bash\n"),
      /is not a valid agreement \(\(file\): not valid JSON\)/,
    ],
    ["missing", () => {}, /there is no file "aftale.json" in the tracker's folder/],
  ])("%s: the agreement-file error at the cell, quoting no content", async (_, prepare, message) => {
    const dir = tempDir();
    prepare(dir);
    const loaded = await loadTrackerFile(await trackerNaming("aftale.json", dir), { now: DEMO_NOW });
    expect(loaded.agreement.id).toBe("amager");
    expect(where(loaded.issues)).toEqual(["error Aftale!B1 agreement-file"]);
    expect(loaded.issues[0]?.message.en).toMatch(message);
    expect(JSON.stringify(loaded.issues)).not.toMatch(/root:|\/bin\/bash/);
  });
});

describe("the command line", () => {
  it("--agreement with a prototype's name is one line, not a stack trace", async () => {
    for (const id of ["constructor", "toString", "__proto__"]) {
      const r = await cli("targets", "--agreement", id);
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `partnerskab targets: unknown agreement "${id}" (bundled: amager, tingbjerg-husum; or give a path to a .json file)\n`,
      );
    }
  });

  it("--agreement naming a FIFO or a device is refused at once with one line", async () => {
    const fifo = join(tempDir(), "aftale.json");
    execFileSync("mkfifo", [fifo]);
    const r = await cli("targets", "--agreement", fifo);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`partnerskab targets: cannot read agreement file ${fifo}: not a regular file\n`);
    const zero = await cli("targets", "--agreement", "/dev/zero");
    expect(zero.err).toBe("partnerskab targets: cannot read agreement file /dev/zero: not a regular file\n");
  });
});
