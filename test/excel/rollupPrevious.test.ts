/**
 * The pane's roll-up with last year's figures (RollupRequest.previous) in the fake Excel: the 2024
 * roll-up of the demo inbox's 30 units against a 2023 facts CSV written here, and the refusals.
 */
import type { RollupOutcome } from "../../src/app/paneHost";
import { checkSources } from "../../src/domain/check/batch";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { buildDistrictReport, ROLLUP_SHEETS } from "../../src/domain/report";
import { YEAR_ON_YEAR_SHEET } from "../../src/domain/report/yearOnYearSheet";
import { rollUp } from "../../src/domain/rollup/rollup";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { REPLACED_SHEETS, rollUpWorkbook, THIS_WORKBOOK } from "../../src/excel/rollupActions";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { FakeExcel, type FakeSheet } from "../support/fakeExcel";
import { catalogue, planSnapshot } from "../support/filled";
import { inboxPlans, placeSheet } from "./workbooks";

const YEAR = 2024;
const registry = loadBuiltinRegistry();
const plans = inboxPlans(registry, YEAR);
const rollup = rollUp(
  catalogue,
  registry,
  YEAR,
  ...((c) => [c.submissions, c.findings] as const)(
    checkSources(
      plans.map((p) => ({ name: THIS_WORKBOOK, workbook: planSnapshot(p) })),
      catalogue,
      registry,
      { expectedYear: YEAR },
    ),
  ),
);
/** This year's figure of each unit that gave it, from the facts the units typed. */
const typed = (code: string): Map<string, number> =>
  new Map(
    rollup.facts
      .filter((f) => f.code === code && typeof f.value === "number")
      .map((f) => [f.unitCode, f.value as number]),
  );
const units11 = typed("1.1");
const units42 = typed("4.2");
/** The unit whose 4.2 this year will not match last year's 4.7. */
const [odd] = [...units42.keys()];

/** Last year's 1.1: each unit's this year's figure minus 3 (not below 0); 4.7: this year's 4.2 (+1 for `odd`). */
const last11 = new Map([...units11].map(([u, v]) => [u, Math.max(0, v - 3)]));
const last47 = new Map([...units42].map(([u, v]) => [u, u === odd ? v + 1 : v]));
const nameOf = new Map(registry.units.map((u) => [u.code, u.name]));
const csv = [
  "Năm,Mã đơn vị,Tên đơn vị,Mã chỉ tiêu,Giá trị,Kiểu",
  ...[...last11].map(([u, v]) => `2023,${u},"${nameOf.get(u)}",1.1,${v},N`),
  ...[...last47].map(([u, v]) => `2023,${u},"${nameOf.get(u)}",4.7,${v},N`),
].join("\r\n");
const csvFile = { name: "DVCQ_2023_DuLieu.csv", bytes: new TextEncoder().encode(csv) };

function done(outcome: RollupOutcome): Extract<RollupOutcome, { status: "done" }> {
  if (outcome.status !== "done") throw new Error(`not done: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** The "So với cùng kỳ" row of an indicator: the row whose column A holds its code. */
function rowOf(sheet: FakeSheet, code: string): number {
  for (let row = 1; row < 200; row++) if (sheet.cell(`A${row}`).value === code) return row;
  throw new Error(`no row ${code}`);
}

describe("rollUpWorkbook with last year's figures", () => {
  let fake: FakeExcel;
  beforeEach(async () => {
    fake = new FakeExcel({ excelApi: "1.8" });
    fake.install();
    for (const plan of plans) await placeSheet(fake, plan, "sheet");
  });
  afterEach(() => fake.uninstall());

  it("writes So với cùng kỳ after the report with the sums of both years, and Y01 for the unit that differs", async () => {
    const outcome = done(await rollUpWorkbook({ year: YEAR, previous: csvFile }));
    const plain = done(await rollUpWorkbook({ year: YEAR }));
    // The plain re-run removed the comparison; roll up again with it to read it.
    expect(plain.sheets).toEqual(REPLACED_SHEETS);
    expect(fake.sheetNames).not.toContain(YEAR_ON_YEAR_SHEET);
    done(await rollUpWorkbook({ year: YEAR, previous: csvFile }));

    expect(outcome.sheets).toEqual([ROLLUP_SHEETS.report, YEAR_ON_YEAR_SHEET, ...REPLACED_SHEETS.slice(1)]);
    expect(outcome.previous).toEqual({ year: 2023, compared: units11.size, counted: units11.size });
    expect(outcome.findings).toEqual({ error: plain.findings.error, warning: plain.findings.warning + 1 });

    const names = fake.sheetNames;
    expect(names.indexOf(YEAR_ON_YEAR_SHEET)).toBe(names.indexOf(ROLLUP_SHEETS.report) + 1);
    const sheet = fake.sheet(YEAR_ON_YEAR_SHEET);
    const row = rowOf(sheet, "1.1");
    const now = [...units11.values()].reduce((a, b) => a + b, 0);
    const then = [...last11.values()].reduce((a, b) => a + b, 0);
    expect(["D", "E", "F", "G"].map((c) => sheet.cell(`${c}${row}`).value)).toEqual([
      now,
      then,
      now - then,
      Math.round((1000 * (now - then)) / then) / 10,
    ]);

    const findings = fake.sheet(ROLLUP_SHEETS.findings);
    const rows = Array.from({ length: 400 }, (_, i) =>
      ["B", "G", "I"].map((c) => String(findings.cell(`${c}${i + 2}`).value ?? "")),
    );
    const y01 = rows.filter((r) => r[1] === "Y01");
    expect(y01).toHaveLength(1);
    expect(y01[0]?.[0]).toBe(odd);
    expect(y01[0]?.[2]).toContain(`(${String(units42.get(odd as string))})`);
    expect(y01[0]?.[2]).toContain(`năm 2023 (${String((units42.get(odd as string) as number) + 1)})`);
  });

  it("takes last year's district workbook (.xlsx) as DVCQ wrote it: last year's whole is the sum of its units' own figures", async () => {
    const plans2023 = inboxPlans(registry, 2023);
    const checked2023 = checkSources(
      plans2023.map((p) => ({ name: THIS_WORKBOOK, workbook: planSnapshot(p) })),
      catalogue,
      registry,
      { expectedYear: 2023 },
    );
    const rollup2023 = rollUp(catalogue, registry, 2023, checked2023.submissions, checked2023.findings);
    const bytes = await writeWorkbook(
      buildDistrictReport(rollup2023, catalogue).map((plan) => ({ plan, nameScope: "workbook" as const })),
    );
    const outcome = done(
      await rollUpWorkbook({ year: YEAR, previous: { name: "DVCQ_2023_TongHop.xlsx", bytes } }),
    );
    const lastUnits = new Set(rollup2023.facts.map((f) => f.unitCode));
    expect(outcome.previous).toEqual({ year: 2023, compared: lastUnits.size, counted: lastUnits.size });
    const sheet = fake.sheet(YEAR_ON_YEAR_SHEET);
    const then = rollup2023.facts
      .filter((f) => f.code === "1.1" && typeof f.value === "number")
      .reduce((a, f) => a + (f.value as number), 0);
    expect(then).toBeGreaterThan(0);
    expect(sheet.cell(`E${rowOf(sheet, "1.1")}`).value).toBe(then);
  }, 60_000);

  it.each([
    [
      "last year's figures of another year",
      () => ({ name: "old.csv", bytes: new TextEncoder().encode(csv.replaceAll("\r\n2023,", "\r\n2022,")) }),
      "không có số liệu năm 2023 (năm trước của năm báo cáo 2024); tệp có số liệu năm 2022.",
    ],
    [
      "a unit's template",
      async () => ({
        name: "DVCQ_2023_XA-LANG-MINH.xlsx",
        bytes: await writeWorkbook([
          { plan: buildTemplatePlan(catalogue, registry.units[0]!, 2023).plan, nameScope: "workbook" },
        ]),
      }),
      "là mẫu biểu của một đơn vị, không phải báo cáo tổng hợp năm trước",
    ],
    [
      "a text file",
      () => ({ name: "ghichu.txt", bytes: new TextEncoder().encode("1.1 = 40") }),
      "không phải báo cáo tổng hợp (.xlsx) hay tệp CSV",
    ],
  ])("refuses %s with the reason and writes nothing", async (_, file, reason) => {
    const previous = await file();
    const before = fake.sheetNames;
    const outcome = await rollUpWorkbook({ year: YEAR, previous });
    expect(outcome.status).toBe("failed");
    const message = (outcome as { message: { vi: string; en: string } }).message;
    expect(message.vi).toContain(`Tệp số liệu năm trước ${previous.name} không dùng được: `);
    expect(message.vi).toContain(reason);
    expect(message.vi).toMatch(/Chưa tổng hợp gì\.$/);
    expect(message.en).toMatch(
      new RegExp(
        `^Last year's figures ${previous.name.replace(".", "\\.")} cannot be used: .+ Nothing was rolled up\\.$`,
      ),
    );
    expect(fake.sheetNames).toEqual(before);
  });
});
