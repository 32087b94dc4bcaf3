/**
 * The `Måltal` (Targets) sheet as a matrix of values and formats: one row per category and target
 * year with the agreement's target, the tracker's actual figure, the deviation and the RAG
 * colour, and for a year in progress (months in `Måneder`, no yearly figure yet) its year to
 * date, projection, projected colour and how it was projected. Built from the shared rules
 * (targetTable, countStatusForFigure, yearInProgress), so the sheet says exactly what the bot
 * and the CLI say. No Office here: excel/ writes the matrix.
 */
import {
  type Agreement,
  categoryById,
  countStatusForFigure,
  crimeIndicator,
  crimeIndicators,
  formatDate,
  illustrativeBaselinesNote,
  type Lang,
  type MonthlyCrime,
  methodPhrase,
  monthName,
  type Rag,
  ragStatusWord,
  t,
  targetTable,
  type YearFigures,
  yearInProgress,
  yearlyFigures,
} from "../../shared/index";

export const TARGETS_SHEET_NAME = "Måltal";

/**
 * What the sheet was called before ("Beregn mål" wrote `Mål`): a sheet of that name the add-in
 * made is updated and renamed, so a workbook never keeps a stray copy.
 */
export const EARLIER_TARGETS_SHEET_NAMES: readonly string[] = ["Mål"];

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export type CellOut = string | number;

export interface CellStyle {
  row0: number;
  col0: number;
  /** Number of columns the style spans (default 1). */
  cols?: number;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface SheetMatrix {
  name: string;
  /** Rectangular: every row has the same length. */
  values: CellOut[][];
  /** Excel number-format codes (en-US form, as Range.numberFormat takes them), same shape as values. */
  numberFormats: string[][];
  styles: CellStyle[];
  /** Rows above the table to keep in view. */
  freezeRows: number;
}

/** Excel's own Good / Neutral / Bad cell styles, so the colours read as Excel's. */
export const RAG_STYLE: Readonly<Record<Rag, { fill: string; font: string }>> = {
  green: { fill: "#C6EFCE", font: "#006100" },
  amber: { fill: "#FFEB9C", font: "#9C5700" },
  red: { fill: "#FFC7CE", font: "#9C0006" },
  grey: { fill: "#EDEBE9", font: "#3B3A39" },
};

const HEADER_FILL = "#0F6CBD"; // Fluent brand blue
const GENERAL = "General";
const WHOLE = "0";
const PERCENT_SIGNED = "+0.0%;-0.0%;0.0%";
const REDUCTION = "0%";

export interface TargetsSheetInput {
  agreement: Agreement;
  /** Crime counts by category id, then year (TrackerData.crime). */
  crime: ReadonlyMap<string, YearFigures>;
  /** Monthly counts by category id, then year (TrackerData.crimeByMonth), for the year in progress. */
  crimeByMonth?: MonthlyCrime;
  lang: Lang;
  /** Today's date (YYYY-MM-DD, Copenhagen) for the "calculated on" line. */
  today: string;
}

export function buildTargetsSheet({ agreement, crime, crimeByMonth = new Map(), lang, today }: TargetsSheetInput): SheetMatrix {
  const tracker = { crime, crimeByMonth };
  const table = targetTable(agreement);
  const baselineYear = table[0]?.baselineYear;
  const header = [
    t(lang, "Gerningstype", "Offence category"),
    t(lang, "År", "Year"),
    baselineYear === undefined ? "Baseline" : `Baseline ${baselineYear}`,
    t(lang, "Reduktion", "Reduction"),
    t(lang, "Måltal (højst)", "Target (at most)"),
    t(lang, "Anmeldelser", "Reports"),
    t(lang, "Afvigelse", "Deviation"),
    t(lang, "Afvigelse i %", "Deviation %"),
    "Status",
    // The year in progress, filled where the year has months but no yearly figure yet.
    t(lang, "Til og med", "Through"),
    t(lang, "Anmeldelser til dato", "Reports to date"),
    t(lang, "Fremskrevet", "Projected"),
    t(lang, "Fremskrevet status", "Projected status"),
    t(lang, "Fremskrivning", "Projection"),
  ];
  const statusCol = header.indexOf("Status");
  const width = header.length;
  const blankRow = (): CellOut[] => Array.from({ length: width }, () => "");
  const generalRow = (): string[] => Array.from({ length: width }, () => GENERAL);

  const title = blankRow();
  title[0] = t(lang, `Måltal og status – ${agreement.name.da}`, `Targets and status – ${agreement.name.en}`);
  const note = blankRow();
  note[0] = t(
    lang,
    `Beregnet ${formatDate(today, "da")} af tilføjelsesprogrammet Partnerskab ud fra arkene »Kriminalitet« og »Måneder«. Arket skrives forfra, hver gang du vælger »Beregn måltal« – skriv ikke her.`,
    `Calculated on ${formatDate(today, "en")} by the Partnerskab add-in from the "Kriminalitet" and "Måneder" sheets. The sheet is rewritten each time you choose "Calculate targets" – do not type here.`,
  );
  // An agreement whose baselines are examples (Tingbjerg-Husum) says so on the sheet too.
  if (crimeIndicators(agreement).some((i) => i.illustrative)) note[0] = `${note[0]} ${illustrativeBaselinesNote(agreement, lang)}`;
  const values: CellOut[][] = [title, note, blankRow(), header];
  const numberFormats: string[][] = [generalRow(), generalRow(), generalRow(), generalRow()];
  const styles: CellStyle[] = [
    { row0: 0, col0: 0, bold: true },
    { row0: 1, col0: 0, fontColor: "#605E5C" },
    { row0: 3, col0: 0, cols: width, fill: HEADER_FILL, fontColor: "#FFFFFF", bold: true },
  ];

  for (const row of table) {
    const indicator = crimeIndicator(agreement, row.category);
    if (!indicator) continue;
    const name = categoryById(agreement, row.category)?.name[lang] ?? row.category;
    const figures = yearlyFigures(tracker, row.category);
    for (const target of row.targets) {
      const actual = figures.get(target.year) ?? null;
      const status = countStatusForFigure(indicator, target.year, actual);
      const progress = yearInProgress(agreement, tracker, row.category, target.year);
      const r = values.length;
      values.push([
        name,
        target.year,
        row.baseline,
        -target.reductionPercent / 100,
        target.target,
        status.actual ?? "",
        status.deviation ?? "",
        status.deviationPercent === null ? "" : status.deviationPercent / 100,
        ragStatusWord(status.rag, lang),
        progress ? monthName(progress.monthsReported, lang) : "",
        progress?.yearToDate ?? "",
        progress?.projection ?? "",
        progress ? ragStatusWord(progress.rag, lang) : "",
        progress ? capitalised(methodPhrase(progress, lang)) : "",
      ]);
      numberFormats.push([
        GENERAL,
        WHOLE,
        WHOLE,
        REDUCTION,
        WHOLE,
        WHOLE,
        "+0;-0;0",
        PERCENT_SIGNED,
        GENERAL,
        GENERAL,
        WHOLE,
        WHOLE,
        GENERAL,
        GENERAL,
      ]);
      styles.push({ row0: r, col0: statusCol, fill: RAG_STYLE[status.rag].fill, fontColor: RAG_STYLE[status.rag].font, bold: true });
      if (progress) {
        const col0 = statusCol + 4;
        styles.push({ row0: r, col0, fill: RAG_STYLE[progress.rag].fill, fontColor: RAG_STYLE[progress.rag].font, bold: true });
      }
    }
  }
  return { name: TARGETS_SHEET_NAME, values, numberFormats, styles, freezeRows: 4 };
}
