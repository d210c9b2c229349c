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

export type Prefill = "unitCode" | "unitName" | "unitKind" | "periodFrom" | "periodTo";

export interface HeaderField {
  code: string;
  label: string;
  english: string;
  type: ValueType;
  scope: Scope;
  unitOfMeasure?: string;
  options?: readonly string[];
  /** Written by DVCQ when the template is placed. */
  prefill?: Prefill;
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
    };

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
  sections: readonly Section[];
  rules: readonly Rule[];
}

/** "DVCQ-CT03/1": what the DVCQ_TEMPLATE cell of a template holds. */
export function templateId(catalogue: Pick<Catalogue, "id" | "version">): string {
  return `${catalogue.id}/${catalogue.version}`;
}

/** Whether a unit of `kind` answers an item of `scope`: B everyone, X and C units of that kind. */
export function inScope(scope: Scope, kind: string): boolean {
  return scope === "B" || scope === kind;
}
