import type { Expr } from "../expr/expr";
import type { Message } from "./lang";

/** A catalogue label in each language (an indicator's label and English name, a list's title). */
export type Label = Message;

/** An indicator or header field as a sentence names it: "6.20 Số vụ việc …". */
export interface Named {
  code: string;
  label: Label;
}

/** A value as a sentence shows it: the text as typed (quoted), or a number (in the language's digits). */
export type Shown = { typed: string } | { number: number; percent?: true };

/** What a cell was read as, when it held TRUE/FALSE instead. */
export type Wanted = "count" | "percent" | "date" | "choice" | "text";

/** Why a cell's value cannot be used (rule R22). */
export type ReadProblem =
  | { code: "EXCEL_ERROR"; error: string }
  | { code: "TRUE_FALSE"; value: boolean; wanted: Wanted }
  /** A number in a date-formatted cell that is a date of the years accepted (an Excel serial). */
  | { code: "DATE_FOR_NUMBER"; serial: number }
  | { code: "DATE_FORMAT_ON_NUMBER"; value: number }
  | { code: "NOT_A_NUMBER"; text: string }
  | { code: "PERCENT_FOR_COUNT"; text: string }
  | { code: "WORDS_BESIDE_NUMBER"; text: string }
  | { code: "NOT_THE_UNIT"; text: string; words: string; unit: string }
  | { code: "DOT_IN_COUNT"; text: string }
  /** "1,234": the decimal 1.234 or, with its digits run together, a whole number. */
  | { code: "COMMA_OR_THOUSANDS"; text: string; decimal: number; digits: string }
  /** 1.234 typed into a number cell, which the computer took as a decimal. */
  | { code: "DOT_AS_DECIMAL"; value: number; digits: string }
  | { code: "NEGATIVE"; shown: Shown }
  | { code: "NOT_WHOLE"; shown: Shown }
  | { code: "TOO_LARGE"; shown: Shown }
  | { code: "PERCENT_OUT_OF_RANGE"; shown: Shown }
  | { code: "ONE_PERCENT_AMBIGUOUS"; shown: Shown }
  | { code: "NUMBER_NOT_A_DATE"; value: number }
  | { code: "NOT_A_DATE"; text: string }
  | { code: "TWO_DIGIT_YEAR"; text: string }
  | { code: "NO_SUCH_MONTH"; text: string; month: number }
  | { code: "NO_SUCH_DAY"; text: string; month: number; year: number; days: number }
  | { code: "DATE_OUT_OF_RANGE"; text: string }
  | { code: "SEVERAL_CHOICES"; text: string; matches: string[] }
  | { code: "NOT_IN_LIST"; text: string; options: string[] };

/** What the reader understood when a cell did not hold a plain typed value; `code` is the finding's rule. */
export type ReadNote =
  | { code: "NUMBER_AS_TEXT"; text: string; value: number; percent: boolean; withUnit: boolean }
  | { code: "PERCENT_AS_FRACTION"; shown: Shown; percent: number; value: number }
  | { code: "DATE_AS_TEXT"; text: string; day: number; month: number; year: number; dayFirst: boolean }
  | { code: "DATE_AS_WORDS"; text: string; day: number; month: number; year: number }
  | { code: "LEGACY_ENCODING"; encoding: string; typed: string; converted: string }
  /** A choice matched regardless of case and accents, or (lookalike) the letter Ð made Đ. */
  | { code: "TEXT_NORMALISED"; text: string; to: string; lookalike: boolean };

export type ReadNoteCode = ReadNote["code"];

/** A sentence of a finding, as its code and what it names. */
export type FindingPhrase =
  | { code: "SHEET_NOT_A_TEMPLATE"; sheet: string; templateId: string }
  | { code: "WORKBOOK_NOT_A_TEMPLATE" }
  | { code: "TEMPLATE_VERSION"; found: string; expected: string; sameFamily: boolean }
  | { code: "VALUE_UNREADABLE"; item: Named; problem: ReadProblem }
  | { code: "VALUE_UNDERSTOOD"; item: Named; note: ReadNote }
  | { code: "NAMES_MISSING"; byCode: string[]; byLabel: string[] }
  | { code: "INDICATOR_NOT_FOUND"; item: Named }
  | { code: "LISTS_NOT_IN_VERSION"; found: string | null; list: Label; expected: string }
  /** A catalogue cross-check that fails, with the figures it read and the labels of their codes. */
  | {
      code: "CHECK_FAILED";
      check: Expr;
      values: Record<string, number | string | null>;
      labels: Record<string, Label>;
    }
  | { code: "SECTION_EMPTY"; section: string; count: number; first: string; last: string }
  | { code: "NOT_FILLED"; item: Named; count: boolean }
  /** `sent` an Excel serial, `deadline` an ISO date. */
  | { code: "SENT_LATE"; indicator: string; sent: number; deadline: string }
  | { code: "YEAR_UNREADABLE" }
  | { code: "WRONG_YEAR"; year: number; expected: number }
  /** `value` an Excel serial, `expected` an ISO date. */
  | { code: "PERIOD_DATE"; item: Named; value: number; year: number; expected: string }
  | {
      code: "EVIDENCE_OUTSIDE_PERIOD";
      section: string;
      from: string;
      to: string;
      documents: { symbol: string; dateText: string }[];
    }
  /** `figures` the section's counts above 0; a sentence names the first three. */
  | { code: "EVIDENCE_MISSING"; section: string; figures: { code: string; value: number }[] }
  | { code: "LIST_ROW_INCOMPLETE"; name: string; columns: Label[] }
  | { code: "LIST_ROW_NOT_AN_OPTION"; name: string; column: Label; value: string; options: string[] }
  | { code: "LIST_NAME_TWICE"; name: string; first: number; row: number }
  /** A model name another unit of the batch listed first for the same year (`where`: its file › sheet). */
  | { code: "LIST_NAME_ELSEWHERE"; name: string; unit: string; where: string }
  | { code: "LIST_TALLY"; item: Named; typed: number; section: string; counted: number }
  | { code: "UNIT_NOT_IN_LIST"; typed: string }
  | { code: "UNIT_KIND"; typed: string; unit: string; kind: string }
  | { code: "UNIT_INACTIVE"; unit: string; year: number }
  | { code: "DUPLICATE_SUBMISSION"; unit: string; year: number; first: string }
  /**
   * A figure against last year's (a cross-year rule Y01…): `last` the codes last year's side adds
   * up, `formedFrom` the names of the units it comes from when the unit was formed from others.
   */
  | {
      code: "CROSS_YEAR";
      item: Named;
      year: number;
      value: number;
      op: "=" | "<=" | ">=";
      last: Named[];
      lastYear: number;
      lastValue: number;
      formedFrom: string[];
    }
  /** Why the roll-up used nothing from a file (beside WORKBOOK_NOT_A_TEMPLATE and a file's own finding). */
  | { code: "FILE_UNIT_UNKNOWN" }
  | { code: "FILE_OTHER_YEAR"; year: number | null; expected: number }
  | { code: "FILE_UNIT_NOT_EXPECTED"; unit: string; year: number };

/** Why a line of the unit list was not taken; `line` its 1-based line (CSV) or row (sheet). */
export type RegistryPhrase =
  | { code: "REGISTRY_COLUMNS"; line: number; missing: string[]; columns: readonly string[] }
  /** A kind row without a valid, unrepeated code or without a label. */
  | { code: "REGISTRY_ROW"; line: number; row: "kind" }
  /** A unit or office row without a valid code, name, kind or dates; `office` the office rows' kind. */
  | { code: "REGISTRY_ROW"; line: number; row: "unit"; office: string }
  /** A unit whose kind the list does not declare (`kinds`: those it does). */
  | { code: "REGISTRY_ROW"; line: number | null; row: "kind unknown"; kind: string; kinds: string[] }
  | { code: "REGISTRY_DUPLICATE"; line: number; unit: string }
  /** Lines whose dates are still the placeholder `placeholder`; `rows` their units' codes (or names). */
  | { code: "REGISTRY_TO_FILL"; line: number; rows: string[]; placeholder: string }
  | { code: "REGISTRY_EMPTY"; line: null };

/**
 * Why last year's file is of no use to the roll-up; `sheet` the facts sheet's name, `line` the table's 1-based line,
 * `indicator` an indicator's code.
 */
export type PreviousPhrase =
  | { code: "PREVIOUS_NOT_FACTS" }
  | { code: "PREVIOUS_COLUMNS_MISSING"; sheet: string; missing: string[] }
  | { code: "PREVIOUS_CODE_MISSING"; line: number }
  | { code: "PREVIOUS_TWICE"; line: number; indicator: string; unit: string; year: number; first: number }
  | { code: "PREVIOUS_NOT_A_NUMBER"; line: number; typed: string; indicator: string; unit: string }
  | { code: "PREVIOUS_NO_FIGURES" }
  /** `found` the years the table holds. */
  | { code: "PREVIOUS_NO_YEAR"; year: number; found: number[] }
  | { code: "PREVIOUS_SHEET_TOO_LARGE"; sheet: string }
  /** `year` the year asked for, null for the latest the file holds. */
  | { code: "PREVIOUS_IS_TEMPLATE"; year: number | null }
  | { code: "PREVIOUS_NO_SHEET"; sheet: string };

/** Every sentence the domain says, as data: one code and its typed parameters. */
export type Phrase = ReadProblem | ReadNote | FindingPhrase | RegistryPhrase | PreviousPhrase;

export type PhraseCode = Phrase["code"];

/** A language: one sentence builder per code, so that a code missing in a language does not compile. */
export type Locale = { readonly [C in PhraseCode]: (p: Extract<Phrase, { code: C }>) => string };

/** The sentence of `phrase` in `locale`. */
export function render(locale: Locale, phrase: Phrase): string {
  return (locale[phrase.code] as (p: Phrase) => string)(phrase);
}
