import type { Message } from "../../../domain/i18n/lang";
import type { RollupText } from "../vi/rollup";

/** The roll-up's sentences to the pane, in English (one missing or extra does not compile). */
export const en: RollupText = {
  excelTooOld:
    "This Excel is too old to roll up in Excel (ExcelApi 1.7 or later is needed). Roll up on the command line: npx dvcq rollup FILE... --year YEAR --out REPORT.xlsx",
  workbookWithoutTemplate:
    "The workbook has no DVCQ template sheet to roll up. Import the units' reports first.",
  noTemplateOfYear(year: number): string {
    return `The workbook has no template sheet for ${year}; nothing was written.`;
  },
  foreignSheet(sheet: string): string {
    return `The workbook has a “${sheet}” sheet named as a report sheet but without DVCQ’s mark (your own, or written by an older DVCQ); so as not to delete it by mistake, rename or delete it and roll up again.`;
  },
  rollupFailedKept(detail: Message): string {
    return `Excel reported an error, so nothing was rolled up; the report sheets of the previous roll-up, if any, are as they were. ${detail.en}`;
  },
  rollupFailed(detail: Message): string {
    return `Excel reported an error, so the roll-up did not finish (the report sheets may be incomplete; running it again rewrites them). ${detail.en}`;
  },
};
