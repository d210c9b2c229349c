import type { Catalogue } from "../catalogue/types";
import type { SheetPlan } from "../layout/sheetPlan";
import { pivotPlan, pivotSummary } from "../pivot/pivot";
import type { Rollup } from "../rollup/rollup";
import { detailsPlan } from "./details";
import { reportPlan } from "./districtReport";
import type { LetterOptions } from "../letters/letterKit";
import { reminderPlan } from "../letters/reminder";
import { annexPlans } from "./annexes";
import { factsPlan } from "./facts";
import { findingsPlan } from "./findings";
import { narrativePlan } from "./narrative";
import { FILE_AS_GIVEN, headerRowOnly, issuerOf } from "./sheetKit";
import { submissionsPlan } from "./submissions";
import type { YearOnYear } from "./yearOnYear";
import { yearOnYearPlan } from "./yearOnYearSheet";

export { issuerOf, type Issuer } from "./sheetKit";
/** Written after the draft narrative for a catalogue with lists and text blocks (template version 2 on). */
export { MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET } from "./annexes";
export { FACTS_COLUMNS, FACTS_TABLE, factsTableRange } from "./facts";
export { FINDINGS_COLUMNS, FINDINGS_TABLE, findingRows, findingsTableRange } from "./findings";
export { narrativeParagraphs, type Paragraph } from "./narrative";

export { ROLLUP_SHEETS } from "./sheetNames";

/**
 * The report's date (without it the date line leaves dots for the clerk), the reminder's date to
 * send by, and how the shell names a file (without its folders: the workbook is forwarded on).
 */
export type ReportOptions = LetterOptions & {
  /** Last year's figures beside this year's: the sheet "So với cùng kỳ" and the draft's comparisons. */
  yearOnYear?: YearOnYear;
  /** The facts' and the unit details' rows made as they are written (a writer reading SheetPlan.rows: the file shell's). */
  streamed?: boolean;
};

/**
 * Everything the district clerk gets from a roll-up, as sheet plans for a shell to write: the
 * official report (issued by the registry's receiving office of the year), units × indicators, who
 * sent what and when, every finding of every file given, the summary by section, the draft
 * narrative, the facts every figure traces to, and the draft reminder to the units missing,
 * unusable or late.
 */
export function buildDistrictReport(
  rollup: Rollup,
  catalogue: Catalogue,
  options: ReportOptions = {},
): SheetPlan[] {
  const issuer = issuerOf(rollup.office, options.date);
  const fileName = options.fileName ?? FILE_AS_GIVEN;
  return [
    reportPlan(rollup, catalogue, issuer),
    ...(options.yearOnYear ? [yearOnYearPlan(rollup, catalogue, options.yearOnYear)] : []),
    detailsPlan(rollup, catalogue, fileName, options.streamed),
    submissionsPlan(rollup, catalogue, fileName),
    findingsPlan(rollup, fileName),
    pivotPlan(pivotSummary(rollup.facts, catalogue, rollup.kinds), rollup.year),
    narrativePlan(rollup, catalogue, issuer, options.yearOnYear),
    ...annexPlans(rollup, catalogue),
    headerRowOnly(
      factsPlan(rollup.facts, catalogue, rollup.kinds, fileName, options.streamed),
      rollup.facts.length,
    ),
    reminderPlan(rollup, catalogue, options),
  ];
}
