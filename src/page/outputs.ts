import type { BatchCheck } from "../domain/check/batch";
import { demoInbox } from "../domain/demo/inbox";
import { fillPlan } from "../domain/layout/filled";
import { buildTemplatePlan } from "../domain/layout/template";
import { buildDistrictReport } from "../domain/report";
import { factsCsv as factsCsvOf } from "../domain/report/facts";
import { rollUp, type Rollup } from "../domain/rollup/rollup";
import { unitsSummary, type RollupSummary } from "../domain/rollup/summary";
import { builtinReference, workbookBytes } from "./engine";

/** The district clerk's part of the page's engine, loaded when first used: roll-up, report, CSV, demo. */
export interface PageRollup {
  rollup: Rollup;
  units: RollupSummary["units"];
}

export function rollUpInbox(checked: BatchCheck, year: number): PageRollup {
  const { catalogue, registry } = builtinReference(year);
  const rollup = rollUp(catalogue, registry, year, checked.submissions, checked.findings);
  return { rollup, units: unitsSummary(rollup) };
}

/** The district workbook `dvcq rollup --out` writes. */
export function districtReportBytes(rollup: Rollup): Promise<Uint8Array> {
  return workbookBytes(buildDistrictReport(rollup, builtinReference(rollup.year).catalogue));
}

export const DEMO_YEAR = 2024;

/** The demo inbox `dvcq demo` writes, as the files a clerk would open. */
export async function demoFiles(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const { catalogue, registry } = builtinReference(DEMO_YEAR);
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

/** The facts sheet of the district workbook as CSV, as `dvcq rollup --facts` writes it. */
export function factsCsv(rollup: Rollup): string {
  return factsCsvOf(rollup.facts, builtinReference(rollup.year).catalogue, rollup.kinds);
}
