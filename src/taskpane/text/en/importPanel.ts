import type { ImportPanelText } from "../vi/importPanel";

/** The import panel's sentences in English (one missing or extra does not compile). */
export const en: ImportPanelText = {
  heading: "Import the units' reports",
  pick: "Choose report files (.xlsx)",
  drop: "or drop the .xlsx files here",
  stop: "Stop",
  stopping: "Stopping after the current file…",
  duplicateTitle: "The unit already has a report",
  keepExisting: "Keep the existing one",
  replace: "Replace with the new one",
  noDifference: "The two reports hold the same figures.",
  colCode: "Code",
  colLabel: "Indicator",
  colExisting: "Existing",
  colIncoming: "New",
  colFile: "File",
  colDecision: "Result",
  colUnit: "Unit",
  colErrors: "Errors",
  colWarnings: "Warnings",
  resultsLabel: "Result of each file",
  differencesLabel: "Cells that differ",
  failedTitle: "Import failed",
  decision: {
    kept: "Imported",
    replaced: "Replaced the old one",
    rejected: "Rejected",
    keptExisting: "Kept the old one",
    cancelled: "Stopped",
  },
  importing(done: number, total: number, file: string): string {
    return `Importing ${done + 1}/${total}: ${file}`;
  },
  duplicateBody(unitName: string, year: number, sheet: string, file: string): string {
    return `${unitName} already has a ${year} report in sheet “${sheet}”. File “${file}” is a second one. Which one to keep?`;
  },
  importedSummary(imported: number, total: number, logSheet: string): string {
    return `Imported ${imported} of ${total} files; each file is listed in the “${logSheet}” sheet.`;
  },
  unexpected(detail: string): string {
    return `Something unexpected went wrong, so the import stopped: ${detail}`;
  },
};
