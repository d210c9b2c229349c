import { createExcelActions } from "../../src/excel/templateActions";
import { placeSheet, filledXuanHoa } from "../excel/workbooks";
import { FakeExcel } from "./fakeExcel";
import { tenMistakesFigures } from "./fixtures";
import { OfficeWire } from "./officeWire";

/** What one action cost behind Microsoft's own client: its syncs and largest request and response. */
export interface WireFigures {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export const MEASURED_ACTIONS = ["placeTemplate", "checkAll", "checkAllMarks"] as const;
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
  const { wire } = await district(sheets);
  try {
    if (action === "placeTemplate") {
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
      if (failed !== undefined) throw new Error(`marks not written: ${failed.message.en}`);
    }
    return figures(wire);
  } finally {
    wire.uninstall();
  }
}
