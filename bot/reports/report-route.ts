/**
 * GET /reports/…: the status report's Word document behind a signed, expiring link. The document
 * is written from the tracker as it is when the link is opened. Every refusal is a short plain
 * text in Danish and English (the link's language first): 403 for a link that is not one of the
 * bot's, 410 for one that has expired (ask the bot again), 503 when the tracker cannot be read;
 * never a stack trace.
 */
import type { Request, Response } from "express";
import type { Lang } from "../../shared/index";
import { TrackerUnavailableError } from "../core/errors";
import type { Clock, Logger, TrackerSource } from "../core/ports";
import type { ReportLinks } from "./report-links";

export interface ReportRouteDeps {
  links: ReportLinks;
  tracker: TrackerSource;
  clock: Clock;
  logger: Logger;
  /** What the report names as the figures' source: the tracker file's name, "Microsoft 365". */
  source: string;
}

/** Both languages, the asker's first. */
function both(lang: Lang | undefined, da: string, en: string): string {
  return lang === "en" ? `${en}\n\n${da}\n` : `${da}\n\n${en}\n`;
}

function refuse(res: Response, status: number, text: string): void {
  res.status(status).type("text/plain; charset=utf-8").set("Cache-Control", "no-store").send(text);
}

export function reportRoute(deps: ReportRouteDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const p = req.params as Record<string, string>;
    const check = await deps.links.check({
      year: p.year ?? "",
      lang: p.lang ?? "",
      expires: p.expires ?? "",
      signature: p.signature ?? "",
    });
    if (!check.ok) {
      deps.logger.warn({ reason: check.reason, ip: req.ip }, "report link refused");
      if (check.reason === "expired") {
        refuse(
          res,
          410,
          both(
            check.lang,
            "Linket til statusrapporten er udløbet (det virker i 7 dage). Bed botten om et nyt, fx »lav statusrapport for 2015«.",
            'This link to the status report has expired (links work for 7 days). Ask the bot for a new one, e.g. "status report 2015".',
          ),
        );
      } else {
        refuse(
          res,
          403,
          both(
            check.lang,
            "Linket er ikke gyldigt. Brug linket, som botten sendte, eller bed botten om et nyt.",
            "This link is not valid. Use the link the bot sent, or ask the bot for a new one.",
          ),
        );
      }
      return;
    }
    const { year, lang } = check;
    try {
      const snapshot = await deps.tracker.current();
      // Loaded on the first download only: Word, ECharts and resvg stay out of the bot's start.
      const { writeStatusReport } = await import("../../documents/status-report/index");
      const written = await writeStatusReport(
        {
          agreement: snapshot.agreement,
          tracker: snapshot.tracker,
          year,
          lang,
          dataAsOf: snapshot.readAt,
          source: deps.source,
          now: deps.clock.now(),
        },
        "docx",
      );
      for (const warning of written.warnings) deps.logger.warn({ year }, `status report: ${warning}`);
      res
        .status(200)
        .type(written.contentType)
        .set("Content-Disposition", `attachment; filename="${written.fileName}"`)
        .set("Cache-Control", "private, no-store")
        .set("X-Content-Type-Options", "nosniff")
        .send(written.bytes);
    } catch (err) {
      if (err instanceof TrackerUnavailableError) {
        deps.logger.warn({ reason: err.reason }, "status report: tracker unavailable");
        refuse(
          res,
          503,
          both(
            lang,
            "Trackeren kan ikke læses lige nu. Prøv igen om lidt.",
            "The tracker cannot be read right now. Please try again in a moment.",
          ),
        );
        return;
      }
      deps.logger.error(
        { err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err), year },
        "status report failed",
      );
      refuse(
        res,
        500,
        both(
          lang,
          "Statusrapporten kunne ikke skrives. Prøv igen om lidt.",
          "The status report could not be written. Please try again in a moment.",
        ),
      );
    }
  };
}
