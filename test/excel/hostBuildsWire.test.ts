import { MEASURED_ACTIONS, measure } from "../support/excelMeasures";

/**
 * The package ships a client per host. Excel on the web's is the one the figures are measured
 * with; those of Excel on Windows and on Mac send the same requests, byte for byte, so the 4 MB
 * margins hold there too.
 */
describe.each(["win32-16.01", "mac-16.00"] as const)("the Office.js client of excel-%s", (build) => {
  it.each(MEASURED_ACTIONS.map((action) => [action]))(
    "%s on 15 unit sheets: the same syncs and request and response sizes as Excel on the web's",
    async (action) => {
      expect(await measure(action, 15, build)).toEqual(await measure(action, 15));
    },
    120_000,
  );
});
