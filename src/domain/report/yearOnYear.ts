import type { Catalogue, Indicator } from "../catalogue/types";
import type { Figure, Submission } from "../read/submission";
import { rollUp, type ByLevel, type Level, type ReceivedSubmission, type Rollup } from "../rollup/rollup";
import type { Unit } from "../units/registry";
import { mapToUnits, type PreviousYear, type UnitMapping } from "./previousYear";

/** One indicator this year and last, by level (the report's columns: the whole, then each kind). */
export interface ComparedIndicator {
  indicator: Indicator;
  section: string;
  current: ByLevel<number | null>;
  previous: ByLevel<number | null>;
  /** This year minus last year (points for a rate); null where either is blank. */
  change: ByLevel<number | null>;
  /** The change in percent of last year's count; null for rates and where last year is blank or zero. */
  percent: ByLevel<number | null>;
  /** How many units gave the figure: this year, and last year's units counted in the level. */
  reported: { current: ByLevel<number>; previous: ByLevel<number> };
}

export interface YearOnYear {
  year: number;
  previousYear: number;
  indicators: ComparedIndicator[];
  mapping: UnitMapping;
  /** Names of last year's units, by code, for notes. */
  previousNames: ReadonlyMap<string, string>;
}

/** Kinds of roll-up compared; a latest sending date or a distribution of self-ratings is not. */
const COMPARED = new Set(["sum", "ratio", "weighted", "min"]);

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * "So với cùng kỳ": every counted or rated indicator of this year's roll-up beside last year's
 * figure, by level. Last year is seen through this year's units: each unit of this year counts the
 * figures of itself and of its predecessors (a merged commune compares with the sum of the communes
 * it was formed from), in this year's kind, and the levels are rolled up from those by the same
 * rules as this year (rates from summed parts, weighted means, minimums).
 */
export function compareYears(rollup: Rollup, catalogue: Catalogue, previous: PreviousYear): YearOnYear {
  const mapping = mapToUnits(
    rollup.units.map((u) => u.unit),
    previous,
  );
  const units: Unit[] = [];
  const received: ReceivedSubmission[] = [];
  for (const { unit } of rollup.units) {
    for (const code of mapping.sources.get(unit.code) ?? []) {
      const source = previous.units.get(code);
      if (source === undefined) continue;
      const asThisYear: Unit = { code, name: source.name, kind: unit.kind, parent: "", aliases: [] };
      units.push(asThisYear);
      const figures = new Map<string, Figure>(
        [...source.figures].map(([c, value]) => [c, { code: c, cell: null, value, status: "ok" }]),
      );
      const submission: Submission = {
        sheet: "",
        templateId: null,
        year: rollup.year,
        unit: asThisYear,
        typedUnitCode: code,
        kind: unit.kind,
        sentDate: null,
        figures,
        evidence: new Map(),
      };
      received.push({ file: "", submission });
    }
  }
  const last = rollUp(catalogue, { units, kinds: rollup.kinds }, rollup.year, received, []);
  const lastByCode = new Map(last.indicators.map((r) => [r.indicator.code, r]));
  const levels: Level[] = ["all", ...rollup.kinds.map((k) => k.code)];
  const byLevel = <T>(make: (level: Level) => T): ByLevel<T> =>
    Object.fromEntries(levels.map((level) => [level, make(level)])) as ByLevel<T>;

  const indicators: ComparedIndicator[] = [];
  for (const now of rollup.indicators) {
    const then = lastByCode.get(now.indicator.code);
    if (!COMPARED.has(now.indicator.rollup.kind) || then === undefined) continue;
    const isRate = now.indicator.type === "%";
    const change = byLevel((level) => {
      const a = now.value[level] ?? null;
      const b = then.value[level] ?? null;
      return a === null || b === null ? null : isRate ? round1(a - b) : a - b;
    });
    indicators.push({
      indicator: now.indicator,
      section: now.section,
      current: now.value,
      previous: then.value,
      change,
      percent: byLevel((level) => {
        const b = then.value[level] ?? null;
        const d = change[level] ?? null;
        return isRate || d === null || b === null || b === 0 ? null : round1((100 * d) / b);
      }),
      reported: { current: now.reported, previous: then.reported },
    });
  }
  return {
    year: rollup.year,
    previousYear: previous.year,
    indicators,
    mapping,
    previousNames: new Map([...previous.units].map(([code, u]) => [code, u.name])),
  };
}

/** How far last year reaches this year's units: this year's units compared, and last year's units counted for them. */
export function comparedUnits(rollup: Rollup, yoy: YearOnYear): { compared: number; counted: number } {
  const sources = rollup.units.map((u) => yoy.mapping.sources.get(u.unit.code)?.length ?? 0);
  return { compared: sources.filter((n) => n > 0).length, counted: sources.reduce((a, b) => a + b, 0) };
}

/** The year-on-year outcome every host reports: the comparison, and the year compared with and its counts. */
export function compareWithPrevious(
  rollup: Rollup,
  catalogue: Catalogue,
  previous: PreviousYear | undefined,
): { yearOnYear: YearOnYear; compared: { year: number; compared: number; counted: number } } | undefined {
  if (previous === undefined) return undefined;
  const yearOnYear = compareYears(rollup, catalogue, previous);
  return { yearOnYear, compared: { year: yearOnYear.previousYear, ...comparedUnits(rollup, yearOnYear) } };
}
