import { loadBuiltinCatalogue, V2_FIRST_REPORT_YEAR } from "../../src/domain/catalogue/builtin";
import { BUILTIN_PERIOD } from "../../src/domain/catalogue/builtinPeriod";

test("the built-in period is every built-in version's, as the loaded catalogue gives it", () => {
  for (const year of [undefined, V2_FIRST_REPORT_YEAR - 1, V2_FIRST_REPORT_YEAR, V2_FIRST_REPORT_YEAR + 5])
    expect([year, BUILTIN_PERIOD]).toEqual([year, loadBuiltinCatalogue(year).period]);
});
