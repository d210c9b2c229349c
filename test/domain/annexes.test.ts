import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkSources } from "../../src/domain/check/batch";
import { fillPlan, type TypedValues } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { isoToExcelSerial } from "../../src/domain/period";
import { annexPlans, MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET } from "../../src/domain/report/annexes";
import { rollUp } from "../../src/domain/rollup/rollup";
import { CLEAN_COMMUNE, planSnapshot, registry, unit } from "../support/filled";

const YEAR = 2025;
const v2 = loadBuiltinCatalogue(YEAR);
const sent = isoToExcelSerial("2025-10-08");

function source(code: string, templateYear: number, values: Omit<TypedValues, "figures">) {
  const layout = buildTemplatePlan(loadBuiltinCatalogue(templateYear), unit(code), YEAR);
  const plan = fillPlan(layout, { figures: { ...CLEAN_COMMUNE, "7.1": sent }, ...values });
  return { name: `DVCQ_${YEAR}_${code}.xlsx`, workbook: planSnapshot(plan) };
}

const sources = [
  source("XA-XUAN-HOA", YEAR, {
    lists: {
      MH: [
        ["Dân vận khéo trong cải cách hành chính", "Mô hình", "Cấp huyện", "Cải cách hành chính", 2025],
        ["Ấp văn hóa kiểu mẫu", "Mô hình", "Cấp xã", "Văn hóa - xã hội", 2024],
      ],
    },
    texts: { "1": "Hoàn thành 100% kế hoạch; 12 cuộc tuyên truyền.", "4": "Đề nghị tập huấn thêm." },
  }),
  // The same model as Xuân Hòa's, written with other spacing and case.
  source("XA-BAO-HOA", YEAR, {
    lists: {
      MH: [
        ["dân vận khéo  trong cải cách hành chính", "Mô hình", "Cấp xã", "Cải cách hành chính", 2025],
        ["Gương nông dân sản xuất giỏi", "Điển hình", "Cấp xã", "Kinh tế", 2025],
      ],
    },
    texts: { "1": "Vận động hiến 2.000 m² đất làm đường." },
  }),
  // Still on version 1: no list, no text blocks.
  source("XA-LANG-MINH", 2024, {}),
];

const checked = checkSources(sources, v2, registry, { expectedYear: YEAR });
const rollup = rollUp(v2, registry, YEAR, checked.submissions, checked.findings);
const plans = annexPlans(rollup, v2);
const sheet = (name: string): SheetPlan => plans.find((p) => p.name === name) as SheetPlan;
/** The sheet's rows below the header row, each its cells' values from column A. */
function rowsOf(plan: SheetPlan): unknown[][] {
  const rows = new Map<number, unknown[]>();
  for (const c of plan.cells) {
    const m = /^([A-Z])(\d+)$/.exec(c.ref) as RegExpExecArray;
    const [col, row] = [(m[1] as string).charCodeAt(0) - 64, Number(m[2])];
    if (row <= 4 || c.value === undefined) continue;
    const values = rows.get(row) ?? [];
    values[col - 1] = c.value;
    rows.set(row, values);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

test("version 1 gives no annex; version 2 the models annex and the text blocks annex", () => {
  expect(annexPlans(rollup, loadBuiltinCatalogue(2024))).toEqual([]);
  expect(plans.map((p) => p.name)).toEqual([MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET]);
});

test("every unit's models in one list; the model two units report marked on both rows, a warning on the second unit's", () => {
  const same = "Trùng tên với mô hình của:";
  // By unit in the registry's order (Bảo Hòa before Xuân Hòa), each row as read (spaces run together).
  expect(rowsOf(sheet(MODELS_ANNEX_SHEET))).toEqual([
    [
      1,
      "Xã Bảo Hòa",
      "dân vận khéo trong cải cách hành chính",
      "Mô hình",
      "Cấp xã",
      "Cải cách hành chính",
      2025,
      `${same} Xã Xuân Hòa`,
    ],
    [2, "Xã Bảo Hòa", "Gương nông dân sản xuất giỏi", "Điển hình", "Cấp xã", "Kinh tế", 2025, ""],
    [
      3,
      "Xã Xuân Hòa",
      "Dân vận khéo trong cải cách hành chính",
      "Mô hình",
      "Cấp huyện",
      "Cải cách hành chính",
      2025,
      `${same} Xã Bảo Hòa`,
    ],
    [4, "Xã Xuân Hòa", "Ấp văn hóa kiểu mẫu", "Mô hình", "Cấp xã", "Văn hóa - xã hội", 2024, ""],
    ["Cộng: 4 mô hình, điển hình của 2 đơn vị."],
    ["Báo cáo theo mẫu chưa có danh sách này (mẫu cũ): Xã Lang Minh."],
  ]);
  const across = checked.findings.filter((f) => f.rule === "R26");
  expect(across.map((f) => [f.file, f.severity, f.unit])).toEqual([
    ["DVCQ_2025_XA-BAO-HOA.xlsx", "warning", "XA-BAO-HOA"],
  ]);
  expect(across[0]?.message).toMatchObject({
    code: "LIST_NAME_ELSEWHERE",
    unit: "Xã Xuân Hòa",
    where: expect.stringMatching(/^DVCQ_2025_XA-XUAN-HOA\.xlsx › /),
  });
  // Counted with the roll-up's warnings.
  expect(rollup.findings.warning).toBe(checked.findings.filter((f) => f.severity === "warning").length);
});

test("the text blocks gathered per unit under each title, empty and missing ones said so", () => {
  const rows = rowsOf(sheet(TEXTS_ANNEX_SHEET));
  expect(rows.slice(0, 5)).toEqual([
    ["1. Kết quả nổi bật"],
    [1, "Xã Bảo Hòa", "Vận động hiến 2.000 m² đất làm đường."],
    [2, "Xã Lang Minh", "(mẫu cũ, không có phần này)"],
    [3, "Xã Xuân Hòa", "Hoàn thành 100% kế hoạch; 12 cuộc tuyên truyền."],
    ["2. Hạn chế, nguyên nhân"],
  ]);
  expect(rows).toContainEqual([3, "Xã Xuân Hòa", "Đề nghị tập huấn thêm."]);
  expect(rows).toContainEqual([1, "Xã Bảo Hòa", "(không ghi)"]);
  // Four blocks of three units each, under their four titles.
  expect(rows).toHaveLength(4 * (1 + 3));
});
