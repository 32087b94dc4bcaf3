/**
 * A report as a plain document: headings, paragraphs, tables, charts and marked places for what
 * people write. Pure data, already worded in one language, so that each renderer (Word, HTML)
 * only lays it out and can never say something the model did not.
 */
import type { Lang } from "../format/lang";
import type { Rag } from "../status";
import type { ReportChart } from "./charts";

/** A table cell: its text, and where it carries a verdict, the status colour behind it. */
export interface ReportCell {
  text: string;
  rag?: Rag;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

export interface ReportTable {
  /** What the table is, for whoever cannot see it (HTML caption, Word table title). */
  caption: string;
  header: string[];
  rows: ReportCell[][];
}

export type ReportBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: ReportTable }
  | { kind: "chart"; chart: ReportChart }
  /** A place for what people write (the narrative, the focus areas' objectives): marked so it is not missed. */
  | { kind: "placeholder"; text: string }
  /** A small note under a table or a section (sources, what a figure means). */
  | { kind: "note"; text: string };

export interface ReportSection {
  /** Heading 1 for a section, 2 for a part of one. */
  level: 1 | 2;
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportFact {
  label: string;
  value: string;
}

export interface ReportDocument {
  lang: Lang;
  /** "Statusrapport 2015" / "Status report 2015". */
  title: string;
  /** The partnership and its area, under the title. */
  subtitle: string;
  /** The front page's facts: partnership, year, the date of the data. */
  front: ReportFact[];
  /** Shown on the front page: the data's source and date, and that it is a draft. */
  frontNote: string;
  /** Header text on every page after the front page. */
  runningHead: string;
  /** "Side" / "Page", before the page number in the footer. */
  pageWord: string;
  /** "Indhold" / "Contents": the table of contents' heading. */
  contentsHeading: string;
  sections: ReportSection[];
}
