/**
 * The partnership agreement (partnerskabsaftale) as data: one zod schema that every
 * bundled agreement and every agreement loaded from a file must pass.
 *
 * Percentages are stored as percent (20 means −20 %), never as fractions, so that the
 * target arithmetic can stay in whole numbers (see targets.ts).
 */
import { z } from "zod";

const year = z.number().int().min(1990).max(2100);
/** A calendar date written YYYY-MM-DD: "2013-13-01" has the form but is no date. */
const isoDate = z.string().refine((s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}, "must be a date written YYYY-MM-DD");
const nonEmpty = z.string().trim().min(1);

/**
 * A text the product shows, in Teams too: no markdown or HTML marks and no line breaks, so an
 * agreement file (which a tracker may name) cannot put a link or a tag into an answer.
 */
const MARKUP = /[<>[\]*_`\\~]/;
const shownText = nonEmpty
  .refine((s) => !MARKUP.test(s), "must not hold markdown or HTML marks (< > [ ] * _ ` \\ ~)")
  .refine((s) => ![...s].some((ch) => ch.charCodeAt(0) < 0x20), "must be one line");

/** A text the product shows in both languages. */
export const localizedTextSchema = z.object({ da: shownText, en: shownText });

export const partySchema = z.object({
  name: localizedTextSchema,
  kind: z.enum(["municipality", "police", "ssp", "housing", "other"]),
  /** Sub-units that sign separately, e.g. the municipality's administrations (forvaltninger). */
  units: z.array(shownText).default([]),
});

export const areaSchema = z.object({
  name: localizedTextSchema,
  estates: z.array(shownText).min(1),
  note: localizedTextSchema.optional(),
});

/** The agreement's first day: a date, or "signing" when it runs from the date it is signed. */
export const periodStartSchema = z.union([isoDate, z.literal("signing")]);

export const periodSchema = z
  .object({
    /**
     * A date, or "signing" ("fra underskriftsdatoen"): then the first day is `signedOn` when
     * given, and unknown otherwise. Never a date the agreement does not give.
     */
    start: periodStartSchema,
    /** The date of signing, when known. */
    signedOn: isoDate.optional(),
    end: isoDate,
    /** How the agreement itself words the period, when a date alone would mislead. */
    note: localizedTextSchema.optional(),
  })
  .refine((p) => p.start === "signing" || p.start <= p.end, { message: "start must not be after end", path: ["end"] })
  .refine((p) => p.signedOn === undefined || p.signedOn <= p.end, { message: "signedOn must not be after end", path: ["signedOn"] });

/** Names by which people refer to an indicator, lower or upper case, in either language. */
const synonymsSchema = z.object({
  da: z.array(nonEmpty).default([]),
  en: z.array(nonEmpty).default([]),
});

/** A focus area (indsatsområde), with the short names people use for it ("brobygning", "byrum"). */
export const focusAreaSchema = z.object({ id: nonEmpty, name: localizedTextSchema, synonyms: synonymsSchema.default({ da: [], en: [] }) });

const indicatorBase = {
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and hyphens"),
  name: localizedTextSchema,
  synonyms: synonymsSchema.default({ da: [], en: [] }),
  source: localizedTextSchema.optional(),
  /** True where the numbers are examples, not the agreement's own (sibling partnerships). */
  illustrative: z.boolean().default(false),
};

/** An offence category (gerningstype) as the police count it, with the names people use. */
export const categorySchema = z.object({
  id: indicatorBase.id,
  name: localizedTextSchema,
  synonyms: synonymsSchema.default({ da: [], en: [] }),
});

/** (a) A category's yearly count that must fall to a target: baseline × (1 − reduction). */
export const countReductionIndicatorSchema = z.object({
  kind: z.literal("count-reduction"),
  /** The category's id; the indicator takes its id and names from the category. */
  category: indicatorBase.id,
  source: indicatorBase.source,
  illustrative: indicatorBase.illustrative,
  unit: localizedTextSchema,
  baseline: z.object({ year, value: z.number().int().min(0) }),
  targets: z.array(z.object({ year, reductionPercent: z.number().min(0).max(100) })).min(1),
});

/** An area a measure is reported for, named as its source names it ("Distrikt 29"). */
export const measureAreaSchema = z.object({
  id: nonEmpty,
  name: localizedTextSchema,
  /** What the area is, in the agreement's words ("hvor størstedelen af partnerskabsområdet er placeret"). */
  note: localizedTextSchema.optional(),
});

/** (b) A level on an ordered scale (safety index) that must stay at or below a goal level. */
export const scaleLevelIndicatorSchema = z.object({
  ...indicatorBase,
  kind: z.literal("scale-level"),
  /** Levels from least to most need, e.g. minimal < reduceret < ordinær < intensiveret < markant. */
  scale: z.array(z.object({ id: nonEmpty, name: localizedTextSchema })).min(2),
  /** The areas the measure is reported for; the tracker's `Område` names one of them. */
  areas: z.array(measureAreaSchema).default([]),
  /** The baseline, and the area it was measured in (one of `areas`) when the agreement says. */
  baseline: z.object({ year, level: nonEmpty, area: nonEmpty.optional() }),
  goal: z.object({ atMost: nonEmpty, byYear: year }),
  /** The last year the measure was published (the safety index: 2014); none after it. */
  lastYear: year.optional(),
});

/** (c) A count that must fall from its baseline toward a normal level (SSP activations). */
export const countTowardNormalIndicatorSchema = z.object({
  ...indicatorBase,
  kind: z.literal("count-toward-normal"),
  unit: localizedTextSchema,
  baseline: z.object({ year, value: z.number().int().min(0) }),
  /** The normal level, when the agreement names one; otherwise "below the baseline" is the goal. */
  normalLevel: z.number().int().min(0).optional(),
});

/**
 * (d) A percentage that must be at or below a ceiling (share of residents feeling unsafe, from
 * the safety survey, when an agreement sets a target on it; without one the share is shown
 * with its direction only, see shared/safety-survey.ts).
 */
export const percentageCeilingIndicatorSchema = z.object({
  ...indicatorBase,
  kind: z.literal("percentage-ceiling"),
  baseline: z.object({ year, value: z.number().min(0).max(100) }).optional(),
  ceiling: z.number().min(0).max(100),
  byYear: year,
});

export const indicatorSchema = z.discriminatedUnion("kind", [
  countReductionIndicatorSchema,
  scaleLevelIndicatorSchema,
  countTowardNormalIndicatorSchema,
  percentageCeilingIndicatorSchema,
]);

const cadenceSchema = z
  .object({
    min: z.number().int().min(0),
    /** No maximum when the agreement sets none ("efter behov"). */
    max: z.number().int().min(0).optional(),
  })
  .refine((c) => c.max === undefined || c.max >= c.min, {
    message: "max must not be below min",
    path: ["max"],
  });

export const budgetLineSchema = z
  .object({
    label: localizedTextSchema,
    amountKr: z.number().int().min(0),
    /**
     * The agreement's own words for the line, shown instead of the amount where the amount alone
     * would settle what the text leaves open (is 0,3 mio. kr. a year or in all?).
     */
    wording: localizedTextSchema.optional(),
    /** A line for one year, or for a span of years without a yearly split. */
    year: year.optional(),
    fromYear: year.optional(),
    toYear: year.optional(),
  })
  .refine((l) => (l.year !== undefined) !== (l.fromYear !== undefined && l.toYear !== undefined), {
    message: "give either year, or fromYear and toYear",
    path: ["year"],
  });

/** Someone who signed the agreement, as its signature page gives them. */
export const signatorySchema = z.object({
  name: nonEmpty,
  /** "Direktør" / "Director", or the position as written ("Leder af Solvang og Ørestad Biblioteker"). */
  title: localizedTextSchema,
  /** The administration or party signed for, when the page names one. */
  unit: nonEmpty.optional(),
  /** Marked "(formand)" on the signature page. */
  chair: z.boolean().default(false),
});

/** A group of the partnership as the agreement describes it: who sits in it, who chairs it, what it does. */
const partnershipGroupSchema = z.object({
  members: localizedTextSchema,
  /** Who chairs it, as the agreement says; for the steering group the signature page's "(formand)" may say it. */
  chair: localizedTextSchema.optional(),
  tasks: localizedTextSchema.optional(),
});

/** The steering group, the working group and the secretariat, in the agreement's words. */
export const organisationSchema = z.object({
  steering: partnershipGroupSchema,
  working: partnershipGroupSchema,
  secretariat: z.object({
    /** Who runs it: "Økonomiforvaltningen". */
    unit: localizedTextSchema,
    /** How much staff: "et halvt årsværk". */
    staffing: localizedTextSchema.optional(),
    tasks: localizedTextSchema,
  }),
});

/** One of the agreement's overall objectives (overordnede målsætninger), as worded, with how it is measured. */
export const objectiveSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and hyphens"),
  /** The objective in the agreement's words (Danish) and in English. */
  text: localizedTextSchema,
  /** How it is measured, in the agreement's words. */
  measure: localizedTextSchema.optional(),
  /** The indicators that follow it (an indicator's id, a crime category's id). */
  indicators: z.array(nonEmpty).min(1),
});

/** Recurring duties the agreement sets, in its words; each gets a reminder when present. */
export const dutiesSchema = z.object({
  /** The parties discuss the need for adjustments every year. */
  adjustments: localizedTextSchema.optional(),
  /** The safety plan (Tryghedsplan) is updated continuously, at least once a year. */
  safetyPlan: localizedTextSchema.optional(),
  /** When and how the yearly status report is made ("udarbejdes og offentliggøres i maj …"). */
  statusReport: localizedTextSchema.optional(),
});

/** Facts of a bundled agreement that are examples, not its own (answers that use one say so). */
export const illustrativeFactSchema = z.enum(["period.start", "area.note", "cadence", "statusReportMonth"]);

export const agreementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and hyphens"),
    name: localizedTextSchema,
    /** What its overall objectives come to, in its words: "at øge den oplevede tryghed og …". */
    aim: localizedTextSchema.optional(),
    parties: z.array(partySchema).min(2),
    area: areaSchema,
    period: periodSchema,
    focusAreas: z.array(focusAreaSchema).min(1),
    categories: z.array(categorySchema).default([]),
    indicators: z.array(indicatorSchema).min(1),
    cadence: z.object({ steering: cadenceSchema, working: cadenceSchema }),
    /** Month (1–12) in which the yearly status report (statusrapport) is due. */
    statusReportMonth: z.number().int().min(1).max(12),
    budget: z.array(budgetLineSchema).default([]),
    /** The overall objectives (overordnede målsætninger), when known. */
    objectives: z.array(objectiveSchema).default([]),
    /** Steering group, working group and secretariat, when known. */
    organisation: organisationSchema.optional(),
    /** Who signed, in the signature page's order. */
    signatories: z.array(signatorySchema).default([]),
    duties: dutiesSchema.default({}),
    /** Which of the facts above are examples rather than the agreement's own (indicators mark their own). */
    illustrativeFacts: z.array(illustrativeFactSchema).default([]),
    /** Free notes shown with the facts, e.g. that baselines are illustrative. */
    notes: z.array(localizedTextSchema).default([]),
  })
  .superRefine((a, ctx) => {
    const categoryIds = new Set<string>();
    a.categories.forEach((c, i) => {
      if (categoryIds.has(c.id)) {
        ctx.addIssue({ code: "custom", message: `duplicate category id "${c.id}"`, path: ["categories", i, "id"] });
      }
      categoryIds.add(c.id);
    });
    const ids = new Set<string>();
    a.indicators.forEach((ind, i) => {
      const id = ind.kind === "count-reduction" ? ind.category : ind.id;
      if (ids.has(id)) {
        ctx.addIssue({ code: "custom", message: `duplicate indicator "${id}"`, path: ["indicators", i] });
      }
      ids.add(id);
      if (ind.kind === "count-reduction") {
        if (!categoryIds.has(ind.category)) {
          ctx.addIssue({
            code: "custom",
            message: `unknown category "${ind.category}" (known: ${[...categoryIds].join(", ") || "none"})`,
            path: ["indicators", i, "category"],
          });
        }
        const years = new Set<number>();
        ind.targets.forEach((t, j) => {
          if (years.has(t.year)) {
            ctx.addIssue({ code: "custom", message: `two targets for ${t.year}`, path: ["indicators", i, "targets", j, "year"] });
          }
          years.add(t.year);
          if (t.year <= ind.baseline.year) {
            ctx.addIssue({
              code: "custom",
              message: `target year ${t.year} must come after the baseline year ${ind.baseline.year}`,
              path: ["indicators", i, "targets", j, "year"],
            });
          }
        });
      }
      if (ind.kind === "scale-level") {
        const areaIds = ind.areas.map((x) => x.id);
        if (ind.baseline.area !== undefined && !areaIds.includes(ind.baseline.area)) {
          ctx.addIssue({ code: "custom", message: `unknown area "${ind.baseline.area}"`, path: ["indicators", i, "baseline", "area"] });
        }
        const levels = ind.scale.map((s) => s.id);
        if (!levels.includes(ind.baseline.level)) {
          ctx.addIssue({ code: "custom", message: `unknown level "${ind.baseline.level}"`, path: ["indicators", i, "baseline", "level"] });
        }
        if (!levels.includes(ind.goal.atMost)) {
          ctx.addIssue({ code: "custom", message: `unknown level "${ind.goal.atMost}"`, path: ["indicators", i, "goal", "atMost"] });
        }
      }
    });
    a.objectives.forEach((o, i) => {
      o.indicators.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: "custom",
            message: `unknown indicator "${id}" (known: ${[...ids].join(", ")})`,
            path: ["objectives", i, "indicators", j],
          });
        }
      });
    });
    if (a.signatories.filter((s) => s.chair).length > 1) {
      ctx.addIssue({ code: "custom", message: "at most one signatory is the chair", path: ["signatories"] });
    }
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Party = z.infer<typeof partySchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementInput = z.input<typeof agreementSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Category = z.infer<typeof categorySchema>;
export type CountReductionIndicator = z.infer<typeof countReductionIndicatorSchema>;
export type ScaleLevelIndicator = z.infer<typeof scaleLevelIndicatorSchema>;
export type CountTowardNormalIndicator = z.infer<typeof countTowardNormalIndicatorSchema>;
export type PercentageCeilingIndicator = z.infer<typeof percentageCeilingIndicatorSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
export type IllustrativeFact = z.infer<typeof illustrativeFactSchema>;
export type MeasureArea = z.infer<typeof measureAreaSchema>;
export type MeetingGroup = "steering" | "working";
