import { checkSources } from "../../src/domain/check/batch";
import { rollUp } from "../../src/domain/rollup/rollup";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import type { UnitKindInfo, UnitRegistry } from "../../src/domain/units/registry";
import { pivotSheetContent } from "../../src/excel/pivotSheet";
import { THIS_WORKBOOK } from "../../src/excel/rollupActions";
import { catalogue, planSnapshot } from "../support/filled";
import { inboxPlans } from "./workbooks";

const YEAR = 2024;

/** The built-in units under a province's own kinds: its communes "P", its agencies "S". */
function provinceLike(kinds: readonly UnitKindInfo[]): UnitRegistry {
  const builtin = loadBuiltinRegistry();
  return {
    ...builtin,
    kinds,
    units: builtin.units.map((u) => ({ ...u, kind: u.kind === "X" ? "P" : "S" })),
  };
}

test("the headline chart lists the units of the registry's first kind, under that kind's label", () => {
  const kinds: UnitKindInfo[] = [
    { code: "S", label: "Sở, ban, ngành", heading: "Khối sở, ban, ngành" },
    { code: "P", label: "Xã, phường", heading: "Khối xã, phường" },
  ];
  const registry = provinceLike(kinds);
  const checked = checkSources(
    inboxPlans(registry, YEAR).map((p) => ({ name: THIS_WORKBOOK, workbook: planSnapshot(p) })),
    catalogue,
    registry,
    { expectedYear: YEAR },
  );
  const rollup = rollUp(catalogue, registry, YEAR, checked.submissions, checked.findings);

  const chart = pivotSheetContent(rollup, catalogue, true).charts.find((c) => c.type === "BarClustered");

  const code = chart?.title.split(". ")[0];
  const firstKind = rollup.facts.filter(
    (f) => f.code === code && f.kind === "S" && typeof f.value === "number",
  );
  expect(firstKind.length).toBeGreaterThan(0);
  expect(chart?.data.rows).toEqual([
    ["Sở, ban, ngành", code],
    ...firstKind.map((f) => [f.unitName, f.value]),
  ]);
});
