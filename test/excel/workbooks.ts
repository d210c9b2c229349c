import { demoInbox, type DemoFile } from "../../src/domain/demo/inbox";
import { cellRef } from "../../src/domain/layout/a1";
import { fillPlan } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan, templateSheetName, type TemplateLayout } from "../../src/domain/layout/template";
import type { UnitRegistry } from "../../src/domain/units/registry";
import { detectSupport } from "../../src/excel/features";
import { queueSheetPlan, type NameScope } from "../../src/excel/writePlan";
import { catalogue } from "../support/filled";
import { fillTemplate, xuanHoaLayout, type EvidenceTexts, type Figures } from "../support/fixtures";
import { FakeExcel, type CellView, type ConditionalFormatModel, type FakeSheet } from "../support/fakeExcel";

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

/** The file as Excel opens it for insertWorksheetsFromBase64: its sheet and workbook-scoped names. */
export async function openedAs(plan: SheetPlan): Promise<FakeExcel> {
  const source = new FakeExcel({ sheets: ["Sheet1"] });
  const { features } = detectSupport((set, version) => source.isSetSupported(set, version));
  await source.run(async (context) => {
    const sheet = context.workbook.worksheets.add(plan.name);
    queueSheetPlan(sheet as unknown as Excel.Worksheet, plan, { nameScope: "workbook", features });
    await context.sync();
  });
  return source;
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

/**
 * The template sheets of the demo inbox as the import leaves them: one sheet per file, a resent one
 * beside the first as "… (2)"; `change` alters a file before its sheet is made.
 */
export function inboxPlans(
  registry: UnitRegistry,
  year: number,
  change: (file: DemoFile, index: number) => DemoFile = (f) => f,
): SheetPlan[] {
  const taken = new Set<string>();
  return demoInbox(catalogue, registry, year).files.map((file, index) => {
    const f = change(file, index);
    const base = templateSheetName(f.unit.code, year);
    const name = taken.has(base) ? `${base.slice(0, 27)} (2)` : base;
    taken.add(name);
    return fillPlan(buildTemplatePlan(catalogue, f.unit, year, name), {
      figures: f.figures,
      evidence: f.evidence,
    });
  });
}
