/**
 * What the task pane says when Excel refuses a batch. Office.js errors carry a `code` from
 * OfficeExtension.ErrorCodes / Excel.ErrorCodes; their `message` is "not intended for
 * consumption by end users" (Microsoft Learn, "Error handling with the application-specific
 * JavaScript APIs"), so people get a short Danish or English sentence chosen by the code, and
 * the code itself only when no sentence fits. Errors that are not Excel's (a bug of ours) get
 * a polite sentence too; the caller logs them with their stack.
 */
import type { Lang } from "../../shared/index";
import { t } from "../../shared/index";

export interface FriendlyError {
  text: string;
  /** The Office error code, when Excel refused the batch. */
  code: string | undefined;
  /** False for faults that are not Excel's: the caller logs those with their stack. */
  fromExcel: boolean;
}

/** The add-in's own refusals (a sheet too large, a protected sheet): their text is for people. */
export class AddinError extends Error {
  constructor(readonly text: { da: string; en: string }) {
    super(text.en);
    this.name = "AddinError";
  }
}

type Sentence = { da: string; en: string };

const PROTECTED: Sentence = {
  da: "Arket er beskyttet, så Excel tillader ikke ændringer. Fjern arkbeskyttelsen (Gennemse → Fjern arkbeskyttelse), og prøv igen.",
  en: "The sheet is protected, so Excel does not allow changes. Unprotect it (Review → Unprotect Sheet) and try again.",
};
const SHEET_GONE: Sentence = {
  da: "Et ark blev slettet eller omdøbt, mens Partnerskab arbejdede (måske af en medforfatter). Prøv igen.",
  en: "A sheet was deleted or renamed while Partnerskab was working (perhaps by a co-author). Try again.",
};
const CELL_EDIT: Sentence = {
  da: "Excel er ved at redigere en celle. Tryk Enter eller Esc, og prøv igen.",
  en: "Excel is editing a cell. Press Enter or Esc and try again.",
};
const TOO_MUCH: Sentence = {
  da: "Der var for mange data til én forespørgsel i Excel på nettet. Prøv igen; bliver det ved, så gør arkene mindre.",
  en: "There was too much data for one request in Excel on the web. Try again; if it persists, make the sheets smaller.",
};
const BUSY: Sentence = {
  da: "Excel svarede ikke i tide. Vent et øjeblik, og prøv igen.",
  en: "Excel did not answer in time. Wait a moment and try again.",
};
const CONFLICT: Sentence = {
  da: "Projektmappen blev ændret samtidig af en anden. Prøv igen.",
  en: "The workbook was changed by someone else at the same moment. Try again.",
};

/** Office's error codes, grouped by what a person can do about them. */
const BY_CODE: Readonly<Record<string, Sentence>> = {
  AccessDenied: PROTECTED,
  ItemNotFound: SHEET_GONE,
  InvalidReference: SHEET_GONE,
  InvalidOperationInCellEditMode: CELL_EDIT,
  RequestPayloadSizeLimitExceeded: TOO_MUCH,
  ResponsePayloadSizeLimitExceeded: TOO_MUCH,
  RangeExceedsLimit: TOO_MUCH,
  ActivityLimitReached: BUSY,
  ServiceNotAvailable: BUSY,
  RequestAborted: BUSY,
  Timeout: BUSY,
  ConnectionFailure: BUSY,
  InvalidOrTimedOutSession: BUSY,
  Conflict: CONFLICT,
  InsertDeleteConflict: CONFLICT,
  WriteNotSupportedWhenModalDialogOpen: {
    da: "Luk den dialogboks, der er åben i Excel, og prøv igen.",
    en: "Close the dialog box that is open in Excel and try again.",
  },
  InactiveWorkbook: {
    da: "Flere projektmapper er åbne. Klik i den projektmappe, Partnerskab skal arbejde i, og prøv igen.",
    en: "Several workbooks are open. Click in the workbook Partnerskab should work in and try again.",
  },
};

function officeCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as { code?: unknown }).code;
  // OfficeExtension.Error is named "RichApi.Error"; the stand-in hosts give the same shape.
  return typeof code === "string" && code !== "" ? code : undefined;
}

export function friendlyError(err: unknown, lang: Lang): FriendlyError {
  if (err instanceof AddinError) return { text: err.text[lang], code: undefined, fromExcel: false };
  const code = officeCode(err);
  if (code !== undefined) {
    const known = BY_CODE[code];
    const text = known
      ? known[lang]
      : t(
          lang,
          `Excel kunne ikke udføre handlingen (fejlkode ${code}). Prøv igen.`,
          `Excel could not do that (error code ${code}). Try again.`,
        );
    return { text, code, fromExcel: true };
  }
  return {
    text: t(
      lang,
      "Der skete en uventet fejl i Partnerskab. Prøv igen; bliver det ved, så luk og åbn opgaveruden.",
      "Something unexpected went wrong in Partnerskab. Try again; if it persists, close and reopen the task pane.",
    ),
    code: undefined,
    fromExcel: false,
  };
}
