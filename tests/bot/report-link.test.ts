/**
 * "lav statusrapport for 2015" over real HTTP on 127.0.0.1: the summary and a signed download
 * link in the reply; the link fetches the Word document; a changed or expired link gets 403 or
 * 410 with a plain explanation, never a stack trace. And the key the bot makes when
 * REPORT_LINK_SECRET is not set, kept in its storage across restarts.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../bot/clock";
import { loadConfig } from "../../bot/config/index";
import type { RunningBot } from "../../bot/http/server";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import { postActivity, shownText, teamsActivity } from "../helpers/activities";
import { FakeConnector } from "../helpers/fake-connector";
import { startTestBot } from "../helpers/test-bot";
import { copySampleTracker, DEMO_NOW } from "./bot-fixtures";

const DAY_MS = 86_400_000;
let connector: FakeConnector;
let bot: RunningBot;
const logger = recordingLogger();
const clock = new ManualClock(DEMO_NOW);

async function ask(text: string, conversationId: string) {
  const sent = teamsActivity(connector.url, { type: "message", text, conversation: { id: conversationId, conversationType: "personal" } });
  expect((await postActivity(bot.url, sent)).status).toBe(200);
  return (await connector.waitFor((r) => r.replyToId === sent.id && r.activity.type === "message", 15_000)).activity;
}

function linkIn(text: string | undefined): string {
  const url = /(http:\/\/127\.0\.0\.1:\d+\/reports\/\S+)/.exec(text ?? "")?.[1];
  if (!url) throw new Error(`no link in: ${text}`);
  return url;
}

beforeAll(async () => {
  connector = await FakeConnector.start();
  const tracker = new FileTrackerSource({ path: copySampleTracker(), clock, logger, checkIntervalMs: 0 });
  bot = await startTestBot({ clock, logger, tracker, env: { REPORT_LINK_SECRET: "a-test-secret-of-more-than-32-characters" } });
});

afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

describe("the status report in Teams", () => {
  it("answers with the summary card and a link that downloads the Word document", { timeout: 60_000 }, async () => {
    const reply = await ask("lav statusrapport for 2015", "report-da");
    // One message: the card opens with the summary (also the notification line), the link below the figures.
    expect(reply.summary).toMatch(/^Statusrapport 2015 \(udkast\): I 2015 blev 3 af 6 måltal nået \(Indbrud, Hærværk og Chikane\)/);
    const shown = shownText(reply);
    expect(shown).toContain("Hent udkastet som Word-dokument (linket virker til 8. september 2016 kl. 9.00):");
    const url = linkIn(shown);
    expect(url).toMatch(/\/reports\/2015\/da\/\d+\/[A-Za-z0-9_-]{43}\/statusrapport-2015\.docx$/);
    const card = reply.attachments?.[0]?.content as { body: unknown[]; actions?: Array<{ type: string; url: string; title: string }> };
    // The download first, then the questions to ask next.
    expect(card.actions?.[0]).toEqual({ type: "Action.OpenUrl", title: "Hent statusrapport 2015 (Word)", url });
    expect(card.actions?.slice(1).map((a) => a.title)).toEqual(["Hvad mangler?", "Overblik"]);
    // The card's table has the figures.
    expect(JSON.stringify(card.body)).toContain('"Tyverier"');

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="statusrapport-2015.docx"');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Statusrapport 2015");
    expect(xml).toContain(">Vold/Trusler<");
    // The front page dates the data by when the bot read the tracker.
    expect(xml).toContain("1. september 2016 kl. 9.00");
  });

  it("answers in English with an English document", { timeout: 60_000 }, async () => {
    const reply = await ask("status report 2015", "report-en");
    expect(reply.summary).toMatch(/^Status report 2015 \(draft\): In 2015, 3 of 6 targets were met/);
    const url = linkIn(shownText(reply));
    expect(url).toMatch(/\/reports\/2015\/en\/.+\/status-report-2015\.docx$/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("status-report-2015.docx");
  });

  it("refuses a changed link with 403 and an expired one with 410, in plain words", { timeout: 60_000 }, async () => {
    const url = linkIn(shownText(await ask("lav statusrapport for 2015", "report-tamper")));
    const parts = new URL(url).pathname.split("/"); // ["", "reports", year, lang, expires, signature, file]
    const changed = (i: number, value: string) => {
      const p = [...parts];
      p[i] = value;
      return `${bot.url}${p.join("/")}`;
    };
    const flip = (s: string) => `${s.slice(0, -1)}${s.endsWith("A") ? "B" : "A"}`;
    for (const tampered of [
      changed(2, "2014"),
      changed(3, "en"),
      changed(4, String(Number(parts[4]) + 86_400)),
      changed(5, flip(parts[5] ?? "")),
      changed(5, "short"),
    ]) {
      const res = await fetch(tampered);
      expect(res.status, tampered).toBe(403);
      const body = await res.text();
      expect(body).toContain("Linket er ikke gyldigt.");
      expect(body).toContain("This link is not valid.");
      expect(body).not.toMatch(/Error|at \w+ \(|stack/);
    }
    clock.advance(7 * DAY_MS + 1000);
    try {
      const expired = await fetch(url);
      expect(expired.status).toBe(410);
      const body = await expired.text();
      expect(body.startsWith("Linket til statusrapporten er udløbet (det virker i 7 dage).")).toBe(true);
      expect(body).toContain("This link to the status report has expired");
    } finally {
      clock.advance(-(7 * DAY_MS + 1000));
    }
  });

  it("answers what is missing for the report, naming the sheets", { timeout: 60_000 }, async () => {
    const reply = await ask("hvad mangler til statusrapporten for 2016?", "report-ready");
    expect(reply.summary).toBe("Trackeren mangler dette til statusrapporten for 2016:");
    // The sheet and what it lacks, side by side in the card's table.
    const shown = shownText(reply);
    expect(shown).toContain("SSP\nIntet tal for SSP-aktiveringer i 2016.");
    expect(shown).not.toContain("/reports/");
  });

  it("gives no link for a year outside the agreement", { timeout: 60_000 }, async () => {
    const reply = await ask("lav statusrapport for 2019", "report-outside");
    expect(reply.text).toBe("Aftalen løber 2013–2016, så der er ingen statusrapport for 2019.");
  });
});

describe("the link key without REPORT_LINK_SECRET", () => {
  it("is made once, kept in the storage, and links still work after a restart", { timeout: 90_000 }, async () => {
    const storageDir = mkdtempSync(join(tmpdir(), "report-key-"));
    const env = { STORAGE_DIR: storageDir };
    const tracker = new FileTrackerSource({ path: copySampleTracker(), clock, logger, checkIntervalMs: 0 });
    const first = await startTestBot({ clock, logger, tracker, env });
    let url: string;
    try {
      const sent = teamsActivity(connector.url, { type: "message", text: "lav statusrapport for 2015", conversation: { id: "key-1" } });
      expect((await postActivity(first.url, sent)).status).toBe(200);
      url = linkIn(shownText((await connector.waitFor((r) => r.replyToId === sent.id, 15_000)).activity));
    } finally {
      await first.close();
    }
    const file = readdirSync(storageDir).find((f) => f.startsWith("reports_link-key"));
    const stored = JSON.parse(readFileSync(join(storageDir, file ?? "missing"), "utf8")) as { item?: { secret?: string } };
    expect(stored.item?.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const second = await startTestBot({ clock, logger, tracker, env });
    try {
      const path = new URL(url).pathname;
      expect((await fetch(`${second.url}${path}`)).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe("the report link settings", () => {
  it("refuses a base URL that is not one and a short secret, without echoing the secret", () => {
    expect(() => loadConfig({ PUBLIC_BASE_URL: "partnerskab.example" })).toThrow(
      /^PUBLIC_BASE_URL \("partnerskab\.example"\): must be an http\(s\) URL/,
    );
    expect(() => loadConfig({ PUBLIC_BASE_URL: "https://bot.example/?x=1" })).toThrow(/must be a plain base URL/);
    let message = "";
    try {
      loadConfig({ REPORT_LINK_SECRET: "short-secret" });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe("REPORT_LINK_SECRET: must be at least 32 characters (e.g. openssl rand -base64 48)");
    expect(loadConfig({ PUBLIC_BASE_URL: "https://partnerskab-bot.azurewebsites.net/" }).reports.publicBaseUrl).toBe(
      "https://partnerskab-bot.azurewebsites.net",
    );
  });
});
