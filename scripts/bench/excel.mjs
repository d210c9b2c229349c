// The Excel add-in's figures behind Microsoft's own Office.js client (test/support/officeWire.ts):
// syncs, the largest request and response and Excel.run's release of the ranges it kept, in real
// bytes, at 15, 100 and 1,000 unit sheets (or files), for placing a template, checking all sheets
// (without and with marks over an earlier check's), importing the units' files (inserted as they
// are, and rebuilt where Excel cannot insert) and the roll-up. The harness is TypeScript, so it runs
// through jest (scripts/bench/jest.excel.config.cjs); about seven and a half minutes on two cores
// (447 s measured, 4.4 GB at its peak): rebuilding 1,000 files, some 210 s, most of it.
import { figuresFromJest } from "./jestFigures.mjs";
import { benchRow } from "./row.mjs";

/** Under 4 MB as Office.js serialises it, a margin under Excel on the web's 5 MB. */
const REQUEST_BUDGET = 4_000_000;

export async function run() {
  const figures = figuresFromJest("jest.excel.config.cjs", "Excel");
  return figures.flatMap((f) => [
    benchRow(`excel.${f.action}.syncs`, f.sheets, f.syncs, "syncs", null, 0),
    benchRow(`excel.${f.action}.maxRequestBytes`, f.sheets, f.maxRequestBytes, "B", REQUEST_BUDGET, 0),
    benchRow(`excel.${f.action}.maxResponseBytes`, f.sheets, f.maxResponseBytes, "B", REQUEST_BUDGET, 0),
    benchRow(`excel.${f.action}.releaseBytes`, f.sheets, f.releaseBytes, "B", REQUEST_BUDGET, 0),
  ]);
}
