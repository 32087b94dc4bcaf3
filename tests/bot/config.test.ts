import { describe, expect, it } from "vitest";
import { ManualClock, offsetClock } from "../../bot/clock";
import { ConfigError, loadConfig } from "../../bot/config";

describe("bot settings from the environment", () => {
  it("has working defaults with nothing set: port 3978, the sample tracker, real clock, no credentials", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.trackerFile).toBe("examples/amager-tracker.xlsx");
    expect(c.credentials).toBeUndefined();
    expect(c.startAt).toBeUndefined();
    expect(c.storageDir).toBe(".data/");
    expect(c.reminderLeadTimes.map((l) => l.minutes)).toEqual([7 * 1440, 1440]);
    expect(c.reminderTickSeconds).toBe(30);
  });

  it("reads every setting", () => {
    const c = loadConfig({
      PORT: "4000",
      MicrosoftAppId: "11111111-2222-3333-4444-555555555555",
      MicrosoftAppPassword: "secret",
      MicrosoftAppType: "SingleTenant",
      MicrosoftAppTenantId: "tenant",
      TRACKER_FILE: "/data/t.xlsx",
      AGREEMENT: "tingbjerg-husum",
      PARTNERSKAB_NOW: "2016-09-01T09:00:00+02:00",
      STORAGE_DIR: "/var/lib/p",
      REMINDER_LEAD_TIMES: "1d, 2h,7d",
      REMINDER_TICK_SECONDS: "5",
    });
    expect(c.port).toBe(4000);
    expect(c.credentials).toEqual({
      appId: "11111111-2222-3333-4444-555555555555",
      password: "secret",
      appType: "SingleTenant",
      tenantId: "tenant",
    });
    expect(c.trackerFile).toBe("/data/t.xlsx");
    expect(c.agreement).toBe("tingbjerg-husum");
    expect(c.startAt?.toISOString()).toBe("2016-09-01T07:00:00.000Z");
    expect(c.storageDir).toBe("/var/lib/p");
    expect(c.reminderLeadTimes.map((l) => l.label)).toEqual(["7d", "1d", "2h"]);
    expect(c.reminderTickSeconds).toBe(5);
  });

  it("treats blank values as unset", () => {
    const c = loadConfig({ PORT: "", MicrosoftAppId: "  ", PARTNERSKAB_NOW: "" });
    expect(c.port).toBe(3978);
    expect(c.credentials).toBeUndefined();
    expect(c.startAt).toBeUndefined();
  });

  it.each([
    [{ PARTNERSKAB_NOW: "yesterday" }, /^PARTNERSKAB_NOW \("yesterday"\): must be an ISO 8601 instant/],
    [{ PARTNERSKAB_NOW: "2016-09-01" }, /^PARTNERSKAB_NOW .*ISO 8601/],
    [{ PARTNERSKAB_NOW: "2016-13-45T09:00:00Z" }, /^PARTNERSKAB_NOW/],
    [{ PORT: "abc" }, /^PORT \("abc"\): must be a number/],
    [{ PORT: "70000" }, /^PORT .*0–65535/],
    [{ MicrosoftAppType: "Tenant" }, /^MicrosoftAppType .*MultiTenant, SingleTenant or UserAssignedMSI/],
    [{ REMINDER_LEAD_TIMES: "7 days" }, /^REMINDER_LEAD_TIMES .*"7d,1d"/],
    [{ REMINDER_TICK_SECONDS: "0" }, /^REMINDER_TICK_SECONDS .*more than 0/],
    [{ MicrosoftAppPassword: "x" }, /^MicrosoftAppId: must be set/],
    [{ MicrosoftAppId: "id", MicrosoftAppType: "SingleTenant" }, /^MicrosoftAppTenantId: must be set/],
  ])("rejects %j with one clear line", (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("rejects lead times the reminders could not read, naming the bad part", () => {
    expect(() => loadConfig({ REMINDER_LEAD_TIMES: "7d,1w" })).toThrow(/REMINDER_LEAD_TIMES.*"1w" is not a lead time/);
    expect(() => loadConfig({ REMINDER_LEAD_TIMES: "0d" })).toThrow(/more than zero/);
  });
});

describe("clocks", () => {
  it("the offset clock starts at the given instant and runs on at real speed", () => {
    let real = 1_000_000;
    const clock = offsetClock(new Date("2016-09-01T07:00:00Z"), () => real);
    expect(clock.now().toISOString()).toBe("2016-09-01T07:00:00.000Z");
    real += 90_000;
    expect(clock.now().toISOString()).toBe("2016-09-01T07:01:30.000Z");
  });

  it("the offset clock really runs on", async () => {
    const clock = offsetClock(new Date("2015-01-01T00:00:00Z"));
    const first = clock.now().getTime();
    await new Promise((r) => setTimeout(r, 20));
    expect(clock.now().getTime() - first).toBeGreaterThanOrEqual(15);
    expect(clock.now().getUTCFullYear()).toBe(2015);
  });

  it("the manual clock moves only when told", () => {
    const clock = new ManualClock("2016-09-01T09:00:00+02:00");
    expect(clock.now().toISOString()).toBe("2016-09-01T07:00:00.000Z");
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe("2016-09-01T07:01:00.000Z");
    clock.set("2017-01-01T00:00:00Z");
    expect(clock.now().getUTCFullYear()).toBe(2017);
  });
});
