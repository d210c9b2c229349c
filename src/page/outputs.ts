import type { BatchCheck } from "../domain/check/batch";
import { demoInbox } from "../domain/demo/inbox";
import { parseCell } from "../domain/layout/a1";
import { fillPlan } from "../domain/layout/filled";
import type { SheetPlan } from "../domain/layout/sheetPlan";
import { buildTemplatePlan } from "../domain/layout/template";
import { buildDistrictReport } from "../domain/report";
import { factsPlan } from "../domain/report/facts";
import { rollUp, type Rollup } from "../domain/rollup/rollup";
import { unitsSummary, type RollupSummary } from "../domain/rollup/summary";
import { builtinReference, workbookBytes } from "./engine";

/** The district clerk's part of the page's engine, loaded when first used: roll-up, report, CSV, demo. */
export interface PageRollup {
  rollup: Rollup;
  units: RollupSummary["units"];
}

export function rollUpInbox(checked: BatchCheck, year: number): PageRollup {
  const { catalogue, registry } = builtinReference();
  const rollup = rollUp(catalogue, registry, year, checked.submissions, checked.findings);
  return { rollup, units: unitsSummary(rollup) };
}

/** The district workbook `dvcq rollup --out` writes. */
export function districtReportBytes(rollup: Rollup): Promise<Uint8Array> {
  return workbookBytes(buildDistrictReport(rollup, builtinReference().catalogue));
}

export const DEMO_YEAR = 2024;

/** The demo inbox `dvcq demo` writes, as the files a clerk would open. */
export async function demoFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const { catalogue, registry } = builtinReference();
  const inbox = demoInbox(catalogue, registry, DEMO_YEAR);
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const file of inbox.files) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, DEMO_YEAR), {
      figures: file.figures,
      evidence: file.evidence,
    });
    files.push({ name: file.fileName, bytes: await workbookBytes([plan]) });
  }
  return files;
}

/** The facts sheet of the district workbook as CSV (UTF-8 with a BOM, so Excel reads the Vietnamese). */
export function factsCsv(rollup: Rollup): string {
  return `\uFEFF${planAsCsv(factsPlan(rollup.facts, builtinReference().catalogue, rollup.kinds))}`;
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
