import type { FeedbackPanelText } from "../vi/feedbackPanel";

/** The feedback panel's sentences in English (one missing or extra does not compile). */
export const en: FeedbackPanelText = {
  heading: "Feedback to the units",
  hint: "Each unit with errors or warnings to fix gets a “PH <unit code>” sheet in this workbook: one A4 page to print, sign and send back (the phiếu is in Vietnamese). Writing again replaces the earlier ones.",
  running: "Writing the feedback…",
  none: "No unit has anything to fix: no feedback to write.",
  replace: "Overwrite these sheets",
  failed: "The feedback could not be written.",
  feedbackButton(year: number | null): string {
    return year === null ? "Write the feedback" : `Write the ${year} feedback`;
  },
  feedbackWritten(sheets: readonly string[], units: readonly string[]): string {
    return `Wrote ${sheets.length} feedback sheet(s) (${sheets.join(", ")}) for: ${units.join(", ")}.`;
  },
  feedbackRemoved(sheets: readonly string[]): string {
    return `Removed ${sheets.length} earlier feedback sheet(s): ${sheets.join(", ")}.`;
  },
  feedbackChanged(sheets: readonly string[]): string {
    return `Nothing written: ${sheets.length} feedback sheet(s) differ from what would be written (edited, or the figures changed): ${sheets.join(", ")}. Overwriting loses what was edited on them.`;
  },
};
