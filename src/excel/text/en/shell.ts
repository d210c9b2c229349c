import { EXCEL_API_FLOOR } from "../../features";
import type { Message } from "../../../domain/i18n/lang";
import type { ShellText } from "../vi/shell";

/** The Excel shell's sentences to the pane, in English (one missing or extra does not compile). */
export const en: ShellText = {
  noExcel: "Excel was not found: DVCQ must be opened from Excel to write to a workbook.",
  excelTooOld: `This Excel is too old to place templates (ExcelApi ${EXCEL_API_FLOOR} is needed: Excel 2019, Excel 2021, Microsoft 365 or Excel on the web). Use an .xlsx template made on the command line.`,
  excelTooOldToCheck: `This Excel is too old to check in Excel (ExcelApi ${EXCEL_API_FLOOR} is needed: Excel 2019, Excel 2021, Microsoft 365 or Excel on the web). Check the file on the command line: npx dvcq check FILE.xlsx`,
  activeNotTemplate(sheet: string): string {
    return `Sheet “${sheet}” is not a DVCQ template. Select the unit's template sheet and try again.`;
  },
  workbookWithoutTemplate: "The workbook has no DVCQ template sheet.",
  checkFailed(detail: Message): string {
    return `Excel reported an error, so nothing was checked. ${detail.en}`;
  },
  marksFailed(detail: Message): string {
    return `Checked, but the cells could not be marked (is the sheet protected with a password?); its protection is kept. ${detail.en}`;
  },
  marksCleared(marks: number, sheets: number): string {
    return `Removed the marks from ${marks} cells on ${sheets} sheets; the cells look as they did before the check.`;
  },
  noMarks: "No cell is marked.",
  clearFailed(detail: Message): string {
    return `Excel reported an error, so the marks were not removed. ${detail.en}`;
  },
  prepareFailed(detail: Message): string {
    return `Excel reported an error, so the file to send was not prepared. ${detail.en}`;
  },
  unitUnknown(sheet: string): string {
    return `The unit of sheet “${sheet}” is not known (its unit code 0.1 is not in the unit list), so no file to send was made.`;
  },
  yearUnknown(sheet: string): string {
    return `The report year of sheet “${sheet}” cannot be read, so no file to send was made.`;
  },
  cannotDeliver(detail: string): string {
    return `Excel could not open a new workbook and the browser cannot download the file: ${detail}`;
  },
  saveCopyThroughExcel(sheet: string, fileName: string, detail: string): string {
    return `Excel could not open a new workbook (${detail}) and Excel on a Mac does not download files from the DVCQ pane, so there is no file to send yet. Copy the sheet through Excel: right-click the “${sheet}” sheet tab, choose Move or Copy, pick (new book) and tick Create a copy; then save the new workbook as ${fileName} and send that file.`;
  },
  notCarried(cells: readonly string[]): string {
    const listed = cells.length > 8 ? `${cells.slice(0, 8).join(", ")}…` : cells.join(", ");
    return `${cells.length} cells hold content outside the template (inserted rows or text typed beside the table), so they are not in the file to send: ${listed}. Move it into the Note or Evidence column.`;
  },
  registryCreated(sheet: string, count: number): string {
    return `Created the ${sheet} sheet with the ${count} units of the built-in list. Edit, add or delete rows there; DVCQ will use this sheet instead of the built-in list.`;
  },
  registryExists(sheet: string): string {
    return `The workbook already has a ${sheet} sheet; it is now selected and was not changed.`;
  },
  unitNotFound(code: string): string {
    return `There is no unit with code ${code} in the unit list; no template was placed.`;
  },
  placeFailed(detail: Message): string {
    return `Excel reported an error, so no template was placed. ${detail.en}`;
  },
  registryFailed(sheet: string, detail: Message): string {
    return `Excel reported an error, so the ${sheet} sheet was not created. ${detail.en}`;
  },
};
