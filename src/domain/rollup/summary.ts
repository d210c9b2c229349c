import type { Rollup } from "./rollup";

/** `rollup --json` of shared/contract.md. */
export interface RollupSummary {
  year: number;
  template: string;
  units: {
    expected: number;
    received: number;
    onTime: number;
    late: string[];
    missing: string[];
    duplicates: { unit: string; kept: string; ignored: string[] }[];
  };
  indicators: Record<
    string,
    {
      total?: number | null;
      X?: number | null;
      C?: number | null;
      rate?: number | null;
      min?: number | null;
      latest?: number | null;
      reported: number;
      distribution?: Record<string, number>;
    }
  >;
  findings: { error: number; warning: number };
}

export function rollupSummary(rollup: Rollup): RollupSummary {
  const received = rollup.units.filter((u) => u.kept !== null);
  const indicators: RollupSummary["indicators"] = {};
  for (const r of rollup.indicators) {
    const reported = r.reported.all;
    switch (r.indicator.rollup.kind) {
      case "sum":
        indicators[r.indicator.code] = { total: r.value.all, X: r.value.X, C: r.value.C, reported };
        break;
      case "ratio":
      case "weighted":
        indicators[r.indicator.code] = { rate: r.value.all, X: r.value.X, C: r.value.C, reported };
        break;
      case "min":
        indicators[r.indicator.code] = { min: r.value.all, X: r.value.X, C: r.value.C, reported };
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
    units: {
      expected: rollup.units.length,
      received: received.length,
      onTime: received.filter((u) => u.onTime === true).length,
      late: received.filter((u) => u.onTime === false).map((u) => u.unit.code),
      missing: rollup.units.filter((u) => u.kept === null).map((u) => u.unit.code),
      duplicates: rollup.units
        .filter((u) => u.ignored.length > 0)
        .map((u) => ({ unit: u.unit.code, kept: u.kept?.file ?? "", ignored: u.ignored.map((i) => i.file) })),
    },
    indicators,
    findings: rollup.findings,
  };
}
