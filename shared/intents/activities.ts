/** The safety plan's activities (the tracker's `Aktiviteter` sheet): by focus area, responsible party, status, year; counted. */
import { activitiesAnswer } from "../answers/activities";
import type { ActivityStatus } from "../ask/types";
import { t } from "../format/lang";
import { activityStatusWord } from "../tracker/vocabulary";
import { defineIntent, type NextQuestion } from "./intent";
import { inYear } from "./suggestions";

function byStatus(status: ActivityStatus, title: string): NextQuestion {
  return { title, intent: "activities", named: { activityStatus: status } };
}

export const activities = defineIntent({
  about:
    "the safety plan's activities by focus area, responsible party, status or year, with their number: »Hvilke aktiviteter er der under brobygning?«",
  recognise: [
    // One activity by its name in the tracker: »Hvem står for tryghedsvandringerne?«, »Hvornår
    // slutter nyhedsbrevet?«. Above the agreement's duties and period, which the same words ask
    // about; a figure, a meeting or the report named beside it keeps its own intent.
    {
      priority: 616,
      all: ["activity-named"],
      none: ["category", "categories", "ssp", "safety", "survey", "budget", "report", "meeting", "group"],
    },
    // Above SSP: "Hvilke aktiviteter har SSP ansvar for?" asks for SSP's activities, not its activations.
    { priority: 610, all: ["activity"] },
    // "Hvem står for sekretariatet?" asks who runs it (organisation), not the secretariat's activities.
    { priority: 606, all: ["party", "responsible"], none: ["facet:secretariat"] },
    // A focus area by name ("Hvad sker der under brobygning?"); the agreement's list of them is a fact.
    { priority: 605, all: ["focus-area"], none: ["facts"] },
    // One focus area by its number ("Hvad sker der i indsatsområde 3?"): its activities, not the list of areas.
    { priority: 607, all: ["focus-area", "facet:focus-areas"], none: ["party", "category", "budget"] },
    // A party alone ("Hvad laver BUF?"), below every other subject.
    { priority: 205, all: ["party"] },
  ],
  keeps: ["focusArea", "party", "activityStatus", "year", "activity"],
  answer: ({ u, ctx, lang }) => activitiesAnswer(u, ctx, lang),
  botAction: "answer",
  ask: ({ focusArea, party, activityStatus, year, activity }, lang, words) => {
    if (activity !== undefined) return t(lang, `Hvordan går det med ${activity}?`, `How is ${activity} going?`);
    const status = activityStatus === undefined ? undefined : activityStatusWord(activityStatus, lang);
    const area = focusArea === undefined ? "" : t(lang, ` under ${words.focusArea(focusArea)}`, ` in ${words.focusArea(focusArea)}`);
    if (party !== undefined) {
      const who = words.party(party);
      const tail = `${area}${inYear(lang, year)}${status === undefined ? "" : ` (${status})`}`;
      return t(lang, `Hvilke aktiviteter har ${who} ansvar for${tail}?`, `Which activities is ${who} responsible for${tail}?`);
    }
    return t(
      lang,
      `Hvilke aktiviteter${area}${inYear(lang, year)} er ${status ?? "der"}?`,
      `Which activities${area}${inYear(lang, year)} are ${status ?? "there"}?`,
    );
  },
  next: (named, lang) => {
    const suggestions: NextQuestion[] = [
      byStatus("running", t(lang, "Aktiviteter i gang", "Activities in progress")),
      byStatus("finished", t(lang, "Afsluttede aktiviteter", "Finished activities")),
      { title: t(lang, "Indsatsområderne", "The focus areas"), intent: "agreement-facts", named: { facet: "focus-areas" } },
    ];
    // Not the question just answered again.
    const onlyStatus = named.focusArea === undefined && named.party === undefined && named.year === undefined;
    return suggestions.filter((q) => !(onlyStatus && q.intent === "activities" && q.named.activityStatus === named.activityStatus));
  },
  help: [
    { da: "Hvilke aktiviteter er i gang?", en: "Which activities are in progress?" },
    { da: "Hvilke aktiviteter har BUF ansvar for?", en: "Which activities is BUF responsible for?" },
  ],
  examples: {
    da: [
      ["Hvilke aktiviteter er der under brobygning?", { focusArea: "brobygning" }],
      ["Hvilke aktiviteter har SSP ansvar for?", { party: "ssp" }],
      ["Hvor mange aktiviteter er afsluttet?", { activityStatus: "finished" }],
      ["aktiviteter under indsatsområde 2", { focusArea: "trygt-byrum" }],
      ["Hvad står TMF for?", { party: "tmf" }],
      ["Hvad sker der med byrum?", { focusArea: "trygt-byrum" }],
      ["Hvilke aktiviteter i tryghedsplanen er i gang?", { activityStatus: "running" }],
      ["Hvad er politiet ansvarlig for i tryghedsplanen?", { party: "politi" }],
      ["tiltag om omdømme", { focusArea: "omdoemme" }],
    ],
    en: [
      ["Which activities are there under bridge-building?", { focusArea: "brobygning" }],
      ["What is the police responsible for?", { party: "politi" }],
      ["How many activities are finished?", { activityStatus: "finished" }],
      ["safety plan", {}],
      ["Which activities does 3B run?", { party: "bolig-1" }],
      ["planned activities in 2016", { activityStatus: "planned", year: 2016 }],
      ["activities for the Children and Youth Administration", { party: "buf" }],
    ],
  },
});
