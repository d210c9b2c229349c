import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkWorkbook } from "../../src/domain/check/checks";
import { cellRef, parseCell } from "../../src/domain/layout/a1";
import { fillPlan, refillFromSheet } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import type { SheetSnapshot } from "../../src/domain/read/snapshot";
import type { RawCell } from "../../src/domain/read/values";
import { planSnapshot, registry, unit } from "../support/filled";

const catalogue = loadBuiltinCatalogue(2025);
const layout = buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), 2025);
const rangeOf = (plan: SheetPlan, name: string): string =>
  (plan.names.find((n) => n.name === name)?.ref ?? "").replace(/\$/g, "");
const [FIRST, LAST] = rangeOf(layout.plan, "DVCQ_L_MH")
  .split(":")
  .map((r) => parseCell(r).row) as [number, number];
const TEMPLATE_ROWS = LAST - FIRST + 1;

/** Model n, as a clerk types it from column A (STT) on. */
const model = (n: number): (string | number)[] => [
  String(n),
  `Mô hình số ${n}`,
  "Mô hình",
  n % 2 ? "Cấp xã" : "Chưa công nhận",
  "Kinh tế",
  2025,
];

/**
 * The template's sheet after the clerk inserted `inserted` rows inside the models list (after its
 * second row, as Excel's Insert does: everything below moves down) and filled every row with a
 * model numbered from 1 in the STT column, plus the first text block.
 */
function sheetWithInsertedRows(inserted: number): SheetSnapshot {
  const filled = fillPlan(layout, { figures: { "6.20": 8 } });
  const moved = (row: number): number => (row > FIRST + 1 ? row + inserted : row);
  const cells = new Map<string, RawCell>();
  for (const c of filled.cells) {
    const { row, col } = parseCell(c.ref);
    if (c.value !== undefined && c.value !== null) cells.set(cellRef(moved(row), col), { value: c.value });
  }
  for (let i = 0; i < TEMPLATE_ROWS + inserted; i++)
    model(i + 1).forEach((v, j) => cells.set(cellRef(FIRST + i, j + 1), { value: v }));
  const textRow = moved(parseCell(rangeOf(layout.plan, "DVCQ_T_1")).row);
  cells.set(cellRef(textRow, 2), { value: "Hoàn thành 100% kế hoạch." });
  return { name: layout.plan.name, cells, names: [] };
}

describe("a sheet rebuilt from the template (prepare to send, import) keeps the list rows a unit inserted", () => {
  test("12 models in a list of 10 rows: the list grows to 12, every model and the text block carried, nothing left over", () => {
    const sheet = sheetWithInsertedRows(2);
    const { plan, notCarried } = refillFromSheet(layout, sheet);
    expect(notCarried).toEqual([]);
    const [first, last] = rangeOf(plan, "DVCQ_L_MH")
      .split(":")
      .map((r) => parseCell(r).row) as [number, number];
    expect(last - first + 1).toBe(TEMPLATE_ROWS + 2);
    const value = (ref: string): unknown => plan.cells.find((c) => c.ref === ref)?.value;
    for (let i = 0; i < TEMPLATE_ROWS + 2; i++) {
      expect([1, 2, 3, 4, 5, 6].map((col) => value(cellRef(first + i, col)))).toEqual(model(i + 1));
    }
    expect(value(rangeOf(plan, "DVCQ_T_1"))).toBe("Hoàn thành 100% kế hoạch.");
    expect(value(cellRef(last + 1, 1))).toBe("Cộng");
    // The validations cover the grown list.
    expect(plan.validations.find((v) => v.range.startsWith(`D${first}:`))?.range).toBe(`D${first}:D${last}`);

    // Read back, the rebuilt sheet has the twelve models and the figures typed above the list.
    const { submissions } = checkWorkbook(planSnapshot(plan), catalogue, registry);
    expect(submissions[0]?.lists?.get("MH")?.map((r) => r.values["name"])).toEqual(
      Array.from({ length: TEMPLATE_ROWS + 2 }, (_, i) => `Mô hình số ${i + 1}`),
    );
    expect(submissions[0]?.figures.get("6.20")?.value).toBe(8);
    expect(submissions[0]?.texts?.get("1")?.text).toBe("Hoàn thành 100% kế hoạch.");
  });

  test("a list not grown keeps the template's rows; STT numbers that are also text block numbers move nothing", () => {
    const { plan, notCarried } = refillFromSheet(layout, sheetWithInsertedRows(0));
    expect(notCarried).toEqual([]);
    expect(rangeOf(plan, "DVCQ_L_MH")).toBe(rangeOf(layout.plan, "DVCQ_L_MH"));
    expect(plan.cells.find((c) => c.ref === rangeOf(plan, "DVCQ_T_1"))?.value).toBe(
      "Hoàn thành 100% kế hoạch.",
    );
  });

  test("fillPlan grows the list to the rows given", () => {
    const rows = Array.from({ length: TEMPLATE_ROWS + 3 }, (_, i) => model(i + 1).slice(1));
    const plan = fillPlan(layout, { figures: {}, lists: { MH: rows } });
    const [first, last] = rangeOf(plan, "DVCQ_L_MH")
      .split(":")
      .map((r) => parseCell(r).row) as [number, number];
    expect(last - first + 1).toBe(TEMPLATE_ROWS + 3);
    expect(plan.cells.find((c) => c.ref === cellRef(last, 2))?.value).toBe(`Mô hình số ${TEMPLATE_ROWS + 3}`);
  });
});
