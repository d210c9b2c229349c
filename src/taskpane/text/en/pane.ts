import { REGISTRY_SHEET } from "../../../domain/units/registry";
import type { RolledUp } from "../../strings";
import type { PaneText } from "../vi/pane";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The task pane's sentences in English (one missing or extra does not compile). */
export const en: PaneText = {
  appTitle: "DVCQ",
  appSubtitle: "Templates, checks and roll-up of the yearly Directive 03/CT-UBND report",
  tabsLabel: "Features",
  tabTemplates: "Templates",
  tabChecks: "Checks",
  tabRollup: "Roll-up",
  loadingTab: "Loading…",
  rollupHeading: "Roll-up",
  rollupHint:
    "Rolls up every template sheet of the year in this workbook; earlier report sheets are rewritten, other sheets stay as they are.",
  rollupRunning: "Rolling up…",
  rollupFailed: "The roll-up did not run",
  rollupPivotTable: "The Pivot sheet holds a PivotTable of the count indicators and charts.",
  rollupSummaryTable:
    "This Excel cannot make a PivotTable: see the computed table on the “Tổng hợp theo mục” sheet.",
  noExcelTitle: "DVCQ needs Excel",
  noExcelBody:
    "This page is not open in Excel, so it cannot place templates in a workbook. Open DVCQ from Excel, or use DVCQ without Excel: open the report files, check them, roll them up and download the district report in the browser.",
  openStandalone: "Open DVCQ without Excel",
  noExcelCli: "Or make .xlsx template files on the command line:",
  switchLanguage: "Tiếng Việt",
  switchLanguageLabel: "Chuyển sang tiếng Việt",
  yearLabel: "Report year",
  yearHint: "The period runs from 1 October of the previous year to 30 September of the report year.",
  yearInvalid: "Enter a 4-digit year from 2000 to 2100.",
  unitLabel: "Unit",
  unitPlaceholder: "Type a unit name or code",
  unitRequired: "Choose a unit from the list.",
  unitNoMatch: "No unit matches.",
  registryLoading: "Reading the unit list…",
  registryProblemsTitle: "Some rows were skipped",
  registryLoadFailed: "Could not read the unit list.",
  retry: "Try again",
  createRegistrySheet: "Create the unit list sheet",
  creatingRegistry: "Creating the unit list sheet…",
  createRegistrySheetFailed: "Could not create the unit list sheet.",
  place: "Place template",
  placing: "Placing the template…",
  placeFailed: "Could not place the template.",
  existsNewSheet: "Place as a new sheet",
  cancel: "Cancel",
  checkActiveSheet: "Check this sheet",
  checkAllSheets: "Check every template sheet",
  markCells: "Mark the cells with problems on the sheet",
  clearMarks: "Clear marks",
  checking: "Checking…",
  clearingMarks: "Clearing the marks…",
  checkFailed: "Could not check.",
  clearMarksFailed: "Could not clear the marks.",
  noFindings: "No problems found",
  findingsLabel: "Check results",
  severityError: "Error",
  severityWarning: "Warning",
  sectionGeneral: "General information",
  sectionWholeSheet: "Whole sheet",
  workbook: "Workbook",
  prepareTitle: "Prepare to send",
  prepareHint:
    "For the unit: checks the open template sheet, fills in the date sent (7.1) and makes a separate workbook DVCQ_<year>_<unit code>.xlsx to attach to an email.",
  prepare: "Prepare to send",
  preparing: "Preparing…",
  prepareFailed: "Could not prepare the workbook to send.",
  fillToday: "Fill in today's date",
  leaveBlank: "Leave blank",
  fixBeforeSending: "Better fix the cells below, then prepare to send again.",
  registrySource(source: "sheet" | "builtin", count: number): string {
    return source === "sheet"
      ? `${count} units, from this workbook's ${REGISTRY_SHEET} sheet.`
      : `${count} units, from the built-in list. To edit the list, create the ${REGISTRY_SHEET} sheet.`;
  },
  placed(unitName: string, year: number, sheetName: string, indicatorCount: number): string {
    return `Placed the template for ${unitName}, year ${year}, on sheet ${sheetName}, ${indicatorCount} indicators.`;
  },
  existsTitle(sheetName: string): string {
    return `Sheet ${sheetName} already exists`;
  },
  existsBody(unitName: string, year: number, typedCells: number): string {
    return typedCells === 0
      ? `The workbook already has the ${year} template of ${unitName}, with no figures typed yet.`
      : `The workbook already has the ${year} template of ${unitName}, with ${typedCells} figures typed.`;
  },
  existsReplace(typedCells: number): string {
    return typedCells === 0 ? "Replace" : `Replace (delete ${typedCells} typed figures)`;
  },
  noUnitsInPeriod(year: number, from: string, to: string): string {
    return `The unit list has no unit active in the ${year} report period (${from} – ${to}). Choose another year or update the unit list sheet ${REGISTRY_SHEET}.`;
  },
  checkedSheets(sheets: number): string {
    return `Checked ${plural(sheets, "sheet", "sheets")}.`;
  },
  unitHeading(name: string, code: string | null, year: number | null): string {
    const withCode = code === null || code === name ? name : `${name} (${code})`;
    return year === null ? withCode : `${withCode}, year ${year}`;
  },
  sheetCaption(sheet: string): string {
    return `Sheet ${sheet}`;
  },
  sectionFallback(id: string): string {
    return `Section ${id}`;
  },
  selectCellFailed(sheet: string, cell: string): string {
    return `Could not select cell ${cell} on sheet ${sheet}.`;
  },
  sendDateTitle(sheet: string): string {
    return `Date sent, sheet ${sheet}`;
  },
  sendDateBody(today: string): string {
    return `Cell 7.1 Date the report was sent is blank. Fill in today's date (${today})?`;
  },
  prepared(fileName: string, delivery: "newWorkbook" | "download"): string {
    return delivery === "newWorkbook"
      ? `Opened a new workbook ${fileName}: save it under this name and attach it to an email`
      : `Downloaded ${fileName}: attach this file to an email`;
  },
  stillHasErrors(errors: number): string {
    return `The report still has ${plural(errors, "error", "errors")}`;
  },
  rollupButton(year: number | null): string {
    return year === null ? "Roll up the reports" : `Roll up the ${year} reports`;
  },
  rollupResult(
    r: Pick<RolledUp, "expected" | "received" | "onTime" | "missing" | "late" | "findings">,
  ): string {
    const list = (names: readonly string[], none: string): string => (names.length ? names.join(", ") : none);
    return `Received ${r.received}/${r.expected} units, ${r.onTime} on time; missing: ${list(r.missing, "none")}; late: ${list(r.late, "none")}; ${plural(r.findings.error, "error", "errors")}, ${plural(r.findings.warning, "warning", "warnings")}`;
  },
  rollupSheets(sheets: readonly string[]): string {
    return `Sheets written: ${sheets.join(", ")}.`;
  },
  rollupFindingsSheet(sheet: string): string {
    return `Each error and warning by unit, file and cell: the “${sheet}” sheet (filter by unit or code).`;
  },
  noBuiltinUnitsInPeriod(year: number, from: string, to: string, ended: string): string {
    return `The built-in unit list ended on ${ended}, so it has no unit in the ${year} report period (${from} – ${to}). With your own unit list: in Excel, the DVCQ add-in's ${REGISTRY_SHEET} sheet; on the command line, npx dvcq registry --example --out don-vi.csv, then --units don-vi.csv.`;
  },
  createRegistryDraft(year: number): string {
    return `Create the ${year} unit list sheet (from the last list, its dates left to fill)`;
  },
  findingCounts(errors: number, warnings: number): string {
    return [
      errors > 0 ? plural(errors, "error", "errors") : "",
      warnings > 0 ? plural(warnings, "warning", "warnings") : "",
    ]
      .filter((p) => p)
      .join(", ");
  },
  checkSummary(errors: number, warnings: number, sheets: number, marked: number): string {
    return `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")} on ${plural(sheets, "sheet", "sheets")}.${marked > 0 ? ` Marked ${plural(marked, "cell", "cells")}.` : ""}`;
  },
};
