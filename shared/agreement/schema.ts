/**
 * The partnership agreement (partnerskabsaftale) as data: one zod schema that every
 * bundled agreement and every agreement loaded from a file must pass.
 *
 * Percentages are stored as percent (20 means −20 %), never as fractions, so that the
 * target arithmetic can stay in whole numbers (see targets.ts).
 */
import { z } from "zod";

const year = z.number().int().min(1990).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const nonEmpty = z.string().trim().min(1);

/** A text the product shows in both languages. */
export const localizedTextSchema = z.object({ da: nonEmpty, en: nonEmpty });

export const partySchema = z.object({
  name: localizedTextSchema,
  kind: z.enum(["municipality", "police", "ssp", "housing", "other"]),
  /** Sub-units that sign separately, e.g. the municipality's administrations (forvaltninger). */
  units: z.array(nonEmpty).default([]),
});

export const areaSchema = z.object({
  name: localizedTextSchema,
  estates: z.array(nonEmpty).min(1),
  note: localizedTextSchema.optional(),
});

export const periodSchema = z
  .object({
    start: isoDate,
    end: isoDate,
    /** How the agreement itself words the period, when a date alone would mislead. */
    note: localizedTextSchema.optional(),
  })
  .refine((p) => p.start <= p.end, { message: "start must not be after end", path: ["end"] });

export const focusAreaSchema = z.object({ id: nonEmpty, name: localizedTextSchema });

/** Names by which people refer to an indicator, lower or upper case, in either language. */
const synonymsSchema = z.object({
  da: z.array(nonEmpty).default([]),
  en: z.array(nonEmpty).default([]),
});

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

/** (b) A level on an ordered scale (safety index) that must stay at or below a goal level. */
export const scaleLevelIndicatorSchema = z.object({
  ...indicatorBase,
  kind: z.literal("scale-level"),
  /** Levels from least to most need, e.g. minimal < reduceret < ordinær < intensiveret < markant. */
  scale: z.array(z.object({ id: nonEmpty, name: localizedTextSchema })).min(2),
  baseline: z.object({ year, level: nonEmpty }),
  goal: z.object({ atMost: nonEmpty, byYear: year }),
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

/** (d) A percentage that must be at or below a ceiling (share of residents feeling unsafe). */
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
    /** A line for one year, or for a span of years without a yearly split. */
    year: year.optional(),
    fromYear: year.optional(),
    toYear: year.optional(),
  })
  .refine((l) => (l.year !== undefined) !== (l.fromYear !== undefined && l.toYear !== undefined), {
    message: "give either year, or fromYear and toYear",
    path: ["year"],
  });

export const agreementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and hyphens"),
    name: localizedTextSchema,
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
        const levels = ind.scale.map((s) => s.id);
        if (!levels.includes(ind.baseline.level)) {
          ctx.addIssue({ code: "custom", message: `unknown level "${ind.baseline.level}"`, path: ["indicators", i, "baseline", "level"] });
        }
        if (!levels.includes(ind.goal.atMost)) {
          ctx.addIssue({ code: "custom", message: `unknown level "${ind.goal.atMost}"`, path: ["indicators", i, "goal", "atMost"] });
        }
      }
    });
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
export type MeetingGroup = "steering" | "working";
