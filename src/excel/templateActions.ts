import { parseCell } from "../domain/layout/a1";
import type { PlanName } from "../domain/layout/sheetPlan";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { findUnitByCode, REGISTRY_SHEET } from "../domain/units/registry";
import type { PaneActions, PlaceTemplateOutcome, PlaceTemplateRequest } from "../app/paneHost";
import { createCheckActions } from "./checkActions";
import { detectSupport, excelAvailable, type ExcelFeatures } from "./features";
import { M } from "./messages";
import { excelError } from "./officeErrors";
import { createRegistrySheet, loadRegistry, queueRegistryRead, registryFromRange } from "./registrySheet";
import { catalogueTemplates, type TemplateSource } from "./templateSource";
import { queueSheetPlan, type NameScope } from "./writePlan";
import { nameKey, sheetNamed, sheetOf } from "./sheetNames";
import { isOurs } from "../app/importPlan";

export { catalogueTemplates, type TemplateSource } from "./templateSource";

/**
 * The pane's actions on the open workbook. src/excel is the only folder that calls Excel.run;
 * `now` is the clerk's clock (the date "prepare to send" writes).
 */
export function createExcelActions(
  templates: TemplateSource = catalogueTemplates(),
  now: () => Date = () => new Date(),
): PaneActions {
  return {
    loadRegistry,
    createRegistrySheet,
    placeTemplate: (request) => placeTemplate(request, templates),
    ...createCheckActions(templates, now),
    // The district clerk's actions load on first use: the unit clerk's pane never downloads them.
    importWorkbooks: async (files, handlers) =>
      (await import("./importActions")).importWorkbooks(files, handlers, { templates, now }),
    rollUp: async (request) =>
      (await import("./rollupActions")).rollUpWorkbook(request, { catalogue: templates.catalogue }),
    writeFeedback: async (request) =>
      (await import("./feedbackActions")).writeFeedbackSheets(request, { catalogue: templates.catalogue }),
  };
}

/**
 * Places a unit's template for a year as a new sheet and selects it, in one Excel.run whose syncs
 * do not grow with the number of indicators: one to read the sheet list and the workbook's names;
 * one more only to read the registry sheet (when the workbook has one) or the cells of a same-named
 * sheet (when asked what to do about it); one to write.
 */
async function placeTemplate(
  request: PlaceTemplateRequest,
  templates: TemplateSource,
): Promise<PlaceTemplateOutcome> {
  if (!excelAvailable()) return { status: "failed", message: M.noExcel };
  const support = detectSupport();
  if (!support.meetsFloor) return { status: "failed", message: M.excelTooOld };
  try {
    return await Excel.run((context) => placeIn(context, request, templates, support.features));
  } catch (error) {
    return { status: "failed", message: M.placeFailed(excelError(error)) };
  }
}

/** Holds the new sheet while the one it replaces still has the name; never seen unless a write fails. */
const SCRATCH_SHEET = "DVCQ_moi";

async function placeIn(
  context: Excel.RequestContext,
  request: PlaceTemplateRequest,
  templates: TemplateSource,
  features: ExcelFeatures,
): Promise<PlaceTemplateOutcome> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/position");
  const names = workbook.names.load("items/name,items/formula");
  await context.sync();

  const target = templates.sheetName(request.unitCode, request.year);
  const existing = sheetNamed(sheets.items, target);
  const registrySheet = sheetNamed(sheets.items, REGISTRY_SHEET);
  const registryRange = registrySheet && queueRegistryRead(registrySheet);
  const asking = existing !== undefined && request.ifExists === "ask";
  const existingCells = asking
    ? existing.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex")
    : undefined;
  if (registryRange || existingCells) await context.sync();

  const registry = registryRange ? registryFromRange(registryRange).registry : loadBuiltinRegistry();
  const unit = findUnitByCode(registry, request.unitCode);
  if (unit === undefined) return { status: "failed", message: M.unitNotFound(request.unitCode) };

  const taken = sheets.items.map((s) => s.name);
  const keeping = existing !== undefined && request.ifExists === "newSheet";
  const replacing = existing !== undefined && request.ifExists === "replace" ? existing : undefined;
  const sheetName = keeping ? freeSheetName(target, taken) : target;
  const layout = templates.build(unit, request.year, sheetName);
  if (asking) {
    return {
      status: "exists",
      sheetName: existing.name,
      typedCells: countTyped(layout.inputCells, existingCells),
    };
  }

  const stale = names.items.filter(
    (n) =>
      isOurs(n.name) &&
      (isDead(n.formula) || (replacing !== undefined && sheetOf(n.formula) === nameKey(replacing.name))),
  );
  for (const name of stale) name.delete();
  const otherNames = names.items.filter((n) => !stale.includes(n)).map((n) => n.name);
  const nameScope = chooseNameScope(layout.plan.names, otherNames, keeping);

  const writeName = replacing ? freeSheetName(SCRATCH_SHEET, taken) : sheetName;
  const sheet = workbook.worksheets.add(writeName);
  if (existing) sheet.position = existing.position + (replacing ? 0 : 1);
  context.application.suspendApiCalculationUntilNextSync();
  queueSheetPlan(sheet, layout.plan, { nameScope, features });
  if (replacing) {
    replacing.delete();
    sheet.name = sheetName;
  }
  sheet.activate();
  const restore = stale.filter((n) => !isDead(n.formula)).map((n) => ({ name: n.name, formula: n.formula }));
  await syncOrUndo(context, writeName, restore);
  return { status: "placed", sheetName, indicatorCount: layout.indicatorCount };
}

/**
 * A failed batch keeps what ran before the failing command. So the half-written sheet and the names
 * pointing at it are removed, and the names taken from a sheet being replaced are given back, before
 * Excel's error goes on to the caller.
 */
async function syncOrUndo(
  context: Excel.RequestContext,
  sheetName: string,
  restore: readonly { name: string; formula: string }[],
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    // Excel's first error says what went wrong; one from the clean-up would only hide it.
    await undo(context, sheetName, restore).catch(() => undefined);
    throw error;
  }
}

async function undo(
  context: Excel.RequestContext,
  sheetName: string,
  restore: readonly { name: string; formula: string }[],
): Promise<void> {
  const half = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();
  const onHalf = (name: Excel.NamedItem): boolean =>
    !half.isNullObject && sheetOf(name.formula) === nameKey(sheetName);
  for (const name of names.items) if (onHalf(name)) name.delete();
  if (!half.isNullObject) half.delete();
  const present = new Set(names.items.filter((n) => !onHalf(n)).map((n) => nameKey(n.name)));
  for (const { name, formula } of restore)
    if (!present.has(nameKey(name))) context.workbook.names.add(name, formula);
  await context.sync();
}

/** "XA-XUAN-HOA 2024 (2)", shortened to Excel's 31 characters where needed. */
function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map(nameKey));
  if (!used.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(nameKey(name))) return name;
  }
}

/** A name whose sheet was deleted: Excel shows its formula as "=#REF!$D$27". */
function isDead(formula: string): boolean {
  return formula.includes("#REF!");
}

/**
 * Workbook-scoped names where this is the workbook's only template; sheet-scoped where another
 * template is there. Another template is recognised by what would clash: a workbook-scoped name the
 * plan also defines (DVCQ_TEMPLATE, placed by an earlier workbook-scoped template), or the same
 * unit and year kept beside the new sheet. Templates whose names are sheet-scoped do not clash and
 * are not looked for.
 */
function chooseNameScope(
  planNames: readonly PlanName[],
  workbookNames: readonly string[],
  keepingTwin: boolean,
): NameScope {
  if (keepingTwin) return "sheet";
  const present = new Set(workbookNames.map(nameKey));
  return planNames.some((n) => present.has(nameKey(n.name))) ? "sheet" : "workbook";
}

/** Input cells of the template that hold something in the existing sheet. */
function countTyped(inputCells: readonly string[], used: Excel.Range | undefined): number {
  if (used === undefined || used.isNullObject) return 0;
  const { values, rowIndex, columnIndex } = used;
  return inputCells.filter((ref) => {
    const { row, col } = parseCell(ref);
    const value: unknown = values[row - 1 - rowIndex]?.[col - 1 - columnIndex];
    return value !== undefined && value !== null && value !== "";
  }).length;
}
