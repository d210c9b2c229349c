import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import type { Finding } from "../../src/domain/check/finding";
import { groupFindings, sectionHeading } from "../../src/taskpane/findingGroups";

const sections = loadBuiltinCatalogue().sections;

function finding(
  sheet: string | null,
  section: string | null,
  severity: Finding["severity"] = "error",
): Finding {
  return {
    rule: "R01",
    severity,
    unit: sheet === null ? null : "XA-BAO-HOA",
    sheet,
    cell: null,
    section,
    message: { vi: "…", en: "…" },
  };
}

test("workbook-wide findings come first, then the checked sheets in order, then sheets the check did not list", () => {
  const groups = groupFindings(
    [
      finding("Khác", "1"),
      finding("XA-BAO-HOA 2024", "7"),
      finding(null, null, "warning"),
      finding("XA-BAO-HOA 2024", "10"),
    ],
    [
      { sheet: "CQ-Y-TE 2024", unitCode: "CQ-Y-TE", unitName: "Phòng Y tế", year: 2024 },
      { sheet: "XA-BAO-HOA 2024", unitCode: "XA-BAO-HOA", unitName: null, year: null },
    ],
  );
  expect(
    groups.map((g) => [g.sheet, g.heading.vi, g.errors, g.warnings, g.sections.map((s) => s.section)]),
  ).toEqual([
    [null, "Sổ tính", 0, 1, [null]],
    ["XA-BAO-HOA 2024", "XA-BAO-HOA", 2, 0, ["7", "10"]],
    ["Khác", "XA-BAO-HOA", 1, 0, ["1"]],
  ]);
});

test.each([
  [null, "Toàn trang", "Whole sheet"],
  ["0", "Thông tin chung", "General information"],
  ["4", "IV. Cải cách hành chính", "IV. Administrative reform"],
  ["9", "Mục 9", "Section 9"],
])("section %s is headed %s", (id, vi, en) => {
  expect(sectionHeading(sections, id)).toEqual({ vi, en });
});
