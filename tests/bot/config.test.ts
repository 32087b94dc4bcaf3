import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ManualClock, offsetClock } from "../../bot/clock";
import { ConfigError, configVariables, loadConfig } from "../../bot/config/index";

const ROOT = resolve(import.meta.dirname, "../..");

describe("bot settings from the environment", () => {
  it("has working defaults with nothing set: port 3978, the sample tracker, real clock, no credentials", () => {
    const c = loadConfig({});
    expect(c.http.port).toBe(3978);
    expect(c.tracker).toEqual({ source: "file", file: "examples/amager-tracker.xlsx", agreement: undefined });
    expect(c.credentials).toBeUndefined();
    expect(c.clock.startAt).toBeUndefined();
    expect(c.storage).toEqual({ kind: "file", dir: ".data/" });
    expect(c.reminders.leadTimes.map((l) => l.minutes)).toEqual([7 * 1440, 1440]);
    expect(c.reminders.tickSeconds).toBe(30);
    // The adjustments discussion in the autumn, the safety plan in November, the report by the agreement's month.
    expect(c.reminders.dates).toEqual({
      adjustments: { month: 10, day: 1 },
      safetyPlan: { month: 11, day: 1 },
      statusReportDue: undefined,
    });
    expect(c.security).toEqual({ allowedTenants: undefined, rateLimitPerMinute: 30 });
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
      ADJUSTMENTS_DISCUSSION_DATE: "09-15",
      SAFETY_PLAN_UPDATE_DATE: "1-20",
      STATUS_REPORT_DUE_DATE: "05-15",
      ALLOWED_TENANTS: "a, b",
      RATE_LIMIT_PER_MINUTE: "0",
    });
    expect(c.http.port).toBe(4000);
    expect(c.credentials).toEqual({
      appId: "11111111-2222-3333-4444-555555555555",
      password: "secret",
      appType: "SingleTenant",
      tenantId: "tenant",
    });
    expect(c.tracker).toEqual({ source: "file", file: "/data/t.xlsx", agreement: "tingbjerg-husum" });
    expect(c.clock.startAt?.toISOString()).toBe("2016-09-01T07:00:00.000Z");
    expect(c.storage).toEqual({ kind: "file", dir: "/var/lib/p" });
    expect(c.reminders.leadTimes.map((l) => l.label)).toEqual(["7d", "1d", "2h"]);
    expect(c.reminders.tickSeconds).toBe(5);
    expect(c.reminders.dates).toEqual({
      adjustments: { month: 9, day: 15 },
      safetyPlan: { month: 1, day: 20 },
      statusReportDue: { month: 5, day: 15 },
    });
    expect(c.security).toEqual({ allowedTenants: ["a", "b"], rateLimitPerMinute: 0 });
  });

  it("treats blank values as unset", () => {
    const c = loadConfig({ PORT: "", MicrosoftAppId: "  ", PARTNERSKAB_NOW: "", TRACKER_SOURCE: " ", STORAGE: "" });
    expect(c.http.port).toBe(3978);
    expect(c.credentials).toBeUndefined();
    expect(c.clock.startAt).toBeUndefined();
    expect(c.tracker.source).toBe("file");
    expect(c.storage.kind).toBe("file");
  });

  it("reads PARTNERSKAB_NOW as the CLI reads --now: without an offset it is Copenhagen time, summer or winter", () => {
    const startAt = (PARTNERSKAB_NOW: string) => loadConfig({ PARTNERSKAB_NOW }).clock.startAt?.toISOString();
    expect(startAt("2016-09-01T09:00:00+02:00")).toBe("2016-09-01T07:00:00.000Z");
    expect(startAt("2016-09-01T09:00")).toBe("2016-09-01T07:00:00.000Z");
    expect(startAt("2016-01-15T09:00")).toBe("2016-01-15T08:00:00.000Z");
    // A date alone is that Copenhagen date, at noon.
    expect(startAt("2016-09-01")).toBe("2016-09-01T10:00:00.000Z");
    expect(startAt("2016-09-01T07:00:00Z")).toBe("2016-09-01T07:00:00.000Z");
  });

  it.each([
    [{ PARTNERSKAB_NOW: "yesterday" }, /^PARTNERSKAB_NOW \("yesterday"\): must be an ISO 8601 instant/],
    [{ PARTNERSKAB_NOW: "1 September 2016" }, /^PARTNERSKAB_NOW .*ISO 8601/],
    [{ PARTNERSKAB_NOW: "2016-13-45T09:00:00Z" }, /^PARTNERSKAB_NOW/],
    // Never rolled over to 1 March, and never a year nobody means.
    [{ PARTNERSKAB_NOW: "2016-02-30T09:00:00+01:00" }, /^PARTNERSKAB_NOW \("2016-02-30T09:00:00\+01:00"\): there is no 30 February 2016$/],
    [{ PARTNERSKAB_NOW: "0000-01-01T00:00:00Z" }, /^PARTNERSKAB_NOW \("0000-01-01T00:00:00Z"\): the year must be 1900–2100$/],
    [{ PARTNERSKAB_NOW: "2016-09-01T24:00" }, /^PARTNERSKAB_NOW .*there is no 24:00 on a clock/],
    [{ TRACKER_SOURCE: "sharepoint" }, /^TRACKER_SOURCE: expected "file" or "graph", got "sharepoint"$/],
    [{ STORAGE: "cosmos" }, /^STORAGE \("cosmos"\): must be file or blob$/],
    [{ PORT: "abc" }, /^PORT \("abc"\): must be a number/],
    [{ PORT: "70000" }, /^PORT .*0–65535/],
    [{ MicrosoftAppType: "Tenant" }, /^MicrosoftAppType .*MultiTenant, SingleTenant or UserAssignedMSI/],
    [{ REMINDER_LEAD_TIMES: "7 days" }, /^REMINDER_LEAD_TIMES .*"7d,1d"/],
    [{ REMINDER_TICK_SECONDS: "0" }, /^REMINDER_TICK_SECONDS .*more than 0/],
    [{ ADJUSTMENTS_DISCUSSION_DATE: "1. oktober" }, /^ADJUSTMENTS_DISCUSSION_DATE .*write MM-DD, e.g. 10-01/],
    [{ SAFETY_PLAN_UPDATE_DATE: "02-29" }, /^SAFETY_PLAN_UPDATE_DATE .*29 February does not come every year/],
    [{ STATUS_REPORT_DUE_DATE: "13-01" }, /^STATUS_REPORT_DUE_DATE .*MM-DD/],
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

describe("the settings' documentation", () => {
  it("lists every variable the configuration reads, in .env.example and in docs/deploy.md", () => {
    const example = readFileSync(resolve(ROOT, ".env.example"), "utf8");
    const deploy = readFileSync(resolve(ROOT, "docs/deploy.md"), "utf8");
    expect(configVariables.length).toBeGreaterThan(30);
    for (const name of configVariables) {
      expect(example, `.env.example lacks ${name}`).toMatch(new RegExp(`^${name}=`, "m"));
      expect(deploy, `docs/deploy.md lacks ${name}`).toContain(`| \`${name}\``);
    }
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
