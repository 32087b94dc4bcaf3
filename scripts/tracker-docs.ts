/**
 * `npm run docs:tracker`: rewrites the generated parts of docs/tracker-format.md from the sheet
 * registry (shared/tracker/sheets/): the list of sheets, and each sheet's heading and column
 * table, between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. The prose around them
 * is written by hand. tests/tracker/docs.test.ts fails while the page is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Agreement,
  bundledAgreement,
  type ColumnSpec,
  columnKind,
  type SheetSpec,
  type TrackerSheet,
  trackerSheetSpecs,
} from "../shared/index";

const DOC = resolve(import.meta.dirname, "../docs/tracker-format.md");
/** The drop-downs shown are the Amager template's (categories and levels come from the agreement). */
const DOC_AGREEMENT = "amager";

const code = (text: string) => `\`${text}\``;
const yesNo = (required: boolean) => (required ? "ja / yes" : "nej / no");
/** Danish name, with the English one beside it when it differs. */
const named = (da: string, en: string) => (da === en ? code(da) : `${code(da)} (${code(en)})`);
const list = (items: readonly string[]) => items.map(code).join(", ");
const cell = (text: string) => text.replaceAll("|", "\\|");

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.map(cell).join(" | ")} |`).join("\n");
}

function sheetsOverview(): string {
  return [
    table(
      ["ark (sheet)", "påkrævet / required", "også / also accepted"],
      trackerSheetSpecs.map((s) => [named(s.da, s.en), yesNo(s.required), list(s.aliases)]),
    ),
    "",
    "Rullelisterne nedenfor er dem, skabelonen giver for Amager-aftalen (the drop-downs shown are those of the Amager template).",
  ].join("\n");
}

function columnContent(column: ColumnSpec, agreement: Agreement): string {
  const kind = columnKind(column.kind).doc;
  const dropDown = column.dropDown?.(agreement);
  return `${kind.da} / ${kind.en}${dropDown ? `; rulleliste / drop-down: ${list(dropDown)}` : ""}`;
}

function sheetSection(spec: SheetSpec<TrackerSheet>, agreement: Agreement): string {
  const heading = `### ${named(spec.da, spec.en)} — ${spec.required ? "påkrævet / required" : "valgfrit / optional"}`;
  if (spec.columns.length === 0 && !spec.openColumns) return heading;
  const rows = spec.columns.map((c) => [named(c.da, c.en), yesNo(c.required), columnContent(c, agreement), list(c.aliases)]);
  const open = spec.openColumns;
  if (open) {
    const kind = columnKind(open.kind).doc;
    rows.push([`${open.header.da} (${open.header.en})`, yesNo(open.required), `${kind.da} / ${kind.en}`, ""]);
  }
  return [heading, "", table(["kolonne (column)", "påkrævet / required", "indhold / content", "også / also accepted"], rows)].join("\n");
}

/** Every generated part of the page, by marker name. */
export function trackerDocSections(): Map<string, string> {
  const agreement = bundledAgreement(DOC_AGREEMENT);
  if (!agreement) throw new Error(`the bundled agreement ${DOC_AGREEMENT} is missing`);
  const sections = new Map<string, string>([["sheets", sheetsOverview()]]);
  for (const spec of trackerSheetSpecs) sections.set(`sheet:${spec.id}`, sheetSection(spec, agreement));
  return sections;
}

const GENERATED = /<!-- generated:([\w:-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g;

/** The page with its generated parts made anew; throws when a part is missing or unknown. */
export function updateTrackerDocs(markdown: string): string {
  const sections = trackerDocSections();
  const seen = new Set<string>();
  const updated = markdown.replace(GENERATED, (_match, name: string) => {
    const content = sections.get(name);
    if (content === undefined) throw new Error(`docs/tracker-format.md has a generated part "${name}" that no sheet spec makes: remove it`);
    seen.add(name);
    return `<!-- generated:${name} -->\n${content}\n<!-- /generated:${name} -->`;
  });
  const missing = [...sections.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) {
    throw new Error(
      `docs/tracker-format.md lacks ${missing.map((m) => `"${m}"`).join(", ")}: put "<!-- generated:NAME -->" and "<!-- /generated:NAME -->" on their own lines where each belongs, then run npm run docs:tracker`,
    );
  }
  return updated;
}

// Run as a script (npm run docs:tracker), not when a test imports it.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const before = readFileSync(DOC, "utf8");
  const after = updateTrackerDocs(before);
  if (after !== before) writeFileSync(DOC, after);
  console.log(after === before ? `${DOC} is up to date` : `updated ${DOC}`);
}
