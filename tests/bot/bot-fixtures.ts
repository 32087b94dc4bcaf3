/** What the bot tests share: a copy of the sample tracker, cell edits, core services. */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { ManualClock } from "../../bot/clock";
import type { CoreServices } from "../../bot/core/handle-message";
import type { ConversationAddress, OutgoingMessage, SubscriptionService } from "../../bot/core/ports";
import { sharedAnswerEngine } from "../../bot/core/shared-answer-engine";
import { recordingLogger } from "../../bot/log";
import { FileTrackerSource } from "../../bot/sources/file-tracker-source";
import type { Lang, MeetingGroup } from "../../shared/index";

export const SAMPLE_TRACKER = resolve(import.meta.dirname, "../../examples/amager-tracker.xlsx");
/** Inside the Amager agreement's period (2013–2016), as `npm start` uses. */
export const DEMO_NOW = "2016-09-01T09:00:00+02:00";
export const BURGLARY_DA = "Hvordan går det med indbrud i forhold til målet for 2015?";
export const BURGLARY_EN = "How are burglaries doing against the 2015 target?";

/** A private copy of the sample tracker workbook, in a fresh temp folder. */
export function copySampleTracker(): string {
  const path = join(mkdtempSync(join(tmpdir(), "bot-tracker-")), "tracker.xlsx");
  copyFileSync(SAMPLE_TRACKER, path);
  return path;
}

/** Changes one cell of a workbook on disk, as someone saving it in Excel would. */
export async function setCell(path: string, sheet: string, cell: string, value: number | string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${path}`);
  ws.getCell(cell).value = value;
  await wb.xlsx.writeFile(path);
}

export function coreServices(overrides: Partial<CoreServices> & { trackerPath?: string } = {}) {
  const logger = recordingLogger();
  const clock = new ManualClock(DEMO_NOW);
  const { trackerPath, ...rest } = overrides;
  const services: CoreServices = {
    tracker: new FileTrackerSource({ path: trackerPath ?? copySampleTracker(), clock, logger, checkIntervalMs: 0 }),
    clock,
    engine: sharedAnswerEngine,
    subscriptions: undefined,
    logger,
    ...rest,
  };
  return { services, logger, clock };
}

export interface SubscriptionCall {
  method: keyof SubscriptionService;
  address: ConversationAddress;
  group?: MeetingGroup | undefined;
  lang?: Lang;
}

/** A subscription service that records what the bot asked of it and answers with a marker text. */
export function recordingSubscriptions(): SubscriptionService & { calls: SubscriptionCall[] } {
  const calls: SubscriptionCall[] = [];
  const reply = (text: string): OutgoingMessage => ({ text });
  return {
    calls,
    async subscribe(address, options) {
      calls.push({ method: "subscribe", address, group: options.group, lang: options.lang });
      return reply(`subscribed:${options.group ?? "all"}:${options.lang}`);
    },
    async unsubscribe(address, lang) {
      calls.push({ method: "unsubscribe", address, lang });
      return reply(`unsubscribed:${lang}`);
    },
    async list(address, lang) {
      calls.push({ method: "list", address, lang });
      return reply(`list:${lang}`);
    },
    async botAdded(address, lang) {
      calls.push({ method: "botAdded", address, lang });
      return reply(`hello-from-reminders:${lang}`);
    },
    async botRemoved(address) {
      calls.push({ method: "botRemoved", address });
    },
  };
}
