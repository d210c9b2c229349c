import { sayEvery } from "../domain/i18n/say";
import {
  previousYearFromRows,
  previousYearFromWorkbook,
  type PreviousRead,
} from "../domain/report/previousYear";
import { parseCsv } from "../domain/units/registry";
import { READ_LIMITS } from "./readLimits";
import { readWorkbookSnapshot } from "./readXlsx";

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
 * Last year's figures from a file the clerk gives, by the command line, the pane or the page: a
 * district workbook DVCQ wrote (its "Dữ liệu" sheet, read by the file reader) or a facts CSV (by
 * its name's extension). `year` is the year they must be of ("latest": the latest the file holds).
 * A file that cannot be used gives the sentence saying why, without the file's name.
 */
export async function readPreviousFile(
  name: string,
  bytes: Uint8Array,
  year: number | "latest",
): Promise<PreviousRead> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const workbook = await readWorkbookSnapshot(bytes, { limits: PREVIOUS_LIMITS });
    if (!workbook.ok) return { ok: false, message: workbook.message };
    return previousYearFromWorkbook(workbook.workbook, year);
  }
  if (name.toLowerCase().endsWith(".csv"))
    return previousYearFromRows(parseCsv(new TextDecoder().decode(bytes)), year);
  return { ok: false, message: sayEvery({ code: "PREVIOUS_NOT_FACTS" }) };
}
