import { sayEvery } from "../domain/i18n/say";
import { columnLetters } from "../domain/layout/a1";
import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import { excelSerialToIso, reportPeriod } from "../domain/period";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import {
  DATE_TO_FILL,
  draftRegistryRows,
  kindsOf,
  KIND_ROW,
  OFFICE_KIND,
  REGISTRY_COLUMNS,
  REGISTRY_SHEET,
  registryFromRows,
  registryToRows,
  type RegistryIssue,
  type UnitRegistry,
} from "../domain/units/registry";
import type { ActionOutcome, RegistryLoad } from "../app/paneHost";
import { detectSupport, excelAvailable } from "./features";
import { M } from "./messages";
import { excelError } from "./officeErrors";
import { columnWidthPoints } from "./writePlan";

/** The fill of a date the clerk has still to type in a draft list. */
const TO_FILL_FILL = "#FFF2CC";
/** Rows below the list that are made text too, so units the clerk adds keep "02" or "2025-06-30" as typed. */
const SPARE_TEXT_ROWS = 300;
const COLUMN_WIDTHS: Record<(typeof REGISTRY_COLUMNS)[number], number> = {
  code: 18,
  name: 44,
  kind: 8,
  parent: 26,
  gso: 10,
  valid_from: 12,
  valid_to: 12,
  aliases: 40,
  predecessors: 30,
  place: 14,
  symbol: 10,
  recipients: 40,
  signer: 18,
};

/**
 * Queues reading the registry sheet's cells; read the result with registryFromRange after a sync
 * (the range is not kept for a later request).
 */
export function queueRegistryRead(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRangeOrNullObject(true).untrack().load("values");
}

export function registryFromRange(range: Excel.Range): { registry: UnitRegistry; issues: RegistryIssue[] } {
  return registryFromRows(range.isNullObject ? [] : rowsAsText(range.values));
}

/**
 * Cells as the text registryFromRows reads. A date the clerk typed into a date column, which Excel
 * turned into a serial, is read back as yyyy-mm-dd.
 */
function rowsAsText(values: readonly (readonly unknown[])[]): string[][] {
  const header = (values[0] ?? []).map((v) =>
    String(v ?? "")
      .trim()
      .toLowerCase(),
  );
  const dateColumns = new Set(["valid_from", "valid_to"].map((c) => header.indexOf(c)).filter((i) => i >= 0));
  return values.map((row, r) =>
    row.map((v, c) => {
      if (r > 0 && dateColumns.has(c) && typeof v === "number" && Number.isInteger(v))
        return excelSerialToIso(v);
      return v === null || v === undefined ? "" : String(v);
    }),
  );
}

function builtinLoad(): RegistryLoad {
  const builtin = loadBuiltinRegistry();
  return { units: builtin.units, kinds: kindsOf(builtin), source: "builtin", problems: [] };
}

/**
 * The workbook's registry sheet when it has one, the built-in list otherwise (also where no sheet
 * can be read: placing a template then says why). One Excel.run.
 */
export async function loadRegistry(): Promise<RegistryLoad> {
  if (!excelAvailable() || !detectSupport().meetsFloor) return builtinLoad();
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET);
    await context.sync();
    if (sheet.isNullObject) return builtinLoad();
    const range = queueRegistryRead(sheet);
    await context.sync();
    const { registry, issues } = registryFromRange(range);
    return {
      units: registry.units,
      kinds: kindsOf(registry),
      source: "sheet",
      problems: issues.map(sayEvery),
    };
  });
}

/**
 * Writes the built-in list as a text sheet with a header row and selects it; for a `year` the list
 * has no unit in, the draft of draftRegistryRows, its dates to fill marked. An existing registry
 * sheet is selected and left as it is. One Excel.run.
 */
export async function createRegistrySheet(year?: number): Promise<ActionOutcome> {
  if (!excelAvailable()) return { status: "failed", message: M.noExcel };
  const support = detectSupport();
  if (!support.meetsFloor) return { status: "failed", message: M.excelTooOld };
  try {
    return await Excel.run(async (context): Promise<ActionOutcome> => {
      const existing = context.workbook.worksheets.getItemOrNullObject(REGISTRY_SHEET);
      await context.sync();
      if (!existing.isNullObject) {
        existing.activate();
        await context.sync();
        return { status: "done", message: M.registryExists(REGISTRY_SHEET) };
      }
      const builtin = loadBuiltinRegistry();
      const period = year === undefined ? undefined : reportPeriod(loadBuiltinCatalogue().period, year);
      const rows = period ? draftRegistryRows(builtin, period.from, period.to) : registryToRows(builtin);
      const lastColumn = columnLetters(REGISTRY_COLUMNS.length);
      const sheet = context.workbook.worksheets.add(REGISTRY_SHEET);
      const textRows = rows.length + SPARE_TEXT_ROWS;
      sheet.getRange(`A1:${lastColumn}${textRows}`).numberFormat = Array.from({ length: textRows }, () =>
        Array<string>(REGISTRY_COLUMNS.length).fill("@"),
      );
      sheet.getRange(`A1:${lastColumn}${rows.length}`).values = rows;
      const header = sheet.getRange(`A1:${lastColumn}1`);
      header.format.font.bold = true;
      header.format.fill.color = "#D9E1F2";
      REGISTRY_COLUMNS.forEach((column, i) => {
        sheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth =
          columnWidthPoints(COLUMN_WIDTHS[column]);
      });
      const dateColumns = [REGISTRY_COLUMNS.indexOf("valid_from"), REGISTRY_COLUMNS.indexOf("valid_to")];
      rows.forEach((row, r) =>
        dateColumns.forEach((c) => {
          if (row[c] === DATE_TO_FILL)
            sheet.getRange(`${columnLetters(c + 1)}${r + 1}`).format.fill.color = TO_FILL_FILL;
        }),
      );
      if (support.features.freezePanes) sheet.freezePanes.freezeRows(1);
      sheet.activate();
      await context.sync();
      return {
        status: "done",
        message: M.registryCreated(
          REGISTRY_SHEET,
          rows.slice(1).filter((r) => r[2] !== OFFICE_KIND && r[2] !== KIND_ROW).length,
        ),
      };
    });
  } catch (error) {
    return { status: "failed", message: M.registryFailed(REGISTRY_SHEET, excelError(error)) };
  }
}
