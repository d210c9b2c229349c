import type { Catalogue } from "../catalogue/types";
import type { SheetPlan } from "../layout/sheetPlan";
import { PIVOT_SHEET, pivotPlan, pivotSummary } from "../pivot/pivot";
import type { Rollup } from "../rollup/rollup";
import { DETAILS_SHEET, detailsPlan } from "./details";
import { REPORT_SHEET, reportPlan } from "./districtReport";
import type { LetterOptions } from "../letters/letterKit";
import { REMINDER_SHEET, reminderPlan } from "../letters/reminder";
import { FACTS_SHEET, factsPlan } from "./facts";
import { NARRATIVE_SHEET, narrativePlan } from "./narrative";
import { headerRowOnly, issuerOf } from "./sheetKit";
import { SUBMISSIONS_SHEET, submissionsPlan } from "./submissions";

export { issuerOf, type Issuer } from "./sheetKit";
export { FACTS_COLUMNS, FACTS_TABLE, factsTableRange } from "./facts";
export { narrativeParagraphs, type Paragraph } from "./narrative";

/**
 * The sheets the roll-up writes, in workbook order. A re-run replaces exactly these sheets; they
 * carry no defined names.
 */
export const ROLLUP_SHEETS = {
  report: REPORT_SHEET,
  details: DETAILS_SHEET,
  submissions: SUBMISSIONS_SHEET,
  pivot: PIVOT_SHEET,
  narrative: NARRATIVE_SHEET,
  facts: FACTS_SHEET,
  reminder: REMINDER_SHEET,
} as const;

/** The report's date (without it the date line leaves dots for the clerk) and the reminder's date to send by. */
export type ReportOptions = LetterOptions;

/**
 * Everything the district clerk gets from a roll-up, as sheet plans for a shell to write: the
 * official report (issued by the registry's receiving office of the year), units × indicators, who sent what and when, the summary by section, the draft
 * narrative, the facts every figure traces to, and the draft reminder to the units missing,
 * unusable or late.
 */
export function buildDistrictReport(
  rollup: Rollup,
  catalogue: Catalogue,
  options: ReportOptions = {},
): SheetPlan[] {
  const issuer = issuerOf(rollup.office, options.date);
  return [
    reportPlan(rollup, catalogue, issuer),
    detailsPlan(rollup, catalogue),
    submissionsPlan(rollup, catalogue),
    pivotPlan(pivotSummary(rollup.facts, catalogue, rollup.kinds), rollup.year),
    narrativePlan(rollup, catalogue, issuer),
    headerRowOnly(factsPlan(rollup.facts, catalogue, rollup.kinds)),
    reminderPlan(rollup, catalogue, options),
  ];
}
