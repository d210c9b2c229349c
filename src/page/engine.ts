import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import type { Catalogue } from "../domain/catalogue/types";
import { checkSources, type BatchCheck, type Source } from "../domain/check/batch";
import { demoInbox } from "../domain/demo/inbox";
import { fillPlan } from "../domain/layout/filled";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import { buildTemplatePlan } from "../domain/layout/template";
import { formatViDate, reportPeriod } from "../domain/period";
import type { Message } from "../domain/i18n/lang";
import { noUnitsInPeriod } from "../taskpane/strings";
import { buildDistrictReport } from "../domain/report";
import { factsPlan } from "../domain/report/facts";
import { rollUp, type Rollup } from "../domain/rollup/rollup";
import { unitsSummary, type RollupSummary } from "../domain/rollup/summary";
import { loadBuiltinRegistry } from "../domain/units/builtin";
import { unitsValidIn, type Unit, type UnitRegistry } from "../domain/units/registry";
import { parseCell } from "../domain/layout/a1";

/**
 * The page's engine over workbooks held in the page: the same domain calls as `dvcq check`,
 * `dvcq rollup`, `dvcq template` and `dvcq demo`, with bytes in and bytes out instead of files.
 * The .xlsx writer (exceljs) loads only when a workbook is made.
 */
export interface Reference {
  catalogue: Catalogue;
  registry: UnitRegistry;
}

let reference: Reference | null = null;

export function builtinReference(): Reference {
  reference ??= { catalogue: loadBuiltinCatalogue(), registry: loadBuiltinRegistry() };
  return reference;
}

export function checkInbox(sources: readonly Source[], year: number): BatchCheck {
  const { catalogue, registry } = builtinReference();
  return checkSources(sources, catalogue, registry, { expectedYear: year });
}

export interface PageRollup {
  rollup: Rollup;
  units: RollupSummary["units"];
}

export function rollUpInbox(checked: BatchCheck, year: number): PageRollup {
  const { catalogue, registry } = builtinReference();
  const rollup = rollUp(catalogue, registry, year, checked.submissions, checked.findings);
  return { rollup, units: unitsSummary(rollup) };
}

async function workbookBytes(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../files/writeXlsx");
  return writeWorkbook(plans.map((plan) => ({ plan, nameScope: "workbook" as const })));
}

/** The district workbook `dvcq rollup --out` writes. */
export function districtReportBytes(rollup: Rollup): Promise<Uint8Array> {
  return workbookBytes(buildDistrictReport(rollup, builtinReference().catalogue));
}

/** One unit's template for a year, as `dvcq template` writes it. */
export function templateBytes(unit: Unit, year: number): Promise<Uint8Array> {
  return workbookBytes([buildTemplatePlan(builtinReference().catalogue, unit, year).plan]);
}

export function unitsOfYear(year: number): Unit[] {
  const { catalogue, registry } = builtinReference();
  const period = reportPeriod(catalogue.period, year);
  return unitsValidIn(registry, period.from, period.to);
}

/** That the built-in registry has no unit for a year's report period, with the period. */
export function noUnitsIn(year: number): Message {
  const period = reportPeriod(builtinReference().catalogue.period, year);
  return noUnitsInPeriod(year, formatViDate(period.from), formatViDate(period.to));
}

export const DEMO_YEAR = 2024;

/** The demo inbox `dvcq demo` writes, as the files a clerk would open. */
export async function demoFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const { catalogue, registry } = builtinReference();
  const inbox = demoInbox(catalogue, registry, DEMO_YEAR);
  const { writeWorkbook } = await import(/* webpackChunkName: "xlsx-writer" */ "../files/writeXlsx");
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const file of inbox.files) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, DEMO_YEAR), {
      figures: file.figures,
      evidence: file.evidence,
    });
    files.push({ name: file.fileName, bytes: await writeWorkbook([{ plan, nameScope: "workbook" }]) });
  }
  return files;
}

/** The facts sheet of the district workbook as CSV (UTF-8 with a BOM, so Excel reads the Vietnamese). */
export function factsCsv(rollup: Rollup): string {
  return `\uFEFF${planAsCsv(factsPlan(rollup.facts, builtinReference().catalogue))}`;
}

/** A sheet plan's literal values as CSV rows, "\r\n" between rows as RFC 4180 asks. */
export function planAsCsv(plan: SheetPlan): string {
  const grid: (string | number | boolean)[][] = [];
  let width = 0;
  for (const cell of plan.cells) {
    if (cell.value === undefined || cell.value === null) continue;
    const { row, col } = parseCell(cell.ref);
    (grid[row - 1] ??= [])[col - 1] = cell.value;
    width = Math.max(width, col);
  }
  const field = (v: string | number | boolean | undefined): string => {
    const text = v === undefined ? "" : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return Array.from(grid, (row) => Array.from({ length: width }, (_, c) => field(row?.[c])).join(",")).join(
    "\r\n",
  );
}
