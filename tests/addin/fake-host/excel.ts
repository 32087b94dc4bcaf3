/**
 * A stand-in for Office.js's `Excel` namespace over a FakeWorkbookModel, with Excel's batch
 * semantics: methods and property writes only queue operations; `context.sync()` applies them
 * in the order they were queued and resolves loads and ClientResults. Reads queued before a
 * write in the same batch see the state before it, as in Excel. A failing operation fails the
 * sync with an Office-style error (`code`), and the operations before it stay applied: Excel
 * does not roll a batch back.
 *
 * What real Excel refuses, this host refuses too, so that tests catch the add-in relying on it:
 * changes to a protected sheet (AccessDenied), an unknown sheet or setting (ItemNotFound), a
 * response over Excel on the web's limit (ResponsePayloadSizeLimitExceeded), and any method
 * called on a null object other than loading it (undocumented in Office.js: the add-in must
 * sync and test isNullObject first).
 *
 * Proxies are made by `makeProxy`: in the unit tests that is office-addin-mock's
 * OfficeMockObject (so reading a property that was not loaded and synced gives its error, as
 * Excel would refuse it); in the browser test, a plain object.
 */
import { addressOf, type blankCell, type FakeChart, type FakeSheet, type FakeWorkbookModel, NO_FILL, parseAddress } from "./model";

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

/** An error as Office.js raises it (OfficeExtension.Error: name "RichApi.Error", a code). */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

export function createFakeExcel(model: FakeWorkbookModel, options: FakeExcelOptions): FakeExcel {
  const contexts = new WeakSet<object>();
  return {
    model,
    run(a: unknown, b?: unknown) {
      const callback = (typeof a === "function" ? a : b) as RunCallback;
      // Excel.run(previousContext, batch) goes on with that context; Excel.run(options, batch) starts a new one.
      if (typeof a === "object" && a !== null && contexts.has(a)) return callback(a as Proxy);
      model.runOptions.push(typeof a === "function" ? undefined : a);
      const context = newContext(model, options);
      contexts.add(context);
      return callback(context);
    },
  };
}

const WHOLE_SHEET = { rows: 1_048_576, cols: 16_384 };

function newContext(model: FakeWorkbookModel, { makeProxy, resolveLoads }: FakeExcelOptions): Proxy {
  const ops: Array<() => void> = [];
  const proxies: Proxy[] = [];
  /** Work done at sync after the operations, before loads resolve (values read "now"). */
  const reads: Array<() => void> = [];
  /** Ranges whose values were asked for in this batch: their size counts toward the response. */
  let valueLoads: Array<() => unknown> = [];
  let internal = false;
  let payload = 0;
  let pendingSeq = 0;
  /** Where each range proxy points (a chart's source and position are given as ranges). */
  const rangeInfo = new WeakMap<object, { sheet: string; row0: number; col0: number; rows: number; cols: number }>();

  const queue = (op: () => void, bytes = 150) => {
    ops.push(op);
    payload += bytes;
  };
  const make = (data: Record<string, unknown>, isNull: boolean | (() => boolean)): Proxy => {
    const p = makeProxy(data);
    // Like Excel, isNullObject can be read after a sync without loading it.
    Object.defineProperty(p, "isNullObject", {
      configurable: true,
      enumerable: true,
      get: () => (typeof isNull === "function" ? isNull() : isNull),
    });
    proxies.push(p);
    return p;
  };
  /** Sets a proxy's property as the host does while resolving (not a write by the add-in). */
  const resolve = (p: Proxy, prop: string, value: unknown) => {
    internal = true;
    try {
      Object.defineProperty(p, prop, { configurable: true, enumerable: true, writable: true, value });
    } finally {
      internal = false;
    }
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
    if (!sheet) throw officeError("ItemNotFound", `The sheet "${name}" does not exist`);
    return sheet;
  };
  const writableSheet = (name: string): FakeSheet => {
    const sheet = sheetNamed(name);
    if (sheet.protected) throw officeError("AccessDenied", `The sheet "${name}" is protected`);
    return sheet;
  };
  /** A method called on a null object: refused at sync (the add-in must test isNullObject first). */
  const onNull = (what: string) => () => {
    queue(() => {
      throw officeError("InvalidOperation", `${what} was called on a null object`);
    });
    return nullRange();
  };

  function nullRange(): Proxy {
    return make(
      {
        values: [],
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 0,
        columnCount: 0,
        address: "",
        getCellProperties: () => {
          queue(() => {
            throw officeError("InvalidOperation", "getCellProperties was called on a null object");
          });
          return { value: null };
        },
      },
      true,
    );
  }

  /** The whole sheet (getRange() without an address): only clearing it is modelled. */
  function wholeSheetRange(sheetName: string): Proxy {
    return make(
      {
        address: `${sheetName}!A1:XFD1048576`,
        rowCount: WHOLE_SHEET.rows,
        columnCount: WHOLE_SHEET.cols,
        clear: (applyTo?: string) =>
          queue(() => {
            const sheet = writableSheet(sheetName);
            if (applyTo === undefined || applyTo === "All") sheet.cells.clear();
            else throw officeError("NotImplemented", `clear(${applyTo}) is not modelled`);
          }),
      },
      false,
    );
  }

  function rangeProxy(sheetName: string, row0: number, col0: number, rows: number, cols: number): Proxy {
    const sheet = model.sheet(sheetName);
    const matrix = <T>(pick: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pick(row0 + r, col0 + c)));
    const cellAt = (r: number, c: number) => (sheet ? model.peek(sheet, r, c) : undefined);
    const first = cellAt(row0, col0);
    const valueTypeOf = (v: unknown) =>
      v === "" || v === undefined ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
    const data: Record<string, unknown> = {
      address: `${sheetName}!${addressOf(row0, col0, rows, cols)}`,
      rowIndex: row0,
      columnIndex: col0,
      rowCount: rows,
      columnCount: cols,
      // Read at sync when loaded (a used range can be a million cells wide: nothing is built eagerly).
      values: [],
      valueTypes: [],
      numberFormat: [],
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
            const s = writableSheet(sheetName);
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
            if (!resolved) throw officeError("ValueNotLoaded", "ClientResult read before context.sync()");
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
    rangeInfo.set(p, { sheet: sheetName, row0, col0, rows, cols });
    // Values and value types are read at sync, after the batch's earlier operations.
    const originalLoad = (p.load as ((arg?: unknown) => unknown) | undefined)?.bind(p);
    p.load = (arg?: unknown) => {
      const wanted = typeof arg === "string" ? arg.split(",").map((x) => x.trim()) : Array.isArray(arg) ? arg : [];
      if (wanted.includes("numberFormat"))
        reads.push(() =>
          resolve(
            p,
            "numberFormat",
            matrix((r, c) => cellAt(r, c)?.numberFormat ?? "General"),
          ),
        );
      if (wanted.includes("values") || wanted.includes("valueTypes")) {
        reads.push(() => {
          const s = sheetNamed(sheetName);
          if (wanted.includes("values")) model.valueReads.push({ sheet: s.name, row0, col0, rows, cols });
          const values = matrix((r, c) => model.peek(s, r, c)?.value ?? "");
          resolve(p, "values", values);
          resolve(
            p,
            "valueTypes",
            values.map((row) => row.map(valueTypeOf)),
          );
        });
        if (wanted.includes("values")) valueLoads.push(() => p.values);
      }
      return originalLoad?.(arg) ?? p;
    };
    function eachCell(fn: (cell: ReturnType<typeof blankCell>) => void) {
      const s = writableSheet(sheetName);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(model.cell(s, row0 + r, col0 + c));
    }
    const eachMatrix = (value: unknown, fn: (cell: ReturnType<typeof blankCell>, v: unknown) => void) => {
      const s = writableSheet(sheetName);
      const m = value as unknown[][];
      if (!Array.isArray(m) || m.length !== rows || m.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw officeError("InvalidArgument", `a ${rows}×${cols} range was given a matrix of another shape`);
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
    watch(validation, "rule", (v) => writableSheet(sheetName).validations.push({ row0, col0, rows, cols, rule: v }));
    return p;
  }

  /** A range given to a chart method: its address on the chart's own sheet. */
  const chartRange = (sheetName: string, range: unknown): string => {
    const info = rangeInfo.get(range as object);
    if (!info || info.sheet.toLowerCase() !== sheetName.toLowerCase())
      throw officeError("InvalidArgument", "not a range on the chart's sheet");
    return addressOf(info.row0, info.col0, info.rows, info.cols);
  };

  /**
   * A chart proxy over a FakeChart (which an added chart's queued operation puts on the sheet);
   * `loaded` when made while a sync resolves the collection's items, whose names are loaded.
   */
  function chartProxy(sheetName: string, chart: FakeChart, loaded = false): Proxy {
    const p = make(
      {
        name: chart.name,
        title: { text: chart.title },
        legend: { position: chart.legendPosition },
        setData: (range: unknown, seriesBy?: string) => {
          const address = chartRange(sheetName, range);
          queue(() => {
            writableSheet(sheetName);
            chart.source = address;
            chart.seriesBy = seriesBy ?? "Auto";
          });
        },
        setPosition: (from: unknown, to: unknown) => {
          const position = { from: chartRange(sheetName, from), to: chartRange(sheetName, to) };
          queue(() => {
            writableSheet(sheetName);
            chart.position = position;
          });
        },
        delete: () =>
          queue(() => {
            const s = writableSheet(sheetName);
            s.charts = s.charts.filter((c) => c !== chart);
          }),
        series: {
          getItemAt: (index: number) => {
            const series = make({ format: { line: { color: "" } } }, false);
            const line = (series.format as Record<string, unknown>).line;
            watch(line, "color", (v) => {
              writableSheet(sheetName);
              chart.seriesColours[index] = String(v).toUpperCase();
            });
            return series;
          },
        },
      },
      false,
    );
    // Writes to the proxy's own (nested) objects queue the change, as for ranges.
    const set = (apply: (v: unknown) => void) => (v: unknown) => {
      writableSheet(sheetName);
      apply(v);
    };
    if (loaded) resolve(p, "name", chart.name);
    watch(
      p,
      "name",
      set((v) => (chart.name = String(v))),
    );
    watch(
      p.title,
      "text",
      set((v) => (chart.title = String(v))),
    );
    watch(
      p.legend,
      "position",
      set((v) => (chart.legendPosition = String(v))),
    );
    return p;
  }

  function chartsOf(sheetName: string): Proxy {
    const charts = make(
      {
        add: (type: string, source: unknown, seriesBy?: string) => {
          const chart: FakeChart = {
            name: `Chart ${Math.random().toString(36).slice(2, 8)}`,
            type,
            source: chartRange(sheetName, source),
            seriesBy: seriesBy ?? "Auto",
            title: "",
            legendPosition: "Right",
            position: { from: "A1", to: "H15" },
            seriesColours: [],
          };
          queue(() => void writableSheet(sheetName).charts.push(chart));
          return chartProxy(sheetName, chart);
        },
      },
      false,
    );
    // The collection's items are the sheet's charts as they are at sync.
    charts.load = () => {
      reads.push(() =>
        resolve(
          charts,
          "items",
          (model.sheet(sheetName)?.charts ?? []).map((c) => chartProxy(sheetName, c, true)),
        ),
      );
      return charts;
    };
    return charts;
  }

  function nullSheet(): Proxy {
    return make(
      {
        name: "",
        id: "",
        getUsedRangeOrNullObject: onNull("getUsedRangeOrNullObject"),
        getNextOrNullObject: onNull("getNextOrNullObject"),
        getRange: onNull("getRange"),
        getRangeByIndexes: onNull("getRangeByIndexes"),
        delete: onNull("delete"),
        activate: onNull("activate"),
      },
      true,
    );
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
        if (address === undefined || address === "") return wholeSheetRange(name);
        const a = parseAddress(address);
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
          model.deleteSheet(sheetNamed(name));
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
    const p = make(data, false);
    // Assigning the name renames the sheet at the sync, as Excel does.
    watch(p, "name", (v) => model.renameSheet(sheetNamed(name), String(v)));
    p.protection = make({ protected: model.sheet(name)?.protected ?? false }, false);
    p.charts = chartsOf(name);
    // The id of a sheet added in this batch is known after the sync.
    if (id.startsWith("{pending-")) reads.push(() => resolve(p, "id", model.sheet(name)?.id ?? id));
    return p;
  }

  const handlerOf = (kind: keyof FakeWorkbookModel["handlers"]) => ({
    add: (handler: unknown) => {
      const h = handler as FakeWorkbookModel["handlers"][typeof kind][number];
      queue(() => model.handlers[kind].push(h));
      return {
        context,
        remove: () =>
          queue(() => {
            model.handlers[kind] = model.handlers[kind].filter((x) => x !== h);
          }),
      };
    },
  });

  const worksheets = make(
    {
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
        const pending = `{pending-${pendingSeq++}}`;
        queue(() => {
          model.addSheet(name);
        });
        return sheetProxy(name, pending);
      },
    },
    false,
  );
  // The collection's items are the sheets as they are at sync.
  worksheets.load = () => {
    reads.push(() =>
      resolve(
        worksheets,
        "items",
        model.sheets.map((s) => {
          const p = sheetProxy(s.name, s.id);
          (p.load as ((arg: string) => void) | undefined)?.("name, id");
          return p;
        }),
      ),
    );
    return worksheets;
  };
  for (const kind of ["changed", "added", "deleted", "renamed"] as const) {
    const prop = { changed: "onChanged", added: "onAdded", deleted: "onDeleted", renamed: "onNameChanged" }[kind];
    Object.assign(worksheets, { [prop]: handlerOf(kind) });
  }

  function settingProxy(key: string, mustExist: boolean): Proxy {
    let exists = false;
    const p = make({ key, value: "", delete: () => queue(() => void model.settings.delete(key)) }, () => !exists);
    if (mustExist)
      queue(() => {
        if (!model.settings.has(key)) throw officeError("ItemNotFound", `No setting "${key}"`);
      });
    reads.push(() => {
      exists = model.settings.has(key);
      resolve(p, "value", exists ? structuredClone(model.settings.get(key)) : null);
    });
    return p;
  }

  const settings = make(
    {
      add: (key: string, value: unknown) => {
        queue(() => void model.settings.set(key, structuredClone(value)), (JSON.stringify(value)?.length ?? 4) + 100);
        return settingProxy(key, false);
      },
      getItem: (key: string) => settingProxy(key, true),
      getItemOrNullObject: (key: string) => settingProxy(key, false),
    },
    false,
  );

  const application = make(
    {
      calculate: (type: string) =>
        queue(() => {
          model.calculations.push(type);
        }),
    },
    false,
  );

  const context: Proxy = makeProxy({
    sync: async () => {
      model.syncCount++;
      model.beforeSync?.(model.syncCount);
      model.syncPayloads.push(payload);
      payload = 0;
      const batch = ops.splice(0);
      const batchReads = reads.splice(0);
      const loadsOfValues = valueLoads;
      valueLoads = [];
      for (const op of batch) op();
      for (const read of batchReads) read();
      const responseBytes = loadsOfValues.reduce((sum, values) => sum + (JSON.stringify(values())?.length ?? 0), 0);
      if (responseBytes > model.responseLimitBytes) {
        throw officeError("ResponsePayloadSizeLimitExceeded", `The response would be ${responseBytes} bytes`);
      }
      internal = true;
      try {
        await resolveLoads?.(proxies);
      } finally {
        internal = false;
      }
    },
  });
  Object.assign(context, { workbook: { worksheets, settings, application } });
  return context;
}
