import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Catalogue } from "../domain/catalogue/types";
import type { BatchCheck } from "../domain/check/batch";
import { crossYearFindings, withFindings } from "../domain/check/crossYear";
import {
  previousYearFromRows,
  previousYearFromWorkbook,
  type PreviousYear,
} from "../domain/report/previousYear";
import { parseCsv, type UnitRegistry } from "../domain/units/registry";
import { READ_LIMITS } from "../files/readLimits";
import { readWorkbookSnapshot } from "../files/readXlsx";
import { resolved, type Context } from "./context";
import { fsReason } from "./fsText";

const ZIP = [0x50, 0x4b];
/**
 * "Dữ liệu" is not a template sheet, which the reader scans within 4 MB and 100.000 cells only
 * (the facts of about a hundred units: 64 rows of 13 cells each). Last year's report is DVCQ's own
 * output, so it is read with a template part's byte limits and a million cells (about 1,000 units;
 * 300 units read in 5.7 s on this shared machine); past that it is refused with a pointer to the
 * facts CSV, which has no such limit.
 */
const PREVIOUS_LIMITS = {
  scanSheetBytes: READ_LIMITS.partBytes,
  scanTotalBytes: READ_LIMITS.packageBytes,
  cellsPerSheet: 1_000_000,
  cells: 1_000_000,
};

/**
 * Last year's figures from `--previous FILE`: a district workbook DVCQ wrote (its "Dữ liệu" sheet,
 * read by the file reader with its limits) or a facts CSV. `year` is the year they must be of
 * ("latest": the latest the file holds). Undefined without the option; a file that cannot be used
 * stops the command (exit 2) before anything is written, saying why.
 */
export async function previousOf(ctx: Context, year: number | "latest"): Promise<PreviousYear | undefined> {
  const shown = ctx.args.values.get("previous");
  if (shown === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolved(ctx, shown)));
  } catch (e) {
    return ctx.fail("previousProblem", shown, fsReason(e, ctx.lang));
  }
  let read;
  if (bytes[0] === ZIP[0] && bytes[1] === ZIP[1]) {
    const workbook = await readWorkbookSnapshot(bytes, { limits: PREVIOUS_LIMITS });
    if (!workbook.ok) return ctx.fail("previousProblem", shown, workbook.message[ctx.lang]);
    read = previousYearFromWorkbook(workbook.workbook, year);
  } else if (path.extname(shown).toLowerCase() === ".csv") {
    read = previousYearFromRows(parseCsv(new TextDecoder().decode(bytes)), year);
  } else {
    return ctx.fail("previousProblem", shown, ctx.say("previousNotFacts"));
  }
  if (!read.ok) return ctx.fail("previousProblem", shown, read.message[ctx.lang]);
  return read.previous;
}

/** The checked files with the cross-year findings of their reports against last year's. */
export function withCrossYear(
  checked: BatchCheck,
  catalogue: Catalogue,
  registry: UnitRegistry,
  previous: PreviousYear | undefined,
): BatchCheck {
  if (previous === undefined) return checked;
  return withFindings(checked, crossYearFindings(catalogue, registry, checked.submissions, previous));
}
