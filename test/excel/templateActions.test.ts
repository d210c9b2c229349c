import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import type { Catalogue, Indicator } from "../../src/domain/catalogue/types";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode, type Unit } from "../../src/domain/units/registry";
import { catalogueTemplates, createExcelActions } from "../../src/excel/templateActions";
import type { PlaceTemplateRequest } from "../../src/app/paneHost";
import { FakeExcel, type FakeSheet } from "../support/fakeExcel";

const XUAN_HOA = findUnitByCode(loadBuiltinRegistry(), "XA-XUAN-HOA") as Unit;
const SHEET = "XA-XUAN-HOA 2024";
const ask: PlaceTemplateRequest = { year: 2024, unitCode: "XA-XUAN-HOA", ifExists: "ask" };

/** The built-in catalogue with its indicators repeated to `count`, spread over the seven sections. */
function catalogueWith(count: number): Catalogue {
  const base = loadBuiltinCatalogue();
  const pattern = base.sections.flatMap((s) => s.indicators).filter((i) => i.derived === undefined);
  const sections = base.sections.map((s) => ({ ...s, indicators: [] as Indicator[] }));
  for (let k = 0; k < count; k++) {
    const section = sections[k % sections.length] as (typeof sections)[number];
    const source = pattern[k % pattern.length] as Indicator;
    section.indicators.push({
      ...source,
      scope: "B",
      code: `${section.id}.${section.indicators.length + 1}`,
    });
  }
  return { ...base, sections };
}

/** Every cell of the plan arrived with its content: text as text, numbers as numbers, formulas as formulas. */
function expectPlanWritten(sheet: FakeSheet, plan: SheetPlan): void {
  const wrong = plan.cells.filter((c) => {
    const got = sheet.cell(c.ref);
    if (c.formula !== undefined) return got.formula !== c.formula;
    if (c.value === undefined || c.value === null) return got.kind !== "empty";
    const kind = typeof c.value === "string" ? (c.value === "" ? "empty" : "text") : typeof c.value;
    return got.value !== c.value || got.kind !== kind;
  });
  expect(
    wrong.map(
      (c) => `${c.ref}: ${JSON.stringify(c.value ?? c.formula)} → ${JSON.stringify(sheet.cell(c.ref))}`,
    ),
  ).toEqual([]);
}

function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name));
}

describe("placeTemplate", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("places the built-in template as a selected sheet with workbook-scoped names, in one run of 2 syncs", async () => {
    const layout = buildTemplatePlan(loadBuiltinCatalogue(), XUAN_HOA, 2024);

    const outcome = await createExcelActions().placeTemplate(ask);

    expect(outcome).toEqual({ status: "placed", sheetName: SHEET, indicatorCount: layout.indicatorCount });
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 2 });
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET]);
    expect(fake.activeSheetName).toBe(SHEET);
    const sheet = fake.sheet(SHEET);
    expectPlanWritten(sheet, layout.plan);
    expect(fake.workbookNames.map((n) => n.name)).toEqual(layout.plan.names.map((n) => n.name));
    expect(fake.workbookNames.find((n) => n.name === "DVCQ_TEMPLATE")?.formula).toBe(`='${SHEET}'!$F$10`);
    expect(sheet.cell("F10")).toMatchObject({ kind: "text", value: "DVCQ-CT03/1" });
    for (const v of layout.plan.validations)
      expect(sheet.validationAt(v.range)?.errorAlert?.title).toBe(v.error.title);
    expect(sheet.conditionalFormats).toHaveLength(layout.plan.conditionalFormats.length);
    expect(layout.inputCells.every((ref) => sheet.cell(ref).locked === false)).toBe(true);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$11:$12",
    });
  });

  it("writes the footer's '- ' lines as text, not as broken formulas", async () => {
    await createExcelActions().placeTemplate(ask);
    const footer = [...fake.sheet(SHEET).filledCells().values()].filter((c) =>
      String(c.value).startsWith("- "),
    );
    expect(footer.map((c) => [c.kind, c.value])).toEqual([
      ["text", "- Phòng Nội vụ (báo cáo);"],
      ["text", "- Lưu: VT."],
    ]);
  });

  it("takes 2 syncs for 10 indicators and for 500, each request well under Excel's 5 MB", async () => {
    const measure = async (count: number): Promise<{ syncs: number; indicators: number; bytes: number }> => {
      const probe = new FakeExcel({ sheets: ["Sheet1"] });
      probe.install();
      try {
        const outcome = await createExcelActions(
          catalogueTemplates(() => catalogueWith(count)),
        ).placeTemplate(ask);
        return {
          syncs: probe.syncCount,
          indicators: outcome.status === "placed" ? outcome.indicatorCount : -1,
          bytes: probe.maxPayloadBytes,
        };
      } finally {
        probe.uninstall();
      }
    };
    const small = await measure(10);
    const large = await measure(500);
    expect([small.indicators, large.indicators]).toEqual([10, 500]);
    expect([small.syncs, large.syncs]).toEqual([2, 2]);
    expect(large.bytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  describe("when the unit's sheet for the year is there", () => {
    beforeEach(async () => {
      await createExcelActions().placeTemplate(ask);
      const layout = buildTemplatePlan(loadBuiltinCatalogue(), XUAN_HOA, 2024);
      const [first, second, third] = layout.inputCells;
      fake
        .sheet(SHEET)
        .setCell(first as string, 12)
        .setCell(second as string, "Đã báo cáo")
        .setCell(third as string, 0);
      fake.addSheet("Ghi chú");
      fake.resetCounters();
    });

    it("asks first: reports the typed cells and changes nothing", async () => {
      const before = JSON.stringify({
        names: fake.workbookNames,
        sheets: fake.sheetNames,
        cells: [...fake.sheet(SHEET).filledCells()],
      });

      const outcome = await createExcelActions().placeTemplate(ask);

      expect(outcome).toEqual({ status: "exists", sheetName: SHEET, typedCells: 3 });
      expect(fake.syncCount).toBe(2);
      expect(
        JSON.stringify({
          names: fake.workbookNames,
          sheets: fake.sheetNames,
          cells: [...fake.sheet(SHEET).filledCells()],
        }),
      ).toBe(before);
    });

    it("places a new sheet beside it under a free name, with sheet-scoped names, leaving the old one as it was", async () => {
      const namesBefore = fake.workbookNames;

      const outcome = await createExcelActions().placeTemplate({ ...ask, ifExists: "newSheet" });

      expect(outcome).toMatchObject({ status: "placed", sheetName: `${SHEET} (2)` });
      expect(fake.syncCount).toBe(2);
      expect(fake.sheetNames).toEqual(["Sheet1", SHEET, `${SHEET} (2)`, "Ghi chú"]);
      expect(fake.activeSheetName).toBe(`${SHEET} (2)`);
      expect(fake.workbookNames).toEqual(namesBefore);
      expect(fake.sheet(`${SHEET} (2)`).names.find((n) => n.name === "DVCQ_TEMPLATE")?.formula).toBe(
        `='${SHEET} (2)'!$F$10`,
      );
      expect(
        fake
          .sheet(SHEET)
          .cell(buildTemplatePlan(loadBuiltinCatalogue(), XUAN_HOA, 2024).inputCells[0] as string).value,
      ).toBe(12);
    });

    it("replaces it in place, typed figures gone, its workbook-scoped names moved to the new sheet", async () => {
      const input = buildTemplatePlan(loadBuiltinCatalogue(), XUAN_HOA, 2024).inputCells[0] as string;

      const outcome = await createExcelActions().placeTemplate({ ...ask, ifExists: "replace" });

      expect(outcome).toMatchObject({ status: "placed", sheetName: SHEET });
      expect(fake.syncCount).toBe(2);
      expect(fake.sheetNames).toEqual(["Sheet1", SHEET, "Ghi chú"]);
      expect(fake.activeSheetName).toBe(SHEET);
      expect(fake.sheet(SHEET).cell(input).kind).toBe("empty");
      expect(fake.workbookNames.filter((n) => !n.formula.startsWith(`='${SHEET}'!`))).toEqual([]);
      expect(fake.sheet(SHEET).names).toEqual([]);
    });
  });

  it("gives a second unit's template sheet-scoped names and leaves the first one's names alone", async () => {
    await createExcelActions().placeTemplate(ask);
    const first = fake.workbookNames;

    const outcome = await createExcelActions().placeTemplate({ ...ask, unitCode: "XA-BAO-HOA" });

    expect(outcome).toMatchObject({ status: "placed", sheetName: "XA-BAO-HOA 2024" });
    expect(fake.workbookNames).toEqual(first);
    expect(fake.sheet("XA-BAO-HOA 2024").names.find((n) => n.name === "DVCQ_YEAR")?.formula).toBe(
      "='XA-BAO-HOA 2024'!$D$10",
    );
  });

  it("clears names left dangling by a deleted template before placing with workbook scope", async () => {
    await createExcelActions().placeTemplate(ask);
    fake.deleteSheet(fake.sheet(SHEET), "test");
    expect(fake.workbookNames[0]?.formula).toMatch(/^=#REF!/);

    const outcome = await createExcelActions().placeTemplate({ ...ask, unitCode: "XA-BAO-HOA" });

    expect(outcome.status).toBe("placed");
    expect(fake.workbookNames.every((n) => n.formula.startsWith("='XA-BAO-HOA 2024'!"))).toBe(true);
  });

  it("takes the unit from the workbook's registry sheet, in 3 syncs", async () => {
    const registry = fake.addSheet("DVCQ_DonVi");
    const rows = [
      ["code", "name", "kind", "parent", "gso", "valid_from", "valid_to", "aliases"],
      ["XA-XUAN-LOC", "Xã Xuân Lộc", "X", "UBND tỉnh Đồng Nai", "", "2025-07-01", "", ""],
    ];
    rows.forEach((row, r) => row.forEach((v, c) => registry.setCell(`${"ABCDEFGH"[c]}${r + 1}`, v)));

    const outcome = await createExcelActions().placeTemplate({
      year: 2025,
      unitCode: "XA-XUAN-LOC",
      ifExists: "ask",
    });

    expect(outcome).toMatchObject({ status: "placed", sheetName: "XA-XUAN-LOC 2025" });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet("XA-XUAN-LOC 2025").cell("A1").value).toBe("UBND TỈNH ĐỒNG NAI");
  });

  it("says in Vietnamese that a unit is not in the list, and changes nothing", async () => {
    const outcome = await createExcelActions().placeTemplate({ ...ask, unitCode: "XA-KHONG-CO" });

    expect(outcome).toEqual({
      status: "failed",
      message: {
        vi: "Không có đơn vị mã XA-KHONG-CO trong danh sách đơn vị; mẫu biểu chưa được đặt.",
        en: "There is no unit with code XA-KHONG-CO in the unit list; no template was placed.",
      },
    });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });

  it("turns an Excel error into a Vietnamese message and removes the half-written sheet and its names", async () => {
    fake.failOn("WorksheetProtection.protect", "AccessDenied", "Access denied.");

    const outcome = await createExcelActions().placeTemplate(ask);

    expect(outcome).toEqual({
      status: "failed",
      message: {
        vi: "Excel báo lỗi nên mẫu biểu chưa được đặt. Trang hoặc sổ tính đang được bảo vệ, hoặc chỉ được đọc. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang) hoặc mở sổ tính với quyền sửa, rồi thử lại. (Excel: Access denied. (AccessDenied))",
        en: "Excel reported an error, so no template was placed. The sheet or the workbook is protected, or read-only. Unprotect the sheet (Review > Unprotect Sheet) or open the workbook with the right to edit it, then try again. (Excel: Access denied. (AccessDenied))",
      },
    });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
    expect(fake.workbookNames).toEqual([]);
  });

  it("keeps the old sheet and its figures when a replacement fails", async () => {
    await createExcelActions().placeTemplate(ask);
    fake.sheet(SHEET).setCell("D30", 7);
    const names = fake.workbookNames;
    fake.failOn("WorksheetProtection.protect");

    const outcome = await createExcelActions().placeTemplate({ ...ask, ifExists: "replace" });

    expect(outcome.status).toBe("failed");
    expect(fake.sheetNames).toEqual(["Sheet1", SHEET]);
    expect(fake.sheet(SHEET).cell("D30").value).toBe(7);
    expect(sortByName(fake.workbookNames)).toEqual(sortByName(names));
  });

  it("places on Excel 2019 (ExcelApi 1.8) without page setup", async () => {
    fake.excelApi = "1.8";

    const outcome = await createExcelActions().placeTemplate(ask);

    expect(outcome.status).toBe("placed");
    expect(fake.syncCount).toBe(2);
    expect(fake.sheet(SHEET).pageLayout.printTitleRows).toBeNull();
    expect(fake.sheet(SHEET).frozenRows).toBe(12);
  });

  it("refuses an Excel older than ExcelApi 1.8 with a Vietnamese message, before touching the workbook", async () => {
    fake.excelApi = "1.7";

    const outcome = await createExcelActions().placeTemplate(ask);

    expect(outcome).toMatchObject({
      status: "failed",
      message: { vi: expect.stringContaining("Phiên bản Excel này quá cũ") },
    });
    expect(fake.syncCount).toBe(0);
  });

  it("says Excel is missing when office.js put no Excel in the page", async () => {
    fake.uninstall();

    const outcome = await createExcelActions().placeTemplate(ask);

    expect(outcome).toMatchObject({
      status: "failed",
      message: { vi: expect.stringContaining("Không tìm thấy Excel") },
    });
  });
});
