import { pivotPlan, pivotSummary, PIVOT_SHEET } from "../../src/domain/pivot/pivot";
import type { Fact } from "../../src/domain/rollup/rollup";
import { planProblems } from "../../src/files/writeXlsx";
import { catalogue } from "../support/filled";
import { planToLines } from "../support/grid";

function fact(
  unitCode: string,
  unitName: string,
  kind: "X" | "C",
  code: string,
  value: number | string,
): Fact {
  const section = code.startsWith("0.") ? "0" : (code.split(".")[0] as string);
  return {
    year: 2024,
    unitCode,
    unitName,
    kind,
    section,
    code,
    label: `chỉ tiêu ${code}`,
    value,
    file: `${unitCode}.xlsx`,
    sheet: `${unitCode} 2024`,
    cell: "D20",
    template: "DVCQ-CT03/1",
  };
}

/** Xã A: counts in I, a rate, a date, a rating and a header count; Xã B: a 0 in I and a count in II; Phòng C: only its header. */
const facts: Fact[] = [
  fact("XA-A", "Xã A", "X", "0.6", 25),
  fact("XA-A", "Xã A", "X", "1.1", 3),
  fact("XA-A", "Xã A", "X", "1.2", 1),
  fact("XA-A", "Xã A", "X", "4.8", 99.5),
  fact("XA-A", "Xã A", "X", "5.7", "Tốt"),
  fact("XA-A", "Xã A", "X", "7.1", 45575),
  fact("CQ-C", "=Phòng C", "C", "0.6", 20),
  fact("XA-B", "Xã B", "X", "1.1", 0),
  fact("XA-B", "Xã B", "X", "2.1", 7),
];
const summary = pivotSummary(facts, catalogue);

test("columns are the sections, each summing its count indicators only", () => {
  expect(summary.columns.map((c) => c.roman)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII"]);
  expect(summary.columns[0]?.codes).toEqual(["1.1", "1.2", "1.3", "1.4"]);
  expect(summary.columns[3]?.codes).not.toContain("4.8");
  expect(summary.columns[6]?.codes).toEqual([]);
});

test("units by kind in the order of the facts; blank stays blank, 0 stays 0; rates, dates, ratings and header figures are not summed", () => {
  const blank = [null, null, null, null, null];
  expect(summary.groups).toEqual([
    {
      kind: "X",
      heading: "Khối xã, thị trấn",
      units: [
        { unitCode: "XA-A", unitName: "Xã A", values: [4, null, ...blank] },
        { unitCode: "XA-B", unitName: "Xã B", values: [0, 7, ...blank] },
      ],
      subtotal: { values: [4, 7, ...blank] },
    },
    {
      kind: "C",
      heading: "Khối cơ quan, đơn vị",
      units: [{ unitCode: "CQ-C", unitName: "=Phòng C", values: [null, null, ...blank] }],
      subtotal: { values: [null, null, ...blank] },
    },
  ]);
  expect(summary.total).toEqual({ values: [4, 7, ...blank] });
});

test("no facts, no groups, a blank total", () => {
  expect(pivotSummary([], catalogue)).toMatchObject({
    groups: [],
    total: { values: [null, null, null, null, null, null, null] },
  });
});

test("Tổng hợp theo mục: the summary as a sheet with subtotals and a district total by section, never one sum across sections (văn bản, lượt người, hồ sơ)", () => {
  const plan = pivotPlan(summary, 2024);
  expect(plan.name).toBe(PIVOT_SHEET);
  expect(planToLines(plan)).toEqual([
    "TỔNG HỢP SỐ LIỆU THEO MỤC NĂM 2024",
    "Mỗi ô là tổng các chỉ tiêu đếm (kiểu N, cộng dồn) của mục, theo đơn vị đã báo cáo; bảng tính sẵn thay cho PivotTable trên trang Dữ liệu.",
    "",
    "Mã đơn vị | Đơn vị | I | II | III | IV | V | VI | VII",
    ` |  | ${catalogue.sections.map((s) => s.title).join(" | ")}`,
    "Khối xã, thị trấn",
    "XA-A | Xã A | 4",
    "XA-B | Xã B | 0 | 7",
    "Cộng khối xã, thị trấn |  | 4 | 7",
    "Khối cơ quan, đơn vị",
    "CQ-C | =Phòng C",
    "Cộng khối cơ quan, đơn vị",
    "TỔNG CỘNG |  | 4 | 7",
  ]);
  expect(plan.cells.find((c) => c.value === "=Phòng C")?.formula).toBeUndefined();
  expect(plan.cells.find((c) => c.ref === "C8")?.value).toBe(0);
  expect(plan.cells.find((c) => c.ref === "D7")?.value).toBeNull();
  expect(plan.freezeRows).toBe(5);
  expect(planProblems(plan)).toEqual([]);
});
