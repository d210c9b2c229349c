import { measure, type MeasuredAction } from "../support/excelMeasures";

/** Under 4 MB as Office.js serialises it: a margin under Excel on the web's 5 MB. */
const BUDGET = 4_000_000;

/**
 * Syncs behind the real client (Excel.run's background release of kept ranges not counted): one
 * to list, one per 100 sheets read (80 with marks), and for marks one per ~3.8 MB of marks. The
 * 150-sheet re-check is 1,500 marks over 1,500 old ones, 5,242,128 bytes in one request before.
 */
const CASES: [MeasuredAction, number, number][] = [
  ["placeTemplate", 15, 2],
  ["checkAll", 15, 2],
  ["checkAllMarks", 15, 4],
  ["placeTemplate", 100, 2],
  ["checkAll", 100, 3],
  ["checkAllMarks", 150, 6],
];

describe("every request as Microsoft's Office.js client serialises it", () => {
  it.each(CASES)(
    "%s on %i unit sheets: under 4 MB each way, in %i syncs",
    async (action, sheets, syncs) => {
      const got = await measure(action, sheets);
      expect(got.maxRequestBytes).toBeLessThan(BUDGET);
      expect(got.maxResponseBytes).toBeLessThan(BUDGET);
      expect(got.syncs).toBe(syncs);
    },
    120_000,
  );
});
