import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkWorkbook } from "../../src/domain/check/checks";
import type { Finding } from "../../src/domain/check/finding";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { markFormula } from "../../src/excel/marks";
import { createRegistrySheet } from "../../src/excel/registrySheet";
import { createExcelActions } from "../../src/excel/templateActions";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import type { CheckOutcome } from "../../src/app/paneHost";
import { conditionalFormat, FakeExcel, type FakeSheet } from "../support/fakeExcel";
import { CLEAN_EVIDENCE, CLEAN_FIGURES, TEN_MISTAKES, tenMistakesFigures } from "../support/fixtures";
import { filledXuanHoa, lookOf, placeSheet } from "./workbooks";

const SHEET = "XA-XUAN-HOA 2024";
const actions = createExcelActions();

function checked(outcome: CheckOutcome): Extract<CheckOutcome, { status: "checked" }> {
  if (outcome.status !== "checked") throw new Error(`not checked: ${JSON.stringify(outcome)}`);
  return outcome;
}

/** The findings `dvcq check` gives for the same sheet written to a file. */
async function fileFindings(plan: Parameters<typeof writeWorkbook>[0][number]["plan"]): Promise<Finding[]> {
  const read = await readWorkbookSnapshot(await writeWorkbook([{ plan, nameScope: "workbook" }]));
  if (!read.ok) throw new Error(read.detail);
  return checkWorkbook(read.workbook, loadBuiltinCatalogue(), loadBuiltinRegistry()).findings;
}

/** The marks on a sheet: cell and formula, top priority first. */
function marksOn(sheet: FakeSheet): { range: string; formula: string | null }[] {
  return sheet.conditionalFormats
    .filter((cf) => cf.formula?.startsWith('=N("DVCQ-mark') === true)
    .map((cf) => ({ range: cf.range, formula: cf.formula }));
}

/** Each finding's cell once, with the worse severity. */
function expectedMarks(findings: readonly Finding[]): { range: string; formula: string }[] {
  const cells = new Map<string, Finding["severity"]>();
  for (const f of findings)
    if (f.cell !== null && cells.get(f.cell) !== "error") cells.set(f.cell, f.severity);
  return [...cells].map(([range, severity]) => ({ range, formula: markFormula(severity) }));
}

describe("checkSheets", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("finds the ten planted mistakes as the file check does, in one run of 2 syncs, changing nothing", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const plan = filledXuanHoa(figures, evidence).plan;
    const sheet = await placeSheet(fake, plan);
    const before = lookOf(sheet);

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: false }));

    expect(outcome.findings).toEqual(await fileFindings(plan));
    expect(outcome.findings.map((f) => f.rule).sort()).toEqual(TEN_MISTAKES.map((m) => m.rule).sort());
    expect(outcome.sheets).toEqual([
      { sheet: SHEET, unitCode: "XA-XUAN-HOA", unitName: "Xã Xuân Hòa", year: 2024 },
    ]);
    expect(outcome.marked).toBe(0);
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 2 });
    expect(lookOf(sheet)).toEqual(before);
  });

  it("finds nothing in a clean sheet", async () => {
    await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    expect(outcome.findings).toEqual([]);
    expect(outcome.marked).toBe(0);
    expect(fake.syncCount).toBe(2);
  });

  it("marks the findings' cells on the protected sheet and protects it again, changing no cell's own look", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    const before = lookOf(sheet);

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    const marks = expectedMarks(outcome.findings);
    expect(outcome.marked).toBe(marks.length);
    expect(marksOn(sheet).sort((a, b) => a.range.localeCompare(b.range))).toEqual(
      marks.sort((a, b) => a.range.localeCompare(b.range)),
    );
    expect(sheet.conditionalFormats.slice(marks.length)).toEqual(before.conditionalFormats);
    expect(sheet.conditionalFormats[0]).toMatchObject({
      stopIfTrue: true,
      fill: expect.stringMatching(/^#FF/),
      borders: { EdgeTop: { style: "Continuous" }, EdgeBottom: { style: "Continuous" } },
    });
    const { conditionalFormats: _marked, ...rest } = lookOf(sheet);
    const { conditionalFormats: _unmarked, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(sheet.protection.protected).toBe(true);
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 3 });
  });

  it("clears the marks and leaves the sheet exactly as before the check", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    const before = lookOf(sheet);
    const { marked } = checked(await actions.checkSheets({ scope: "activeSheet", mark: true }));
    fake.resetCounters();

    const outcome = await actions.clearMarks();

    expect(outcome).toEqual({
      status: "done",
      message: {
        vi: `Đã xóa dấu ở ${marked} ô trên 1 trang; định dạng của các ô như trước khi kiểm tra.`,
        en: `Removed the marks from ${marked} cells on 1 sheets; the cells look as they did before the check.`,
      },
    });
    expect(lookOf(sheet)).toEqual(before);
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 4 });
    expect(await actions.clearMarks()).toEqual({
      status: "done",
      message: expect.objectContaining({ en: "No cell is marked." }),
    });
  });

  it("replaces the marks of an earlier check rather than adding to them", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    await actions.checkSheets({ scope: "activeSheet", mark: true });
    const resolved = fake.workbookNames
      .find((n) => n.name === "DVCQ_I_6_20")
      ?.formula.replace(/.*!|\$/g, "") as string;
    sheet.setCell(resolved, 5);
    fake.resetCounters();

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    expect(outcome.findings.map((f) => f.rule)).not.toContain("R17");
    expect(marksOn(sheet)).toHaveLength(outcome.marked);
    expect(marksOn(sheet).map((m) => m.range)).not.toContain(resolved);
    expect(fake.syncCount).toBe(4);
  });

  it("leaves the clerk's own conditional formats alone", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    const own = [
      conditionalFormat("D20", "Custom", { formula: "=D20>100", stopIfTrue: true, fill: "#00FF00" }),
      conditionalFormat("D21:D30", "CellValue", { fill: "#0000FF" }),
    ];
    sheet.conditionalFormats.unshift(...own);

    await actions.checkSheets({ scope: "activeSheet", mark: true });
    await actions.clearMarks();

    expect(sheet.conditionalFormats.slice(0, 2)).toEqual(own);
    expect(marksOn(sheet)).toEqual([]);
  });

  it("still gives the findings when a password keeps it from marking, and keeps the protection", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    sheet.protection.password = "bí mật";
    const before = lookOf(sheet);

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    expect(outcome.marked).toBe(0);
    expect(outcome.findings).toHaveLength(TEN_MISTAKES.length + 1);
    expect(outcome.findings[TEN_MISTAKES.length]).toMatchObject({
      rule: "MARKS_NOT_WRITTEN",
      severity: "warning",
      message: {
        vi: expect.stringContaining("mật khẩu"),
        en: expect.stringContaining("The password is incorrect."),
      },
    });
    expect(lookOf(sheet)).toEqual(before);
  });

  it("puts protection back when the batch fails after lifting it", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    const before = lookOf(sheet);
    fake.failOn("ConditionalFormatRule.formula=");

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    expect(outcome.findings.at(-1)?.rule).toBe("MARKS_NOT_WRITTEN");
    expect(sheet.protection).toEqual(before.protection);
  });

  it("checks every template sheet of a district workbook in syncs that grow with megabytes, not sheets", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const counts: Record<number, { syncs: number[]; findings: number; request: number; response: number }> =
      {};
    for (const sheets of [1, 100]) {
      fake.uninstall();
      fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
      fake.install();
      for (let i = 1; i <= sheets; i++)
        await placeSheet(fake, filledXuanHoa(figures, evidence, `XA-XUAN-HOA 2024 (${i})`).plan, "sheet");
      const syncs: number[] = [];
      let findings = 0;
      for (const mark of [false, true, true]) {
        fake.resetCounters();
        const outcome = checked(await actions.checkSheets({ scope: "allSheets", mark }));
        expect(outcome.sheets).toHaveLength(sheets);
        findings = outcome.findings.length;
        syncs.push(fake.syncCount);
      }
      counts[sheets] = { syncs, findings, request: fake.maxPayloadBytes, response: fake.maxResponseBytes };
    }

    expect(counts[1]?.syncs).toEqual([2, 3, 4]);
    // 101 sheets (Sheet1 too) are read in two groups; 1,000 marks fit one request of 3.8 MB as
    // counted (3.5 MB as Office.js sends them), replacing 1,000 old ones takes two.
    expect(counts[100]?.syncs).toEqual([3, 4, 6]);
    expect(counts[100]?.findings).toBe(100 * (counts[1]?.findings ?? 0));
    expect(counts[100]?.request).toBeLessThan(5 * 1024 * 1024);
    expect(counts[100]?.response).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);

  it("says so when the active sheet, or the workbook, holds no template", async () => {
    fake.sheet("Sheet1").setCell("A1", "Danh sách cán bộ");

    expect(await actions.checkSheets({ scope: "activeSheet", mark: true })).toEqual({
      status: "noTemplate",
      message: {
        vi: "Trang “Sheet1” không phải mẫu biểu DVCQ. Hãy chọn trang mẫu biểu của đơn vị rồi thử lại.",
        en: "Sheet “Sheet1” is not a DVCQ template. Select the unit's template sheet and try again.",
      },
    });
    expect(await actions.checkSheets({ scope: "allSheets", mark: false })).toEqual({
      status: "noTemplate",
      message: {
        vi: "Sổ tính không có trang mẫu biểu DVCQ nào.",
        en: "The workbook has no DVCQ template sheet.",
      },
    });
    expect(fake.sheet("Sheet1").conditionalFormats).toEqual([]);
  });

  it("names units as the workbook's registry sheet does, and does not check that sheet", async () => {
    await placeSheet(fake, filledXuanHoa(CLEAN_FIGURES, CLEAN_EVIDENCE).plan);
    await createRegistrySheet();
    const registry = fake.sheet("DVCQ_DonVi");
    const row = [...registry.filledCells()]
      .find(([, c]) => c.value === "XA-XUAN-HOA")?.[0]
      .slice(1) as string;
    registry.setCell(`B${row}`, "Xã Xuân Hòa (mới)");

    const outcome = checked(await actions.checkSheets({ scope: "allSheets", mark: false }));

    expect(outcome.sheets).toEqual([
      { sheet: SHEET, unitCode: "XA-XUAN-HOA", unitName: "Xã Xuân Hòa (mới)", year: 2024 },
    ]);
    expect(outcome.findings).toEqual([]);
    expect(await actions.checkSheets({ scope: "activeSheet", mark: false })).toMatchObject({
      status: "noTemplate",
    });
  });

  it("reads text typed in TCVN3 by its font, which may show it in capitals (.VnTimeH)", async () => {
    const layout = filledXuanHoa(CLEAN_FIGURES, { ...CLEAN_EVIDENCE, "1": "KÕ ho¹ch sè 12/KH-UBND" });
    const sheet = await placeSheet(fake, layout.plan);
    const evidence = layout.plan.names.find((n) => n.name === "DVCQ_E_1")?.ref.replace(/\$/g, "") as string;
    sheet.setFont(evidence, ".VnTimeH");

    const outcome = checked(await actions.checkSheets({ scope: "activeSheet", mark: false }));

    expect(outcome.findings).toEqual([
      expect.objectContaining({
        rule: "LEGACY_ENCODING",
        cell: evidence,
        message: expect.objectContaining({ code: "LEGACY_ENCODING", converted: "KẾ HOẠCH SỐ 12/KH-UBND" }),
      }),
    ]);
    expect(fake.syncCount).toBe(3);
  });

  it("refuses where there is no Excel, or an Excel older than ExcelApi 1.8", async () => {
    fake.excelApi = "1.7";
    expect(await actions.checkSheets({ scope: "allSheets", mark: false })).toMatchObject({
      status: "failed",
      message: { en: expect.stringContaining("too old to check") },
    });
    fake.uninstall();
    expect(await actions.checkSheets({ scope: "allSheets", mark: false })).toMatchObject({
      status: "failed",
      message: { en: expect.stringContaining("Excel was not found") },
    });
  });
});

describe("selectCell", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1", SHEET] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("activates the finding's sheet and selects its cell, in one run", async () => {
    await actions.selectCell(SHEET, "D27");

    expect(fake.activeSheetName).toBe(SHEET);
    expect(fake.sheet(SHEET).selection).toBe("D27");
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 1 });
  });

  it("rejects with Excel's error when the sheet is gone", async () => {
    await expect(actions.selectCell("Đã xóa", "D27")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
