/**
 * The status report as one standalone HTML page: no scripts, no outside files, styles inline,
 * the charts as the same SVG the Word pictures are drawn from. Every text is escaped (tracker
 * text may hold anything); only the SVG that ECharts wrote goes in as markup.
 */
import type { Rag, ReportBlock, ReportCell, ReportDocument, ReportTable } from "../../shared/index";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const RAG_CLASS: Record<Rag, string> = { green: "rag-green", amber: "rag-amber", red: "rag-red", grey: "rag-grey" };

const STYLE = `
body { font-family: Calibri, "Segoe UI", "DejaVu Sans", sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #242424; line-height: 1.45; }
header.front { border-bottom: 1px solid #d1d1d1; margin-bottom: 2rem; padding-bottom: 1rem; }
h1.title { font-size: 2.2rem; margin-bottom: 0.2rem; }
.subtitle { font-size: 1.3rem; color: #424242; margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.2rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3rem; }
th, td { border: 1px solid #c8c8c8; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e1eaf4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.rag-green { background: #dff6dd; } .rag-amber { background: #fff4ce; } .rag-red { background: #fde7e9; } .rag-grey { background: #f3f2f1; }
.placeholder { background: #ffff00; font-style: italic; padding: 0.1rem 0.3rem; }
.note { font-size: 0.9rem; font-style: italic; color: #605e5c; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; font-style: italic; color: #605e5c; }
nav ol { padding-left: 1.2rem; }
`;

function cell(tag: "td" | "th", c: ReportCell): string {
  const classes = [c.numeric ? "num" : "", c.rag ? RAG_CLASS[c.rag] : ""].filter(Boolean).join(" ");
  return `<${tag}${classes ? ` class="${classes}"` : ""}>${escapeHtml(c.text)}</${tag}>`;
}

function tableHtml(table: ReportTable): string {
  const head = `<tr>${table.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  const rows = table.rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("")}</tr>`).join("\n");
  return `<table>\n<caption>${escapeHtml(table.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function blockHtml(block: ReportBlock, svgs: ReadonlyMap<string, string>): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "note":
      return `<p class="note">${escapeHtml(block.text)}</p>`;
    case "placeholder":
      return `<p><mark class="placeholder">[${escapeHtml(block.text)}]</mark></p>`;
    case "table":
      return tableHtml(block.table);
    case "chart": {
      const svg = svgs.get(block.chart.id);
      const picture = svg ? `<div role="img" aria-label="${escapeHtml(block.chart.description)}">${svg}</div>` : "";
      return `<figure id="chart-${escapeHtml(block.chart.id)}">${picture}<figcaption>${escapeHtml(block.chart.description)}</figcaption></figure>`;
    }
  }
}

/** The page. `svgs`: each chart's SVG by chart id (from chart-pictures.ts). */
export function statusReportHtml(doc: ReportDocument, svgs: ReadonlyMap<string, string>): string {
  const ids = doc.sections.map((_, i) => `section-${i + 1}`);
  const contents = doc.sections
    .map(
      (s, i) =>
        `<li${s.level === 2 ? ' style="margin-left:1.2rem;list-style:circle"' : ""}><a href="#${ids[i]}">${escapeHtml(s.heading)}</a></li>`,
    )
    .join("\n");
  const body = doc.sections
    .map((s, i) => {
      const tag = s.level === 1 ? "h2" : "h3";
      return `<section>\n<${tag} id="${ids[i]}">${escapeHtml(s.heading)}</${tag}>\n${s.blocks.map((b) => blockHtml(b, svgs)).join("\n")}\n</section>`;
    })
    .join("\n");
  const facts = doc.front.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join("\n");
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Partnerskab">
<title>${escapeHtml(`${doc.title} – ${doc.subtitle}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="front">
<h1 class="title">${escapeHtml(doc.title)}</h1>
<p class="subtitle">${escapeHtml(doc.subtitle)}</p>
<dl class="facts">
${facts}
</dl>
<p class="note">${escapeHtml(doc.frontNote)}</p>
</header>
<nav>
<h2>${escapeHtml(doc.contentsHeading)}</h2>
<ol>
${contents}
</ol>
</nav>
<main>
${body}
</main>
</body>
</html>
`;
}
