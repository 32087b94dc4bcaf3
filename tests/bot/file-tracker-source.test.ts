/** The tracker from a workbook on disk: read again when it changes, last good copy when it breaks. */
import { copyFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { TrackerUnavailableError } from "../../bot/core/errors";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { AgreementLoadError } from "../../files/agreement-file";
import { copySampleTracker, DEMO_NOW, setCell } from "./bot-fixtures";

function source(path: string) {
  const logger = recordingLogger();
  const clock = new ManualClock(DEMO_NOW);
  return { tracker: new FileTrackerSource({ path, clock, logger, checkIntervalMs: 0 }), logger, clock };
}

const burglary2015 = (s: { tracker: { crime: ReadonlyMap<string, ReadonlyMap<number, number | null>> } }) =>
  s.tracker.crime.get("indbrud")?.get(2015);

describe("FileTrackerSource", () => {
  it("reads the workbook and its agreement, and does not read it again while it is unchanged", async () => {
    const path = copySampleTracker();
    const { tracker, logger } = source(path);
    const first = await tracker.current();
    expect(first.agreement.id).toBe("amager");
    expect(burglary2015(first)).toBe(58);
    expect(first.readAt.toISOString()).toBe(new Date(DEMO_NOW).toISOString());
    expect(first.staleSince).toBeUndefined();
    const again = await Promise.all([tracker.current(), tracker.current(), tracker.current()]);
    for (const s of again) expect(s).toBe(first);
    expect(logger.events.filter((e) => e.message === "tracker read")).toHaveLength(1);
  });

  it("reads the workbook again when it is saved with new figures", async () => {
    const path = copySampleTracker();
    const { tracker, clock } = source(path);
    expect(burglary2015(await tracker.current())).toBe(58);
    clock.advance(60_000);
    await setCell(path, "Kriminalitet", "E2", 70);
    const after = await tracker.current();
    expect(burglary2015(after)).toBe(70);
    expect(after.readAt.getTime()).toBe(new Date(DEMO_NOW).getTime() + 60_000);
  });

  it("tells its change listeners of each new version read, not of an unchanged file or a broken one", async () => {
    const path = copySampleTracker();
    const { tracker } = source(path);
    let changes = 0;
    tracker.onChange(() => changes++);
    await tracker.current();
    await tracker.current();
    expect(changes).toBe(1);
    await setCell(path, "Kriminalitet", "E2", 70);
    expect(burglary2015(await tracker.current())).toBe(70);
    expect(changes).toBe(2);
    writeFileSync(path, "this is not a workbook");
    await tracker.current();
    expect(changes).toBe(2);
  });

  it("keeps the last good copy, marked stale, while the file is broken or gone, and logs it once", async () => {
    const path = copySampleTracker();
    const { tracker, logger, clock } = source(path);
    const good = await tracker.current();
    clock.advance(3_600_000);
    writeFileSync(path, "this is not a workbook");
    const stale = await tracker.current();
    await tracker.current();
    expect(burglary2015(stale)).toBe(58);
    expect(stale.staleSince?.getTime()).toBe(good.readAt.getTime());
    const warnings = logger.events.filter((e) => e.level === "warn" && e.message === "tracker unreadable");
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.data.reason)).toMatch(/cannot read tracker file .*tracker\.xlsx/);

    rmSync(path);
    expect((await tracker.current()).staleSince?.getTime()).toBe(good.readAt.getTime());

    // Repaired: fresh figures, no longer stale.
    const repaired = copySampleTracker();
    await setCell(repaired, "Kriminalitet", "E2", 61);
    copyFileSync(repaired, path);
    const back = await tracker.current();
    expect(back.staleSince).toBeUndefined();
    expect(burglary2015(back)).toBe(61);
  });

  it("looks at the file at most once per check interval", async () => {
    const path = copySampleTracker();
    const tracker = new FileTrackerSource({ path, clock: new ManualClock(DEMO_NOW), logger: recordingLogger(), checkIntervalMs: 60_000 });
    expect(burglary2015(await tracker.current())).toBe(58);
    await setCell(path, "Kriminalitet", "E2", 70);
    expect(burglary2015(await tracker.current())).toBe(58);
  });

  it("without any good copy it says the tracker is unavailable, naming the file", async () => {
    const { tracker } = source("/nonexistent/dir/tracker.xlsx");
    const error = await tracker.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerUnavailableError);
    expect((error as TrackerUnavailableError).reason).toMatch(/\/nonexistent\/dir\/tracker\.xlsx: ENOENT/);
  });

  it("refuses a bad AGREEMENT at once, with one line", () => {
    const make = () =>
      new FileTrackerSource({
        path: copySampleTracker(),
        agreement: "atlantis",
        clock: new ManualClock(DEMO_NOW),
        logger: recordingLogger(),
      });
    expect(make).toThrow(AgreementLoadError);
    expect(make).toThrow(/unknown agreement "atlantis"/);
  });
});
