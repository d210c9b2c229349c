import type { SheetSnapshot, WorkbookSnapshot } from "../read/snapshot";

// What a feedback file is recognised by, apart from the letter that writes it (feedback.ts): a
// check of the inputs loads this, not the letters.

/** The sheet of a feedback file. */
export const FEEDBACK_SHEET = "Phiếu phản hồi";
/** What the title cell of a feedback sheet says: how an earlier one is recognised. */
export const FEEDBACK_TITLE = "PHIẾU PHẢN HỒI";
/** The row of the title. */
export const FEEDBACK_ROW = 6;
export const FEEDBACK_TITLE_CELL = `A${FEEDBACK_ROW}`;
/** Sheets of the district workbook whose names start so are feedback sheets, replaced on every run. */
export const FEEDBACK_SHEET_PREFIX = "PH ";

/** A sheet DVCQ wrote as a phiếu: its title cell says so. */
export function isFeedbackSheet(sheet: SheetSnapshot): boolean {
  return sheet.cells.get(FEEDBACK_TITLE_CELL)?.value === FEEDBACK_TITLE;
}

/** A workbook of phiếu alone, as `--feedback` writes it: never a unit's report. */
export function isFeedbackWorkbook(workbook: WorkbookSnapshot): boolean {
  return workbook.sheets.length > 0 && workbook.sheets.every(isFeedbackSheet) && workbook.names.length === 0;
}
