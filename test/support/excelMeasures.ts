import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import {
  REGISTRY_SHEET,
  registryToRows,
  type Unit,
  type UnitRegistry,
} from "../../src/domain/units/registry";
import { rollUpWorkbook } from "../../src/excel/rollupActions";
import { createExcelActions } from "../../src/excel/templateActions";
import { inboxPlans, placeSheet, filledXuanHoa } from "../excel/workbooks";
import { cellRef } from "../../src/domain/layout/a1";
import { FakeExcel } from "./fakeExcel";
import { tenMistakesFigures } from "./fixtures";
import { OfficeWire } from "./officeWire";
import { say } from "../../src/domain/i18n/say";

/** What one action cost behind Microsoft's own client: its syncs and largest request and response. */
export interface WireFigures {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export const MEASURED_ACTIONS = ["placeTemplate", "checkAll", "checkAllMarks", "rollup"] as const;
export type MeasuredAction = (typeof MEASURED_ACTIONS)[number];

/**
 * A district workbook of `sheets` copies of Xã Xuân Hòa's filled template with its ten planted
 * mistakes (sheet-scoped names), the first placed through the add-in's own write, behind the real
 * client; the copies are made in the fake, as they would cost the same to read.
 */
async function district(sheets: number): Promise<{ fake: FakeExcel; wire: OfficeWire }> {
  const fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
  const wire = new OfficeWire(fake);
  wire.install();
  const { figures, evidence } = tenMistakesFigures();
  const first = await placeSheet(
    fake,
    filledXuanHoa(figures, evidence, "XA-XUAN-HOA 2024 (1)").plan,
    "sheet",
  );
  for (let i = 2; i <= sheets; i++) fake.sheets.push(first.copyAs(`XA-XUAN-HOA 2024 (${i})`));
  wire.resetCounters();
  return { fake, wire };
}

export const YEAR = 2024;

/** A district of `count` units (communes and agencies alternating), beyond the built-in 30. */
export function bigRegistry(count: number): UnitRegistry {
  const template = loadBuiltinRegistry().units.filter((u) => u.kind === "X" || u.kind === "C");
  const units = Array.from({ length: count }, (_, i): Unit => {
    const like = template[i % template.length] as Unit;
    return {
      ...like,
      code: `${like.kind === "X" ? "XA" : "CQ"}-T${String(i + 1).padStart(4, "0")}`,
      name: `${like.name} ${i + 1}`,
      aliases: [],
    };
  });
  return { units };
}

/**
 * A district workbook of `units` units (its DVCQ_DonVi sheet) with the demo inbox's sheets, as the
 * import leaves them (some missing, one sent twice), behind the real client. The first sheet is
 * placed by the add-in's own write; the others are copies with their unit's cells typed in, as
 * they cost the same to read.
 */
export async function inbox(units: number): Promise<{ fake: FakeExcel; wire: OfficeWire }> {
  const registry = bigRegistry(units);
  const fake = new FakeExcel({ excelApi: "1.8" });
  const registrySheet = fake.addSheet(REGISTRY_SHEET);
  registryToRows(registry).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") registrySheet.setCell(cellRef(r + 1, c + 1), value);
    }),
  );
  const wire = new OfficeWire(fake);
  wire.install();
  const plans = inboxPlans(registry, YEAR);
  const [first, ...rest] = plans;
  if (first === undefined) throw new Error("the demo inbox is empty");
  const placed = await placeSheet(fake, first, "sheet");
  const typed = new Map(first.cells.map((c) => [c.ref, c.value ?? ""]));
  for (const plan of rest) {
    const copy = placed.copyAs(plan.name);
    for (const cell of plan.cells) {
      const value = cell.value ?? "";
      if (typed.get(cell.ref) !== value) copy.setCell(cell.ref, value);
    }
    fake.sheets.push(copy);
  }
  wire.resetCounters();
  return { fake, wire };
}

function figures(wire: OfficeWire): WireFigures {
  return {
    syncs: wire.syncCount,
    maxRequestBytes: wire.maxRequestBytes,
    maxResponseBytes: wire.maxResponseBytes,
  };
}

/**
 * Runs the action on a workbook of `sheets` unit sheets and measures it. checkAllMarks is the worst
 * case: marking every sheet again over the marks of an earlier check (deleting and adding).
 */
export async function measure(action: MeasuredAction, sheets: number): Promise<WireFigures> {
  const { wire } = action === "rollup" ? await inbox(sheets) : await district(sheets);
  try {
    if (action === "rollup") {
      const outcome = await rollUpWorkbook({ year: YEAR });
      if (outcome.status !== "done") throw new Error(`not rolled up: ${JSON.stringify(outcome)}`);
    } else if (action === "placeTemplate") {
      const outcome = await createExcelActions().placeTemplate({
        year: 2024,
        unitCode: "XA-BAO-HOA",
        ifExists: "ask",
      });
      if (outcome.status !== "placed") throw new Error(`not placed: ${JSON.stringify(outcome)}`);
    } else {
      const actions = createExcelActions();
      if (action === "checkAllMarks") {
        await actions.checkSheets({ scope: "allSheets", mark: true });
        wire.resetCounters();
      }
      const outcome = await actions.checkSheets({ scope: "allSheets", mark: action === "checkAllMarks" });
      if (outcome.status !== "checked") throw new Error(`not checked: ${JSON.stringify(outcome)}`);
      const failed = outcome.findings.find((f) => f.rule === "MARKS_NOT_WRITTEN");
      if (failed !== undefined) throw new Error(`marks not written: ${say(failed.message, "en")}`);
    }
    return figures(wire);
  } finally {
    wire.uninstall();
  }
}
