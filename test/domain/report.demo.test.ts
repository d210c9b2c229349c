import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { pivotSummary } from "../../src/domain/pivot/pivot";
import { buildDistrictReport, narrativeParagraphs, ROLLUP_SHEETS } from "../../src/domain/report";
import { planProblems } from "../../src/files/writeXlsx";
import { catalogue, demoSources, rolledUp } from "../support/filled";
import { planToLines } from "../support/grid";

const { sources } = demoSources();
const { rollup } = rolledUp(sources);
const paragraphs = narrativeParagraphs(rollup, catalogue, { office: "Phòng Nội vụ" });
const plans = buildDistrictReport(rollup, catalogue);
const sheetNamed = (name: string): SheetPlan => plans.find((p) => p.name === name)!;
const [report, details, pivot] = [ROLLUP_SHEETS.report, ROLLUP_SHEETS.details, ROLLUP_SHEETS.pivot].map(
  sheetNamed,
) as [SheetPlan, SheetPlan, SheetPlan];

test("the draft narrative of the demo inbox", () => {
  expect(
    paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text)).join("\n\n"),
  ).toMatchSnapshot();
});

test("the narrative writes figures the Vietnamese way and names the units missing, late and standing out", () => {
  const all = paragraphs.map((p) => p.text).join(" ");
  const sum = (code: string) => rollup.indicators.find((r) => r.indicator.code === code)!.value.all!;
  expect(sum("2.2")).toBeGreaterThan(999);
  expect(all).toContain(`với ${sum("2.2").toLocaleString("de-DE")} lượt người nghe`);
  expect(all).toContain(`tỷ lệ giải quyết đúng hạn đạt ${String(sum("4.8")).replace(".", ",")}%`);
  expect(paragraphs[7]?.heading).toBe("VII. Báo cáo");
  expect(paragraphs[7]?.text).toContain(
    "Chưa nhận báo cáo của 2 đơn vị: Xã Xuân Hiệp, Phòng Giáo dục và Đào tạo.",
  );
  expect(paragraphs[7]?.text).toMatch(
    /Gửi trễ hạn: Xã Lang Minh \(\d\d\/10\/2024\), Phòng Nội vụ \(\d\d\/10\/2024\)\./,
  );
  expect(all).not.toContain("…");
  expect(all).not.toMatch(/\d\.\d%|\d,\d{3}\b/);
});

test("the district report of 30 units: nothing Excel would refuse, and the three views agree", () => {
  for (const plan of buildDistrictReport(rollup, catalogue))
    expect([plan.name, planProblems(plan)]).toEqual([plan.name, []]);
  // Every figure of "Báo cáo tổng hợp" is the "Tổng cộng" of "Chi tiết đơn vị".
  const detailLines = planToLines(details);
  const codes = detailLines[4]!.split(" | ");
  const total = detailLines[detailLines.length - 1]!.split(" | ");
  let compared = 0;
  for (const line of planToLines(report)) {
    const [code, , , all] = line.split(" | ");
    const col = codes.indexOf(code as string);
    if (!/^\d+\.\d+$/.test(code ?? "") || all === "") continue;
    expect([code, total[col]]).toEqual([code, all]);
    compared++;
  }
  expect(compared).toBe(rollup.indicators.filter((r) => r.value.all !== null).length);
  // The pivot's grand total of a section is the sum of the report's totals of its counts.
  const summary = pivotSummary(rollup.facts, catalogue);
  summary.columns.forEach((column, i) => {
    const expected = column.codes.reduce(
      (acc, code) => acc + (rollup.indicators.find((r) => r.indicator.code === code)!.value.all ?? 0),
      0,
    );
    expect([column.roman, summary.total.values[i] ?? 0]).toEqual([column.roman, expected]);
  });
  expect(planToLines(pivot).at(-1)).toBe(
    ["TỔNG CỘNG", "", ...summary.total.values.map((v) => (v === null ? "" : String(v)))]
      .join(" | ")
      .replace(/( \| )+$/, ""),
  );
});

test("the facts sheet prints its header row only, and its page header says how many rows it holds, grouped as Vietnamese writes numbers", () => {
  const facts = sheetNamed(ROLLUP_SHEETS.facts);
  expect(rollup.facts.length).toBeGreaterThan(999);
  expect(facts.print.printArea).toBe(`A1:${String.fromCharCode(64 + facts.columnWidths.length)}1`);
  expect(facts.print.header).toBe(
    `Trang dữ liệu (${new Intl.NumberFormat("vi-VN").format(rollup.facts.length)} dòng) không in cùng báo cáo; để in: Bố cục Trang › Vùng In › Xóa Vùng In`,
  );
});
