import { parseCell, cellRef } from "../../src/domain/layout/a1";
import { fillPlan, refillFromSheet } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import type { SheetSnapshot } from "../../src/domain/read/snapshot";
import type { RawCell } from "../../src/domain/read/values";
import { CLEAN_EVIDENCE, CLEAN_FIGURES, fillTemplate, xuanHoaLayout } from "../support/fixtures";

const layout = xuanHoaLayout();
const filled = fillTemplate(layout, CLEAN_FIGURES, CLEAN_EVIDENCE).plan;

function refOf(plan: SheetPlan, name: string): string {
  return (plan.names.find((n) => n.name === name)?.ref ?? "").replace(/\$/g, "");
}

/** A sheet as a shell reads it: each cell that holds something, formulas without a result. */
function sheetOf(plan: SheetPlan): SheetSnapshot {
  const cells = new Map<string, RawCell>();
  for (const c of plan.cells) {
    if (c.formula !== undefined) cells.set(c.ref, { value: null, formula: c.formula });
    else if (c.value !== undefined && c.value !== null && c.value !== "")
      cells.set(c.ref, { value: c.value });
  }
  return { name: plan.name, cells, names: [] };
}

/** The sheet after the clerk inserted a row above `at`. */
function insertRow(sheet: SheetSnapshot, at: number, typed: Record<string, RawCell>): SheetSnapshot {
  const cells = new Map<string, RawCell>();
  for (const [ref, cell] of sheet.cells) {
    const { row, col } = parseCell(ref);
    cells.set(row >= at ? cellRef(row + 1, col) : ref, cell);
  }
  for (const [ref, cell] of Object.entries(typed)) cells.set(ref, cell);
  return { ...sheet, cells };
}

describe("fillPlan", () => {
  it("types figures and evidence into the named cells, and ignores codes the template lacks", () => {
    const plan = fillPlan(layout, {
      figures: { "6.20": 8, "0.6": 25, "9.99": 1 },
      evidence: { "1": "Kế hoạch số 12/KH-UBND" },
    });

    const typed = plan.cells.filter((c, i) => c !== layout.plan.cells[i]);
    expect(typed).toEqual([
      expect.objectContaining({ ref: refOf(plan, "DVCQ_H_0_6"), value: 25 }),
      expect.objectContaining({ ref: refOf(plan, "DVCQ_E_1"), value: "Kế hoạch số 12/KH-UBND" }),
      expect.objectContaining({ ref: refOf(plan, "DVCQ_I_6_20"), value: 8 }),
    ]);
  });
});

describe("refillFromSheet", () => {
  it("gives back the filled template from a sheet the clerk filled, with nothing left over", () => {
    expect(refillFromSheet(layout, sheetOf(filled))).toEqual({
      plan: filled,
      notCarried: [],
      typedFormulas: [],
    });
  });

  it("puts figures below an inserted row back in their template rows, and lists what the row held", () => {
    const at = Number(refOf(filled, "DVCQ_I_6_5").slice(1));
    const sheet = insertRow(sheetOf(filled), at, {
      [`B${at}`]: { value: "Hội nghị bổ sung" },
      [`D${at}`]: { value: 2 },
    });

    expect(refillFromSheet(layout, sheet)).toEqual({
      plan: filled,
      notCarried: [`B${at}`, `D${at}`],
      typedFormulas: [],
    });
  });

  it("lists text typed beside the table, and a figure typed over a label", () => {
    const sheet = sheetOf(filled);
    const labelOf62 = refOf(filled, "DVCQ_I_6_2").replace("D", "B");
    const cells = new Map(sheet.cells).set("H20", { value: "ghi chú riêng" }).set(labelOf62, { value: 14 });

    expect(refillFromSheet(layout, { ...sheet, cells }).notCarried).toEqual([labelOf62, "H20"]);
  });

  it("keeps a typed formula where its row stayed, its result where the row moved, and an error's text", () => {
    const d11 = refOf(filled, "DVCQ_I_1_1");
    const d61 = refOf(filled, "DVCQ_I_6_1");
    const typed = (sheet: SheetSnapshot, entries: Record<string, RawCell>): SheetSnapshot => ({
      ...sheet,
      cells: new Map([...sheet.cells, ...Object.entries(entries)]),
    });
    const sheet = typed(sheetOf(filled), {
      [d11]: { value: 12, formula: "=10+2" },
      [d61]: { value: null, formula: "=D500/0", error: "#DIV/0!" },
    });
    const valueAt = (plan: SheetPlan, ref: string) => plan.cells.find((c) => c.ref === ref);

    const inPlace = refillFromSheet(layout, sheet).plan;
    expect(valueAt(inPlace, d11)).toEqual(expect.objectContaining({ formula: "=10+2" }));
    expect(valueAt(inPlace, d11)).not.toHaveProperty("value");

    const moved = refillFromSheet(layout, insertRow(sheet, Number(d11.slice(1)) - 1, {})).plan;
    expect(valueAt(moved, d11)).toEqual(expect.objectContaining({ value: 12 }));
    expect(valueAt(moved, d61)).toEqual(expect.objectContaining({ value: "#DIV/0!" }));
  });

  it("does not count the heading's own text as left over when a row is inserted in the heading", () => {
    const yearRow = Number(refOf(filled, "DVCQ_YEAR").slice(1));
    const sheet = insertRow(sheetOf(filled), yearRow, {});

    expect(refillFromSheet(layout, sheet)).toEqual({ plan: filled, notCarried: [], typedFormulas: [] });
  });
});
