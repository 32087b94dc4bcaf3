/** The shape every Adaptive Card answer must have (a helper for the ask tests). */
import { expect } from "vitest";
import type { AdaptiveCard } from "../../shared/index";

type Element = Record<string, unknown>;

/**
 * Every card: type, schema, version 1.5, a body that opens with a text (the short answer),
 * tables whose rows have one cell per column, and at most three buttons, each asking a question
 * as if typed (an imBack in Teams, the same question as data elsewhere).
 */
export function expectValidCard(card: AdaptiveCard | undefined): void {
  expect(card).toBeDefined();
  const c = card as AdaptiveCard;
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  expect(c.type).toBe("AdaptiveCard");
  expect(c.version).toBe("1.5");
  expect(c.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");
  expect(c.body.length).toBeGreaterThan(0);
  expect(c.body[0]?.type).toBe("TextBlock");
  const actions = c.actions ?? [];
  expect(actions.length).toBeLessThanOrEqual(3);
  for (const a of actions) {
    expect(a.type).toBe("Action.Submit");
    expect(String(a.title).length).toBeGreaterThan(0);
    const data = a.data as { verb: string; question: string; msteams: { type: string; value: string } };
    expect(data.verb).toBe("ask");
    expect(data.question.length).toBeGreaterThan(0);
    expect(data.msteams).toEqual({ type: "imBack", value: data.question });
  }
  for (const e of c.body) {
    expect(typeof e.type).toBe("string");
    if (e.type === "TextBlock") expect(String(e.text).length).toBeGreaterThan(0);
    if (e.type === "FactSet") {
      const facts = e.facts as Array<{ title: unknown; value: unknown }>;
      expect(facts.length).toBeGreaterThan(0);
      for (const f of facts) expect([typeof f.title, typeof f.value]).toEqual(["string", "string"]);
    }
    if (e.type === "Table") {
      const columns = e.columns as unknown[];
      const rows = e.rows as Element[];
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) {
        expect(row.type).toBe("TableRow");
        expect((row.cells as unknown[]).length).toBe(columns.length);
      }
    }
  }
}
