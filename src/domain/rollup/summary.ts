import type { Lang } from "../i18n/lang";
import type { Rollup } from "./rollup";
import type { UnusedReason } from "./unusedFiles";
import { FINDINGS_SHEET } from "../report/findings";
import { say } from "../i18n/say";

/** `rollup --json` of shared/contract.md. */
export interface RollupSummary {
  year: number;
  template: string;
  units: {
    expected: number;
    received: number;
    onTime: number;
    late: string[];
    /** Units that sent nothing. */
    missing: string[];
    /** Units whose files were received but could not be used (listed in `rejected`). */
    unusable: string[];
    duplicates: { unit: string; kept: string; ignored: string[] }[];
  };
  indicators: Record<
    string,
    {
      total?: number | null;
      /** By kind of unit, under its code: "X" communes, "C" agencies in a district's registry. */
      [kind: string]: number | null | Record<string, number> | undefined;
      rate?: number | null;
      min?: number | null;
      latest?: number | null;
      reported: number;
      distribution?: Record<string, number>;
    }
  >;
  /** Every file the roll-up could not use, the reason code, and the sentence in the chosen language. */
  rejected: { file: string; unit: string | null; reason: UnusedReason; message: string }[];
  findings: { error: number; warning: number };
  /** The sheet of the district workbook listing every finding by unit, file and cell. */
  findingsSheet: string;
}

export function rollupSummary(rollup: Rollup, lang: Lang): RollupSummary {
  const indicators: RollupSummary["indicators"] = {};
  for (const r of rollup.indicators) {
    const reported = r.reported.all;
    const byKind = Object.fromEntries(rollup.kinds.map((k) => [k.code, r.value[k.code] ?? null]));
    switch (r.indicator.rollup.kind) {
      case "sum":
        indicators[r.indicator.code] = { total: r.value.all, ...byKind, reported };
        break;
      case "ratio":
      case "weighted":
        indicators[r.indicator.code] = { rate: r.value.all, ...byKind, reported };
        break;
      case "min":
        indicators[r.indicator.code] = { min: r.value.all, ...byKind, reported };
        break;
      case "latestDate":
        indicators[r.indicator.code] = { latest: r.value.all, reported };
        break;
      case "distribution":
        indicators[r.indicator.code] = { reported, distribution: r.distribution?.all ?? {} };
        break;
    }
  }
  return {
    year: rollup.year,
    template: rollup.template,
    units: unitsSummary(rollup),
    indicators,
    rejected: rollup.unusedFiles.map((u) => ({
      file: u.file,
      unit: u.unit?.code ?? null,
      reason: u.reason,
      message: say(u.message, lang),
    })),
    findings: rollup.findings,
    findingsSheet: FINDINGS_SHEET,
  };
}

/** Completeness and timeliness: the `units` block of the summary. */
export function unitsSummary(rollup: Rollup): RollupSummary["units"] {
  const received = rollup.units.filter((u) => u.kept !== null);
  return {
    expected: rollup.units.length,
    received: received.length,
    onTime: received.filter((u) => u.onTime === true).length,
    late: received.filter((u) => u.onTime === false).map((u) => u.unit.code),
    missing: rollup.units.filter((u) => u.kept === null && u.unusable.length === 0).map((u) => u.unit.code),
    unusable: rollup.units.filter((u) => u.kept === null && u.unusable.length > 0).map((u) => u.unit.code),
    duplicates: rollup.units
      .filter((u) => u.ignored.length > 0)
      .map((u) => ({ unit: u.unit.code, kept: u.kept?.file ?? "", ignored: u.ignored.map((i) => i.file) })),
  };
}
