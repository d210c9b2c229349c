import type { Source } from "../../src/domain/check/batch";
import type { DemoFile } from "../../src/domain/demo/inbox";
import { isoToExcelSerial } from "../../src/domain/period";
import type { Rollup } from "../../src/domain/rollup/rollup";
import { rollupSummary } from "../../src/domain/rollup/summary";
import { demoSources, rolledUp } from "../support/filled";

const { inbox, sources } = demoSources();

function roll(order: readonly Source[] = sources): Rollup {
  return rolledUp(order).rollup;
}
const rollup = roll();
const summary = rollupSummary(rollup, "vi");

/** The expected figures, computed straight from what each unit typed, without the reader or the roll-up. */
const keptFiles: DemoFile[] = (() => {
  const byUnit = new Map<string, DemoFile>();
  for (const f of inbox.files) {
    const before = byUnit.get(f.unit.code);
    if (!before || Number(f.figures["7.1"]) > Number(before.figures["7.1"])) byUnit.set(f.unit.code, f);
  }
  return [...byUnit.values()];
})();
const typed = (f: DemoFile, code: string): number | null => {
  const v = f.figures[code];
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? Number(v.replace(/\./g, "")) : Number(v);
};
const sum = (code: string, kind?: "X" | "C"): number =>
  keptFiles.filter((f) => !kind || f.unit.kind === kind).reduce((acc, f) => acc + (typed(f, code) ?? 0), 0);
const reportedCount = (code: string): number => keptFiles.filter((f) => typed(f, code) !== null).length;

test("completeness and timeliness: 30 expected, 28 received, 2 missing, 2 late, one duplicate", () => {
  expect(summary.units).toEqual({
    expected: 30,
    received: 28,
    onTime: 26,
    late: ["XA-LANG-MINH", "CQ-NOI-VU"],
    missing: ["XA-XUAN-HIEP", "CQ-GD-DT"],
    unusable: [],
    duplicates: [
      {
        unit: "XA-XUAN-HUNG",
        kept: "DVCQ_2024_XA-XUAN-HUNG (gui lai).xlsx",
        ignored: ["DVCQ_2024_XA-XUAN-HUNG.xlsx"],
      },
    ],
  });
});

test("sums by level match the units' own figures, the resent correction counted once", () => {
  for (const code of ["1.1", "2.2", "2.3", "4.5", "6.18", "6.20"]) {
    expect([code, summary.indicators[code]]).toEqual([
      code,
      { total: sum(code), X: sum(code, "X"), C: sum(code, "C"), reported: reportedCount(code) },
    ]);
  }
  expect(summary.indicators["1.4"]?.total).toBe(sum("1.4"));
  expect(summary.indicators["2.4"]).toEqual({
    total: sum("2.4", "X"),
    X: sum("2.4", "X"),
    C: null,
    reported: reportedCount("2.4"),
  });
});

test("blank is not zero: a unit that left 6.15 blank is not counted as reporting it", () => {
  expect(summary.indicators["6.15"]?.reported).toBe(27);
  expect(summary.indicators["6.14"]?.reported).toBe(28);
});

test("rates are ratios of sums, never the mean of the units' rates", () => {
  const onTime = (100 * sum("4.5")) / (sum("4.5") + sum("4.6"));
  expect(summary.indicators["4.8"]?.rate).toBe(Math.round(onTime * 10) / 10);
  const online = (100 * sum("4.3")) / (sum("4.3") + sum("4.4"));
  expect(summary.indicators["4.9"]?.rate).toBe(Math.round(online * 10) / 10);
  const unitRates = keptFiles.map(
    (f) => (100 * (typed(f, "4.3") ?? 0)) / ((typed(f, "4.3") ?? 0) + (typed(f, "4.4") ?? 0)),
  );
  const mean = unitRates.reduce((a, b) => a + b, 0) / unitRates.length;
  expect(Math.abs(mean - online)).toBeGreaterThan(0.5);
  const weighted = keptFiles.filter((f) => typed(f, "4.12") !== null);
  const satisfaction =
    weighted.reduce((a, f) => a + (typed(f, "4.12") as number) * (typed(f, "4.11") as number), 0) /
    weighted.reduce((a, f) => a + (typed(f, "4.11") as number), 0);
  expect(summary.indicators["4.12"]?.rate).toBe(Math.round(satisfaction * 10) / 10);
});

test("min with the units below 100, and the distribution of self-ratings", () => {
  const values = keptFiles.map((f) => typed(f, "4.1") as number);
  expect(summary.indicators["4.1"]?.min).toBe(Math.min(...values));
  expect(rollup.indicators.find((i) => i.indicator.code === "4.1")?.flaggedUnits).toHaveLength(
    values.filter((v) => v < 100).length,
  );
  const ratings: Record<string, number> = { Tốt: 0, Khá: 0, "Trung bình": 0, Yếu: 0 };
  for (const f of keptFiles) ratings[f.figures["5.7"] as string]! += 1;
  expect(summary.indicators["5.7"]).toEqual({ reported: 28, distribution: ratings });
});

test("the latest sending date and the late units", () => {
  const latest = rollup.indicators.find((i) => i.indicator.code === "7.1");
  expect(latest?.value.all).toBe(Math.max(...keptFiles.map((f) => Number(f.figures["7.1"]))));
  expect(latest?.flaggedUnits).toEqual(["XA-LANG-MINH", "CQ-NOI-VU"]);
  expect(rollup.units.find((u) => u.unit.code === "XA-LANG-MINH")?.sentDate).toBeGreaterThan(
    isoToExcelSerial("2024-10-14"),
  );
});

test("rolling up twice, or in another order, gives the same roll-up", () => {
  expect(roll()).toEqual(rollup);
  expect(rollupSummary(roll([...sources].reverse()), "vi")).toEqual(summary);
});

test("every fact traces to the cell of the unit sheet it came from", () => {
  const workbookOf = new Map(sources.map((s) => [s.name, "workbook" in s ? s.workbook : null]));
  expect(rollup.facts.length).toBeGreaterThan(28 * 60);
  for (const fact of rollup.facts) {
    const sheet = workbookOf.get(fact.file)?.sheets.find((s) => s.name === fact.sheet);
    const raw = sheet?.cells.get(fact.cell as string);
    if (["3.8", "4.8", "4.9", "6.24"].includes(fact.code)) {
      expect(raw?.formula).toMatch(/^=IF\(/);
      continue;
    }
    const stored =
      typeof raw?.value === "string" && typeof fact.value === "number"
        ? Number(raw.value.replace(/\./g, ""))
        : raw?.value;
    expect([fact.unitCode, fact.code, stored]).toEqual([fact.unitCode, fact.code, fact.value]);
  }
  const total = rollup.facts.filter((f) => f.code === "6.20").reduce((a, f) => a + Number(f.value), 0);
  expect(total).toBe(summary.indicators["6.20"]?.total);
});

test("the ignored duplicate contributes no fact", () => {
  expect(rollup.facts.some((f) => f.file === "DVCQ_2024_XA-XUAN-HUNG.xlsx")).toBe(false);
});
