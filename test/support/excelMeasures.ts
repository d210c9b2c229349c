import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import {
  REGISTRY_SHEET,
  registryToRows,
  type Unit,
  type UnitRegistry,
} from "../../src/domain/units/registry";
import { rollUpWorkbook } from "../../src/excel/rollupActions";
import { createExcelActions } from "../../src/excel/templateActions";
import { inboxPlans, openedAs, placeSheet, filledXuanHoa } from "../excel/workbooks";
import { cellRef } from "../../src/domain/layout/a1";
import { FakeExcel } from "./fakeExcel";
import { tenMistakesFigures } from "./fixtures";
import { OfficeWire, type OfficeBuild } from "./officeWire";
import { say } from "../../src/domain/i18n/say";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { fillPlan } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { ImportedFile, ImportFile } from "../../src/app/paneHost";
import { importWorkbooks, type ImportDeps } from "../../src/excel/importActions";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { CLEAN_COMMUNE } from "./filled";
import { CLEAN_EVIDENCE } from "./fixtures";

/**
 * What one action cost behind Microsoft's own client: its syncs, its largest request (the release
 * included) and response, and Excel.run's release of the ranges it kept.
 */
export interface WireFigures {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  releaseBytes: number;
}

/**
 * import: the units' files inserted as they are (insertWorksheetsFromBase64, ExcelApi 1.13);
 * importRebuilt: the same files where Excel cannot insert (ExcelApi 1.12), rebuilt from the template.
 */
export const MEASURED_ACTIONS = [
  "placeTemplate",
  "checkAll",
  "checkAllMarks",
  "import",
  "importRebuilt",
  "rollup",
] as const;
export type MeasuredAction = (typeof MEASURED_ACTIONS)[number];

/**
 * A district workbook of `sheets` copies of Xã Xuân Hòa's filled template with its ten planted
 * mistakes (sheet-scoped names), the first placed through the add-in's own write, behind the real
 * client; the copies are made in the fake, as they would cost the same to read.
 */
async function district(sheets: number, build: OfficeBuild): Promise<{ fake: FakeExcel; wire: OfficeWire }> {
  const fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
  const wire = new OfficeWire(fake, build);
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
export async function inbox(
  units: number,
  build: OfficeBuild = "web-16.00",
): Promise<{ fake: FakeExcel; wire: OfficeWire }> {
  const registry = bigRegistry(units);
  const fake = new FakeExcel({ excelApi: "1.8" });
  typeRegistry(fake, registry);
  const wire = new OfficeWire(fake, build);
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

/** The district's unit list as its DVCQ_DonVi sheet, typed in. */
function typeRegistry(fake: FakeExcel, registry: UnitRegistry): void {
  const registrySheet = fake.addSheet(REGISTRY_SHEET);
  registryToRows(registry).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") registrySheet.setCell(cellRef(r + 1, c + 1), value);
    }),
  );
}

type UnitReport = { file: ImportFile; plan: SheetPlan };

/**
 * Made once per number of units: the same files for both import paths and every client build (a
 * file written again differs in its timestamps, and so in size).
 */
const reportsOf = new Map<number, Promise<UnitReport[]>>();

function unitReports(registry: UnitRegistry): Promise<UnitReport[]> {
  const count = registry.units.length;
  const made = reportsOf.get(count) ?? writeReports(registry);
  reportsOf.set(count, made);
  return made;
}

/** Each unit's clean report of YEAR, as the .xlsx the clerk receives, and its sheet's plan. */
async function writeReports(registry: UnitRegistry): Promise<UnitReport[]> {
  const catalogue = loadBuiltinCatalogue();
  const reports: UnitReport[] = [];
  for (const unit of registry.units) {
    const plan = fillPlan(buildTemplatePlan(catalogue, unit, YEAR), {
      figures: CLEAN_COMMUNE,
      evidence: CLEAN_EVIDENCE as Record<string, string>,
    });
    const bytes = await writeWorkbook([{ plan, nameScope: "workbook" }]);
    reports.push({ file: { name: `DVCQ_${YEAR}_${unit.code}.xlsx`, bytes }, plan });
  }
  return reports;
}

/**
 * Imports one clean report from each of `units` units into a district workbook holding only its
 * unit list, behind the real client.
 */
export async function importInbox(
  units: number,
  path: "inserted" | "rebuilt",
  build: OfficeBuild = "web-16.00",
  deps: Pick<ImportDeps, "requestBytes" | "settledTogether"> = {},
): Promise<{ fake: FakeExcel; wire: OfficeWire; files: readonly ImportedFile[] }> {
  const registry = bigRegistry(units);
  const reports = await unitReports(registry);
  const fake = new FakeExcel({ excelApi: path === "inserted" ? "1.13" : "1.12", sheets: ["Sheet1"] });
  typeRegistry(fake, registry);
  if (path === "inserted")
    for (const { file, plan } of reports)
      fake.base64Workbooks.set(Buffer.from(file.bytes).toString("base64"), await openedAs(plan));
  const wire = new OfficeWire(fake, build);
  wire.install();
  try {
    const outcome = await importWorkbooks(
      reports.map((r) => r.file),
      {
        onProgress: () => undefined,
        isCancelled: () => false,
        chooseDuplicate: () => Promise.resolve("keepExisting"),
      },
      { now: () => new Date(YEAR, 9, 10, 9, 30), ...deps },
    );
    if (outcome.status !== "done") throw new Error(`not imported: ${JSON.stringify(outcome.message)}`);
    const brought = outcome.files.filter((f) => f.sheet !== null).length;
    if (brought !== units) throw new Error(`imported ${brought} of ${units} files`);
    return { fake, wire, files: outcome.files };
  } catch (error) {
    wire.uninstall();
    throw error;
  }
}

function figures(wire: OfficeWire): WireFigures {
  return {
    syncs: wire.syncCount,
    maxRequestBytes: wire.maxRequestBytes,
    maxResponseBytes: wire.maxResponseBytes,
    releaseBytes: wire.releaseBytes,
  };
}

/**
 * Runs the action on a workbook of `sheets` unit sheets and measures it, behind the client of `build`. checkAllMarks is the worst
 * case: marking every sheet again over the marks of an earlier check (deleting and adding).
 */
export async function measure(
  action: MeasuredAction,
  sheets: number,
  build: OfficeBuild = "web-16.00",
): Promise<WireFigures> {
  if (action === "import" || action === "importRebuilt") {
    const { wire } = await importInbox(sheets, action === "import" ? "inserted" : "rebuilt", build);
    const measured = figures(wire);
    wire.uninstall();
    return measured;
  }
  const { wire } = action === "rollup" ? await inbox(sheets, build) : await district(sheets, build);
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
