import { describe, expect, it } from "vitest";
import {
  dateToExcelSerial,
  excelSerialToDate,
  excelSerialToTime,
  fromA1,
  parseCountCell,
  parseDateCell,
  parseNumberText,
  parseTimeCell,
  toA1,
} from "../../shared/index";

describe("A1 references", () => {
  it("turn zero-based row and column into Excel's names and back", () => {
    expect(toA1(0, 0)).toBe("A1");
    expect(toA1(3, 2)).toBe("C4");
    expect(toA1(9, 25)).toBe("Z10");
    expect(toA1(0, 26)).toBe("AA1");
    expect(toA1(99_999, 701)).toBe("ZZ100000");
    expect(fromA1("AA1")).toEqual({ row0: 0, col0: 26 });
    expect(fromA1("a1")).toBeUndefined();
  });
});

describe("dates and times from Office.js, exceljs and text", () => {
  it("reads Excel serial dates, including the 1900 leap-year quirk", () => {
    expect(excelSerialToDate(42283)).toBe("2015-10-06");
    expect(excelSerialToDate(42283.375)).toBe("2015-10-06");
    expect(excelSerialToDate(61)).toBe("1900-03-01");
    expect(excelSerialToDate(59)).toBe("1900-02-28");
    expect(excelSerialToDate(60)).toBeUndefined();
    expect(excelSerialToDate(0)).toBeUndefined();
    expect(excelSerialToDate(Number.NaN)).toBeUndefined();
    expect(dateToExcelSerial("2015-10-06")).toBe(42283);
  });
  it("reads times as fractions of a day, rounding float noise to the minute", () => {
    expect(excelSerialToTime(0.375)).toBe("09:00");
    expect(excelSerialToTime(14 / 24 - 1e-9)).toBe("14:00");
    expect(parseTimeCell(42283.625)).toBe("15:00");
    expect(parseTimeCell(9)).toBeUndefined();
  });
  it("reads exceljs Dates by their UTC fields (the wall-clock value)", () => {
    expect(parseDateCell(new Date(Date.UTC(2015, 9, 6)))).toBe("2015-10-06");
    expect(parseTimeCell(new Date(Date.UTC(1899, 11, 30, 9, 0)))).toBe("09:00");
    expect(parseTimeCell(new Date(Date.UTC(1899, 11, 30, 8, 59, 59, 999)))).toBe("09:00");
    expect(parseDateCell(new Date(Number.NaN))).toBeUndefined();
  });
  it("reads ISO and Danish date text and HH:MM time text, and refuses impossible ones", () => {
    expect(parseDateCell(" 2015-10-06 ")).toBe("2015-10-06");
    expect(parseDateCell("2015-10-06T09:00")).toBe("2015-10-06");
    expect(parseDateCell("6.10.2015")).toBe("2015-10-06");
    expect(parseDateCell("29-02-2016")).toBe("2016-02-29");
    expect(parseDateCell("29-02-2015")).toBeUndefined();
    expect(parseDateCell("2015-13-01")).toBeUndefined();
    expect(parseDateCell("i morgen")).toBeUndefined();
    expect(parseTimeCell("9:00")).toBe("09:00");
    expect(parseTimeCell("kl. 9.30")).toBe("09:30");
    expect(parseTimeCell("14:00:00")).toBe("14:00");
    expect(parseTimeCell("24:00")).toBeUndefined();
    expect(parseTimeCell("9:60")).toBeUndefined();
  });
});

describe("counts", () => {
  it("accept whole numbers, numeric text and formula float noise; refuse the rest by kind", () => {
    expect(parseCountCell(58)).toEqual({ kind: "number", value: 58 });
    expect(parseCountCell(" 58 ")).toEqual({ kind: "number", value: 58 });
    expect(parseCountCell(57.99999999999)).toEqual({ kind: "number", value: 58 });
    expect(parseCountCell("")).toEqual({ kind: "empty" });
    expect(parseCountCell(null)).toEqual({ kind: "empty" });
    expect(parseCountCell("ca. 60").kind).toBe("not-a-number");
    expect(parseCountCell(true).kind).toBe("not-a-number");
    expect(parseCountCell(new Date()).kind).toBe("not-a-number");
    expect(parseCountCell(-1).kind).toBe("negative");
    expect(parseCountCell("2,5")).toEqual({ kind: "fractional", value: 2.5 });
  });
  it("reads kroner as Danes write them", () => {
    expect(parseNumberText("1.500.000 kr.")).toBe(1_500_000);
    expect(parseNumberText("DKK 1,500,000")).toBe(1_500_000);
    expect(parseNumberText("−20")).toBe(-20);
    expect(parseNumberText("12,5")).toBe(12.5);
    expect(parseNumberText("abc")).toBeUndefined();
  });
});
