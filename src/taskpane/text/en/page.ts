import type { Message } from "../../../domain/i18n/lang";
import type { UnusedReason } from "../../../domain/rollup/unusedFiles";
import type { PageText } from "../vi/page";

/** File names in a sentence: the first five, then how many more. */
function listed(names: readonly string[]): string {
  return names.length <= 5
    ? names.join(", ")
    : `${names.slice(0, 5).join(", ")} and ${names.length - 5} more`;
}

/** The standalone page's own (beside the pane's) sentences in English (one missing or extra does not compile). */
export const en: PageText = {
  title: "DVCQ — without Excel",
  subtitle:
    "Check and roll up the yearly Directive 03/CT-UBND reports in the browser. Files never leave this computer.",
  filesHeading: "Report files",
  pick: "Open report files (.xlsx)",
  drop: "or drop the .xlsx files here",
  sample: "Use the sample inbox",
  makingSample: "Making the sample inbox…",
  stop: "Stop",
  stopping: "Stopping after the current file…",
  clear: "Remove all files",
  filesLabel: "Files opened",
  colFile: "File",
  colUnit: "Unit",
  colYear: "Year",
  colErrors: "Errors",
  colWarnings: "Warnings",
  colStatus: "Status",
  show: "View",
  readable: "Read",
  noTemplate: "No template sheet",
  findingsHeading: "Check results",
  sheetHeading: "Template sheet (read-only)",
  sheetClipped(rows: number, lastColumn: string): string {
    return `Shown up to row ${rows} and column ${lastColumn}; cells beyond are in the file but not shown here.`;
  },
  sheetLegend: "Red cells have errors, amber cells warnings. Choose a check result to go to its cell.",
  rollupHeading: "Roll-up",
  rollupHint:
    "Rolls up every readable file of the year; files that cannot be used are named with the reason.",
  rolling: "Rolling up…",
  downloadReport: "Download the district report (.xlsx)",
  downloadCsv: "Download the facts (CSV)",
  preparingDownload: "Making the file…",
  completenessLabel: "Reports received",
  onTime: "On time",
  late: "Late",
  noDate: "Received, no sending date",
  unusable: "Received but unusable",
  missing: "Not sent",
  unusedHeading: "Files the roll-up could not use",
  templateHeading: "Make a template for a unit",
  downloadTemplate: "Download the template (.xlsx)",
  failed: "Something unexpected went wrong",
  notYet:
    "Not on this page yet: placing a template into an open workbook and “Prepare to send” — both need Excel.",
  reading(done: number, total: number, file: string): string {
    return `Reading ${done + 1}/${total}: ${file}`;
  },
  opened(read: number, total: number, also: { stopped: boolean; copies: readonly string[] }): string {
    const files = (n: number): string => (n === 1 ? "1 file" : `${n} files`);
    const copies =
      also.copies.length === 0
        ? ""
        : ` Already open, the same bytes, so not opened again: ${listed(also.copies)}.`;
    return (
      (read === total
        ? `Opened ${files(total)}.`
        : `Opened ${read} of ${files(total)}${also.stopped ? " (stopped)" : ""}.`) + copies
    );
  },
  notLoaded:
    "This file could not be opened (it may be a folder, or it was moved or deleted). Open the .xlsx file itself again.",
  rollupButton(year: number | null): string {
    return year === null ? "Roll up" : `Roll up ${year}`;
  },
  rollupLine(u: { expected: number; received: number; onTime: number }, year: number): string {
    return `${year}: ${u.received} of ${u.expected} units received, ${u.onTime} on time.`;
  },
  notUsed(reason: UnusedReason): string {
    return `Not used (${reason})`;
  },
  completenessText(parts: readonly { label: Message; count: number }[], total: number): string {
    return `${total} units due to report — ${parts.map((p) => `${p.label.en}: ${p.count}`).join("; ")}`;
  },
};
