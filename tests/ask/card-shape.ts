/** The shape every Adaptive Card answer must have (a helper for the ask tests). */
import { expect } from "vitest";
import type { AdaptiveCard } from "../../shared/index";

type Element = Record<string, unknown>;

/** Every card: type, schema, version 1.5, a body, tables whose rows have one cell per column. */
export function expectValidCard(card: AdaptiveCard | undefined): void {
  expect(card).toBeDefined();
  const c = card as AdaptiveCard;
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  expect(c.type).toBe("AdaptiveCard");
  expect(c.version).toBe("1.5");
  expect(c.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");
  expect(c.body.length).toBeGreaterThan(0);
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
