import type { BatchCheck } from "../domain/check/batch";
import { withCrossYear } from "../domain/check/crossYear";
import { demoInbox } from "../domain/demo/inbox";
import { fillPlan } from "../domain/layout/filled";
import { buildTemplatePlan } from "../domain/layout/template";
import { buildDistrictReport } from "../domain/report";
import { factsCsv as factsCsvOf } from "../domain/report/facts";
import type { PreviousRead, PreviousYear } from "../domain/report/previousYear";
import { compareWithPrevious, type YearOnYear } from "../domain/report/yearOnYear";
import { rollUp, type Rollup } from "../domain/rollup/rollup";
import { unitsSummary, type RollupSummary } from "../domain/rollup/summary";
import { builtinReference, workbookBytes } from "./engine";
import type { OpenFile } from "./reader";

/** The district clerk's part of the page's engine, loaded when first used: roll-up, report, CSV, demo. */
export interface PageRollup {
  rollup: Rollup;
  units: RollupSummary["units"];
  /** With last year's figures: the comparison, and how far it reached this year's units. */
  yearOnYear?: YearOnYear;
  compared?: { year: number; compared: number; counted: number };
}

/** As `dvcq rollup --previous`: with last year's figures, the cross-year checks join the findings. */
export function rollUpInbox(checked: BatchCheck, year: number, previous?: PreviousYear): PageRollup {
  const { catalogue, registry } = builtinReference(year);
  const all = withCrossYear(checked, catalogue, registry, previous);
  const rollup = rollUp(catalogue, registry, year, all.submissions, all.findings);
  return { rollup, units: unitsSummary(rollup), ...compareWithPrevious(rollup, catalogue, previous) };
}

/** Last year's figures for the roll-up of `year`, from the district report or facts CSV the clerk picked. */
export async function previousFigures(file: OpenFile, year: number): Promise<PreviousRead> {
  const { readPreviousFile } = await import(/* webpackChunkName: "reader" */ "../files/previousFile");
  return readPreviousFile(file.name, file.bytes, year - 1);
}

/** The district workbook `dvcq rollup --out` writes ("So với cùng kỳ" with last year's figures). */
export function districtReportBytes(rollup: Rollup, yearOnYear?: YearOnYear): Promise<Uint8Array> {
  return workbookBytes(
    buildDistrictReport(rollup, builtinReference(rollup.year).catalogue, yearOnYear ? { yearOnYear } : {}),
  );
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
