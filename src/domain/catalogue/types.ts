import type { Message } from "../i18n/lang";

/** X = commune or township; C = agency or public-service unit; B = both. */
export type Scope = "X" | "C" | "B";

/** N = whole number ≥ 0; % = percent 0–100; D = date; E = one of a list; text = free text. */
export type ValueType = "N" | "%" | "D" | "E" | "text";

export type RollupKind =
  | { kind: "sum"; listZeroUnits?: boolean }
  /** Derived rates: recomputed from the summed numerator and denominator of `derived`. */
  | { kind: "ratio" }
  /** A unit's percentage weighted by an expression of its own figures, e.g. "[4.11]". */
  | { kind: "weighted"; weight: string }
  | { kind: "min" }
  | { kind: "distribution" }
  | { kind: "latestDate" };

export interface Indicator {
  code: string;
  label: string;
  english: string;
  unitOfMeasure: string;
  type: ValueType;
  scope: Scope;
  rollup: RollupKind;
  /** A "Trong đó" (of which) row: italic and indented. */
  subItem?: boolean;
  /** Choices of an E indicator. */
  options?: readonly string[];
  /** A rate computed by the template: 100 × numerator / denominator, blank when the denominator is 0. */
  derived?: { numerator: string; denominator: string };
}

/**
 * What DVCQ itself does with a field, by the code the catalogue gives it: who sent the report, for
 * which period, when. Code reads these through `catalogue.roles`, never by a field's number.
 */
export interface Roles {
  unitCode: string;
  unitName: string;
  unitKind: string;
  periodFrom: string;
  periodTo: string;
  /** The date the unit sends its report: the deadline's date, and which of two reports is the later. */
  sentDate: string;
  reportNumber: string;
  preparer: string;
}

export type Role = keyof Roles;

/** The type each role's field must have. */
export const ROLE_TYPES: Readonly<Record<Role, ValueType>> = {
  unitCode: "text",
  unitName: "text",
  unitKind: "E",
  periodFrom: "D",
  periodTo: "D",
  sentDate: "D",
  reportNumber: "text",
  preparer: "text",
};

/** Roles DVCQ writes when it places a template; each is a general-information field every unit answers. */
export const PREFILLED_ROLES = ["unitCode", "unitName", "unitKind", "periodFrom", "periodTo"] as const;

export type PrefilledRole = (typeof PREFILLED_ROLES)[number];

export interface HeaderField {
  code: string;
  label: string;
  english: string;
  type: ValueType;
  scope: Scope;
  unitOfMeasure?: string;
  options?: readonly string[];
}

export interface Section {
  /** "1" … "7" */
  id: string;
  roman: string;
  title: string;
  english: string;
  indicators: readonly Indicator[];
}

export type Severity = "error" | "warning";

export type Rule =
  | {
      id: string;
      severity: Severity;
      kind: "compare";
      /** Each check is an expression of the catalogue's formula language that must hold. */
      checks: readonly string[];
      /** Only for units of this kind. */
      scope?: Scope;
      description: Message;
    }
  | { id: string; severity: Severity; kind: "deadline"; indicator: string; description: Message }
  | {
      id: string;
      severity: Severity;
      kind: "period" | "evidence" | "required" | "registry";
      description: Message;
    }
  /** Each indicator equals the number of rows of a list block that meet all its conditions. */
  | {
      id: string;
      severity: Severity;
      kind: "listTally";
      list: string;
      tallies: readonly Tally[];
      description: Message;
    }
  /** listRow: a row with its key filled has every required column, each of its type; listDuplicate: a key once per list. */
  | { id: string; severity: Severity; kind: "listRow" | "listDuplicate"; list: string; description: Message };

export interface TallyCondition {
  column: string;
  /** The cell is one of these. */
  is?: readonly string[];
  /** The cell is filled and none of these. */
  not?: readonly string[];
  /** A year column: the report year itself, or a year before it. */
  reportYear?: "same" | "before";
}

export interface Tally {
  indicator: string;
  where: readonly TallyCondition[];
}

export interface ListColumn {
  key: string;
  label: string;
  english: string;
  /** text, E (one of options) or N (a whole number, e.g. a year). */
  type: "text" | "E" | "N";
  /** Sheet column, 1 = A. */
  col: number;
  required?: boolean;
  options?: readonly string[];
}

/** A table of as many rows as a unit needs (template version 2: the models of "Dân vận khéo"). */
export interface ListBlock {
  id: string;
  roman: string;
  title: string;
  english: string;
  /** Told to the clerk above the table: how to add rows. */
  instruction: string;
  /** Empty rows the template starts with. */
  rows: number;
  /** The column that makes a row a row: a row whose key is blank is not read. */
  key: string;
  columns: readonly ListColumn[];
}

/** A free-text part of the report, e.g. "Kết quả nổi bật". */
export interface TextBlock {
  id: string;
  title: string;
  english: string;
  /** Lines of height the cell starts with. */
  lines: number;
}

export interface TextGroup {
  roman: string;
  title: string;
  english: string;
  blocks: readonly TextBlock[];
}

export interface PeriodConfig {
  /** "MM-DD" of the previous year. */
  fromMonthDay: string;
  /** "MM-DD" of the report year. */
  toMonthDay: string;
  /** "MM-DD" of the report year: the last day a report counts as on time. */
  deadlineMonthDay: string;
}

export interface Catalogue {
  id: string;
  version: number;
  title: Message;
  /** The document that asks for the report, quoted in the template's title. */
  basis: string;
  period: PeriodConfig;
  header: readonly HeaderField[];
  roles: Roles;
  sections: readonly Section[];
  rules: readonly Rule[];
  /** List blocks (version 2 on). */
  lists?: readonly ListBlock[];
  /** Text blocks (version 2 on). */
  texts?: TextGroup;
  /** Template ids of earlier versions this one reads as its own (same indicators, no version warning). */
  reads?: readonly string[];
}

/** "DVCQ-CT03/1": what the DVCQ_TEMPLATE cell of a template holds. */
export function templateId(catalogue: Pick<Catalogue, "id" | "version">): string {
  return `${catalogue.id}/${catalogue.version}`;
}

/** Whether a unit of `kind` answers an item of `scope`: B everyone, X and C units of that kind. */
export function inScope(scope: Scope, kind: string): boolean {
  return scope === "B" || scope === kind;
}
