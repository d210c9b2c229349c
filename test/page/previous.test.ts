/**
 * "Số liệu năm trước" in the standalone page's engine: the 2024 demo inbox rolled up against the 2023
 * district workbook the page itself made, and the downloaded report holding "So với cùng kỳ".
 */
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import type { Source } from "../../src/domain/check/batch";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { ROLLUP_SHEETS } from "../../src/domain/report";
import { YEAR_ON_YEAR_SHEET } from "../../src/domain/report/yearOnYearSheet";
import type { Fact } from "../../src/domain/rollup/rollup";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { checkInbox } from "../../src/page/checking";
import { workbookBytes } from "../../src/page/engine";
import { districtReportBytes, previousFigures, rollUpInbox } from "../../src/page/outputs";

async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read.workbook;
}

/** The demo inbox of a year as the clerk opens it in the page. */
async function inboxOf(year: number): Promise<Source[]> {
  const catalogue = loadBuiltinCatalogue(year);
  const sources: Source[] = [];
  for (const file of demoInbox(catalogue, loadBuiltinRegistry(), year).files) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, year), {
      figures: file.figures,
      evidence: file.evidence,
    });
    sources.push({ name: file.fileName, workbook: await snapshotOf(await workbookBytes([plan])) });
  }
  return sources;
}

/** The sum of an indicator over the units' own figures (the facts each unit typed). */
const sumOf = (facts: readonly Fact[], code: string, units?: ReadonlySet<string>): number =>
  facts
    .filter(
      (f) => f.code === code && typeof f.value === "number" && (units === undefined || units.has(f.unitCode)),
    )
    .reduce((a, f) => a + (f.value as number), 0);

let report2023: Uint8Array;
let facts2023: readonly Fact[];
beforeAll(async () => {
  const last = rollUpInbox(checkInbox(await inboxOf(2023), 2023), 2023);
  facts2023 = last.rollup.facts;
  report2023 = await districtReportBytes(last.rollup);
}, 120_000);

test("the 2024 roll-up with the 2023 district workbook: So với cùng kỳ in the downloaded report, sums as the units typed", async () => {
  const read = await previousFigures({ name: "DVCQ_2023_TongHop.xlsx", bytes: report2023 }, 2024);
  if (!read.ok) throw new Error(read.message.vi);
  const result = rollUpInbox(checkInbox(await inboxOf(2024), 2024), 2024, read.previous);
  const units2024 = new Set(result.rollup.units.map((u) => u.unit.code));
  const lastUnits = new Set(facts2023.map((f) => f.unitCode));
  const comparedUnits = [...units2024].filter((u) => lastUnits.has(u));
  expect(result.compared).toEqual({
    year: 2023,
    compared: comparedUnits.length,
    counted: comparedUnits.length,
  });

  const workbook = await snapshotOf(await districtReportBytes(result.rollup, result.yearOnYear));
  const names = workbook.sheets.map((s) => s.name);
  expect(names.slice(0, 2)).toEqual([ROLLUP_SHEETS.report, YEAR_ON_YEAR_SHEET]);
  const cells = (
    workbook.sheets.find((s) => s.name === YEAR_ON_YEAR_SHEET) as WorkbookSnapshot["sheets"][number]
  ).cells;
  const row = [...cells].find(([ref, c]) => /^A\d+$/.test(ref) && c.value === "1.1")?.[0].slice(1);
  const now = sumOf(result.rollup.facts, "1.1");
  const then = sumOf(facts2023, "1.1", units2024);
  expect(now).toBeGreaterThan(0);
  expect(then).toBeGreaterThan(0);
  expect(["D", "E", "F", "G"].map((c) => cells.get(`${c}${row}`)?.value)).toEqual([
    now,
    then,
    now - then,
    Math.round((1000 * (now - then)) / then) / 10,
  ]);
  const draft = [...(workbook.sheets.find((s) => s.name === ROLLUP_SHEETS.narrative)?.cells.values() ?? [])]
    .map((c) => String(c.value))
    .join(" ");
  expect(draft).toContain(`so với cùng kỳ (năm 2023: ${then} văn bản)`);
}, 120_000);

test("last year's file that cannot be used: the reason, for another year and for a file DVCQ did not write", async () => {
  const wrongYear = await previousFigures({ name: "DVCQ_2023_TongHop.xlsx", bytes: report2023 }, 2025);
  expect(wrongYear).toEqual({
    ok: false,
    message: {
      vi: "không có số liệu năm 2024 (năm trước của năm báo cáo 2025); tệp có số liệu năm 2023.",
      en: "holds no figures for 2024 (the year before the report year 2025); it has figures for 2023.",
    },
  });
  const text = await previousFigures(
    { name: "ghichu.txt", bytes: new TextEncoder().encode("1.1 = 40") },
    2024,
  );
  expect(text).toEqual({
    ok: false,
    message: {
      vi: "không phải báo cáo tổng hợp (.xlsx) hay tệp CSV số liệu (rollup --facts) do DVCQ lập.",
      en: "not a district report (.xlsx) or facts CSV (rollup --facts) written by DVCQ.",
    },
  });
});

test("without last year's file the report has no comparison sheet", async () => {
  const result = rollUpInbox(checkInbox(await inboxOf(2024), 2024), 2024);
  expect(result.yearOnYear).toBeUndefined();
  const workbook = await snapshotOf(await districtReportBytes(result.rollup, result.yearOnYear));
  expect(workbook.sheets.map((s) => s.name)).not.toContain(YEAR_ON_YEAR_SHEET);
}, 120_000);
