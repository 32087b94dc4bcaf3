/**
 * Every fact the product states about Amager, checked against the agreement's own wording
 * (tests/data/amager-agreement-facts.ts): each value in the bundled data is quoted, reworded
 * from the agreement's words, a translation, the product's own key, or a fact from elsewhere
 * named as such; and what the faces say (the CLI's `agreement`, the bot's answers, the
 * reminders) quotes the agreement word for word where it puts its words in »…«, invents no start
 * date, sums no secretariat money and calls no SSP figure met or missed.
 */
import { describe, expect, it } from "vitest";
import amagerJson from "../../shared/agreement/bundled/amager.json";
import {
  answerQuestion,
  bundledAgreement,
  crimeIndicators,
  defaultReminderDates,
  fromCopenhagen,
  reminderMessage,
  targetFor,
  timedItems,
} from "../../shared/index";
import { context } from "../ask/fixtures";
import { type FactRule, factRules, type PassageId, passages, signatureOrder } from "../data/amager-agreement-facts";
import { cli } from "../helpers/cli";

const amager = (() => {
  const a = bundledAgreement("amager");
  if (!a) throw new Error("the bundled Amager agreement is missing");
  return a;
})();

/** Case and spacing aside: how the agreement's words and the product's are compared. */
const norm = (s: string) => s.toLocaleLowerCase("da").replace(/\s+/g, " ").trim();
const textOf = (ids: readonly PassageId[]) => norm(ids.map((id) => passages[id].text).join(" "));
const allPassages = textOf(Object.keys(passages) as PassageId[]);

interface Leaf {
  path: string;
  /** The path with every array index as [*]. */
  pattern: string;
  value: string | number | boolean;
}

function leaves(value: unknown, path = ""): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, pattern: path.replace(/\[\d+\]/g, "[*]"), value: value as Leaf["value"] }];
}

function ruleFor(pattern: string): FactRule | undefined {
  for (const [path, rule] of factRules) {
    if (path === pattern || (path.startsWith("*") && pattern.endsWith(path.slice(1)))) return rule;
  }
  return undefined;
}

/** What is wrong with a value under its rule, or undefined when it holds. */
function problem(leaf: Leaf, rule: FactRule, all: ReadonlyMap<string, Leaf>): string | undefined {
  const value = String(leaf.value);
  switch (rule.rule) {
    case "quoted": {
      const words = rule.written ? rule.written[value] : value;
      if (words === undefined) return `${leaf.path} = ${value}: the table does not say how the agreement writes it`;
      return textOf(rule.in).includes(norm(words)) ? undefined : `${leaf.path}: »${words}« is not in ${rule.in.join(", ")}`;
    }
    case "reworded": {
      const text = textOf(rule.in);
      const missing = value
        .split(/[^\p{L}\d]+/u)
        .filter((w) => w.length >= 3)
        .filter((w) => !text.includes(norm(w)));
      return missing.length === 0 ? undefined : `${leaf.path}: ${missing.map((w) => `»${w}«`).join(", ")} not in ${rule.in.join(", ")}`;
    }
    case "translation": {
      const danish = leaf.path.replace(/\.en(\[\d+\])?$/, ".da$1");
      return all.has(danish) ? undefined : `${leaf.path}: an English value without the Danish one it translates`;
    }
    case "identifier":
    case "elsewhere":
      return undefined;
  }
}

describe("the bundled Amager agreement, fact by fact", () => {
  const all = new Map(leaves(amagerJson).map((l) => [l.path, l]));

  it("accounts for every value: quoted, reworded from the agreement's words, translated, a key, or named as from elsewhere", () => {
    const unaccounted = [...all.values()].filter((l) => ruleFor(l.pattern) === undefined).map((l) => `${l.path} = ${String(l.value)}`);
    expect(unaccounted).toEqual([]);
    const wrong = [...all.values()].flatMap((l) => {
      const rule = ruleFor(l.pattern);
      const p = rule && problem(l, rule, all);
      return p ? [p] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("the table's own quotes check something: a value the agreement does not say fails", () => {
    const end = { path: "period.end", pattern: "period.end", value: "2017-12-31" };
    expect(problem(end, ruleFor("period.end") as FactRule, all)).toMatch(/does not say how the agreement writes it/);
    const start = { path: "period.start", pattern: "period.start", value: "2013-01-01" };
    expect(problem(start, ruleFor("period.start") as FactRule, all)).toBeDefined();
    const chair = {
      path: "organisation.working.chair.da",
      pattern: "organisation.working.chair.da",
      value: "direktøren for Socialforvaltningen",
    };
    expect(problem(chair, ruleFor(chair.pattern) as FactRule, all)).toMatch(/»direktøren«/);
  });

  it("holds every baseline and target figure of the agreement's table, row by row", () => {
    const table = norm(passages.objective3.text);
    for (const ind of crimeIndicators(amager)) {
      const name = amager.categories.find((c) => c.id === ind.category)?.name.da ?? "?";
      const targets = [2013, 2014, 2015, 2016].map((y) => targetFor(ind, y));
      expect(table, name).toContain(norm(`${name} ${ind.baseline.value} ${targets.join(" ")}`));
    }
    expect(crimeIndicators(amager)).toHaveLength(6);
  });

  it("runs from the signing date, which it does not give, to 31 December 2016", () => {
    expect(amager.period).toEqual({ start: "signing", end: "2016-12-31" });
  });

  it("lists the signatories in the signature page's order, the chair as marked there", () => {
    expect(amager.signatories.map((s) => s.name)).toEqual([...signatureOrder]);
    expect(amager.signatories.filter((s) => s.chair).map((s) => `${s.title.da} ${s.name}`)).toEqual(["Direktør Bjarne Winge"]);
    const page = norm(passages.signatures.text);
    for (const s of amager.signatories) expect(page, s.name).toContain(norm(`${s.title.da} ${s.name}`));
  });
});

/** Every »…« in a Danish text: the product's quotation marks say "these are the agreement's words". */
function guillemets(text: string): string[] {
  return [...text.matchAll(/»([^«]+)«/g)].map((m) => m[1] ?? "");
}

describe("what the product says about Amager", () => {
  const ask = (q: string, now?: Date) => answerQuestion(q, context(now ? { now } : {})).text;

  it("quotes the agreement word for word wherever it puts its words in »…«", async () => {
    const texts = [
      (await cli("agreement")).out,
      ask("Hvad er budgettet?"),
      ask("Hvordan går det med SSP-aktiveringerne?"),
      ...timedItems(
        {
          agreement: amager,
          tracker: { meetings: [], crime: new Map(), crimeByMonth: new Map() },
          leadTimes: [],
          dates: defaultReminderDates,
        },
        new Date("2016-01-01T00:00Z"),
        new Date("2016-12-31T00:00Z"),
      ).map((x) => reminderMessage(x.item, { lang: "da", now: x.item.dueAt, agreement: amager }).text),
    ];
    const quoted = texts.flatMap(guillemets);
    expect(quoted.length).toBeGreaterThanOrEqual(5);
    expect(quoted.filter((q) => !allPassages.includes(norm(q)))).toEqual([]);
  });

  it("states the period, the objectives, the duties and the organisation in the agreement's words, and invents no start date", async () => {
    const out = (await cli("agreement")).out;
    expect(out).toContain("Periode: fra underskriftsdatoen til og med 31. december 2016\n");
    expect(out).not.toMatch(/januar 2013|1 January 2013|2013-01-01/);
    for (const o of amager.objectives) expect(out).toContain(o.text.da);
    for (const d of [amager.duties.adjustments, amager.duties.safetyPlan, amager.duties.statusReport]) expect(out).toContain(d?.da);
    const en = (await cli("agreement", "--lang", "en")).out;
    expect(en).toContain("Period: from the date of signing up to and including 31 December 2016\n");
    const facts = ask("Hvornår udløber partnerskabsaftalen?");
    expect(facts).toContain("fra underskriftsdatoen til og med 31. december 2016");
  });

  it("keeps the secretariat's money beside the yearly amounts, as worded, and never in a total", async () => {
    for (const text of [(await cli("agreement")).out, ask("Hvad er budgettet?")]) {
      expect(text).toContain("750.000 kr.");
      expect(text).toContain(
        "»Hertil kommer 0,3 mio. kr., svarende til et halvt årsværk til sekretariatsbetjening af Partnerskabet i perioden 2013 til 2016.«",
      );
      expect(text).toContain("3.750.000 kr.");
      expect(text).not.toContain("4.050.000");
      expect(text).not.toMatch(/300\.000 kr\./);
    }
  });

  it("names people, titles and units only as the signature page gives them", () => {
    const page = norm(passages.signatures.text);
    const signed = ask("hvem har skrevet under?").split("\n").slice(1);
    expect(signed).toHaveLength(signatureOrder.length);
    for (const line of signed) {
      const parts = line
        .replace(/^- /, "")
        .replace(/ \(formand\)$/, "")
        .split(", ");
      for (const part of parts) expect(page, line).toContain(norm(part));
    }
    const chair = ask("hvem er formand for styregruppen?");
    expect(chair).toContain("direktør Bjarne Winge, Økonomiforvaltningen");
    expect(page).toContain(norm("Direktør Bjarne Winge (formand) Økonomiforvaltningen"));
  });

  it("never calls the SSP objective met or missed, on any face that shows it", async () => {
    const texts = [ask("Hvordan går det med SSP-aktiveringerne?"), ask("Hvad er partnerskabets målsætninger?")];
    for (const t of texts) expect(t).not.toMatch(/SSP[^\n]*\b(Nået|Tæt på|Ikke nået|grøn|gul|rød)\b/);
    // The status command and the Excel sheet judge crime categories only.
    const status = (await cli("status", "--tracker", "examples/amager-tracker.xlsx", "--year", "2015", "--json")).out;
    expect(JSON.parse(status).categories.map((c: { id: string }) => c.id)).not.toContain("ssp-aktiveringer");
  });

  it("says after the end that the agreement has ended, not that it goes on", () => {
    const after = ask("Hvad sker der efter 2016?", fromCopenhagen({ year: 2017, month: 3, day: 1, hour: 9, minute: 0 }));
    expect(after).toContain("gjaldt til og med 31. december 2016 og er udløbet");
    expect(after).toContain("Den nævner ingen forlængelse");
  });
});
