/**
 * A stand-in for Office.js's `Excel` namespace over a FakeWorkbookModel, with Excel's batch
 * semantics: methods and property writes only queue operations; `context.sync()` applies them
 * in the order they were queued and resolves loads and ClientResults. Reads queued before a
 * write in the same batch see the state before it, as in Excel.
 *
 * Proxies are made by `makeProxy`: in the unit tests that is office-addin-mock's
 * OfficeMockObject (so reading a property that was not loaded and synced gives its error, as
 * Excel would refuse it); in the browser test, a plain object.
 */
import { addressOf, type blankCell, type FakeSheet, type FakeWorkbookModel, NO_FILL, parseAddress } from "./model";

export type Proxy = Record<string, unknown>;
export type MakeProxy = (data: Record<string, unknown>) => Proxy;

export interface FakeExcelOptions {
  makeProxy: MakeProxy;
  /** Resolves loads on the proxies after the queued operations are applied. */
  resolveLoads?: (proxies: readonly Proxy[]) => Promise<void>;
}

const SENTINELS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

type RunCallback = (context: Proxy) => Promise<unknown>;

export interface FakeExcel {
  run(a: unknown, b?: unknown): Promise<unknown>;
  model: FakeWorkbookModel;
}

export function createFakeExcel(model: FakeWorkbookModel, options: FakeExcelOptions): FakeExcel {
  return {
    model,
    run(a: unknown, b?: unknown) {
      const callback = (typeof a === "function" ? a : b) as RunCallback;
      return callback(newContext(model, options));
    },
  };
}

function newContext(model: FakeWorkbookModel, { makeProxy, resolveLoads }: FakeExcelOptions): Proxy {
  const ops: Array<() => void> = [];
  const proxies: Proxy[] = [];
  let internal = false;
  let payload = 0;
  let pendingSeq = 0;

  const queue = (op: () => void, bytes = 150) => {
    ops.push(op);
    payload += bytes;
  };
  const make = (data: Record<string, unknown>, isNull: boolean): Proxy => {
    const p = makeProxy(data);
    // Like Excel, isNullObject can be read after a sync without loading it.
    Object.defineProperty(p, "isNullObject", { configurable: true, enumerable: true, get: () => isNull });
    proxies.push(p);
    return p;
  };
  /** Property writes queue an operation at the moment of assignment. */
  const watch = (obj: unknown, prop: string, apply: (value: unknown) => void) => {
    const target = obj as Record<string, unknown>;
    let slot = target[prop];
    Object.defineProperty(target, prop, {
      configurable: true,
      enumerable: true,
      get: () => slot,
      set: (v: unknown) => {
        slot = v;
        if (internal || (typeof v === "string" && SENTINELS.has(v))) return;
        queue(() => apply(v), (JSON.stringify(v)?.length ?? 4) + 100);
      },
    });
  };
  const sheetNamed = (name: string): FakeSheet => {
    const sheet = model.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: the sheet "${name}" does not exist`);
    return sheet;
  };

  function nullRange(): Proxy {
    return make({ values: [], rowIndex: 0, columnIndex: 0, address: "", getCellProperties: () => ({ value: null }) }, true);
  }

  function rangeProxy(sheetName: string, row0: number, col0: number, rows: number, cols: number): Proxy {
    const sheet = model.sheet(sheetName);
    const matrix = <T>(pick: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pick(row0 + r, col0 + c)));
    const cellAt = (r: number, c: number) => (sheet ? model.peek(sheet, r, c) : undefined);
    const first = cellAt(row0, col0);
    const data: Record<string, unknown> = {
      address: `${sheetName}!${addressOf(row0, col0, rows, cols)}`,
      rowIndex: row0,
      columnIndex: col0,
      rowCount: rows,
      columnCount: cols,
      values: matrix((r, c) => cellAt(r, c)?.value ?? ""),
      formulas: matrix((r, c) => cellAt(r, c)?.formula ?? cellAt(r, c)?.value ?? ""),
      numberFormat: matrix((r, c) => cellAt(r, c)?.numberFormat ?? "General"),
      format: {
        fill: {
          color: first?.fill.color ?? NO_FILL.color,
          pattern: first?.fill.pattern ?? NO_FILL.pattern,
          patternColor: first?.fill.patternColor ?? NO_FILL.patternColor,
          clear: () => queue(() => eachCell((cell) => (cell.fill = { ...NO_FILL }))),
        },
        font: { color: first?.font.color ?? "#000000", bold: first?.font.bold ?? false },
        autofitColumns: () => queue(() => sheetNamed(sheetName)),
      },
      dataValidation: {
        clear: () =>
          queue(() => {
            const s = sheetNamed(sheetName);
            s.validations = s.validations.filter((v) => !(v.col0 === col0 && v.row0 === row0 && v.rows === rows && v.cols === cols));
          }),
      },
      getCellProperties: () => {
        let resolved = false;
        let value: unknown;
        queue(() => {
          const s = sheetNamed(sheetName);
          value = matrix((r, c) => {
            const fill = model.peek(s, r, c)?.fill ?? NO_FILL;
            return { format: { fill: { ...fill } } };
          });
          resolved = true;
        });
        return {
          get value() {
            if (!resolved) throw new Error("PropertyNotLoaded: ClientResult read before context.sync()");
            return value;
          },
        };
      },
      select: () =>
        queue(() => {
          sheetNamed(sheetName);
          model.activeSheet = sheetName;
          model.selection = { sheet: sheetName, address: addressOf(row0, col0, rows, cols) };
        }),
    };
    const p = make(data, false);
    function eachCell(fn: (cell: ReturnType<typeof blankCell>) => void) {
      const s = sheetNamed(sheetName);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(model.cell(s, row0 + r, col0 + c));
    }
    const eachMatrix = (value: unknown, fn: (cell: ReturnType<typeof blankCell>, v: unknown) => void) => {
      const s = sheetNamed(sheetName);
      const m = value as unknown[][];
      if (!Array.isArray(m) || m.length !== rows || m.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new Error(`InvalidArgument: a ${rows}×${cols} range was given a matrix of another shape`);
      }
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(model.cell(s, row0 + r, col0 + c), m[r]?.[c]);
    };
    watch(p, "values", (v) =>
      eachMatrix(v, (cell, x) => {
        cell.value = x === null || x === undefined ? "" : (x as string | number | boolean);
        cell.formula = undefined;
      }),
    );
    watch(p, "numberFormat", (v) => eachMatrix(v, (cell, x) => (cell.numberFormat = String(x))));
    const format = p.format as Record<string, unknown>;
    const fill = format.fill as Record<string, unknown>;
    const font = format.font as Record<string, unknown>;
    watch(fill, "color", (v) =>
      eachCell((cell) => {
        cell.fill = {
          color: String(v).toUpperCase(),
          pattern: cell.fill.pattern === "None" ? "Solid" : cell.fill.pattern,
          patternColor: cell.fill.patternColor,
        };
      }),
    );
    watch(fill, "pattern", (v) => eachCell((cell) => (cell.fill = { ...cell.fill, pattern: String(v) })));
    watch(fill, "patternColor", (v) => eachCell((cell) => (cell.fill = { ...cell.fill, patternColor: String(v).toUpperCase() })));
    watch(font, "color", (v) => eachCell((cell) => (cell.font = { ...cell.font, color: String(v).toUpperCase() })));
    watch(font, "bold", (v) => eachCell((cell) => (cell.font = { ...cell.font, bold: Boolean(v) })));
    const validation = p.dataValidation as Record<string, unknown>;
    validation.rule = undefined;
    watch(validation, "rule", (v) => sheetNamed(sheetName).validations.push({ row0, col0, rows, cols, rule: v }));
    return p;
  }

  function nullSheet(): Proxy {
    const data: Record<string, unknown> = {
      name: "",
      id: "",
      getUsedRangeOrNullObject: () => nullRange(),
      getNextOrNullObject: () => nullSheet(),
      getRange: () => nullRange(),
      delete: () => undefined,
      activate: () => undefined,
    };
    return make(data, true);
  }

  function sheetProxy(name: string, id: string): Proxy {
    const data: Record<string, unknown> = {
      name,
      id,
      visibility: "Visible",
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        const sheet = model.sheet(name);
        const used = sheet && model.usedRange(sheet, valuesOnly === true);
        return used ? rangeProxy(name, used.row0, used.col0, used.rows, used.cols) : nullRange();
      },
      getRange: (address?: string) => {
        const a = parseAddress(address || "A1");
        return rangeProxy(name, a.row0, a.col0, a.rows, a.cols);
      },
      getRangeByIndexes: (row0: number, col0: number, rows: number, cols: number) => rangeProxy(name, row0, col0, rows, cols),
      getNextOrNullObject: () => {
        const i = model.sheets.findIndex((s) => s.name === name);
        const next = i >= 0 ? model.sheets[i + 1] : undefined;
        return next ? sheetProxy(next.name, next.id) : nullSheet();
      },
      delete: () =>
        queue(() => {
          const sheet = sheetNamed(name);
          model.sheets = model.sheets.filter((s) => s !== sheet);
          if (model.activeSheet?.toLowerCase() === name.toLowerCase()) model.activeSheet = model.sheets[0]?.name;
        }),
      activate: () =>
        queue(() => {
          model.activeSheet = sheetNamed(name).name;
        }),
      freezePanes: {
        freezeRows: (n: number) =>
          queue(() => {
            sheetNamed(name).frozenRows = n;
          }),
      },
    };
    return make(data, false);
  }

  const worksheets = {
    getFirst: () => {
      const first = model.sheets[0];
      if (!first) throw new Error("a workbook always has a sheet");
      return sheetProxy(first.name, first.id);
    },
    getItem: (name: string) => {
      const sheet = model.sheet(name);
      if (!sheet) queue(() => sheetNamed(name));
      return sheetProxy(sheet?.name ?? name, sheet?.id ?? "");
    },
    getItemOrNullObject: (name: string) => {
      const sheet = model.sheet(name);
      return sheet ? sheetProxy(sheet.name, sheet.id) : nullSheet();
    },
    add: (name: string) => {
      const id = `{added-${model.sheets.length}-${pendingSeq++}-${name}}`;
      queue(() => {
        model.addSheet(name).id = id;
      });
      return sheetProxy(name, id);
    },
    onChanged: {
      add: (handler: unknown) => {
        queue(() => model.changeHandlers.push(handler as () => void));
        return { context: undefined, remove: () => undefined };
      },
    },
  };

  const context = makeProxy({
    workbook: { worksheets },
    sync: async () => {
      model.syncCount++;
      model.syncPayloads.push(payload);
      payload = 0;
      for (const op of ops.splice(0)) op();
      internal = true;
      try {
        await resolveLoads?.(proxies);
      } finally {
        internal = false;
      }
    },
  });
  return context;
}
