import { cellRef, columnNumber } from "../../src/domain/layout/a1";
import { pivotSummary } from "../../src/domain/pivot/pivot";
import { FACTS_TABLE, factsTableRange, FINDINGS_TABLE, ROLLUP_SHEETS } from "../../src/domain/report";
import { kindLabel } from "../../src/domain/units/registry";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { PIVOT_TABLE_SHEET } from "../../src/excel/pivotSheet";
import { REPLACED_SHEETS, rollUpWorkbook } from "../../src/excel/rollupActions";
import { RM } from "../../src/excel/rollupMessages";
import type { RollupOutcome } from "../../src/app/paneHost";

import { checkSources } from "../../src/domain/check/batch";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildDistrictReport } from "../../src/domain/report";
import { rollUp, type Rollup } from "../../src/domain/rollup/rollup";
import { registryToRows, type Unit, type UnitRegistry } from "../../src/domain/units/registry";
import { REGISTRY_SHEET } from "../../src/domain/units/registry";
import { THIS_WORKBOOK } from "../../src/excel/rollupActions";
import { FakeExcel, type FakeSheet, type PivotTableModel } from "../support/fakeExcel";
import { catalogue, planSnapshot } from "../support/filled";
import { inboxPlans, lookOf, placeSheet } from "./workbooks";

const YEAR = 2024;
/** What the clerk reads when Excel fails the roll-up with GeneralException "Boom" before the swap. */
const KEPT_AFTER_BOOM = {
  vi: "Excel báo lỗi nên chưa tổng hợp được; các trang tổng hợp của lần trước (nếu có) vẫn giữ nguyên. Excel gặp lỗi bên trong. Hãy lưu sổ tính rồi thử lại; nếu vẫn lỗi, đóng và mở lại sổ tính (trên web: tải lại trang). (Excel: Boom (GeneralException))",
  en: "Excel reported an error, so nothing was rolled up; the report sheets of the previous roll-up, if any, are as they were. Excel had an internal error. Save the workbook and try again; if it happens again, close and reopen the workbook (on the web: reload the page). (Excel: Boom (GeneralException))",
};

/** Writes the plans into the fake as templates (sheet-scoped names, several in one workbook). */
async function placeAll(fake: FakeExcel, plans: readonly SheetPlan[]): Promise<void> {
  for (const plan of plans) await placeSheet(fake, plan, "sheet");
}

/** The roll-up the file shell computes over the same sheets: what the Excel path must write. */
function expectedRollup(
  plans: readonly SheetPlan[],
  registry: UnitRegistry,
): { rollup: Rollup; plans: SheetPlan[] } {
  const checked = checkSources(
    plans.map((p) => ({ name: THIS_WORKBOOK, workbook: planSnapshot(p) })),
    catalogue,
    registry,
    { expectedYear: YEAR },
  );
  const rollup = rollUp(catalogue, registry, YEAR, checked.submissions, checked.findings);
  return { rollup, plans: buildDistrictReport(rollup, catalogue) };
}

/** A district of `count` units (communes and agencies alternating), for sizes beyond the built-in 30. */
function bigRegistry(count: number, template: Unit[]): UnitRegistry {
  const units = Array.from({ length: count }, (_, i): Unit => {
    const like = template[i % template.length] as Unit;
    return {
      ...like,
      code: `${like.kind === "X" ? "XA" : "CQ"}-T${String(i + 1).padStart(3, "0")}`,
      name: `${like.name} ${i + 1}`,
      aliases: [],
    };
  });
  return { units };
}

/** The registry as the clerk's DVCQ_DonVi sheet. */
function seedRegistrySheet(fake: FakeExcel, registry: UnitRegistry): void {
  const sheet = fake.addSheet(REGISTRY_SHEET);
  registryToRows(registry).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") sheet.setCell(`${String.fromCharCode(65 + c)}${r + 1}`, value);
    }),
  );
}

const registry = loadBuiltinRegistry();
/** What clerks type into 0.9 (who prepared the report): text that Excel would take for a formula. */
const INJECTED = ["=1+1", "+84 912 345 678", "- Nguyễn Văn A, 0912 345 678", "@nguyenvana"];

function done(outcome: RollupOutcome): Extract<RollupOutcome, { status: "done" }> {
  if (outcome.status !== "done") throw new Error(`not done: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** What a plan's cells show, as the fake reads them back: "" for a blank cell. */
function planValues(plan: SheetPlan): Record<string, unknown> {
  return Object.fromEntries(plan.cells.map((c) => [c.ref, c.value ?? ""]));
}

function sheetValues(sheet: FakeSheet, refs: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(refs.map((ref) => [ref, sheet.cell(ref).value]));
}

/** Sums of the PivotTable's source by row field values and column field, as Excel's PivotTable shows them. */
function pivotSums(fake: FakeExcel, pivot: PivotTableModel): Map<string, number> {
  const [from, to] = pivot.source.range.split(":") as [string, string];
  const sheet = fake.sheet(pivot.source.sheet);
  const top = Number(/\d+/.exec(from)?.[0]);
  const bottom = Number(/\d+/.exec(to)?.[0]);
  const left = columnNumber(/^[A-Z]+/.exec(from)?.[0] ?? "A");
  const header = Array.from({ length: 4 }, (_, i) => String(sheet.cell(cellRef(top, left + i)).value));
  const col = (name: string): number => left + header.indexOf(name);
  const sums = new Map<string, number>();
  for (let row = top + 1; row <= bottom; row++) {
    const key = [...pivot.rows, ...pivot.columns]
      .map((f) => sheet.cell(cellRef(row, col(f))).value)
      .join("|");
    const value = Number(sheet.cell(cellRef(row, col(pivot.values[0]?.field ?? ""))).value);
    sums.set(key, (sums.get(key) ?? 0) + value);
  }
  return sums;
}

describe("rollUpWorkbook on the 30 units of the demo inbox", () => {
  let fake: FakeExcel;
  const plans = inboxPlans(registry, YEAR, (file, i) =>
    i < INJECTED.length ? { ...file, figures: { ...file.figures, "0.9": INJECTED[i] as string } } : file,
  );
  const expected = expectedRollup(plans, registry);

  beforeEach(async () => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Ghi chú của tôi"] });
    fake.install();
    fake.sheet("Ghi chú của tôi").setCell("A1", "Gọi lại Xã Xuân Hiệp trước 20/10").setCell("B2", 42);
    await placeAll(fake, plans);
  });
  afterEach(() => fake.uninstall());

  it("writes the six report sheets and Pivot with the file shell's figures, in 4 syncs", async () => {
    const outcome = done(await rollUpWorkbook({ year: YEAR }));

    expect(outcome).toEqual({
      status: "done",
      year: YEAR,
      sheets: REPLACED_SHEETS,
      expected: 30,
      received: 28,
      onTime: 26,
      missing: ["Xã Xuân Hiệp", "Phòng Giáo dục và Đào tạo"],
      late: ["Xã Lang Minh", "Phòng Nội vụ"],
      findings: expected.rollup.findings,
      findingsSheet: "Kết quả kiểm tra",
      pivot: "pivotTable",
    });
    for (const plan of expected.plans) {
      const written = planValues(plan);
      expect([plan.name, sheetValues(fake.sheet(plan.name), Object.keys(written))]).toEqual([
        plan.name,
        written,
      ]);
    }
    expect(fake.syncCount).toBe(4);
    expect(fake.activeSheetName).toBe(ROLLUP_SHEETS.report);
  });

  it("lists every finding in Kết quả kiểm tra, an Excel table the clerk filters on the protected sheet", async () => {
    done(await rollUpWorkbook({ year: YEAR }));
    const sheet = fake.sheet(ROLLUP_SHEETS.findings);
    const count = expected.rollup.allFindings.length;
    expect(count).toBeGreaterThan(5);
    expect(sheet.tables).toEqual([{ name: FINDINGS_TABLE, range: `A1:J${count + 1}`, hasHeaders: true }]);
    expect(sheet.protection).toMatchObject({
      protected: true,
      options: expect.objectContaining({ allowAutoFilter: true, allowSort: true }),
    });
    const column = (col: string) =>
      Array.from({ length: count }, (_, i) => sheet.cell(`${col}${i + 2}`).value);
    // Each finding once, with its rule and sentence, as the workbook's own check words it.
    const rules = (list: readonly { rule: string }[]) => list.map((f) => f.rule).sort();
    expect(column("G").sort()).toEqual(rules(expected.rollup.allFindings));
    expect(column("D").every((file) => file === "(sổ này)")).toBe(true);
  });

  it("makes the facts an Excel table and sums the counts in a PivotTable as the computed summary does", async () => {
    done(await rollUpWorkbook({ year: YEAR }));

    expect(fake.sheet(ROLLUP_SHEETS.facts).tables).toEqual([
      { name: FACTS_TABLE, range: factsTableRange(expected.rollup.facts.length), hasHeaders: true },
    ]);
    const [pivot] = fake.sheet(PIVOT_TABLE_SHEET).pivotTables;
    expect(pivot).toMatchObject({
      name: "DVCQ_Pivot",
      destination: "A4",
      rows: ["Loại đơn vị", "Tên đơn vị"],
      columns: ["Mục"],
      values: [{ field: "Giá trị", summarizeBy: "Sum" }],
    });
    const summary = pivotSummary(expected.rollup.facts, catalogue);
    const fromSummary = new Map<string, number>();
    for (const group of summary.groups)
      for (const unit of group.units)
        unit.values.forEach((v, i) => {
          if (v !== null)
            fromSummary.set(
              `${kindLabel(expected.rollup.kinds, group.kind)}|${unit.unitName}|${summary.columns[i]?.roman}`,
              v,
            );
        });
    expect(pivotSums(fake, pivot as PivotTableModel)).toEqual(fromSummary);

    expect(fake.sheet(PIVOT_TABLE_SHEET).charts.map((c) => [c.type, c.title, c.source])).toEqual([
      ["ColumnStacked", "Tình hình nhận báo cáo năm 2024", "Pivot!V4:X6"],
      ["BarClustered", expect.stringMatching(/^4\.3\. /), expect.stringMatching(/^Pivot!V8:W\d+$/)],
    ]);
    expect(sheetValues(fake.sheet(PIVOT_TABLE_SHEET), ["V5", "W5", "X5", "V6", "W6", "X6"])).toEqual({
      V5: "Xã, thị trấn",
      W5: 14,
      X5: 1,
      V6: "Cơ quan, đơn vị",
      W6: 14,
      X6: 1,
    });
  });

  it("protects the report sheets but not Dữ liệu and Pivot, where the clerk filters and pivots", async () => {
    done(await rollUpWorkbook({ year: YEAR }));
    expect(REPLACED_SHEETS.map((name) => [name, fake.sheet(name).protection.protected])).toEqual([
      [ROLLUP_SHEETS.report, true],
      [ROLLUP_SHEETS.details, true],
      [ROLLUP_SHEETS.submissions, true],
      [ROLLUP_SHEETS.findings, true],
      [ROLLUP_SHEETS.pivot, true],
      [PIVOT_TABLE_SHEET, false],
      [ROLLUP_SHEETS.narrative, true],
      [ROLLUP_SHEETS.facts, false],
      [ROLLUP_SHEETS.reminder, true],
    ]);
  });

  it("replaces its own sheets on a re-run: same sheets, same contents, the clerk's sheet untouched", async () => {
    done(await rollUpWorkbook({ year: YEAR }));
    const names = fake.sheetNames;
    const first = REPLACED_SHEETS.map((name) => lookOf(fake.sheet(name)));
    const own = lookOf(fake.sheet("Ghi chú của tôi"));

    done(await rollUpWorkbook({ year: YEAR }));

    expect(fake.sheetNames).toEqual(names);
    expect(REPLACED_SHEETS.map((name) => lookOf(fake.sheet(name)))).toEqual(first);
    expect(lookOf(fake.sheet("Ghi chú của tôi"))).toEqual(own);
    expect(fake.sheet("Ghi chú của tôi").cell("A1").value).toBe("Gọi lại Xã Xuân Hiệp trước 20/10");
    expect(fake.sheet(PIVOT_TABLE_SHEET).pivotTables).toHaveLength(1);
  });

  it("keeps a unit's text as text: values starting with =, +, - or @ never become formulas", async () => {
    done(await rollUpWorkbook({ year: YEAR }));
    const facts = fake.sheet(ROLLUP_SHEETS.facts);
    const used = facts.usedRange(true);
    const texts: { kind: string; value: unknown }[] = [];
    for (let row = 2; row <= (used?.bottom ?? 0); row++) {
      const cell = facts.cell(`H${row}`);
      if (INJECTED.includes(cell.value as string)) texts.push({ kind: cell.kind, value: cell.value });
    }
    expect(texts).toEqual(INJECTED.map((value) => ({ kind: "text", value })));
  });
});

describe("rollUpWorkbook where the host cannot make a PivotTable (ExcelApi 1.7)", () => {
  let fake: FakeExcel;
  const plans = inboxPlans(registry, YEAR).slice(0, 4);
  beforeEach(async () => {
    fake = new FakeExcel({ excelApi: "1.8" });
    fake.install();
    await placeAll(fake, plans);
    fake.excelApi = "1.7";
  });
  afterEach(() => fake.uninstall());

  it("keeps the computed summary, says so on the Pivot sheet and still draws the charts", async () => {
    const outcome = done(await rollUpWorkbook({ year: YEAR }));
    expect(outcome.pivot).toBe("summaryTable");
    expect(fake.sheet(PIVOT_TABLE_SHEET).pivotTables).toEqual([]);
    expect(fake.sheet(PIVOT_TABLE_SHEET).cell("A2").value).toContain("Tổng hợp theo mục");
    expect(fake.sheet(ROLLUP_SHEETS.pivot).cell("A1").value).toBe("TỔNG HỢP SỐ LIỆU THEO MỤC NĂM 2024");
    expect(fake.sheet(PIVOT_TABLE_SHEET).charts).toHaveLength(2);
  });
});

describe("rollUpWorkbook without reports to roll up", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("skips the PivotTable, with the computed summary standing in, when no count indicator has a figure", async () => {
    await placeAll(fake, inboxPlans(registry, YEAR, (f) => ({ ...f, figures: {} })).slice(0, 3));

    const outcome = done(await rollUpWorkbook({ year: YEAR }));

    expect(outcome.pivot).toBe("summaryTable");
    expect(fake.sheets.flatMap((s) => s.pivotTables)).toEqual([]);
    expect(fake.sheetNames).toEqual(expect.arrayContaining([...REPLACED_SHEETS]));
  });

  it("says the workbook has no template and writes nothing", async () => {
    expect(await rollUpWorkbook({ year: YEAR })).toEqual({
      status: "noTemplate",
      message: RM.workbookWithoutTemplate,
    });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });

  it("says there is no template of the year asked for", async () => {
    const plans = inboxPlans(registry, YEAR).slice(0, 1);
    await placeAll(fake, plans);
    expect(await rollUpWorkbook({ year: 2025 })).toEqual({
      status: "noTemplate",
      message: RM.noTemplateOfYear(2025),
    });
    expect(fake.sheetNames).toEqual(["Sheet1", plans[0]?.name]);
  });

  it("never deletes a Pivot sheet of the clerk's own", async () => {
    await placeAll(fake, inboxPlans(registry, YEAR).slice(0, 1));
    fake.addSheet("pivot").setCell("A1", "Bảng xoay của tôi");
    const names = fake.sheetNames;
    expect(await rollUpWorkbook({ year: YEAR })).toEqual({
      status: "failed",
      message: RM.foreignSheet("pivot"),
    });
    expect(fake.sheetNames).toEqual(names);
    expect(fake.sheet("pivot").cell("A1").value).toBe("Bảng xoay của tôi");
  });

  it.each(["dữ liệu", ROLLUP_SHEETS.findings, ROLLUP_SHEETS.report])(
    "never deletes a clerk's own sheet named as a report sheet (%s), in a workbook never rolled up",
    async (own) => {
      await placeAll(fake, inboxPlans(registry, YEAR).slice(0, 1));
      fake.addSheet(own).setCell("A1", "Số liệu của tôi");
      const names = fake.sheetNames;
      expect(await rollUpWorkbook({ year: YEAR })).toEqual({
        status: "failed",
        message: RM.foreignSheet(own),
      });
      expect(fake.sheetNames).toEqual(names);
      expect(fake.sheet(own).cell("A1").value).toBe("Số liệu của tôi");
    },
  );

  it("knows its own sheets by their marks: a re-run replaces them, and a clerk's sheet made in place of one is kept", async () => {
    const marks = (): string[] =>
      fake.workbookNames
        .map((n) => n.name)
        .filter((n) => n.startsWith("DVCQBAOCAO_"))
        .sort();
    await placeAll(fake, inboxPlans(registry, YEAR).slice(0, 2));
    done(await rollUpWorkbook({ year: YEAR }));
    expect(marks()).toHaveLength(REPLACED_SHEETS.length);
    done(await rollUpWorkbook({ year: YEAR }));
    // One mark a sheet, none left broken.
    expect(marks()).toHaveLength(REPLACED_SHEETS.length);
    expect(
      fake.workbookNames.filter((n) => n.name.startsWith("DVCQBAOCAO_") && /#REF/.test(n.formula)),
    ).toEqual([]);

    // The clerk deletes the facts and makes a sheet of their own under that name.
    fake.deleteSheet(fake.sheet(ROLLUP_SHEETS.facts), "test");
    fake.addSheet(ROLLUP_SHEETS.facts).setCell("A1", "Số liệu của tôi");
    expect(await rollUpWorkbook({ year: YEAR })).toEqual({
      status: "failed",
      message: RM.foreignSheet(ROLLUP_SHEETS.facts),
    });
    expect(fake.sheet(ROLLUP_SHEETS.facts).cell("A1").value).toBe("Số liệu của tôi");
  });

  it("sends an Excel older than ExcelApi 1.7 to the command line", async () => {
    fake.excelApi = "1.6";
    expect(await rollUpWorkbook({ year: YEAR })).toEqual({ status: "failed", message: RM.excelTooOld });
  });

  it("turns Excel's error into a failed outcome, leaving no sheet of its own behind", async () => {
    await placeAll(fake, inboxPlans(registry, YEAR).slice(0, 1));
    const names = fake.sheetNames;
    fake.failOn("PivotTableCollection.add", "GeneralException", "Boom");
    const outcome = await rollUpWorkbook({ year: YEAR });
    expect(outcome).toEqual({ status: "failed", message: KEPT_AFTER_BOOM });
    expect(fake.sheetNames).toEqual(names);
  });

  it("keeps the earlier report sheets whole when the last write batch fails", async () => {
    const plans = inboxPlans(registry, YEAR).slice(0, 4);
    await placeAll(fake, plans);
    done(await rollUpWorkbook({ year: YEAR }));
    const earlier = REPLACED_SHEETS.map((name) => lookOf(fake.sheet(name)));
    const pivots = fake.sheet(PIVOT_TABLE_SHEET).pivotTables.map((p) => ({ ...p }));
    // A fifth unit's report arrives, so the new report differs from the earlier one in every sheet.
    await placeAll(fake, inboxPlans(registry, YEAR).slice(4, 5));
    const withFifth = fake.sheetNames;
    fake.failOn("ChartCollection.add", "GeneralException", "Boom");

    const outcome = await rollUpWorkbook({ year: YEAR });

    expect(outcome).toEqual({ status: "failed", message: KEPT_AFTER_BOOM });
    expect(fake.sheetNames).toEqual(withFifth);
    expect(REPLACED_SHEETS.map((name) => lookOf(fake.sheet(name)))).toEqual(earlier);
    expect(fake.sheet(PIVOT_TABLE_SHEET).pivotTables).toEqual(pivots);
  });

  it("deletes what a roll-up cut off before its swap left, and reads none of it as a unit's report", async () => {
    const plans = inboxPlans(registry, YEAR).slice(0, 2);
    await placeAll(fake, plans);
    const names = fake.sheetNames;
    fake.addSheet("~DVCQ 3").setCell("A1", "nửa chừng");
    await placeAll(fake, [{ ...(plans[0] as SheetPlan), name: "~DVCQ 7" }]);

    const outcome = done(await rollUpWorkbook({ year: YEAR }));

    expect(outcome.received).toBe(2);
    expect(fake.sheetNames).toEqual([...names, ...REPLACED_SHEETS]);
  });
});

/**
 * 30 units: 1 sync to list, 1 to read 29 template sheets (0.8 MB back), 1 to write (0.8 MB), 1 to
 * swap the new sheets in. 300 units: 1 to list, 3 to read 281 sheets (100 a request, 8.4 MB back in
 * all), 3 to write (requests under 3.8 MB as Office.js serialises them, the ranges written not
 * kept for later syncs), 1 to swap.
 */
describe("syncs grow with megabytes read and written, not with units", () => {
  it.each([
    [30, 4],
    [300, 8],
  ])(
    "%i units: %i syncs, none over 4 MB either way",
    async (count, syncs) => {
      const district = count === 30 ? registry : bigRegistry(count, [...registry.units]);
      const fake = new FakeExcel({ excelApi: "1.8" });
      fake.install();
      try {
        if (district !== registry) seedRegistrySheet(fake, district);
        await placeAll(fake, inboxPlans(district, YEAR));
        expect(done(await rollUpWorkbook({ year: YEAR })).expected).toBe(count);
        expect(fake.syncCount).toBe(syncs);
        expect(fake.maxPayloadBytes).toBeLessThan(4_000_000);
        expect(fake.maxResponseBytes).toBeLessThan(4_000_000);
      } finally {
        fake.uninstall();
      }
    },
    120_000,
  );
});
