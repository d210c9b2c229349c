import { writeFileSync } from "node:fs";
import { MEASURED_ACTIONS, measure, type WireFigures } from "../../test/support/excelMeasures";

/** The sizes each action is measured at: the 15, 100 and 1,000 unit sheets (or files). */
const SIZE = [15, 100, 1000] as const;

/** Measures each action behind the real Office.js client and writes the figures to DVCQ_BENCH_OUT. */
it("measures the Excel actions behind Microsoft's Office.js client", async () => {
  const out = process.env["DVCQ_BENCH_OUT"];
  if (out === undefined) throw new Error("DVCQ_BENCH_OUT names the file the figures go to.");
  const rows: ({ action: string; sheets: number } & WireFigures)[] = [];
  for (const action of MEASURED_ACTIONS)
    for (const sheets of SIZE) rows.push({ action, sheets, ...(await measure(action, sheets)) });
  writeFileSync(out, JSON.stringify(rows));
  expect(rows).toHaveLength(MEASURED_ACTIONS.length * SIZE.length);
});
