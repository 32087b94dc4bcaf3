/**
 * The task pane's DOM wiring: buttons → actions → messages and the issue list. No Excel calls
 * here (they are in excel/), no rules (they are in shared/ and core/).
 */
import type { Lang } from "../../shared/index";
import { calculateTargets } from "../actions/calculate";
import { clearHighlights } from "../actions/clear";
import { createTracker } from "../actions/create";
import { validateWorkbook } from "../actions/validate";
import { runAction } from "../core/action-runner";
import { AutoRevalidate } from "../core/auto-revalidate";
import { friendlyError } from "../core/excel-errors";
import { countMsg, langFromDisplayLanguage, type MessageKey, msg, summaryText } from "../core/i18n";
import { onWorkbookChanged } from "../excel/events";
import { selectCell } from "../excel/sheets";
import { renderIssues } from "./render";

const REVALIDATE_DELAY_MS = 1500;

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from taskpane.html`);
  return node as T;
}

function translate(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) {
    node.textContent = msg(lang, node.dataset.i18n as MessageKey);
  }
}

export function startTaskpane(lang: Lang): void {
  translate(lang);
  const status = byId<HTMLParagraphElement>("pk-status");
  const note = byId<HTMLParagraphElement>("pk-agreement");
  const issues = byId<HTMLDivElement>("pk-issue-list");
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("button[data-action]")];
  const auto = byId<HTMLInputElement>("pk-auto");
  let busy = false;

  const say = (text: string, kind: "info" | "error" = "info") => {
    status.textContent = text;
    status.dataset.kind = kind;
  };

  async function run(work: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    for (const b of buttons) b.disabled = true;
    say(msg(lang, "working"));
    try {
      // Excel's refusals get a sentence chosen by their code, never Excel's own message (core/excel-errors.ts).
      await runAction(work, {
        failed: (message) => say(msg(lang, "failed", { message }), "error"),
        describe: (err) => friendlyError(err, lang).text,
      });
    } finally {
      busy = false;
      for (const b of buttons) b.disabled = false;
    }
  }

  const validate = () =>
    run(async () => {
      const result = await validateWorkbook({ lang });
      note.textContent = result.agreementNote;
      renderIssues(issues, result.groups, lang, (item) => void selectCell(item.sheet, item.cell).catch(() => undefined));
      const summary = summaryText(lang, result.errors, result.warnings);
      const parts = [
        result.highlighted > 0 ? `${summary}. ${countMsg(lang, "highlighted", result.highlighted)}` : summary,
        result.protectedSheets.length > 0 ? msg(lang, "protectedNotHighlighted", { sheets: result.protectedSheets.join(", ") }) : "",
      ];
      say(parts.join(" ").trim());
    });

  const actions: Record<string, () => Promise<void>> = {
    validate,
    clear: () =>
      run(async () => {
        const result = await clearHighlights();
        const locked =
          result.protectedSheets.length > 0 ? msg(lang, "protectedNotCleared", { sheets: result.protectedSheets.join(", ") }) : "";
        if (result.restored === 0 && result.leftAlone === 0) say([msg(lang, "nothingToClear"), locked].join(" ").trim());
        else
          say(
            [msg(lang, "cleared"), result.leftAlone > 0 ? countMsg(lang, "clearedKeptUser", result.leftAlone) : "", locked]
              .join(" ")
              .trim(),
          );
      }),
    calculate: () =>
      run(async () => {
        const result = await calculateTargets({ lang });
        note.textContent = result.agreementNote;
        if (result.ok) say(msg(lang, "targetsWritten", { sheet: result.sheet, rows: result.rows }));
        else say(msg(lang, result.reason === "sheet-protected" ? "targetsProtected" : "targetsBlocked", { sheet: result.sheet }), "error");
      }),
    create: () =>
      run(async () => {
        const result = await createTracker();
        const parts = [
          result.created.length > 0 ? msg(lang, "trackerCreated", { sheets: result.created.join(", ") }) : msg(lang, "trackerNothing"),
          result.skipped.length > 0 ? msg(lang, "trackerSkipped", { sheets: result.skipped.join(", ") }) : "",
          result.protectedSheets.length > 0 ? msg(lang, "trackerProtected", { sheets: result.protectedSheets.join(", ") }) : "",
        ];
        say(parts.join(" ").trim());
      }),
  };
  for (const button of buttons) {
    button.addEventListener("click", () => void actions[button.dataset.action ?? ""]?.());
  }

  // Re-validation on change: off by default (it repaints highlights while people type), and
  // paused while the pane is hidden (see core/auto-revalidate.ts).
  const autoRevalidate = new AutoRevalidate({ listen: onWorkbookChanged, validate, busy: () => busy, delayMs: REVALIDATE_DELAY_MS });
  auto.addEventListener("change", () => {
    autoRevalidate.setEnabled(auto.checked).catch((err: unknown) => {
      auto.checked = false;
      say(msg(lang, "failed", { message: friendlyError(err, lang).text }), "error");
    });
  });
  // Office.addin exists in the shared runtime (SharedRuntime 1.1), which the manifests require.
  Office.addin
    ?.onVisibilityModeChanged((args) => {
      void autoRevalidate.setVisible(String(args.visibilityMode) === "Taskpane").catch(() => undefined);
    })
    .catch((err: unknown) => console.error("Partnerskab: no visibility events", err));
}

function boot(): void {
  if (typeof Office === "undefined") {
    const status = document.getElementById("pk-status");
    if (status) status.textContent = msg(langFromDisplayLanguage(navigator.language), "officeMissing");
    return;
  }
  Office.onReady(() => {
    startTaskpane(langFromDisplayLanguage(Office.context?.displayLanguage));
  });
}

boot();
