import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import {
  defaultReportYear,
  excelSerialToIso,
  isoToExcelSerial,
  localIsoDate,
  utcMsToExcelSerial,
} from "../../src/domain/period";

describe("the default report year: the one whose deadline (14/10, sent before 15/10) is next or just passed", () => {
  const period = loadBuiltinCatalogue().period;
  test.each([
    // day, year offered, its deadline behind the day
    ["2026-01-01", 2026, false],
    ["2026-10-14", 2026, false],
    ["2026-10-15", 2026, true],
    ["2026-10-16", 2026, true],
    ["2026-12-31", 2026, true],
    ["2027-01-01", 2027, false],
  ])("on %s: %d (deadline passed: %s)", (today, year, passed) => {
    expect(defaultReportYear(period, today)).toEqual({ year, deadline: `${year}-10-14`, passed });
  });

  test("a day is the clerk's local calendar day, not UTC's", () => {
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
    expect(localIsoDate(new Date(2027, 0, 1, 0, 1))).toBe("2027-01-01");
  });
});

describe("Excel serials (1900 system)", () => {
  test("a moment is the day's serial and the fraction of the day", () => {
    expect(utcMsToExcelSerial(Date.UTC(2024, 9, 1))).toBe(45566);
    expect(utcMsToExcelSerial(Date.UTC(2024, 9, 1, 18))).toBe(45566.75);
    expect(utcMsToExcelSerial(Date.UTC(1900, 2, 1))).toBe(61);
  });

  test("a date and its serial, both ways", () => {
    expect(isoToExcelSerial("2024-10-01")).toBe(45566);
    expect(excelSerialToIso(45566.75)).toBe("2024-10-01");
  });
});
