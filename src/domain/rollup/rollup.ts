import type { SourcedFinding } from "../check/batch";
import { allIndicators } from "../catalogue/load";
import { inScope, templateId, type Catalogue, type Indicator, type RollupKind } from "../catalogue/types";
import { evaluate, parseExpr } from "../expr/expr";
import { isoToExcelSerial, reportPeriod, type ReportPeriod } from "../period";
import type { Submission } from "../read/submission";
import {
  officeFor,
  unitsValidIn,
  type ReceivingOffice,
  type Unit,
  kindsOf,
  type UnitKind,
  type UnitKindInfo,
  type UnitRegistry,
} from "../units/registry";
import { unusedFile, type UnusedFile, type UnusedFileFacts } from "./unusedFiles";

/** The columns of the district report: the whole, then each kind of unit of the registry. */
export type Level = "all" | UnitKind;
export type ByLevel<T> = { all: T } & Record<UnitKind, T>;

export interface ReceivedSubmission {
  file: string;
  submission: Submission;
}

export interface UnitStatus {
  unit: Unit;
  /** The report used in the roll-up; null when the unit sent none. */
  kept: ReceivedSubmission | null;
  /** Other reports of the same unit and year, not used. */
  ignored: ReceivedSubmission[];
  /** Files from this unit that could not be used (unreadable, another year…). */
  unusable: UnusedFile[];
  /** 7.1 as an Excel serial. */
  sentDate: number | null;
  /** null when not received or 7.1 is blank. */
  onTime: boolean | null;
  errors: number;
  warnings: number;
}

export interface IndicatorRollup {
  indicator: Indicator;
  section: string;
  /** The district figure by level: a sum, a recomputed rate, a minimum or a latest date; null when no unit reported it. */
  value: ByLevel<number | null>;
  /** How many units reported it (blank is not zero). */
  reported: ByLevel<number>;
  /** Units (codes) that reported 0, for indicators whose roll-up lists them. */
  zeroUnits: string[];
  /** For "min": units below 100; for "latestDate": units after the deadline. */
  flaggedUnits: string[];
  /** For "distribution": how many units chose each option. */
  distribution: ByLevel<Record<string, number>> | null;
}

/** One figure of one unit, with where it came from: the long table every report number traces to. */
export interface Fact {
  year: number;
  unitCode: string;
  unitName: string;
  kind: UnitKind;
  section: string;
  code: string;
  label: string;
  value: number | string;
  file: string;
  sheet: string;
  cell: string | null;
  template: string | null;
}

export interface Rollup {
  year: number;
  template: string;
  period: ReportPeriod;
  /** The office receiving the year's reports, from the registry; null when it names none. */
  office: ReceivingOffice | null;
  /** The registry's kinds of unit, in order: the report's columns and blocks by level. */
  kinds: readonly UnitKindInfo[];
  units: UnitStatus[];
  indicators: IndicatorRollup[];
  facts: Fact[];
  /** Every file given that the roll-up used nothing of, with the reason. */
  unusedFiles: UnusedFile[];
  findings: { error: number; warning: number };
  /** Every finding counted in `findings`, of the reports used, the copies not used and the files not usable. */
  allFindings: readonly SourcedFinding[];
}

/**
 * The district's figures from every unit's report: sums, rates recomputed from summed parts (never
 * a mean of percentages), minimums, distributions, completeness and timeliness. Pure: the same
 * submissions give the same roll-up, whatever their order.
 */
export function rollUp(
  catalogue: Catalogue,
  registry: UnitRegistry,
  year: number,
  received: readonly ReceivedSubmission[],
  findings: readonly SourcedFinding[],
): Rollup {
  const period = reportPeriod(catalogue.period, year);
  const deadline = isoToExcelSerial(period.deadline);
  const expected = unitsValidIn(registry, period.from, period.to);
  const ofYear = received.filter((r) => r.submission.year === year && r.submission.unit !== null);

  const unusedFiles = unusedFilesOf(received, findings, year, expected);
  // Each unit's reports, unusable files and counts of findings, gathered once: looked up per unit.
  const receivedBy = groupBy(ofYear, (r) => r.submission.unit?.code ?? "");
  const unusableBy = groupBy(unusedFiles, (u) => u.unit?.code ?? "");
  const findingsBy = groupBy(findings, (f) => sheetKey(f.file, f.sheet));
  const units: UnitStatus[] = expected.map((unit) => {
    const mine = [...(receivedBy.get(unit.code) ?? [])].sort(bySendingThenName);
    const kept = mine[mine.length - 1] ?? null;
    const sentDate = kept?.submission.sentDate ?? null;
    const here = kept ? (findingsBy.get(sheetKey(kept.file, kept.submission.sheet)) ?? []) : [];
    return {
      unit,
      kept,
      ignored: mine.slice(0, -1),
      unusable: unusableBy.get(unit.code) ?? [],
      sentDate,
      onTime: sentDate === null ? null : sentDate <= deadline,
      errors: here.filter((f) => f.severity === "error").length,
      warnings: here.filter((f) => f.severity === "warning").length,
    };
  });
  const reporting = units.filter((u): u is UnitStatus & { kept: ReceivedSubmission } => u.kept !== null);

  const kinds = kindsOf(registry);
  const levels: Level[] = ["all", ...kinds.map((k) => k.code)];
  const reportingIn = new Map(
    levels.map((level) => [level, reporting.filter((u) => level === "all" || u.unit.kind === level)]),
  );
  const indicators = catalogue.sections.flatMap((section) =>
    section.indicators.map((indicator) =>
      rollIndicator(indicator, section.id, reportingIn, deadline, levels),
    ),
  );

  const items = [...catalogue.header, ...allIndicators(catalogue)];
  const sectionOf = new Map(catalogue.sections.flatMap((s) => s.indicators.map((i) => [i, s.id] as const)));
  const facts: Fact[] = [];
  for (const status of reporting) {
    const { submission, file } = status.kept;
    for (const item of items) {
      const figure = submission.figures.get(item.code);
      if (!figure || figure.value === null || !inScope(item.scope, status.unit.kind)) continue;
      facts.push({
        year,
        unitCode: status.unit.code,
        unitName: status.unit.name,
        kind: status.unit.kind,
        section: sectionOf.get(item as Indicator) ?? "0",
        code: item.code,
        label: item.label,
        value: figure.value,
        file,
        sheet: submission.sheet,
        cell: figure.cell,
        template: submission.templateId,
      });
    }
  }

  return {
    year,
    template: templateId(catalogue),
    period,
    office: officeFor(registry, period.from, period.to) ?? null,
    kinds,
    units,
    indicators,
    facts,
    unusedFiles,
    findings: {
      error: findings.filter((f) => f.severity === "error").length,
      warning: findings.filter((f) => f.severity === "warning").length,
    },
    allFindings: findings,
  };
}

/** The files of which no template sheet of the year's expected units was used. */
function unusedFilesOf(
  received: readonly ReceivedSubmission[],
  findings: readonly SourcedFinding[],
  year: number,
  expected: readonly Unit[],
): UnusedFile[] {
  const expectedCodes = new Set(expected.map((u) => u.code));
  const used = new Set(
    received
      .filter((r) => r.submission.year === year && expectedCodes.has(r.submission.unit?.code ?? ""))
      .map((r) => r.file),
  );
  const byFile = new Map<string, UnusedFileFacts>();
  const factsOf = (file: string): UnusedFileFacts => {
    let facts = byFile.get(file);
    if (facts === undefined) byFile.set(file, (facts = { file, findings: [], sheets: [] }));
    return facts;
  };
  for (const r of received) factsOf(r.file).sheets.push({ unit: r.submission.unit, year: r.submission.year });
  for (const f of findings) factsOf(f.file).findings.push(f);
  return [...byFile.values()].filter((f) => !used.has(f.file)).map((f) => unusedFile(f, year, expected));
}

/** The items by key, each list in the order given. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

/** A file's sheet as one key; a finding about no sheet matches no report. */
function sheetKey(file: string, sheet: string | null): string {
  return sheet === null ? "" : `${file}\u0000${sheet}`;
}

/** The report kept is the one sent last (its sent date), then the later file name: a resent correction wins. */
function bySendingThenName(a: ReceivedSubmission, b: ReceivedSubmission): number {
  const sent = (r: ReceivedSubmission): number => r.submission.sentDate ?? -1;
  return (
    sent(a) - sent(b) || a.file.localeCompare(b.file) || a.submission.sheet.localeCompare(b.submission.sheet)
  );
}

function byLevel<T>(levels: readonly Level[], make: (level: Level) => T): ByLevel<T> {
  return Object.fromEntries(levels.map((level) => [level, make(level)])) as ByLevel<T>;
}

function rollIndicator(
  indicator: Indicator,
  section: string,
  reportingIn: ReadonlyMap<Level, readonly (UnitStatus & { kept: ReceivedSubmission })[]>,
  deadline: number,
  LEVELS: readonly Level[],
): IndicatorRollup {
  const inLevel = (level: Level) =>
    (reportingIn.get(level) ?? []).filter((u) => inScope(indicator.scope, u.unit.kind));
  const numberOf = (u: UnitStatus & { kept: ReceivedSubmission }, code: string): number | null => {
    const v = u.kept.submission.figures.get(code)?.value;
    return typeof v === "number" ? v : null;
  };
  const own = (u: UnitStatus & { kept: ReceivedSubmission }): number | null => numberOf(u, indicator.code);
  const kind: RollupKind = indicator.rollup;
  const result: IndicatorRollup = {
    indicator,
    section,
    value: byLevel(LEVELS, () => null),
    reported: byLevel(LEVELS, () => 0),
    zeroUnits: [],
    flaggedUnits: [],
    distribution: null,
  };

  switch (kind.kind) {
    case "sum":
      for (const level of LEVELS) {
        const values = inLevel(level)
          .map(own)
          .filter((v): v is number => v !== null);
        result.reported[level] = values.length;
        result.value[level] = values.length ? values.reduce((a, b) => a + b, 0) : null;
      }
      if (kind.listZeroUnits)
        result.zeroUnits = inLevel("all")
          .filter((u) => own(u) === 0)
          .map((u) => u.unit.code);
      break;
    case "ratio": {
      const { numerator, denominator } = indicator.derived as NonNullable<Indicator["derived"]>;
      const num = parseExpr(numerator);
      const den = parseExpr(denominator);
      for (const level of LEVELS) {
        let sumNum = 0;
        let sumDen = 0;
        let count = 0;
        for (const u of inLevel(level)) {
          const lookup = (code: string): number | null => numberOf(u, code);
          const n = evaluate(num, lookup);
          const d = evaluate(den, lookup);
          if (n.skipped || d.skipped) continue;
          sumNum += Number(n.value);
          sumDen += Number(d.value);
          count++;
        }
        result.reported[level] = count;
        result.value[level] = sumDen > 0 ? Math.round((1000 * sumNum) / sumDen) / 10 : null;
      }
      break;
    }
    case "weighted": {
      const weight = parseExpr(kind.weight);
      for (const level of LEVELS) {
        let weighted = 0;
        let weights = 0;
        let count = 0;
        for (const u of inLevel(level)) {
          const value = own(u);
          const w = evaluate(weight, (code) => numberOf(u, code));
          if (value === null || w.skipped) continue;
          count++;
          weighted += value * Number(w.value);
          weights += Number(w.value);
        }
        result.reported[level] = count;
        result.value[level] = weights > 0 ? Math.round((10 * weighted) / weights) / 10 : null;
      }
      break;
    }
    case "min":
      for (const level of LEVELS) {
        const values = inLevel(level)
          .map(own)
          .filter((v): v is number => v !== null);
        result.reported[level] = values.length;
        result.value[level] = values.length ? values.reduce((a, b) => Math.min(a, b)) : null;
      }
      result.flaggedUnits = inLevel("all")
        .filter((u) => (own(u) ?? 100) < 100)
        .map((u) => u.unit.code);
      break;
    case "distribution": {
      const options = indicator.options ?? [];
      result.distribution = byLevel(LEVELS, (level) => {
        const counts = Object.fromEntries(options.map((o) => [o, 0]));
        for (const u of inLevel(level)) {
          const v = u.kept.submission.figures.get(indicator.code)?.value;
          if (typeof v === "string" && v in counts) counts[v] = (counts[v] as number) + 1;
        }
        return counts;
      });
      for (const level of LEVELS) {
        result.reported[level] = Object.values(result.distribution[level] ?? {}).reduce((a, b) => a + b, 0);
      }
      break;
    }
    case "latestDate":
      for (const level of LEVELS) {
        const values = inLevel(level)
          .map(own)
          .filter((v): v is number => v !== null);
        result.reported[level] = values.length;
        result.value[level] = values.length ? values.reduce((a, b) => Math.max(a, b)) : null;
      }
      result.flaggedUnits = inLevel("all")
        .filter((u) => (own(u) ?? 0) > deadline)
        .map((u) => u.unit.code);
      break;
  }
  return result;
}
