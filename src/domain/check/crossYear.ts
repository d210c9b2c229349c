import { allIndicators } from "../catalogue/load";
import { inScope, type Catalogue, type Indicator, type Severity } from "../catalogue/types";
import { evaluate, parseExpr, referencedCodes, type CompareOp } from "../expr/expr";
import type { Message } from "../i18n/lang";
import { namedItem, type Submission } from "../read/submission";
import { mapToUnits, previousFigure, type PreviousYear } from "../report/previousYear";
import { unitsValidIn, type UnitRegistry } from "../units/registry";
import { reportPeriod } from "../period";
import type { BatchCheck, SourcedFinding } from "./batch";
import { ruleFinding } from "./finding";
import rulesData from "./crossYearRules.json";

/** A check of this year's figure against last year's report of the same unit (or of those it was formed from). */
export interface CrossYearRule {
  id: string;
  severity: Severity;
  indicator: string;
  op: Extract<CompareOp, "=" | "<=" | ">=">;
  /** Last year's figure, in the catalogue's formula language. */
  previous: string;
  description: Message;
}

export const CROSS_YEAR_RULES: readonly CrossYearRule[] = rulesData.rules as CrossYearRule[];

const holds = (op: CrossYearRule["op"], a: number, b: number): boolean =>
  op === "=" ? a === b : op === "<=" ? a <= b : a >= b;

/**
 * Cross-year checks of every report of the year after `previous`: each rule compares a figure with
 * last year's figures of the same unit, or the sum over the units it was formed from (predecessors).
 * A blank on either side, a unit without last year's report, or one of its predecessors without the
 * figure skips the check (blank is not zero). A broken check is a finding naming both years' figures.
 */
export function crossYearFindings(
  catalogue: Catalogue,
  registry: UnitRegistry,
  submissions: readonly { file: string; submission: Submission }[],
  previous: PreviousYear,
  rules: readonly CrossYearRule[] = CROSS_YEAR_RULES,
): SourcedFinding[] {
  const year = previous.year + 1;
  const period = reportPeriod(catalogue.period, year);
  const mapping = mapToUnits(unitsValidIn(registry, period.from, period.to), previous);
  const indicators = new Map(allIndicators(catalogue).map((i) => [i.code, i]));
  const sectionOf = new Map(
    catalogue.sections.flatMap((s) => s.indicators.map((i) => [i.code, s.id] as const)),
  );
  const parsed = rules.map((rule) => {
    const expr = parseExpr(rule.previous);
    return { rule, expr, codes: referencedCodes(expr) };
  });
  const findings: SourcedFinding[] = [];
  for (const { file, submission } of submissions) {
    const unit = submission.unit;
    if (submission.year !== year || unit === null) continue;
    const sources = mapping.sources.get(unit.code);
    if (sources === undefined || sources.length === 0) continue;
    for (const { rule, expr, codes } of parsed) {
      const indicator = indicators.get(rule.indicator);
      if (indicator === undefined || !codes.every((c) => indicators.has(c))) continue;
      if (!inScope(indicator.scope, unit.kind)) continue;
      const figure = submission.figures.get(rule.indicator);
      const now = figure?.value;
      if (typeof now !== "number") continue;
      const then = evaluate(expr, (code) => previousFigure(previous, sources, code));
      if (then.skipped || typeof then.value !== "number") continue;
      if (holds(rule.op, now, then.value)) continue;
      const formed = sources.length > 1 || sources[0] !== unit.code;
      findings.push({
        file,
        ...ruleFinding(
          rule,
          {
            unit: unit.code,
            sheet: submission.sheet,
            cell: figure?.cell ?? null,
            section: sectionOf.get(rule.indicator) ?? null,
          },
          {
            code: "CROSS_YEAR",
            item: namedItem(indicator),
            year,
            value: now,
            op: rule.op,
            last: codes.map((c) => namedItem(indicators.get(c) as Indicator)),
            lastYear: previous.year,
            lastValue: then.value,
            formedFrom: formed ? sources.map((c) => previous.units.get(c)?.name || c) : [],
          },
        ),
      });
    }
  }
  return findings;
}

/** A batch check with more findings, each put with its file's (after the file's own findings). */
export function withFindings(batch: BatchCheck, more: readonly SourcedFinding[]): BatchCheck {
  if (more.length === 0) return batch;
  const bySource = batch.bySource.map((s) => ({
    ...s,
    findings: [...s.findings, ...more.filter((f) => f.file === s.name)],
  }));
  return { submissions: batch.submissions, findings: bySource.flatMap((s) => s.findings), bySource };
}

/** The checked files with the cross-year findings of their reports against last year's (none without it). */
export function withCrossYear(
  checked: BatchCheck,
  catalogue: Catalogue,
  registry: UnitRegistry,
  previous: PreviousYear | undefined,
): BatchCheck {
  if (previous === undefined) return checked;
  return withFindings(checked, crossYearFindings(catalogue, registry, checked.submissions, previous));
}
