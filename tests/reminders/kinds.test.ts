/**
 * The reminder-kind registry: every kind, found by its own schedule, worded in Danish and
 * English with its card, shown as JSON, named to a subscriber, retried for as long as it
 * matters. `examples` is keyed by every kind, so a new kind does not compile here until it has
 * its example.
 */
import { describe, expect, it } from "vitest";
import {
  defaultReminderDates,
  type ItemBase,
  type Lang,
  meetingItemKey,
  offerText,
  parseLeadTimes,
  type ReminderItem,
  type ReminderItemKind,
  type ReminderItemOf,
  type ReminderKind,
  type ReminderSources,
  reminderAbout,
  reminderJson,
  reminderKinds,
  reminderMessage,
} from "../../shared/index";
import { agreement, meeting, meetingsTracker } from "./fixtures";

const budget = meeting("2015-10-06", "09:00", { group: "steering", place: "Hørgården 1", topic: "Budget 2016", end: "11:00" });
const sources = (meetings: ReminderSources["tracker"]["meetings"], lead = "1d"): ReminderSources => ({
  agreement,
  tracker: meetingsTracker(meetings),
  leadTimes: parseLeadTimes(lead),
  dates: defaultReminderDates,
});
/** 1 October 2015, after the budget meeting's 7d reminder, before the meeting. */
const noticeTime = new Date("2015-10-01T10:00:00Z");

/** A kind's items as its own schedule finds them (an observed kind: from what `before` showed at `from` to `src` at `to`). */
function found<I extends ItemBase>(
  kind: ReminderKind<I>,
  src: ReminderSources,
  from: Date,
  to: Date,
  posted: string[] = [],
  before: ReminderSources = src,
): I[] {
  const { schedule } = kind;
  switch (schedule.style) {
    case "timed":
      return schedule.due(src, from, to).map((x) => x.item);
    case "condition":
      return schedule.due(src, to);
    case "follow-up": {
      const notice = schedule.notices(src, to);
      return posted.filter((key) => schedule.follows(key)).flatMap((key) => notice(key) ?? []);
    }
    case "observed":
      return schedule.due(schedule.revive(schedule.observe(before, from)), schedule.observe(src, to), to);
  }
}

// Tyverier month by month as in the sample: 432 of 639 reports fell in January–August 2013–2015.
const theftMonths = (august2016: number) =>
  new Map([
    [
      "tyverier",
      new Map([
        [2013, [15, 16, 19, 17, 20, 24, 22, 20, 21, 17, 16, 19]],
        [2014, [14, 15, 18, 16, 19, 22, 20, 19, 20, 16, 15, 18]],
        [2015, [13, 14, 17, 15, 18, 22, 19, 18, 19, 15, 14, 17]],
        [2016, [12, 14, 15, 14, 18, 19, 18, august2016]],
      ]),
    ],
  ]);
/** The tracker with August 2016's theft figure: 10 projects 120 × 639 ÷ 432 = 177,5 → 178 (green), 18 projects 189 (amber). */
const theft = (august2016: number): ReminderSources => ({
  agreement,
  tracker: { meetings: [], crime: new Map(), crimeByMonth: theftMonths(august2016) },
  leadTimes: [],
  dates: defaultReminderDates,
});
const septemberFirst = new Date("2016-09-01T08:00:00Z");

interface Words {
  text: string;
  /** The notification line of its post to Teams: one sentence, the point of it. */
  summary: string;
  title: string;
  facts: Array<[string, string]>;
}
interface KindExample<K extends ReminderItemKind> {
  item(): ReminderItemOf<K>;
  da: Words;
  en: Words;
  json: Record<string, unknown>;
  /** What "Næste påmindelse" names it as (timed kinds only). */
  about?: Record<Lang, string>;
}

const examples: { [K in ReminderItemKind]: KindExample<K> } = {
  meeting: {
    item: () => one(found(reminderKinds.meeting, sources([budget]), new Date("2015-10-05T06:00Z"), new Date("2015-10-05T08:00Z"))),
    da: {
      text: "Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen). Sted: Hørgården 1. Emne: Budget 2016.",
      summary: "Styregruppen mødes tirsdag den 6. oktober 2015 kl. 9.00 (i morgen).",
      title: "Påmindelse: møde i styregruppen",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Dato", "tirsdag den 6. oktober 2015"],
        ["Tidspunkt", "9.00–11.00"],
        ["Sted", "Hørgården 1"],
        ["Emne", "Budget 2016"],
      ],
    },
    en: {
      text: "The steering group meets on Tuesday 6 October 2015 at 09:00 (tomorrow). Place: Hørgården 1. Topic: Budget 2016.",
      summary: "The steering group meets on Tuesday 6 October 2015 at 09:00 (tomorrow).",
      title: "Reminder: the steering group meets",
      facts: [
        ["Group", "The steering group"],
        ["Date", "Tuesday 6 October 2015"],
        ["Time", "09:00–11:00"],
        ["Place", "Hørgården 1"],
        ["Topic", "Budget 2016"],
      ],
    },
    json: {
      dueAt: "2015-10-05T07:00:00.000Z",
      kind: "meeting",
      group: "steering",
      lead: "1d",
      meeting: budget,
    },
    about: {
      da: "mødet i styregruppen tirsdag den 6. oktober 2015 kl. 9.00",
      en: "the steering group's meeting on Tuesday 6 October 2015 at 09:00",
    },
  },

  cancelled: {
    item: () =>
      one(found(reminderKinds.cancelled, sources([{ ...budget, status: "cancelled" }]), noticeTime, noticeTime, [meetingItemKey(budget)])),
    da: {
      text: "Styregruppens møde tirsdag den 6. oktober 2015 kl. 9.00 er aflyst. Sted: Hørgården 1. Emne: Budget 2016.",
      summary: "Styregruppens møde tirsdag den 6. oktober 2015 kl. 9.00 er aflyst.",
      title: "Aflyst: møde i styregruppen",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Dato", "tirsdag den 6. oktober 2015"],
        ["Tidspunkt", "9.00–11.00"],
        ["Sted", "Hørgården 1"],
        ["Emne", "Budget 2016"],
      ],
    },
    en: {
      text: "The steering group's meeting on Tuesday 6 October 2015 at 09:00 is cancelled. Place: Hørgården 1. Topic: Budget 2016.",
      summary: "The steering group's meeting on Tuesday 6 October 2015 at 09:00 is cancelled.",
      title: "Cancelled: the steering group meeting",
      facts: [
        ["Group", "The steering group"],
        ["Date", "Tuesday 6 October 2015"],
        ["Time", "09:00–11:00"],
        ["Place", "Hørgården 1"],
        ["Topic", "Budget 2016"],
      ],
    },
    json: {
      dueAt: "2015-10-01T10:00:00.000Z",
      kind: "cancelled",
      group: "steering",
      meeting: { ...budget, status: "cancelled" },
    },
  },

  moved: {
    item: () =>
      one(
        found(reminderKinds.moved, sources([{ ...budget, date: "2015-10-08", start: "13:00", end: undefined }]), noticeTime, noticeTime, [
          meetingItemKey(budget),
        ]),
      ),
    da: {
      text: "Styregruppens møde tirsdag den 6. oktober 2015 kl. 9.00 er flyttet til torsdag den 8. oktober 2015 kl. 13.00. Sted: Hørgården 1. Emne: Budget 2016.",
      summary: "Styregruppens møde tirsdag den 6. oktober 2015 kl. 9.00 er flyttet til torsdag den 8. oktober 2015 kl. 13.00.",
      title: "Flyttet: møde i styregruppen",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Før", "tirsdag den 6. oktober 2015 kl. 9.00"],
        ["Dato", "torsdag den 8. oktober 2015"],
        ["Tidspunkt", "13.00"],
        ["Sted", "Hørgården 1"],
        ["Emne", "Budget 2016"],
      ],
    },
    en: {
      text: "The steering group's meeting on Tuesday 6 October 2015 at 09:00 has moved to Thursday 8 October 2015 at 13:00. Place: Hørgården 1. Topic: Budget 2016.",
      summary: "The steering group's meeting on Tuesday 6 October 2015 at 09:00 has moved to Thursday 8 October 2015 at 13:00.",
      title: "Moved: the steering group meeting",
      facts: [
        ["Group", "The steering group"],
        ["Was", "Tuesday 6 October 2015 at 09:00"],
        ["Date", "Thursday 8 October 2015"],
        ["Time", "13:00"],
        ["Place", "Hørgården 1"],
        ["Topic", "Budget 2016"],
      ],
    },
    json: {
      dueAt: "2015-10-01T10:00:00.000Z",
      kind: "moved",
      group: "steering",
      from: { date: "2015-10-06", start: "09:00" },
      meeting: { ...budget, date: "2015-10-08", start: "13:00", end: undefined },
    },
  },

  cadence: {
    // One working-group meeting held by 20 November, none planned: 6 can no longer be reached.
    item: () =>
      one(
        found(
          reminderKinds.cadence,
          sources([
            meeting("2015-02-01", "13:00", { status: "held" }),
            ...["02-03", "06-02"].map((d) => meeting(`2015-${d}`, "09:00", { group: "steering", status: "held" })),
          ]),
          new Date("2015-11-20T10:00:00Z"),
          new Date("2015-11-20T10:00:00Z"),
        ),
      ),
    da: {
      text: "Arbejdsgruppen skal ifølge aftalen mødes 6–8 gange om året, men i 2015 er der kun 1 afholdt møde og 0 planlagte. Minimum på 6 kan ikke nås med de planlagte møder – planlæg flere.",
      summary: "Arbejdsgruppen skal ifølge aftalen mødes 6–8 gange om året, men i 2015 er der kun 1 afholdt møde og 0 planlagte.",
      title: "Møder i forhold til aftalen 2015: arbejdsgruppen",
      facts: [
        ["Gruppe", "Arbejdsgruppen"],
        ["År", "2015"],
        ["Afholdt", "1"],
        ["Planlagt", "0"],
        ["Aftalen", "6–8 om året"],
      ],
    },
    en: {
      text: "Under the agreement the working group must meet 6 to 8 times a year, but 2015 has only 1 meeting held and 0 planned. The minimum of 6 can no longer be reached with the planned meetings – plan more.",
      summary: "Under the agreement the working group must meet 6 to 8 times a year, but 2015 has only 1 meeting held and 0 planned.",
      title: "Meetings against the agreement 2015: the working group",
      facts: [
        ["Group", "The working group"],
        ["Year", "2015"],
        ["Held", "1"],
        ["Planned", "0"],
        ["Agreement", "6 to 8 a year"],
      ],
    },
    json: {
      dueAt: "2015-11-20T10:00:00.000Z",
      kind: "cadence",
      group: "working",
      condition: "below-min",
      year: 2015,
      cadence: {
        group: "working",
        year: 2015,
        held: 1,
        plannedAhead: 0,
        plannedPast: 0,
        cancelled: 0,
        min: 6,
        max: 8,
        canReachMin: false,
        overMax: false,
        finished: false,
      },
    },
  },

  "status-report": {
    // Published in May 2016, so it covers 2015; due by the last day of May unless STATUS_REPORT_DUE_DATE says otherwise.
    item: () => one(found(reminderKinds["status-report"], sources([]), new Date("2016-04-30T00:00Z"), new Date("2016-05-02T00:00Z"))),
    da: {
      text: "Ifølge partnerskabsaftalen for Amager Partnerskab: »En kort statusrapport udarbejdes og offentliggøres i maj efter tryghedsindeksets offentliggørelse.« Statusrapporten for 2015 skal være offentliggjort senest tirsdag den 31. maj 2016. Husk at gøre status over målopfyldelsen og forelægge den for styregruppen.",
      summary: "Statusrapporten for 2015 skal være offentliggjort senest tirsdag den 31. maj 2016.",
      title: "Statusrapport 2015",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Dækker", "2015"],
        ["Frist", "tirsdag den 31. maj 2016"],
      ],
    },
    en: {
      text: 'The Amager Partnership agreement says: "A short status report is written and published in May, after the safety index is published." The status report for 2015 is due by Tuesday 31 May 2016. Remember to take stock of how the objectives stand and present it to the steering group.',
      summary: "The status report for 2015 is due by Tuesday 31 May 2016.",
      title: "Status report 2015",
      facts: [
        ["Group", "The steering group"],
        ["Covers", "2015"],
        ["Due", "Tuesday 31 May 2016"],
      ],
    },
    json: {
      dueAt: "2016-05-01T07:00:00.000Z",
      kind: "status-report",
      group: "steering",
      year: 2016,
      month: 5,
      covers: 2015,
      dueDate: "2016-05-31",
    },
    about: { da: "statusrapporten for 2015", en: "the status report for 2015" },
  },

  adjustments: {
    // 1 October 2016 (ADJUSTMENTS_DISCUSSION_DATE's default), naming the steering group's next planned meeting.
    item: () =>
      one(
        found(
          reminderKinds.adjustments,
          sources([meeting("2016-11-08", "09:00", { group: "steering" }), meeting("2016-10-20", "14:00")]),
          new Date("2016-09-30T00:00Z"),
          new Date("2016-10-02T00:00Z"),
        ),
      ),
    da: {
      text: "Ifølge partnerskabsaftalen for Amager Partnerskab: »Parterne er enige om løbende at følge udviklingen af partnerskabet og implementeringen af de tryghedsskabende aktiviteter og årligt drøfte behovet for eventuelle justeringer.« Sæt drøftelsen på dagsordenen for styregruppens næste møde, tirsdag den 8. november 2016 kl. 9.00.",
      summary:
        "Årlig drøftelse af justeringer 2016: Sæt drøftelsen på dagsordenen for styregruppens næste møde, tirsdag den 8. november 2016 kl. 9.00.",
      title: "Årlig drøftelse af justeringer 2016",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Næste møde", "tirsdag den 8. november 2016 kl. 9.00"],
      ],
    },
    en: {
      text: "The Amager Partnership agreement says: \"The parties agree to follow the partnership's development and the implementation of the safety activities as they go, and to discuss every year the need for any adjustments.\" Put it on the agenda of the steering group's next meeting, Tuesday 8 November 2016 at 09:00.",
      summary:
        "Yearly discussion of adjustments 2016: Put it on the agenda of the steering group's next meeting, Tuesday 8 November 2016 at 09:00.",
      title: "Yearly discussion of adjustments 2016",
      facts: [
        ["Group", "The steering group"],
        ["Next meeting", "Tuesday 8 November 2016 at 09:00"],
      ],
    },
    json: {
      dueAt: "2016-10-01T07:00:00.000Z",
      kind: "adjustments",
      group: "steering",
      year: 2016,
      nextMeeting: { date: "2016-11-08", start: "09:00" },
    },
    about: { da: "den årlige drøftelse af justeringer 2016", en: "the 2016 discussion of adjustments" },
  },

  "safety-plan": {
    // 1 November 2015 (SAFETY_PLAN_UPDATE_DATE's default), naming the working group's next planned meeting.
    item: () =>
      one(
        found(
          reminderKinds["safety-plan"],
          sources([meeting("2015-11-17", "14:00"), meeting("2015-11-10", "09:00", { group: "steering" })]),
          new Date("2015-10-31T00:00Z"),
          new Date("2015-11-02T00:00Z"),
        ),
      ),
    da: {
      text: "Ifølge partnerskabsaftalen for Amager Partnerskab: »Tryghedsplanen er dynamisk, hvilket indebærer, at den opdateres løbende og minimum en gang årligt, således at partnerskabets konkrete aktiviteter hele tiden imødekommer de aktuelle behov.« Er tryghedsplanen opdateret i 2015? Ellers kan arbejdsgruppen tage den op på sit næste møde, tirsdag den 17. november 2015 kl. 14.00.",
      summary:
        "Er tryghedsplanen opdateret i 2015? Ellers kan arbejdsgruppen tage den op på sit næste møde, tirsdag den 17. november 2015 kl. 14.00.",
      title: "Tryghedsplanen 2015",
      facts: [
        ["Gruppe", "Arbejdsgruppen"],
        ["Næste møde", "tirsdag den 17. november 2015 kl. 14.00"],
      ],
    },
    en: {
      text: 'The Amager Partnership agreement says: "The safety plan is dynamic: it is updated as things change and at least once a year, so that the partnership\'s activities always meet the current needs." Has the safety plan been updated in 2015? If not, the working group can take it up at its next meeting, Tuesday 17 November 2015 at 14:00.',
      summary:
        "Has the safety plan been updated in 2015? If not, the working group can take it up at its next meeting, Tuesday 17 November 2015 at 14:00.",
      title: "The safety plan 2015",
      facts: [
        ["Group", "The working group"],
        ["Next meeting", "Tuesday 17 November 2015 at 14:00"],
      ],
    },
    json: {
      dueAt: "2015-11-01T08:00:00.000Z",
      kind: "safety-plan",
      group: "working",
      year: 2015,
      nextMeeting: { date: "2015-11-17", start: "14:00" },
    },
    about: { da: "tryghedsplanens opdatering 2015", en: "the 2015 update of the safety plan" },
  },

  "agreement-end": {
    item: () => one(found(reminderKinds["agreement-end"], sources([]), new Date("2016-01-01T00:00Z"), new Date("2016-12-31T00:00Z"))),
    da: {
      text: "Partnerskabsaftalen for Amager Partnerskab udløber lørdag den 31. december 2016 (om 90 dage). Den nævner ingen forlængelse. Styregruppen bør drøfte forlængelse eller en ny aftale.",
      summary: "Partnerskabsaftalen for Amager Partnerskab udløber lørdag den 31. december 2016 (om 90 dage).",
      title: "Partnerskabsaftalen udløber",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Slutdato", "lørdag den 31. december 2016"],
      ],
    },
    en: {
      text: "The Amager Partnership agreement ends on Saturday 31 December 2016 (in 90 days). It names no extension. The steering group should discuss an extension or a new agreement.",
      summary: "The Amager Partnership agreement ends on Saturday 31 December 2016 (in 90 days).",
      title: "The partnership agreement ends",
      facts: [
        ["Group", "The steering group"],
        ["End date", "Saturday 31 December 2016"],
      ],
    },
    json: { dueAt: "2016-10-02T07:00:00.000Z", kind: "agreement-end", group: "steering", endDate: "2016-12-31" },
    about: { da: "aftalens udløb", en: "the end of the agreement" },
  },
  projection: {
    item: () => one(found(reminderKinds.projection, theft(18), septemberFirst, septemberFirst, [], theft(10))),
    da: {
      text: "Fremskrivningen for tyverier 2016 er blevet dårligere: fra »Nået« til »Tæt på«. Tyverier 2016 til og med august: 128 anmeldelser. Fremskrevet til hele året: 189 mod måltallet på højst 183 – tæt på, men på vej til at ende 6 over. Tallet er fremskrevet efter sæsonmønsteret i 2013–2015.",
      summary: "Fremskrivningen for tyverier 2016 er blevet dårligere: fra »Nået« til »Tæt på«.",
      title: "Fremskrivningen er forværret: Tyverier 2016",
      facts: [
        ["Gruppe", "Styregruppen"],
        ["Gerningstype", "Tyverier"],
        ["Anmeldelser til dato", "128 (januar–august)"],
        ["Fremskrevet", "189"],
        ["Måltal", "højst 183"],
        ["Status", "Tæt på (før: Nået)"],
        ["Fremskrivning", "Efter sæsonmønsteret i 2013–2015"],
      ],
    },
    en: {
      text: 'The projection for theft 2016 has got worse: from "Met" to "Close". Theft 2016 through August: 128 reports. Projected for the whole year: 189 against the target of at most 183 – close, but on course to end 6 over. The figure is projected from the seasonal pattern of 2013–2015.',
      summary: 'The projection for theft 2016 has got worse: from "Met" to "Close".',
      title: "Projection worse: Theft 2016",
      facts: [
        ["Group", "The steering group"],
        ["Category", "Theft"],
        ["Reports to date", "128 (January–August)"],
        ["Projected", "189"],
        ["Target", "at most 183"],
        ["Status", "Close (was: Met)"],
        ["Projection", "From the seasonal pattern of 2013–2015"],
      ],
    },
    json: {
      dueAt: "2016-09-01T08:00:00.000Z",
      kind: "projection",
      group: "steering",
      category: "tyverier",
      year: 2016,
      rag: "amber",
      previousRag: "green",
      yearToDate: 128,
      monthsReported: 8,
      projection: 189,
      projectionMethod: "seasonal",
      target: 183,
    },
  },
};

function one<I>(items: I[]): I {
  expect(items).toHaveLength(1);
  return items[0] as I;
}

const kinds = Object.keys(reminderKinds) as ReminderItemKind[];
const exampleOf = (kind: ReminderItemKind) => examples[kind] as unknown as KindExample<ReminderItemKind> & { item(): ReminderItem };

describe("the reminder-kind registry", () => {
  it("has today's kinds, meeting reminders first (the order of posts at one instant)", () => {
    expect(kinds).toEqual([
      "meeting",
      "cancelled",
      "moved",
      "cadence",
      "status-report",
      "adjustments",
      "safety-plan",
      "agreement-end",
      "projection",
    ]);
  });

  it.each(kinds)("%s: found by its own schedule, keyed in the ledger under its item", (kind) => {
    const item = exampleOf(kind).item();
    expect(item.kind).toBe(kind);
    expect(item.entryKey.startsWith(`${item.itemKey}#`)).toBe(true);
  });

  it.each(kinds.flatMap((kind) => (["da", "en"] as const).map((lang) => [kind, lang] as const)))(
    "%s in %s: its text, its notification line, and a 1.5 card with its title, the same text and its facts",
    (kind, lang) => {
      const example = exampleOf(kind);
      const item = example.item();
      const { text, summary, card } = reminderMessage(item, { lang, now: item.dueAt, agreement });
      expect(text).toBe(example[lang].text);
      expect(summary).toBe(example[lang].summary);
      expect(card.version).toBe("1.5");
      expect(card.lang).toBe(lang);
      const [title, body, factSet] = card.body;
      expect(title).toMatchObject({ type: "TextBlock", text: example[lang].title, weight: "Bolder" });
      expect(body).toMatchObject({ type: "TextBlock", text });
      expect(((factSet?.facts ?? []) as Array<{ title: string; value: string }>).map((f) => [f.title, f.value])).toEqual(
        example[lang].facts,
      );
    },
  );

  it.each(kinds)("%s: its JSON as `partnerskab reminders --json` prints it (key order included)", (kind) => {
    const example = exampleOf(kind);
    expect(JSON.stringify(reminderJson(example.item()))).toBe(JSON.stringify(example.json));
  });

  it.each(kinds)('%s: what the subscription list\'s "next reminder" calls it (timed kinds only)', (kind) => {
    const example = exampleOf(kind);
    const item = example.item();
    expect(reminderKinds[kind].schedule.style === "timed").toBe(example.about !== undefined);
    for (const lang of ["da", "en"] as const) expect(reminderAbout(item, lang)).toBe(example.about?.[lang]);
  });

  it("a failed send is retried until the meeting starts, and for a day for every other kind", () => {
    const at = new Date("2015-10-05T07:00:30Z");
    for (const kind of kinds) {
      const item = exampleOf(kind).item();
      const until = (reminderKinds[kind] as unknown as ReminderKind<ReminderItem>).retryUntil(item, at).toISOString();
      expect([kind, until]).toEqual([kind, kind === "meeting" ? "2015-10-06T07:00:00.000Z" : "2015-10-06T07:00:30.000Z"]);
    }
  });

  it("a cadence warning for too many meetings says how many against the maximum", () => {
    const nine = Array.from({ length: 9 }, (_, i) => meeting(`2015-${String(i + 2).padStart(2, "0")}-15`, "13:00"));
    const now = new Date("2015-01-10T10:00:00Z");
    const over = found(reminderKinds.cadence, sources(nine), now, now).find((w) => w.condition === "over-max");
    if (!over) throw new Error("expected an over-max warning");
    expect(reminderMessage(over, { lang: "da", now, agreement }).text).toBe(
      "Arbejdsgruppen har 9 møder afholdt eller planlagt i 2015, men ifølge aftalen højst 8 gange om året.",
    );
    expect(reminderMessage(over, { lang: "en", now, agreement }).text).toBe(
      "The working group has 9 meetings held or planned in 2015, but the agreement says at most 8 times a year.",
    );
  });

  it("a subscription is told what it gets, by group, from the kinds that name themselves", () => {
    expect(offerText(undefined, "da")).toBe(
      "styregruppens og arbejdsgruppens møder, den årlige statusrapport, den årlige drøftelse af justeringer, tryghedsplanens årlige opdatering og aftalens udløb",
    );
    expect(offerText("steering", "da")).toBe(
      "styregruppens møder, den årlige statusrapport, den årlige drøftelse af justeringer og aftalens udløb",
    );
    expect(offerText("working", "da")).toBe("arbejdsgruppens møder og tryghedsplanens årlige opdatering");
    expect(offerText(undefined, "en")).toBe(
      "the steering and working groups' meetings, the yearly status report, the yearly discussion of adjustments, the safety plan's yearly update and the end of the agreement",
    );
    expect(offerText("steering", "en")).toBe(
      "the steering group's meetings, the yearly status report, the yearly discussion of adjustments and the end of the agreement",
    );
    expect(offerText("working", "en")).toBe("the working group's meetings and the safety plan's yearly update");
  });
});
