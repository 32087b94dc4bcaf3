/** The last good copy every tracker source answers from when a read fails (bot/sources/last-good-copy.ts). */
import { describe, expect, it } from "vitest";
import { TrackerUnavailableError } from "../../bot/core/errors";
import { LastGoodCopy } from "../../bot/sources/last-good-copy";
import { bundledAgreement, type TrackerData } from "../../shared/index";

const agreement = bundledAgreement("amager");
if (!agreement) throw new Error("the amager agreement is bundled");
const tracker = { marker: "figures" } as unknown as TrackerData;
const read = (iso: string) => ({ agreement, tracker, readAt: new Date(iso) });

describe("the last good copy", () => {
  it("before any good read, a failure is TrackerUnavailableError with the message and the reason", () => {
    const copy = new LastGoodCopy();
    expect(copy.current).toBeUndefined();
    let error: unknown;
    try {
      copy.stale("the tracker cannot be read", "ENOENT");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TrackerUnavailableError);
    expect(error).toMatchObject({ message: "the tracker cannot be read", reason: "ENOENT" });
  });

  it("after a good read, a failure answers from that copy, stale since it was read; the next good read is fresh again", () => {
    const copy = new LastGoodCopy();
    const first = copy.fresh(read("2016-09-01T07:00:00Z"));
    expect(first.wasStaleSince).toBeUndefined();
    expect(first.snapshot.staleSince).toBeUndefined();
    expect(copy.current).toBe(first.snapshot);

    const stale = copy.stale("down", "503");
    expect(stale.tracker).toBe(tracker);
    expect(stale.readAt.toISOString()).toBe("2016-09-01T07:00:00.000Z");
    expect(stale.staleSince?.toISOString()).toBe("2016-09-01T07:00:00.000Z");
    // Failing again keeps the same age: stale since the last good read, not since the last failure.
    expect(copy.stale("down", "503 again").staleSince?.toISOString()).toBe("2016-09-01T07:00:00.000Z");
    expect(copy.current?.staleSince).toBeDefined();

    const back = copy.fresh(read("2016-09-01T08:00:00Z"));
    expect(back.wasStaleSince?.toISOString()).toBe("2016-09-01T07:00:00.000Z");
    expect(back.snapshot.staleSince).toBeUndefined();
    expect(copy.current?.readAt.toISOString()).toBe("2016-09-01T08:00:00.000Z");
    expect(copy.fresh(read("2016-09-01T09:00:00Z")).wasStaleSince).toBeUndefined();
  });
});
