/**
 * The real Office.js client library for Excel on the web (node_modules/@microsoft/office-js,
 * excel-web-16.00.js), loaded in Node: the add-in's batches go through Microsoft's own
 * `Excel.run`, proxies and request serialization, exactly as in Excel on the web. Only the
 * transport is stubbed: `OSF.DDA.RichApi.executeRichApiRequestAsync`, the call by which the
 * library hands a serialized request to the host, is answered here. Each request body (the text
 * Excel would receive, and cap at 5 MB) is kept, and the request is carried out on a
 * FakeWorkbookModel, so the add-in sees real answers.
 *
 * The host side understands what the add-in's reads and highlight writes ask for (worksheets,
 * used ranges, values, protection, fills, settings) and refuses anything else with
 * NotImplemented, so a test cannot pass by an operation being silently ignored.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import { type FakeSheet, type FakeWorkbookModel, NO_FILL, parseAddress } from "../fake-host/model";

const require = createRequire(import.meta.url);
const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

export interface CapturedRequest {
  /** The request body as the library serialized it (UTF-8 bytes). */
  bytes: number;
  /** The response body the host sent back (UTF-8 bytes). */
  responseBytes: number;
  actions: number;
}

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}

type HostObject =
  | { kind: "workbook" }
  | { kind: "worksheets" }
  | { kind: "settings" }
  | { kind: "application" }
  | { kind: "sheet"; sheet: FakeSheet }
  | { kind: "protection"; sheet: FakeSheet }
  | { kind: "range"; sheet: FakeSheet; row0: number; col0: number; rows: number; cols: number }
  | { kind: "format" | "fill"; range: Extract<HostObject, { kind: "range" }> }
  | { kind: "setting"; key: string }
  | { kind: "null" };

class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Carries out one request on the model; returns the response body. */
function execute(model: FakeWorkbookModel, body: { Actions: ActionInfo[]; ObjectPaths: Record<string, PathInfo> }): object {
  const objects = new Map<number, HostObject>();
  const results: Array<{ ActionId: number; Value: unknown }> = [];

  const sheetNamed = (name: string) => {
    const sheet = model.sheet(name);
    if (!sheet) throw new HostError("ItemNotFound", `The sheet ${name} does not exist`);
    return sheet;
  };
  const writable = (sheet: FakeSheet) => {
    if (sheet.protected) throw new HostError("AccessDenied", `The sheet ${sheet.name} is protected`);
    return sheet;
  };
  const objectAt = (id: number): HostObject => {
    const known = objects.get(id);
    if (known) return known;
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new HostError("InvalidObjectPath", `no object path ${id}`);
    const made = instantiate(info);
    objects.set(id, made);
    return made;
  };
  const instantiate = (info: PathInfo): HostObject => {
    if (info.ObjectPathType === 1) return { kind: "workbook" };
    const parent = objectAt(info.ParentObjectPathId ?? 0);
    const args = info.ArgumentInfo?.Arguments ?? [];
    if (parent.kind === "null") return parent;
    const key = `${parent.kind}.${info.ObjectPathType === 5 ? "[]" : info.Name}`;
    switch (key) {
      case "workbook.Worksheets":
        return { kind: "worksheets" };
      case "workbook.Settings":
        return { kind: "settings" };
      case "workbook.Application":
        return { kind: "application" };
      case "worksheets.[]":
        return { kind: "sheet", sheet: sheetNamed(String(args[0])) };
      case "worksheets.GetItemOrNullObject": {
        const sheet = model.sheet(String(args[0]));
        return sheet ? { kind: "sheet", sheet } : { kind: "null" };
      }
      case "settings.[]":
        if (!model.settings.has(String(args[0]))) throw new HostError("ItemNotFound", `no setting ${String(args[0])}`);
        return { kind: "setting", key: String(args[0]) };
      case "settings.GetItemOrNullObject":
        return model.settings.has(String(args[0])) ? { kind: "setting", key: String(args[0]) } : { kind: "null" };
      case "settings.Add":
        model.settings.set(String(args[0]), structuredClone(args[1]));
        return { kind: "setting", key: String(args[0]) };
    }
    if (parent.kind === "sheet") {
      if (info.Name === "Protection") return { kind: "protection", sheet: parent.sheet };
      if (info.Name === "GetRange") {
        const a = parseAddress(String(args[0]));
        return { kind: "range", sheet: parent.sheet, row0: a.row0, col0: a.col0, rows: a.rows, cols: a.cols };
      }
      if (info.Name === "GetRangeByIndexes") {
        const [row0, col0, rows, cols] = args.map(Number) as [number, number, number, number];
        return { kind: "range", sheet: parent.sheet, row0, col0, rows, cols };
      }
      if (info.Name === "GetUsedRangeOrNullObject") {
        const used = model.usedRange(parent.sheet, args[0] === true);
        return used
          ? { kind: "range", sheet: parent.sheet, row0: used.row0, col0: used.col0, rows: used.rows, cols: used.cols }
          : { kind: "null" };
      }
    }
    if (parent.kind === "range" && info.Name === "Format") return { kind: "format", range: parent };
    if (parent.kind === "format" && info.Name === "Fill") return { kind: "fill", range: parent.range };
    throw new HostError("NotImplemented", `the stub host does not model ${key}`);
  };

  const cellsOf = (range: Extract<HostObject, { kind: "range" }>) => {
    const out: Array<{ r: number; c: number }> = [];
    for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.cols; c++) out.push({ r: range.row0 + r, c: range.col0 + c });
    return out;
  };
  const matrix = <T>(range: Extract<HostObject, { kind: "range" }>, pick: (row0: number, col0: number) => T): T[][] =>
    Array.from({ length: range.rows }, (_, r) => Array.from({ length: range.cols }, (_, c) => pick(range.row0 + r, range.col0 + c)));

  const query = (obj: HostObject, select: readonly string[]): unknown => {
    if (obj.kind === "null") return null;
    const pick = (all: Record<string, () => unknown>) =>
      Object.fromEntries(
        select.map((s) => {
          const read = all[s];
          if (!read) throw new HostError("NotImplemented", `the stub host does not load ${obj.kind}.${s}`);
          return [capital(s), read()];
        }),
      );
    switch (obj.kind) {
      case "worksheets":
        return { _Items: model.sheets.map((sheet) => ({ Name: sheet.name, Id: sheet.id })) };
      case "protection":
        return pick({ protected: () => obj.sheet.protected });
      case "setting":
        return { Key: obj.key, Value: model.settings.get(obj.key) ?? null };
      case "range":
        return pick({
          values: () => matrix(obj, (r, c) => model.peek(obj.sheet, r, c)?.value ?? ""),
          rowIndex: () => obj.row0,
          columnIndex: () => obj.col0,
          rowCount: () => obj.rows,
          columnCount: () => obj.cols,
        });
      default:
        throw new HostError("NotImplemented", `the stub host does not load ${obj.kind}`);
    }
  };

  const method = (obj: HostObject, name: string, args: readonly unknown[]): unknown => {
    if (name === "_KeepReference" || name === "_RemoveReference") return undefined;
    if (obj.kind === "range" && name === "GetCellProperties") {
      return matrix(obj, (r, c) => ({ format: { fill: { ...(model.peek(obj.sheet, r, c)?.fill ?? NO_FILL) } } }));
    }
    if (obj.kind === "fill" && name === "Clear") {
      writable(obj.range.sheet);
      for (const { r, c } of cellsOf(obj.range)) model.cell(obj.range.sheet, r, c).fill = { ...NO_FILL };
      return undefined;
    }
    if (obj.kind === "setting" && name === "Delete") {
      model.settings.delete(obj.key);
      return undefined;
    }
    throw new HostError("NotImplemented", `the stub host does not model ${obj.kind}.${name}(${args.length} arguments)`);
  };

  const setProperty = (obj: HostObject, name: string, value: unknown) => {
    if (obj.kind !== "fill") throw new HostError("NotImplemented", `the stub host does not set ${obj.kind}.${name}`);
    writable(obj.range.sheet);
    for (const { r, c } of cellsOf(obj.range)) {
      const cell = model.cell(obj.range.sheet, r, c);
      if (name === "Color")
        cell.fill = {
          ...cell.fill,
          color: String(value).toUpperCase(),
          pattern: cell.fill.pattern === "None" ? "Solid" : cell.fill.pattern,
        };
      else if (name === "Pattern") cell.fill = { ...cell.fill, pattern: String(value) };
      else if (name === "PatternColor") cell.fill = { ...cell.fill, patternColor: String(value).toUpperCase() };
      else throw new HostError("NotImplemented", `the stub host does not set fill.${name}`);
    }
  };

  for (let i = 0; i < body.Actions.length; i++) {
    const action = body.Actions[i] as ActionInfo;
    try {
      const obj = objectAt(action.ObjectPathId);
      if (action.ActionType === 1) continue; // instantiated above
      if (action.ActionType === 2) results.push({ ActionId: action.Id, Value: query(obj, action.QueryInfo?.Select ?? []) });
      else if (action.ActionType === 3) {
        const value = method(obj, action.Name, action.ArgumentInfo?.Arguments ?? []);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } else if (action.ActionType === 4) setProperty(obj, action.Name, action.ArgumentInfo?.Arguments?.[0]);
      else throw new HostError("NotImplemented", `the stub host does not model action type ${action.ActionType}`);
    } catch (err) {
      // Excel stops at the failing action; the ones before it stay applied.
      const code = err instanceof HostError ? err.code : "GeneralException";
      return {
        Results: results,
        Error: { Code: code, Message: (err as Error).message, HttpStatusCode: 400, ActionIndex: i, Location: "" },
      };
    }
  }
  return { Results: results };
}

export interface ExcelWebClient {
  /** The library's `Excel` namespace, to install as the global the add-in calls. */
  Excel: typeof Excel;
  requests: CapturedRequest[];
}

/** Loads the library once per call (a fresh context), answering requests from `model`. */
export function loadExcelWebClient(model: FakeWorkbookModel): ExcelWebClient {
  const requests: CapturedRequest[] = [];
  const window: Record<string, unknown> = {
    navigator: { userAgent: "node" },
    location: { href: "https://excel.example/", search: "", hash: "" },
    setTimeout,
    clearTimeout,
    console,
    addEventListener: () => undefined,
    document: {
      getElementsByTagName: () => [],
      createElement: () => ({ setAttribute: () => undefined, style: {} }),
      addEventListener: () => undefined,
      readyState: "complete",
      documentElement: {},
      querySelector: () => null,
    },
  };
  Object.assign(window, { window, self: window, top: window, parent: window });
  const context = vm.createContext(window);
  vm.runInContext(readFileSync(LIBRARY, "utf8"), context, { filename: "excel-web-16.00.js" });
  const osf = (context as { OSF: { DDA: Record<string, unknown> } }).OSF;
  osf.DDA.RichApi = {
    executeRichApiRequestAsync(message: unknown[], callback: (result: unknown) => void) {
      const text = String(message[4]);
      const body = JSON.parse(text) as Parameters<typeof execute>[1];
      const response = JSON.stringify(execute(model, body));
      requests.push({
        bytes: Buffer.byteLength(text, "utf8"),
        responseBytes: Buffer.byteLength(response, "utf8"),
        actions: body.Actions.length,
      });
      model.syncCount++;
      setTimeout(() => callback({ status: "succeeded", value: { data: [200, [], response] } }), 0);
    },
  };
  return { Excel: (context as { Excel: typeof Excel }).Excel, requests };
}
