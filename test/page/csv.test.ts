import { planAsCsv } from "../../src/domain/report/facts";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";

const plan = (cells: SheetPlan["cells"]): SheetPlan => ({ name: "S", cells }) as unknown as SheetPlan;

test("a plan's values as CSV: quotes, commas and line breaks escaped, blanks kept in place, CRLF rows", () => {
  expect(
    planAsCsv(
      plan([
        { ref: "A1", value: "Mã" },
        { ref: "C1", value: 'Ghi "chú"' },
        { ref: "A2", value: 1234.5 },
        { ref: "B2", value: "Xã Xuân Hòa, huyện Xuân Lộc" },
        { ref: "C2", value: "- dòng 1\n- dòng 2" },
        { ref: "B3", formula: "=1+1" },
      ]),
    ),
  ).toBe('Mã,,"Ghi ""chú"""\r\n1234.5,"Xã Xuân Hòa, huyện Xuân Lộc","- dòng 1\n- dòng 2"');
});
