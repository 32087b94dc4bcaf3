/** Reminder texts in Danish and English, and the Adaptive Card that goes with them. */
import { describe, expect, it } from "vitest";
import {
  cadenceWarnings,
  defaultReminderDates,
  dueItems,
  type MeetingReminder,
  parseLeadTimes,
  reminderMessage,
  timedItems,
} from "../../shared/index";
import { agreement, meeting, meetingsTracker, subscriber } from "./fixtures";

const tuesday = meeting("2015-10-06", "09:00", { group: "steering", place: "Hørgården 1", topic: "Budget 2016", end: "11:00" });

function reminderFor(now: Date, lead = "7d"): MeetingReminder {
  const due = dueItems({
    now,
    lastTick: new Date(now.getTime() - 60_000),
    tracker: meetingsTracker([tuesday]),
    agreement,
    subscriptions: [subscriber("a")],
    ledger: new Map([["a", new Set(["cadence|2015|steering|below-min#once", "cadence|2015|working|below-min#once"])]]),
    leadTimes: parseLeadTimes(lead),
    dates: defaultReminderDates,
  });
  const item = due.post[0]?.item;
  if (item?.kind !== "meeting") throw new Error(`expected a meeting reminder, got ${JSON.stringify(due.post)}`);
  return item;
}

describe("reminder texts", () => {
  // 7 days before Tuesday 6 October 2015 9.00 (summer time) is 07:00Z on 29 September.
  const at = new Date("2015-09-29T07:00:00Z");

  it("Danish: weekday, Danish date and time, place and topic", () => {
    const msg = reminderMessage(reminderFor(at), { lang: "da", now: at, agreement });
    expect(msg.text).toBe("Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (om 7 dage). Sted: Hørgården 1. Emne: Budget 2016.");
    expect(msg.card.version).toBe("1.5");
    const facts = (msg.card.body.find((b) => b.type === "FactSet")?.facts ?? []) as Array<{ title: string; value: string }>;
    expect(facts).toEqual([
      { title: "Gruppe", value: "Styregruppen" },
      { title: "Dato", value: "tirsdag den 6. oktober 2015" },
      { title: "Tidspunkt", value: "9.00–11.00" },
      { title: "Sted", value: "Hørgården 1" },
      { title: "Emne", value: "Budget 2016" },
    ]);
  });

  it("English, and a late post says how long is really left", () => {
    const late = new Date("2015-10-05T07:00:00Z");
    const msg = reminderMessage(reminderFor(at), { lang: "en", now: late, agreement });
    expect(msg.text).toBe(
      "The steering group meets on Tuesday 6 October 2015 at 09:00 (tomorrow). Place: Hørgården 1. Topic: Budget 2016.",
    );
    const facts = (msg.card.body.find((b) => b.type === "FactSet")?.facts ?? []) as Array<{ title: string }>;
    expect(facts.map((f) => f.title)).toEqual(["Group", "Date", "Time", "Place", "Topic"]);
  });

  it("cadence, status report and agreement end read right in Danish", () => {
    const [warning] = cadenceWarnings(
      { agreement, tracker: { meetings: [meeting("2015-02-01", "13:00", { status: "held" })] } },
      new Date("2015-11-20T10:00:00Z"),
    );
    expect(warning && reminderMessage(warning, { lang: "da", now: new Date(), agreement }).text).toMatch(
      /^Styregruppen skal ifølge aftalen mødes mindst 2 gange om året, men i 2015 er der kun 0 afholdte møder og 0 planlagte\./,
    );
    const items = timedItems(
      { agreement, tracker: meetingsTracker([]), leadTimes: [], dates: defaultReminderDates },
      new Date("2016-01-01T00:00Z"),
      new Date("2016-12-31T00:00Z"),
    );
    const text = (kind: string) => {
      const found = items.find((i) => i.item.kind === kind);
      return found && reminderMessage(found.item, { lang: "da", now: found.item.dueAt, agreement }).text;
    };
    // The agreement's own words on the report, and the year it covers (May 2016 reports on 2015).
    expect(text("status-report")).toMatch(
      /»En kort statusrapport udarbejdes og offentliggøres i maj efter tryghedsindeksets offentliggørelse\.«/,
    );
    expect(text("status-report")).toMatch(/Statusrapporten for 2015 skal være offentliggjort senest tirsdag den 31\. maj 2016\./);
    expect(text("agreement-end")).toBe(
      "Partnerskabsaftalen for Amager Partnerskab udløber lørdag den 31. december 2016 (om 90 dage). Den nævner ingen forlængelse. Styregruppen bør drøfte forlængelse eller en ny aftale.",
    );
  });
});
