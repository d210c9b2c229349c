import type { ReaderCode } from "../../../domain/check/finding";

/** Short names of the reader's finding codes in English, shown where the code would be. */
export const en: Record<ReaderCode, string> = {
  FILE_UNREADABLE: "Unreadable file",
  FILE_TOO_LARGE: "File too large",
  FILE_UNSAFE: "Unsafe file",
  NOT_A_TEMPLATE: "Not a template",
  TEMPLATE_VERSION: "Other template version",
  NAMES_MISSING: "Names missing",
  INDICATOR_NOT_FOUND: "Indicator not found",
  NUMBER_AS_TEXT: "Number as text",
  PERCENT_AS_FRACTION: "Percent as a fraction",
  DATE_AS_TEXT: "Date as text",
  DATE_AS_WORDS: "Date in words",
  LEGACY_ENCODING: "Old encoding",
  TEXT_NORMALISED: "Text normalised",
  WRONG_YEAR: "Wrong year",
  UNKNOWN_UNIT: "Unit not in the list",
  DUPLICATE_SUBMISSION: "Sent twice",
  MARKS_NOT_WRITTEN: "Cells not marked",
  NOT_IN_COPY: "Not carried into the copy",
  FORMULA_NOT_IMPORTED: "Formula not imported",
  LISTS_NOT_IN_VERSION: "Older template, no lists",
  SHEET_SKIPPED: "Sheet skipped",
};
