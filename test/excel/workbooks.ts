import { cellRef } from "../../src/domain/layout/a1";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import type { TemplateLayout } from "../../src/domain/layout/template";
import { detectSupport } from "../../src/excel/features";
import { queueSheetPlan, type NameScope } from "../../src/excel/writePlan";
import { fillTemplate, xuanHoaLayout, type EvidenceTexts, type Figures } from "../support/fixtures";
import type { CellView, ConditionalFormatModel, FakeExcel, FakeSheet } from "../support/fakeExcel";

/**
 * Writes a plan into the fake as the add-in places a template (queueSheetPlan), selects it and
 * forgets the syncs this took, so a test counts only what it runs itself.
 */
export async function placeSheet(
  fake: FakeExcel,
  plan: SheetPlan,
  nameScope: NameScope = "workbook",
): Promise<FakeSheet> {
  const { features } = detectSupport((set, version) => fake.isSetSupported(set, version));
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(plan.name);
    queueSheetPlan(sheet, plan, { nameScope, features });
    sheet.activate();
    await context.sync();
  });
  fake.resetCounters();
  return fake.sheet(plan.name);
}

/** Xã Xuân Hòa's 2024 template with figures and evidence typed in, as a clerk leaves it. */
export function filledXuanHoa(figures: Figures, evidence: EvidenceTexts, sheetName?: string): TemplateLayout {
  const layout = fillTemplate(xuanHoaLayout(), figures, evidence);
  return sheetName === undefined ? layout : { ...layout, plan: { ...layout.plan, name: sheetName } };
}

/** Everything a clerk sees of a sheet: each cell's content and format, the conditional formats, the protection. */
export function lookOf(sheet: FakeSheet): {
  cells: Record<string, CellView>;
  conditionalFormats: ConditionalFormatModel[];
  protection: FakeSheet["protection"];
} {
  const cells: Record<string, CellView> = {};
  const used = sheet.usedRange(false);
  if (used !== null) {
    for (let row = used.top; row <= used.bottom; row++) {
      for (let col = used.left; col <= used.right; col++) {
        cells[cellRef(row, col)] = sheet.cell(cellRef(row, col));
      }
    }
  }
  return {
    cells,
    conditionalFormats: structuredClone(sheet.conditionalFormats),
    protection: structuredClone(sheet.protection),
  };
}
