/**
 * The status report as a Word document (docx 9.7.1): built-in heading styles (so Word's and
 * LibreOffice's table of contents pick them up), real tables with each status cell shaded in its
 * colour, the charts as PNG pictures with alt text, page numbers in the footer, and yellow-marked
 * places for what people write. It lays out the document model and adds no words of its own.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  ImportedXmlComponent,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Rag, ReportBlock, ReportCell, ReportDocument, ReportTable } from "../../shared/index";
import type { ChartPicture } from "./chart-pictures";

/** Pale fills for a status cell, legible in print; the cell's word says the status too. */
const RAG_FILL: Record<Rag, string> = { green: "DFF6DD", amber: "FFF4CE", red: "FDE7E9", grey: "F3F2F1" };
const HEADER_FILL = "E1EAF4";
const FONT = "Calibri";
/** A picture's width on the page, in pixels at 96 dpi (about 16 cm, the text width on A4). */
const PICTURE_WIDTH = 600;

function cellParagraph(cell: ReportCell, bold: boolean): Paragraph {
  return new Paragraph({
    alignment: cell.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ text: cell.text, bold, size: 20 })],
  });
}

/** The text width of an A4 page with the default margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 9026;

/** About one bold character of 11 pt Calibri, in twips (a cell's padding is about two more). */
const CHAR_TWIPS = 130;

/**
 * Column widths after what they hold (Word and LibreOffice otherwise split the page evenly): each
 * column first gets its longest word, so no word is broken inside it, then the rest of the page
 * is shared by how much longer its longest text is.
 */
export function columnWidths(table: ReportTable): number[] {
  const texts = table.header.map((h, i) => [h, ...table.rows.map((r) => r[i]?.text ?? "")]);
  const longestWord = texts.map((col) => Math.max(...col.flatMap((x) => x.split(/[\s–-]+/).map((w) => w.length))) + 3);
  const longestText = texts.map((col, i) =>
    Math.max(longestWord[i] ?? 0, Math.min(40, Math.max(...col.slice(1).map((x) => x.length)) + 2)),
  );
  const least = longestWord.reduce((a, b) => a + b, 0);
  const room = TEXT_WIDTH_TWIPS / CHAR_TWIPS - least;
  const wish = longestText.reduce((a, b, i) => a + (b - (longestWord[i] ?? 0)), 0);
  const chars = longestWord.map((w, i) =>
    room <= 0
      ? w * (TEXT_WIDTH_TWIPS / CHAR_TWIPS / least)
      : w + (wish > 0 ? (room * ((longestText[i] ?? w) - w)) / wish : room / longestWord.length),
  );
  const total = chars.reduce((a, b) => a + b, 0);
  return chars.map((c) => Math.floor((c / total) * TEXT_WIDTH_TWIPS));
}

function tableOf(table: ReportTable): Table {
  const widths = columnWidths(table);
  const width = (i: number) => ({ size: widths[i] ?? 0, type: WidthType.DXA });
  const header = new TableRow({
    tableHeader: true,
    children: table.header.map(
      (text, i) =>
        new TableCell({
          width: width(i),
          shading: { type: ShadingType.CLEAR, color: "auto", fill: HEADER_FILL },
          children: [cellParagraph({ text }, true)],
        }),
    ),
  });
  const rows = table.rows.map(
    (cells) =>
      new TableRow({
        children: cells.map(
          (cell, i) =>
            new TableCell({
              width: width(i),
              ...(cell.rag ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: RAG_FILL[cell.rag] } } : {}),
              children: [cellParagraph(cell, false)],
            }),
        ),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}

function blockChildren(block: ReportBlock, pictures: ReadonlyMap<string, ChartPicture>): Array<Paragraph | Table> {
  switch (block.kind) {
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(block.text)], spacing: { after: 120 } })];
    case "note":
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: true, size: 18, color: "605E5C" })], spacing: { after: 120 } }),
      ];
    case "placeholder":
      return [
        new Paragraph({
          spacing: { after: 120 },
          children: [new TextRun({ text: `[${block.text}]`, highlight: "yellow", italics: true })],
        }),
      ];
    case "table":
      return [
        new Paragraph({ children: [new TextRun({ text: block.table.caption, bold: true })], keepNext: true, spacing: { before: 120 } }),
        tableOf(block.table),
        new Paragraph({ children: [] }),
      ];
    case "chart": {
      const picture = pictures.get(block.chart.id);
      if (!picture) return [new Paragraph({ children: [new TextRun({ text: block.chart.description, italics: true })] })];
      const height = Math.round((PICTURE_WIDTH * picture.height) / picture.width);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: "png",
              data: picture.png,
              transformation: { width: PICTURE_WIDTH, height },
              altText: { name: block.chart.id, title: block.chart.title, description: block.chart.description },
            }),
          ],
        }),
        new Paragraph({
          children: [new TextRun({ text: block.chart.description, italics: true, size: 18, color: "605E5C" })],
          spacing: { after: 160 },
        }),
      ];
    }
  }
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const xmlText = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);

/**
 * The table of contents: Word's TOC field over Heading 1–2, with the entries written in so they
 * show before the field is updated (Word updates it, with page numbers, on opening). Written as
 * XML because LibreOffice reads a TOC field only inside a "Table of Contents" content control
 * (docPartGallery), which docx's own TableOfContents does not write; without it LibreOffice shows
 * the field's code as text.
 */
function tableOfContents(entries: ReadonlyArray<{ title: string; level: 1 | 2 }>): Paragraph {
  const paragraphs = entries.map((e, i) => {
    const begin =
      i === 0
        ? '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        : "";
    const end = i === entries.length - 1 ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : "";
    return `<w:p><w:pPr><w:pStyle w:val="TOC${e.level}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9025"/></w:tabs></w:pPr>${begin}<w:r><w:t xml:space="preserve">${xmlText(e.title)}</w:t></w:r>${end}</w:p>`;
  });
  const xml = `<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${paragraphs.join("")}</w:sdtContent></w:sdt>`;
  // fromXmlString wraps what it parses in a nameless root; the <w:sdt> is its one child.
  const parsed = ImportedXmlComponent.fromXmlString(xml) as unknown as { root: unknown[] };
  return parsed.root[0] as Paragraph;
}

/** The Word document's bytes. `pictures`: the charts drawn as PNG, by chart id. */
export async function statusReportDocx(doc: ReportDocument, pictures: ReadonlyMap<string, ChartPicture>): Promise<Buffer> {
  const headings = doc.sections.map((s) => ({ title: s.heading, level: s.level }));
  const front = [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 240 }, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 32 })], spacing: { after: 480 } }),
    ...doc.front.map(
      (f) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), new TextRun(f.value)], spacing: { after: 80 } }),
    ),
    new Paragraph({ children: [new TextRun({ text: doc.frontNote, italics: true })], spacing: { before: 480 } }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.contentsHeading)] }),
    // The entries are written in, so the contents show before Word updates the field (and add page numbers).
    tableOfContents(headings),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const body = doc.sections.flatMap((section) => [
    new Paragraph({
      heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      children: [new TextRun(section.heading)],
    }),
    ...section.blocks.flatMap((b) => blockChildren(b, pictures)),
  ]);
  const document = new Document({
    creator: "Partnerskab",
    title: `${doc.title} – ${doc.subtitle}`,
    description: doc.frontNote,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: FONT, size: 22, language: { value: doc.lang === "da" ? "da-DK" : "en-GB" } } } } },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: doc.runningHead, size: 18, color: "605E5C" })],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [`${doc.pageWord} `, PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: [...front, ...body],
      },
    ],
  });
  return Packer.toBuffer(document);
}
