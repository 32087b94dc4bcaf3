/**
 * `partnerskab report`: the Word document read back (its document.xml: tables, figures, heading
 * styles, page numbers, pictures) and converted to PDF by headless LibreOffice, whose text is
 * read with pdftotext; the HTML page; and the command's refusals.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/cli";
import { SAMPLE_TRACKER } from "./fixtures";

const SOFFICE = "/usr/bin/soffice";
const dir = mkdtempSync(join(tmpdir(), "report-"));
const docxPath = join(dir, "statusrapport-2015.docx");
let zip: JSZip;
let documentXml: string;

/** The text of each table's rows, cell by cell, from WordprocessingML. */
function tablesOf(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? "").matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? "").matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...(c[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join(""),
      ),
    ),
  );
}

beforeAll(async () => {
  const run = await cli("report", "--year", "2015", "--tracker", SAMPLE_TRACKER, "--out", docxPath, "--today", "2016-09-01");
  expect(run).toMatchObject({ code: 0, err: "" });
  expect(run.out).toBe(`Statusrapport 2015 skrevet: ${docxPath}\n`);
  zip = await JSZip.loadAsync(readFileSync(docxPath));
  documentXml = (await zip.file("word/document.xml")?.async("string")) ?? "";
});

describe("the Word document", () => {
  it("has the crime table as a real Word table, with the figures and the status cells shaded in their colour", () => {
    const crime = tablesOf(documentXml).find((t) => t[0]?.[0] === "Gerningstype");
    expect(crime).toEqual([
      ["Gerningstype", "Baseline 2012", "Måltal 2015", "Anmeldelser 2015", "Afvigelse", "Afvigelse i %", "Status"],
      ["Indbrud", "77", "62", "58", "−4", "−6,5 %", "Nået"],
      ["Tyverier", "244", "195", "201", "+6", "+3,1 %", "Tæt på"],
      ["Vold/Trusler", "73", "58", "65", "+7", "+12,1 %", "Ikke nået"],
      ["Hærværk", "70", "56", "52", "−4", "−7,1 %", "Nået"],
      ["Narkotika", "52", "42", "45", "+3", "+7,1 %", "Ikke nået"],
      ["Chikane", "72", "58", "57", "−1", "−1,7 %", "Nået"],
    ]);
    const tyverier = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?Tyverier[\s\S]*?<\/w:tr>/.exec(documentXml)?.[0] ?? "";
    expect(tyverier).toContain('w:fill="FFF4CE"'); // amber
    const vold = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*?Vold\/Trusler[\s\S]*?<\/w:tr>/.exec(documentXml)?.[0] ?? "";
    expect(vold).toContain('w:fill="FDE7E9"'); // red
  });

  it("has the meetings and money tables", () => {
    const all = tablesOf(documentXml);
    expect(all.find((t) => t[0]?.[0] === "Gruppe")?.slice(1)).toEqual([
      ["Styregruppen", "3", "0", "0", "mindst 2 gange årligt", "Lever op til aftalen"],
      ["Arbejdsgruppen", "7", "0", "0", "6–8 gange årligt", "Lever op til aftalen"],
    ]);
    expect(all.find((t) => t[0]?.[1] === "Afsat")?.[2]).toEqual(["2015", "1.500.000 kr.", "1.462.300 kr.", "37.700 kr."]);
  });

  it("uses Word's heading styles, has a table of contents, page numbers and marked places to write", async () => {
    const headings = [...documentXml.matchAll(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(headings).toEqual([
      "Indhold",
      "Sammenfatning",
      "Tryghed",
      "Ekstraordinære aktiveringer af SSP-beredskabet",
      "Anmeldt kriminalitet",
      "Møder",
      "Tryghedsplanens aktiviteter",
      "Økonomi",
      "Om tallene",
    ]);
    expect(documentXml).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(documentXml).toMatch(/<w:instrText[^>]*> TOC \\o &quot;1-2&quot;/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async("string")),
    );
    expect(footers.some((f) => f?.includes(">PAGE<") && f.includes(">NUMPAGES<"))).toBe(true);
    expect(documentXml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]{0,200}\[Skriv partnerskabets fortælling om 2015/);
  });

  it("carries the charts as PNG pictures with their description as alt text", async () => {
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(7); // the overview and one trend per category
    const png = await zip.file(media[0] ?? "")?.async("nodebuffer");
    expect(png?.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(documentXml).toContain('descr="Søjlediagram: Indbrud 58 (måltal 62, nået); Tyverier 201 (måltal 195, tæt på)');
  });

  it("opens in LibreOffice: converted to PDF, its text has the report's figures", { timeout: 180_000 }, () => {
    expect(existsSync(SOFFICE), "LibreOffice Writer is needed (apt-get install libreoffice-writer-nogui)").toBe(true);
    const outDir = join(dir, "pdf");
    // A private profile, so parallel runs never share (or lock) one.
    const profile = pathToFileURL(join(dir, "lo-profile")).href;
    const run = spawnSync(
      SOFFICE,
      [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, docxPath],
      {
        encoding: "utf8",
        timeout: 150_000,
      },
    );
    const pdf = join(outDir, "statusrapport-2015.pdf");
    expect(existsSync(pdf), `soffice failed: ${run.stderr} ${run.stdout}`).toBe(true);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("Statusrapport 2015");
    expect(text).toContain("Amager Partnerskab – Urbanplanen og Hørgården");
    expect(text).toMatch(/Indbrud\s+77\s+62\s+58\s+−4\s+−6,5 %\s+Nået/);
    expect(text).toMatch(/Vold\/Trusler\s+73\s+58\s+65\s+\+7\s+\+12,1 %\s+Ikke/);
    expect(text).toContain("I 2015 blev 3 af 6 måltal nået");
    expect(text).toMatch(/Side 2 \/ \d+/);
    // The table of contents shows its entries, not the field's code.
    expect(text).not.toContain("TOC \\");
    expect(text).toMatch(/Indhold\s+Sammenfatning\s+Tryghed\s+Ekstraordinære/);
  });
});

describe("the HTML page", () => {
  it("is one standalone page with the same tables and the charts as inline SVG, every tracker text escaped", async () => {
    const { loadTrackerFile } = await import("../../files/tracker-file");
    const { writeWorkbook } = await import("../../files/xlsx-write");
    const loaded = await loadTrackerFile(SAMPLE_TRACKER);
    // A tracker whose activity and responsible are markup: the page must show them as text.
    const sheets = Object.entries(loaded.grids).map(([name, grid]) => ({
      name,
      rows: grid.map((row, r) =>
        name === "Aktiviteter" && r === 1 ? [row[0], '<script>alert("x")</script>', "<b>Bo & Co</b>", row[3], row[4], row[5]] : [...row],
      ),
    }));
    const hostile = join(dir, "hostile.xlsx");
    await writeWorkbook(hostile, sheets as never);
    const out = join(dir, "rapport.html");
    const run = await cli("report", "--year", "2015", "--tracker", hostile, "--format", "html", "--out", out, "--today", "2016-09-01");
    expect(run).toMatchObject({ code: 0, err: "" });
    const html = readFileSync(out, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;Bo &amp; Co&lt;/b&gt;");
    expect(html).toMatch(
      /<td>Tyverier<\/td><td class="num">244<\/td><td class="num">195<\/td><td class="num">201<\/td><td class="num">\+6<\/td><td class="num">\+3,1 %<\/td><td class="rag-amber">Tæt på<\/td>/,
    );
    expect((html.match(/<svg /g) ?? []).length).toBe(7);
    expect(html).not.toMatch(/src="http|href="http/);
  });
});

describe("the command's refusals", () => {
  it("never overwrites an existing file without --force, and then replaces it whole", async () => {
    const out = join(dir, "existing.docx");
    writeFileSync(out, "someone's edits");
    const refused = await cli("report", "--year", "2015", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(
      `partnerskab report: ${out} findes allerede / already exists (brug / use --force for at overskrive / to overwrite)\n`,
    );
    expect(readFileSync(out, "utf8")).toBe("someone's edits");
    const forced = await cli("report", "--year", "2015", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  it("says what is wrong, in one line, with exit 2", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--out", join(dir, "a.docx")], /--year mangler \/ is needed/],
      [["--year", "15", "--out", join(dir, "a.docx")], /--year skal være et årstal som 2015 \/ must be a year such as 2015, not "15"/],
      [["--year", "2015"], /--out FILE mangler \/ is needed/],
      [
        ["--year", "2015", "--format", "pdf", "--out", join(dir, "a.pdf")],
        /--format skal være docx eller html \/ must be docx or html, not "pdf"/,
      ],
      [["--year", "2015", "--out", join(dir, "a.html")], /--out skal ende på \.docx \/ must end in \.docx/],
      [["--year", "2020", "--out", join(dir, "a.docx")], /2020 ligger uden for aftalens periode \(2013–2016\)/],
      [["--year", "2015", "--tracker", join(dir, "missing.xlsx"), "--out", join(dir, "a.docx")], /missing\.xlsx/],
    ];
    for (const [args, message] of cases) {
      const run = await cli("report", ...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.err).toMatch(message);
      expect(run.err.trim().split("\n"), run.err).toHaveLength(1);
    }
    expect(existsSync(join(dir, "a.docx"))).toBe(false);
  });
});
