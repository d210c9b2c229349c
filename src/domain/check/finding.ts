import type { Severity } from "../catalogue/types";
import type { Wording } from "../i18n/say";

/** Codes of the reader's own findings, beside the catalogue's rule ids R01…R23. */
/** Why a whole file could not be used: broken, past one of the reader's limits, or breaking the package rules. */
export type FileRule = "FILE_UNREADABLE" | "FILE_TOO_LARGE" | "FILE_UNSAFE";

export type ReaderCode =
  | FileRule
  | "NOT_A_TEMPLATE"
  | "TEMPLATE_VERSION"
  | "NAMES_MISSING"
  | "INDICATOR_NOT_FOUND"
  | "NUMBER_AS_TEXT"
  | "PERCENT_AS_FRACTION"
  | "DATE_AS_TEXT"
  | "DATE_AS_WORDS"
  | "LEGACY_ENCODING"
  | "TEXT_NORMALISED"
  | "WRONG_YEAR"
  | "UNKNOWN_UNIT"
  | "DUPLICATE_SUBMISSION"
  | "MARKS_NOT_WRITTEN"
  | "NOT_IN_COPY"
  | "FORMULA_NOT_IMPORTED"
  /** A sheet of an earlier template version, read by a catalogue with list or text blocks it lacks (warning). */
  | "LISTS_NOT_IN_VERSION"
  /** A large sheet that holds no template, left unread (warning). */
  | "SHEET_SKIPPED";

/** One thing a clerk should look at. Data, never an exception. */
export interface Finding {
  /** A catalogue rule id ("R17") or a ReaderCode. */
  rule: string;
  severity: Severity;
  /** Unit code, when known. */
  unit: string | null;
  sheet: string | null;
  /** A1 address on the sheet, when the finding is about one cell. */
  cell: string | null;
  /** Section id "1"…"7", "0" for the general information, when it belongs to one. */
  section: string | null;
  /** A phrase of the domain (its code and parameters), rendered in the clerk's language at the edge. */
  message: Wording;
}

/** The rule a finding is of: a catalogue rule, or a check's own with the severity it always has. */
export interface FindingRule {
  readonly id: string;
  readonly severity: Severity;
}

/** Where on a sheet a finding points. */
export type FindingPlace = Pick<Finding, "unit" | "sheet" | "cell" | "section">;

export function ruleFinding(rule: FindingRule, place: FindingPlace, message: Wording): Finding {
  const { unit, sheet, cell, section } = place;
  return { rule: rule.id, severity: rule.severity, unit, sheet, cell, section, message };
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number } {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
  };
}
