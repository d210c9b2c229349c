import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { kindsOf } from "../../src/domain/units/registry";
import { filterUnits } from "../../src/taskpane/unitFilter";

const builtin = loadBuiltinRegistry();
const units = builtin.units;
const kinds = kindsOf(builtin);
const codes = (query: string) =>
  filterUnits(units, query, kinds).map((g) => [g.kind, g.units.map((u) => u.code)]);

test.each([
  ["xuan hoa", [["X", ["XA-XUAN-HOA"]]]],
  ["XÃ XUÂN HOÀ", [["X", ["XA-XUAN-HOA"]]]],
  ["hoa xuan", [["X", ["XA-XUAN-HOA"]]]],
  ["xa-xuan-hoa", [["X", ["XA-XUAN-HOA"]]]],
  ["gia ray", [["X", ["TT-GIA-RAY"]]]],
  ["TNMT", [["C", ["CQ-TN-MT"]]]],
  ["noi vu", [["C", ["CQ-NOI-VU"]]]],
  ["dao tao", [["C", ["CQ-GD-DT"]]]],
  ["quận 12", []],
])("%s", (query, expected) => {
  expect(codes(query)).toEqual(expected);
});

test("an empty query keeps every unit, communes before agencies, in registry order", () => {
  const groups = filterUnits(units, "  ", kinds);
  expect(groups.map((g) => g.kind)).toEqual(["X", "C"]);
  expect(groups.flatMap((g) => g.units)).toHaveLength(units.length);
  expect(groups[0]?.units[0]?.code).toBe("TT-GIA-RAY");
});
