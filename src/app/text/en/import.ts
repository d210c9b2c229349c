import type { ImportText } from "../vi/import";
import type { Message } from "../../../domain/i18n/lang";

/** What importing files says to the clerk, in English (one missing or extra does not compile). */
export const en: ImportText = {
  registryFailed(detail: Message): string {
    return `Excel reported an error, so the unit list could not be read; no file was imported. ${detail.en}`;
  },
  unitUnknown(file: string): string {
    return `The unit of file “${file}” is not known (its unit code 0.1 is not in the unit list), so it was not imported.`;
  },
  yearUnknown(file: string): string {
    return `The report year of file “${file}” cannot be read, so it was not imported.`;
  },
  sheetNotTemplate(sheet: string): string {
    return `The workbook already has a sheet “${sheet}” that is not a template; rename it and import the file again.`;
  },
  formulaNotImported(cell: string, formula: string, result: string | number | boolean | null): string {
    return `Cell ${cell} holds a formula the unit typed (${formula}); the district workbook takes only its result (${result === null ? "blank" : String(result)}), not the formula.`;
  },
  sheetChanged(sheet: string): string {
    return `While the duplicates were being answered, the workbook gained a sheet “${sheet}”, so this file was not imported; look at that sheet and import the file again.`;
  },
  rebuiltInsertFailed(detail: string): string {
    return `Excel could not copy the file's sheet as it is (${detail}), so the sheet was rebuilt from the template with the unit's figures; the unit's charts, comments and own formatting were not copied.`;
  },
  rebuiltNamesBroken(names: readonly string[]): string {
    return `After copying, the sheet's defined names ${names.join(", ")} were broken (#REF! or pointing at the wrong cell), so the sheet was rebuilt from the template with the unit's figures.`;
  },
  excelFailed(detail: Message): string {
    return `Excel reported an error, so this file was not imported. ${detail.en}`;
  },
  logFailed(sheet: string, imported: number, detail: Message): string {
    return `${imported} files were imported, but Excel reported an error, so the “${sheet}” sheet was not written. ${detail.en}`;
  },
};
