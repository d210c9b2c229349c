import { writeFileSync } from "node:fs";
import {
  MEASURED_ACTIONS,
  measure,
  type MeasuredAction,
  type WireFigures,
} from "../../test/support/excelMeasures";

/**
 * The sizes each action is measured at. Rebuilding stops at 100 files: each rebuilt file is a
 * whole template sent through the real client and played on the fake (about 0.2 s and 3 MB behind
 * the harness), so 1,000 take some 210 s and 3.1 GB (measured once: 137 syncs, the largest request
 * 3,836,373 bytes and response 622,980, as for 100: about seven files to a request).
 */
const SIZES: Record<MeasuredAction, readonly number[]> = {
  placeTemplate: [15, 100, 1000],
  checkAll: [15, 100, 1000],
  checkAllMarks: [15, 100, 1000],
  import: [15, 100, 1000],
  importRebuilt: [15, 100],
  rollup: [15, 100, 1000],
};

/** Measures each action behind the real Office.js client and writes the figures to DVCQ_BENCH_OUT. */
it("measures the Excel actions behind Microsoft's Office.js client", async () => {
  const out = process.env["DVCQ_BENCH_OUT"];
  if (out === undefined) throw new Error("DVCQ_BENCH_OUT names the file the figures go to.");
  const rows: ({ action: string; sheets: number } & WireFigures)[] = [];
  for (const action of MEASURED_ACTIONS)
    for (const sheets of SIZES[action]) rows.push({ action, sheets, ...(await measure(action, sheets)) });
  writeFileSync(out, JSON.stringify(rows));
  expect(rows).toHaveLength(MEASURED_ACTIONS.reduce((n, action) => n + SIZES[action].length, 0));
});
