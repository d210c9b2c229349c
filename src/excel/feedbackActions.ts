import type { FeedbackOutcome, FeedbackRequest } from "../app/paneHost";
import { loadBuiltinCatalogue } from "../domain/catalogue/builtin";
import type { Catalogue } from "../domain/catalogue/types";
import { checkSources } from "../domain/check/batch";
import { buildFeedback, FEEDBACK_SHEET_PREFIX, isFeedbackSheet, showsExactly } from "../domain/letters";
import { findTemplateSheets } from "../domain/read/submission";
import { rollUp } from "../domain/rollup/rollup";
import { detectSupport, excelAvailable, officeSupports, type IsSetSupported } from "./features";
import { FM } from "./feedbackMessages";
import { M } from "./messages";
import { excelError } from "./officeErrors";
import { readWorkbook, THIS_WORKBOOK } from "./rollupActions";
import { RM } from "./rollupMessages";
import { inGroups } from "./snapshot";
import { queueSheetPlan } from "./writePlan";
import { nameKey, sheetNamed } from "./sheetNames";

export interface FeedbackDeps {
  /** The catalogue of the report year. */
  catalogue?: (year: number) => Catalogue;
  isSetSupported?: IsSetSupported;
}

/** A phiếu is small (a few KB in a request): this many go in one sync. */
const SHEETS_PER_WRITE = 20;

/**
 * Writes a "PH <code>" sheet per unit with something to fix, in one Excel.run: the template sheets
 * are read and checked as the roll-up reads them, the earlier feedback sheets (those whose title
 * cell says PHIẾU PHẢN HỒI) are deleted and the new ones added. An earlier one that differs from
 * what would be written now (the clerk edited it, or the findings changed) is replaced only when
 * the request says so; a sheet of the same name that is not a phiếu is never touched.
 * Syncs: 1 to list, 1 per 100 sheets read, then 1 per 20 phiếu written.
 */
export async function writeFeedbackSheets(
  request: FeedbackRequest,
  deps: FeedbackDeps = {},
): Promise<FeedbackOutcome> {
  if (!excelAvailable()) return { status: "failed", message: M.noExcel };
  const isSetSupported = deps.isSetSupported ?? officeSupports;
  if (!isSetSupported("ExcelApi", "1.7")) return { status: "failed", message: RM.excelTooOld };
  const { features } = detectSupport(isSetSupported);
  const catalogue = (deps.catalogue ?? loadBuiltinCatalogue)(request.year);
  try {
    return await Excel.run(async (context): Promise<FeedbackOutcome> => {
      const { snapshot, registry } = await readWorkbook(context);
      if (findTemplateSheets(snapshot, catalogue).length === 0)
        return { status: "noTemplate", message: RM.workbookWithoutTemplate };
      const checked = checkSources([{ name: THIS_WORKBOOK, workbook: snapshot }], catalogue, registry, {
        expectedYear: request.year,
      });
      if (!checked.submissions.some((s) => s.submission.year === request.year))
        return { status: "noTemplate", message: RM.noTemplateOfYear(request.year) };
      const rollup = rollUp(catalogue, registry, request.year, checked.submissions, checked.findings);
      const letters = buildFeedback(rollup, checked.findings, catalogue);

      const earlier = snapshot.sheets.filter(
        (s) => s.name.startsWith(FEEDBACK_SHEET_PREFIX) && isFeedbackSheet(s),
      );
      const earlierNames = new Set(earlier.map((s) => nameKey(s.name)));
      const foreign = letters.find(
        (l) =>
          !earlierNames.has(nameKey(l.sheetName)) && sheetNamed(snapshot.sheets, l.sheetName) !== undefined,
      );
      if (foreign) return { status: "failed", message: RM.foreignSheet(foreign.sheetName) };
      const planOf = new Map(letters.map((l) => [nameKey(l.sheetName), l.plan]));
      const changed = earlier
        .filter((s) => {
          const plan = planOf.get(nameKey(s.name));
          return plan === undefined || !showsExactly(s, plan);
        })
        .map((s) => s.name);
      if (changed.length > 0 && !request.replaceChanged) return { status: "changed", sheets: changed };

      const sheets = context.workbook.worksheets;
      for (const old of earlier) sheets.getItem(old.name).delete();
      await inGroups(
        context,
        letters,
        (group) => {
          for (const letter of group)
            queueSheetPlan(sheets.add(letter.sheetName), letter.plan, { nameScope: "workbook", features });
          return [];
        },
        SHEETS_PER_WRITE,
      );
      if (letters.length === 0) return { status: "none", removed: earlier.map((s) => s.name) };
      return {
        status: "done",
        sheets: letters.map((l) => l.sheetName),
        units: letters.map((l) => l.unit.name),
      };
    });
  } catch (error) {
    return { status: "failed", message: FM.failed(excelError(error)) };
  }
}
