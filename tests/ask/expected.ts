/**
 * What an answer must contain, computed from the fixture through the rules module or by plain
 * filtering of the fixture's rows (never copied from the product's output): the figures a
 * correct answer cannot do without.
 */
import {
  agreementFacts,
  type CountStatus,
  cadenceForYear,
  copenhagenDate,
  copenhagenYear,
  countStatus,
  countStatusForFigure,
  crimeIndicator,
  crimeIndicators,
  formatDate,
  formatDateTime,
  formatKr,
  formatNumber,
  formatPercent,
  formatTime,
  fromCopenhagen,
  type IntentKind,
  type Lang,
  latestFigureYear,
  safetyIndexIndicator,
  targetFor,
  type Understanding,
} from "../../shared/index";
import { amager, crimeFigures, meetings, NOW, tracker } from "./fixtures";

const n = (x: number, lang: Lang) => formatNumber(x, lang);
const thisYear = copenhagenYear(NOW);

function categoryName(id: string, lang: Lang): string {
  const c = amager.categories.find((x) => x.id === id);
  if (!c) throw new Error(`no category ${id}`);
  return c.name[lang];
}

/** The status an answer for the category and year must show (the latest figure when the year has none). */
export function shownStatus(id: string, year: number): CountStatus {
  const ind = crimeIndicator(amager, id);
  if (!ind) throw new Error(`no indicator ${id}`);
  const { asked, latest } = countStatus(ind, tracker.crime.get(id) ?? new Map(), year);
  return asked.actual === null && latest ? latest : asked;
}

function statusParts(id: string, year: number, lang: Lang): string[] {
  const s = shownStatus(id, year);
  const parts = [`${categoryName(id, lang)} ${s.year}:`];
  if (s.actual !== null) parts.push(`${n(s.actual, lang)} ${lang === "da" ? "anmeldelser" : "reports"}`);
  if (s.target !== undefined) parts.push(n(s.target, lang));
  if (s.deviation === 0) parts.push(lang === "da" ? "præcis på måltallet" : "exactly on target");
  else if (s.deviation !== null) parts.push(`${n(Math.abs(s.deviation), lang)} ${s.deviation < 0 ? "under" : "over"}`);
  return parts;
}

function nextMeetingParts(u: Understanding, lang: Lang): string[] {
  const upcoming = meetings
    .filter((m) => m.status === "planned" && (!u.group || m.group === u.group))
    .filter((m) => {
      const [h, mi] = m.start.split(":").map(Number);
      const [y, mo, d] = m.date.split("-").map(Number);
      return fromCopenhagen({ year: y ?? 0, month: mo ?? 1, day: d ?? 1, hour: h ?? 0, minute: mi ?? 0 }).getTime() >= NOW.getTime();
    })
    .sort((a, b) => `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`));
  const m = upcoming[0];
  if (!m) throw new Error("the fixture needs an upcoming meeting");
  // English puts no "at" before a time range: "Tuesday 6 October 2015, 09:00–11:00".
  const when =
    lang === "en" && m.end
      ? `${formatDate(m.date, lang, true)}, ${formatTime(m.start, lang)}–${formatTime(m.end, lang)}`
      : formatDateTime(m.date, m.start, lang, true);
  return [when, m.place ?? "", m.topic ?? ""];
}

type Expectation = (u: Understanding, lang: Lang) => string[];

function organisation() {
  if (!amager.organisation) throw new Error("the Amager agreement's organisation is missing");
  return amager.organisation;
}

function chair() {
  const c = amager.signatories.find((s) => s.chair);
  if (!c) throw new Error("no signatory is marked chair");
  return c;
}

const meetingKey = (m: { date: string; start: string }) => `${m.date} ${m.start.padStart(5, "0")}`;
const NOW_KEY = (() => {
  const d = copenhagenDate(NOW);
  return `${d} 10:00`;
})();

/** Who is responsible for each fixture activity, by party id, read by a person from the `Ansvarlig` cells. */
const RESPONSIBLE: Record<string, string[]> = {
  "Fritidsjob til unge": ["ssp"],
  "Lektiecafé i Kvarterhuset": ["buf"],
  "Bedre belysning på stierne": ["tmf"],
  Tryghedsvandringer: ["politi", "tmf"],
  "Nyhedsbrev til beboerne": ["bolig-1"],
  Sommerfest: ["sekretariat"],
};
/** Each fixture activity's status, read by a person from the `Status` cells. */
const STATUS: Record<string, string> = {
  "I gang": "running",
  igangværende: "running",
  Planlagt: "planned",
  Afsluttet: "finished",
  Aflyst: "cancelled",
};

function activitiesFor(u: Understanding): string[] {
  return tracker.activities
    .filter((a) => u.focusArea === undefined || a.focusAreaId === u.focusArea)
    .filter((a) => u.party === undefined || (RESPONSIBLE[a.activity] ?? []).includes(u.party))
    .filter(
      (a) =>
        u.activityStatus === undefined || (u.activityStatus === "running" && u.year !== undefined) || STATUS[a.status] === u.activityStatus,
    )
    .filter((a) => u.year === undefined || ((a.start ?? "0") <= `${u.year}-12-31` && (a.end ?? "9") >= `${u.year}-01-01`))
    .map((a) => a.activity);
}

function yearsCompared(u: Understanding, lang: Lang): string[] {
  const ids = u.categories ?? (u.category ? [u.category] : crimeIndicators(amager).map((i) => i.category));
  return ids.flatMap((id) =>
    (u.years ?? []).map((y) => {
      const v = tracker.crime.get(id)?.get(y) ?? null;
      return v === null ? String(y) : n(v, lang);
    }),
  );
}

const examplesPart: Expectation = (_u, lang) => [lang === "da" ? "Hvordan går det i 2015?" : "How are we doing in 2015?"];
/** The bot carries these out in Teams; elsewhere the answer points there. */
const pointsToTeams: Expectation = () => ["Teams"];

/** Per intent (the compiler asks for one for every intent in the registry): what its answer must say. */
const expectations: Record<IntentKind, Expectation> = {
  "category-status": (u, lang) => statusParts(u.category ?? "", u.year ?? thisYear, lang),
  "category-target": (u, lang) => {
    const ind = crimeIndicator(amager, u.category ?? "");
    if (!ind) throw new Error("no indicator");
    if (u.year !== undefined) return [n(targetFor(ind, u.year) ?? -1, lang), String(u.year)];
    return ind.targets.map((x) => `${x.year}: ${lang === "da" ? "højst" : "at most"} ${n(targetFor(ind, x.year) ?? -1, lang)}`);
  },
  // The fixture has no monthly figures (its Måneder sheet is empty): the month has none, the whole year its figure.
  "category-month": (u, lang) => {
    const month = u.date?.month ?? 0;
    const year = u.year ?? (month <= 9 ? thisYear : thisYear - 1);
    const monthWord = new Intl.DateTimeFormat(lang === "da" ? "da-DK" : "en-GB", { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2000, month - 1, 1)),
    );
    const yearly = tracker.crime.get(u.category ?? "")?.get(year) ?? null;
    return [
      `${categoryName(u.category ?? "", lang)} ${lang === "da" ? "i" : "in"} ${monthWord} ${year}: ${lang === "da" ? "intet tal" : "no figure"}`,
      ...(yearly === null ? [] : [n(yearly, lang)]),
    ];
  },
  "category-trend": (u, lang) =>
    Object.entries(crimeFigures[u.category ?? ""] ?? {})
      .filter(([, v]) => v !== null)
      .map(([y, v]) => `${y}: ${n(v ?? 0, lang)}`),
  "year-overview": (u, lang) => {
    const year = u.year ?? thisYear;
    const anyFigure = crimeIndicators(amager).some((i) => (tracker.crime.get(i.category)?.get(year) ?? null) !== null);
    const shownYear = anyFigure
      ? year
      : Math.max(...crimeIndicators(amager).map((i) => latestFigureYear(tracker.crime.get(i.category) ?? new Map(), year) ?? 0));
    const figures = crimeIndicators(amager).map((i) => tracker.crime.get(i.category)?.get(shownYear) ?? null);
    const parts = crimeIndicators(amager).map((i, k) => {
      const v = figures[k] ?? null;
      return `${categoryName(i.category, lang)}: ${v === null ? (lang === "da" ? "intet tal" : "no figure") : n(v, lang)}`;
    });
    // Asked for the total: the plain sum of the year's figures as well.
    const sum = figures.reduce<number>((s, v) => s + (v ?? 0), 0);
    return u.total ? [...parts, `${lang === "da" ? "I alt" : "In total"} ${n(sum, lang)}`] : parts;
  },
  ssp: (u, lang) => {
    const year = u.year ?? latestFigureYear(tracker.sspActivations) ?? 0;
    return [`${year}: ${n(tracker.sspActivations.get(year) ?? -1, lang)}`];
  },
  "safety-index": (u, lang) => {
    const ind = safetyIndexIndicator(amager);
    const years = tracker.safetyIndex.map((e) => e.year);
    const year = u.year ?? Math.max(...years);
    const entry = tracker.safetyIndex.find((e) => e.year === year);
    const level = ind?.scale.find((s) => s.id === entry?.level)?.name[lang] ?? "?";
    return [`${year}`, level];
  },
  "next-meeting": (u, lang) => nextMeetingParts(u, lang),
  cadence: (u, lang) => {
    const year = u.year ?? thisYear;
    return cadenceForYear(amager, meetings, year, copenhagenDate(NOW))
      .filter((c) => !u.group || c.group === u.group)
      .map((c) => `${c.held} ${lang === "da" ? "afholdt" : "held"}, ${c.plannedAhead} ${lang === "da" ? "planlagt" : "planned"}`);
  },
  budget: (u, lang) =>
    tracker.budget
      .filter((b) => u.year === undefined || b.year === u.year)
      .flatMap((b) => [formatKr(b.allocatedKr ?? 0, lang), ...(b.spentKr === null ? [] : [formatKr(b.spentKr, lang)])]),
  "agreement-facts": (u, lang) => {
    switch (u.facet) {
      case "parties":
        return amager.parties.map((p) => p.name[lang]);
      case "area":
        return amager.area.estates;
      case "period":
      case "after-end":
        return [formatDate(amager.period.end, lang)];
      case "focus-areas":
        return amager.focusAreas.map((f) => f.name[lang]);
      case "objectives":
        return amager.objectives.map((o) => o.text[lang]);
      case "organisation":
      case "chair":
        return [organisation().working.chair?.[lang] ?? "?", chair().name];
      case "secretariat":
        return [organisation().secretariat.unit[lang]];
      case "signatories":
        return amager.signatories.map((s) => s.name);
      case "status-report":
        return [amager.duties.statusReport?.[lang] ?? "?"];
      case "safety-plan":
        // When it is updated (the duty), and who writes it (the working group's task).
        return [amager.duties.safetyPlan?.[lang] ?? "?", organisation().working.tasks?.[lang] ?? "?"];
      case "signing":
        // Amager's agreement runs from the date of signing without giving it: it says so.
        return [lang === "da" ? "angiver ikke, hvilken dato" : "does not give the date", formatDate(amager.period.end, lang)];
      case "tasks":
        return [organisation().steering.tasks?.[lang] ?? "?", organisation().working.tasks?.[lang] ?? "?"];
      case undefined:
        return agreementFacts(amager, lang).map((f) => f.label);
    }
  },
  objectives: (_u, lang) => [...amager.objectives.map((o) => o.text[lang]), ...(amager.aim ? [amager.aim[lang]] : [])],
  organisation: (u, lang) => {
    const org = organisation();
    if (u.facet === "secretariat") return [org.secretariat.unit[lang], org.secretariat.staffing?.[lang] ?? "?"];
    if (u.facet === "tasks") {
      const role = (g: "steering" | "working") => `${lang === "da" ? "opgave" : "role"}: ${org[g].tasks?.[lang] ?? "?"}`;
      return u.group ? [role(u.group), org[u.group].members[lang]] : [role("steering"), role("working")];
    }
    if (u.facet === "chair") {
      const steering = [chair().name, chair().unit ?? "?"];
      const working = [org.working.chair?.[lang] ?? "?"];
      return u.group === "steering" ? steering : u.group === "working" ? working : [...steering, ...working];
    }
    return u.group ? [org[u.group].members[lang]] : [org.steering.members[lang], org.working.members[lang], org.secretariat.unit[lang]];
  },
  signatories: () => amager.signatories.flatMap((s) => [s.name, ...(s.unit ? [s.unit] : [])]),
  "after-end": (_u, lang) => [formatDate(amager.period.end, lang)],
  "safety-survey": (u, lang) => {
    const years = tracker.safetySurvey.map((e) => e.year);
    const year = u.year ?? Math.max(...years);
    return tracker.safetySurvey.filter((e) => e.year === year).flatMap((e) => [String(year), formatPercent(e.sharePercent, lang), e.area]);
  },
  "status-report": (u, lang) => {
    const year = u.year ?? thisYear - 1;
    // Targets met, counted by the status rule over the fixture's figures.
    const met = crimeIndicators(amager).filter(
      (i) => countStatusForFigure(i, year, tracker.crime.get(i.category)?.get(year) ?? null).rag === "green",
    ).length;
    const of = crimeIndicators(amager).length;
    return lang === "da" ? [`Statusrapport ${year}`, `${met} af ${of} måltal`] : [`Status report ${year}`, `${met} of ${of} targets`];
  },
  "report-readiness": (u, lang) => {
    const year = u.year ?? thisYear - 1;
    const lacking = crimeIndicators(amager)
      .filter((i) => (tracker.crime.get(i.category)?.get(year) ?? null) === null)
      .map((i) => `${categoryName(i.category, lang)} ${year}`);
    return [lang === "da" ? `statusrapporten for ${year}` : `the ${year} status report`, ...lacking];
  },
  "category-comparison": (u, lang) => {
    const year = u.years ? undefined : (u.year ?? thisYear);
    if (year === undefined) return [...yearsCompared(u, lang), ...(u.categories ?? []).map((id) => categoryName(id, lang))];
    // Every category in the year asked, side by side; one without a figure says so and gives its latest.
    return (u.categories ?? []).flatMap((id) => {
      const v = tracker.crime.get(id)?.get(year) ?? null;
      if (v !== null) return [`${categoryName(id, lang)} ${year}: ${n(v, lang)}`];
      const latest = shownStatus(id, year);
      return [
        `${categoryName(id, lang)} ${year}: ${lang === "da" ? "intet tal" : "no figure"}`,
        `${n(latest.actual ?? -1, lang)} ${lang === "da" ? "i" : "in"} ${latest.year}`,
      ];
    });
  },
  "year-comparison": (u, lang) => yearsCompared(u, lang),
  ranking: (u, lang) => {
    const year = u.ranking === "improved" ? 2015 : (u.year ?? thisYear);
    if (u.ranking === "most" || u.ranking === "fewest") {
      // By count alone: the category with the most (fewest) reports leads, with its figure.
      const figures = crimeIndicators(amager)
        .map((i) => ({ name: categoryName(i.category, lang), v: tracker.crime.get(i.category)?.get(year) ?? null }))
        .filter((x): x is { name: string; v: number } => x.v !== null)
        .sort((a, b) => (u.ranking === "most" ? b.v - a.v : a.v - b.v));
      const lead = figures[0];
      const what =
        u.ranking === "most"
          ? lang === "da"
            ? "Flest anmeldelser"
            : "Most reports"
          : lang === "da"
            ? "Færrest anmeldelser"
            : "Fewest reports";
      return lead ? [`${what} ${lang === "da" ? "i" : "in"} ${year}: ${lead.name}, ${n(lead.v, lang)}`] : [];
    }
    return crimeIndicators(amager)
      .filter((i) => (tracker.crime.get(i.category)?.get(year) ?? null) !== null)
      .filter((i) => {
        const s = shownStatus(i.category, year);
        return u.ranking === "met" ? s.met === true : u.ranking === "missed" ? s.met === false : true;
      })
      .map((i) => categoryName(i.category, lang));
  },
  "last-meeting": (u, lang) => {
    const last = meetings
      .filter((m) => m.status !== "cancelled" && (!u.group || m.group === u.group) && meetingKey(m) < NOW_KEY)
      .sort((a, b) => meetingKey(a).localeCompare(meetingKey(b)))
      .pop();
    if (!last) throw new Error("the fixture needs a meeting held");
    return [formatDate(last.date, lang, true), last.topic ?? ""];
  },
  "meeting-on-date": (u, lang) => {
    const year = u.year ?? thisYear;
    const month = String(u.date?.month ?? 0).padStart(2, "0");
    const inMonth = meetings.filter((m) => (!u.group || m.group === u.group) && m.date.startsWith(`${year}-${month}-`));
    const onDay = u.date?.day === undefined ? inMonth : inMonth.filter((m) => Number(m.date.slice(8)) === u.date?.day);
    return onDay.length ? onDay.map((m) => m.topic ?? "") : [lang === "da" ? "Trackeren har intet" : "The tracker has no"];
  },
  "meetings-list": (u) => {
    const year = u.year ?? thisYear;
    return meetings.filter((m) => (!u.group || m.group === u.group) && m.date.startsWith(`${year}-`)).map((m) => m.topic ?? "");
  },
  activities: (u, lang) => {
    const names = activitiesFor(u);
    const count =
      lang === "da"
        ? `${names.length} ${names.length === 1 ? "aktivitet" : "aktiviteter"}`
        : `${names.length} ${names.length === 1 ? "activity" : "activities"}`;
    return names.length ? [count, ...names] : [lang === "da" ? "ingen aktiviteter" : "no activities"];
  },
  greeting: (_u, lang) => [lang === "da" ? "Hej!" : "Hello!"],
  thanks: (_u, lang) => [lang === "da" ? "Selv tak!" : "You're welcome!"],
  unsure: (u) => [...(u.doubt?.unknownWords ?? []), ...(u.doubt?.years ?? []).map(String), ...(u.doubt?.bound ? [u.doubt.bound] : [])],
  subscribe: pointsToTeams,
  unsubscribe: pointsToTeams,
  "list-subscriptions": pointsToTeams,
  help: examplesPart,
  "too-long": (_u, lang) => [lang === "da" ? "højst 2.000 tegn" : "at most 2,000 characters"],
  unknown: examplesPart,
};

/** Substrings the answer text must contain for this understanding. */
export function expectedParts(u: Understanding, lang: Lang): string[] {
  return expectations[u.intent](u, lang);
}
