import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { detectSupport } from "../../src/excel/features";
import { queueSheetPlan, type NameScope } from "../../src/excel/writePlan";
import { FakeExcel } from "../support/fakeExcel";

const TRICKY_TEXT = ["- UBND tỉnh Đồng Nai;", "=1+1", "02", "1.234", "01/10/2024"];

const plan: SheetPlan = {
  name: "XA-XUAN-HOA 2024",
  fontName: "Times New Roman",
  fontSize: 12,
  columnWidths: [7, 62, 13, 14],
  rowHeights: { 4: 30, 5: 30 },
  styles: {
    title: { bold: true, size: 14, horizontal: "center" },
    text: { wrap: true, border: true, numberFormat: "@" },
    year: { bold: true, numberFormat: "0" },
    date: { numberFormat: "dd/mm/yyyy" },
    subLabel: { italic: true, indent: 2, border: true },
    input: { horizontal: "right", border: true, locked: false, fill: "#FFFFFF", numberFormat: "#,##0" },
    inputText: { border: true, locked: false, numberFormat: "@" },
    computed: { border: true, fill: "#EDEDED", numberFormat: "0.0" },
  },
  cells: [
    { ref: "A1", value: "BÁO CÁO", style: "title" },
    { ref: "B1", style: "title" },
    { ref: "C1", style: "title" },
    { ref: "D1", style: "title" },
    ...TRICKY_TEXT.slice(0, 4).map((value, i) => ({ ref: `${"ABCD"[i]}2`, value, style: "text" })),
    { ref: "A3", value: TRICKY_TEXT[4] as string },
    { ref: "B3", value: 2024, style: "year" },
    { ref: "C3", value: 45200, style: "date" },
    { ref: "D3", formula: '=IF(COUNT(D4,D5)<2,"",ROUND(100*D5/D4,1))', style: "computed" },
    { ref: "A4", value: "Trong đó: giải quyết đúng thời hạn", style: "subLabel" },
    { ref: "D4", value: null, style: "input" },
    { ref: "D5", value: null, style: "input" },
    { ref: "B5", value: null, style: "inputText" },
  ],
  merges: ["A1:D1"],
  validations: [
    {
      range: "D4",
      rule: { kind: "whole", min: 0 },
      allowBlank: true,
      prompt: { title: "6.20 – vụ việc đã giải quyết", message: "Nhập số nguyên ≥ 0 (vụ việc)." },
      error: {
        title: "Số liệu không hợp lệ",
        message: "Chỉ tiêu 6.20 phải là số nguyên không âm, ví dụ 12.",
      },
    },
    {
      range: "D5",
      rule: { kind: "date", min: 36526, max: 73415 },
      allowBlank: true,
      prompt: { title: "7.1 – Ngày gửi báo cáo", message: "Nhập ngày dạng ngày/tháng/năm." },
      error: { title: "Số liệu không hợp lệ", message: "Phải là một ngày hợp lệ." },
    },
    {
      range: "B5",
      rule: { kind: "list", values: ["Có", "Không"] },
      allowBlank: true,
      prompt: { title: "0.3 – Loại", message: "Chọn một giá trị." },
      error: { title: "Số liệu không hợp lệ", message: "Chỉ nhận Có hoặc Không." },
    },
  ],
  conditionalFormats: [
    {
      range: "D4",
      formula: "AND(LEN($D$4)>0,NOT(ISNUMBER($D$4)))",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      ruleId: "R22",
    },
  ],
  names: [
    { name: "DVCQ_YEAR", ref: "$B$3" },
    { name: "DVCQ_I_6_20", ref: "$D$4" },
  ],
  protection: {
    allowFormatColumns: true,
    allowFormatRows: true,
    allowInsertRows: true,
    allowDeleteRows: false,
  },
  freezeRows: 3,
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    repeatRows: "$3:$3",
    footer: "Trang &P/&N",
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
  },
};

async function write(
  fake: FakeExcel,
  sheetPlan: SheetPlan,
  nameScope: NameScope = "workbook",
): Promise<void> {
  const { features } = detectSupport((set, version) => fake.isSetSupported(set, version));
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetPlan.name);
    queueSheetPlan(sheet, sheetPlan, { nameScope, features });
    await context.sync();
  });
}

describe("queueSheetPlan", () => {
  let fake: FakeExcel;
  afterEach(() => fake.uninstall());

  describe("on Excel with ExcelApi 1.9 and later", () => {
    beforeEach(() => {
      fake = new FakeExcel({ excelApi: "1.9" });
      fake.install();
    });

    it("writes the whole plan in one sync", async () => {
      await write(fake, plan);
      expect(fake.syncCount).toBe(1);
    });

    it("keeps Vietnamese list lines, formula-like, zero-padded, dotted and dated strings as text", async () => {
      await write(fake, plan);
      const sheet = fake.sheet(plan.name);
      const got = ["A2", "B2", "C2", "D2", "A3"].map((ref) => sheet.cell(ref));
      expect(got.map((c) => c.value)).toEqual(TRICKY_TEXT);
      expect(got.map((c) => c.kind)).toEqual(["text", "text", "text", "text", "text"]);
      expect(got.map((c) => c.numberFormat)).toEqual(["@", "@", "@", "@", "@"]);
    });

    it("writes numbers as numbers and formulas as formulas, with their formats", async () => {
      await write(fake, plan);
      const sheet = fake.sheet(plan.name);
      expect(sheet.cell("B3")).toMatchObject({ kind: "number", value: 2024, numberFormat: "0" });
      expect(sheet.cell("C3")).toMatchObject({ kind: "number", value: 45200, numberFormat: "dd/mm/yyyy" });
      expect(sheet.cell("D3")).toMatchObject({
        kind: "formula",
        formula: plan.cells.find((c) => c.ref === "D3")?.formula,
        numberFormat: "0.0",
      });
      expect(sheet.cell("D4")).toMatchObject({ kind: "empty", numberFormat: "#,##0" });
      expect(sheet.cell("B5")).toMatchObject({ kind: "empty", numberFormat: "@" });
    });

    it("applies fonts, alignment, fills, borders, indent and unlocked input cells", async () => {
      await write(fake, plan);
      const sheet = fake.sheet(plan.name);
      expect(sheet.cell("A1").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
      expect(sheet.cell("A1").horizontal).toBe("Center");
      expect(sheet.cell("B3").font).toMatchObject({ name: "Times New Roman", size: 12, bold: true });
      expect(sheet.cell("A4")).toMatchObject({ indent: 2, font: expect.objectContaining({ italic: true }) });
      expect(sheet.cell("A2")).toMatchObject({
        wrap: true,
        borders: { top: true, bottom: true, left: true, right: true },
      });
      expect(sheet.cell("D4")).toMatchObject({ locked: false, fill: "#FFFFFF", horizontal: "Right" });
      expect(sheet.cell("D4").borders).toEqual({ top: true, bottom: true, left: true, right: true });
      expect(sheet.cell("D3")).toMatchObject({ locked: true, fill: "#EDEDED" });
      expect(sheet.cell("C1").borders).toEqual({ top: false, bottom: false, left: false, right: false });
      expect(sheet.mergedAreas).toEqual(["A1:D1"]);
      expect([1, 2, 3, 4].map((c) => sheet.columnWidths.get(c))).toEqual([40.5, 329.25, 72, 77.25]);
      expect([sheet.rowHeights.get(4), sheet.rowHeights.get(5), sheet.rowHeights.get(6)]).toEqual([
        30,
        30,
        undefined,
      ]);
    });

    it("adds validations with Vietnamese prompts and a Stop alert", async () => {
      await write(fake, plan);
      const sheet = fake.sheet(plan.name);
      expect(sheet.validationAt("D4")).toEqual({
        rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
        ignoreBlanks: true,
        prompt: {
          showPrompt: true,
          title: "6.20 – vụ việc đã giải quyết",
          message: "Nhập số nguyên ≥ 0 (vụ việc).",
        },
        errorAlert: {
          showAlert: true,
          style: "Stop",
          title: "Số liệu không hợp lệ",
          message: "Chỉ tiêu 6.20 phải là số nguyên không âm, ví dụ 12.",
        },
      });
      expect(sheet.validationAt("D5")?.rule).toEqual({
        date: { formula1: "2000-01-01", formula2: "2100-12-31", operator: "Between" },
      });
      expect(sheet.validationAt("B5")?.rule).toEqual({ list: { inCellDropDown: true, source: "Có,Không" } });
      expect(sheet.validationAt("D3")).toBeNull();
    });

    it("adds the red conditional formats, names, protection, frozen rows and page setup", async () => {
      await write(fake, plan);
      const sheet = fake.sheet(plan.name);
      expect(sheet.conditionalFormatsAt("D4")).toEqual([
        expect.objectContaining({
          range: "D4",
          type: "Custom",
          formula: "=AND(LEN($D$4)>0,NOT(ISNUMBER($D$4)))",
          fill: "#FFC7CE",
          fontColor: "#9C0006",
          stopIfTrue: false,
        }),
      ]);
      expect(fake.workbookNames).toEqual([
        { name: "DVCQ_YEAR", formula: "='XA-XUAN-HOA 2024'!$B$3" },
        { name: "DVCQ_I_6_20", formula: "='XA-XUAN-HOA 2024'!$D$4" },
      ]);
      expect(sheet.names).toEqual([]);
      expect(sheet.protection).toEqual({
        protected: true,
        options: {
          allowFormatColumns: true,
          allowFormatRows: true,
          allowInsertRows: true,
          allowDeleteRows: false,
        },
        password: null,
      });
      expect(sheet.frozenRows).toBe(3);
      expect(sheet.pageLayout).toEqual({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        topMargin: 43.2,
        bottomMargin: 43.2,
        leftMargin: 36,
        rightMargin: 28.8,
        printTitleRows: "$3:$3",
        printTitleColumns: null,
        printArea: null,
        centerHeader: "",
        centerFooter: "Trang &P/&N",
        rowBreaks: [],
        columnBreaks: [],
      });
    });

    it("prints a sheet with breaks at its scale, the key columns and header rows on every page, breaks where the plan puts them", async () => {
      const wide: SheetPlan = {
        ...plan,
        print: {
          ...plan.print,
          fitToWidth: false,
          scale: 75,
          repeatColumns: "$A:$B",
          rowBreaks: [4],
          columnBreaks: [3],
          printArea: "A1:D4",
        },
      };
      await write(fake, wide, "workbook");
      expect(fake.sheet(plan.name).pageLayout).toMatchObject({
        zoom: { scale: 75 },
        printTitleRows: "$3:$3",
        printTitleColumns: "$A:$B",
        printArea: "A1:D4",
        centerFooter: "Trang &P/&N",
        rowBreaks: ["4"],
        columnBreaks: ["3"],
      });
    });

    it("puts the names on the sheet when asked for sheet scope", async () => {
      await write(fake, plan, "sheet");
      expect(fake.workbookNames).toEqual([]);
      expect(fake.sheet(plan.name).names.map((n) => n.name)).toEqual(["DVCQ_YEAR", "DVCQ_I_6_20"]);
    });

    it("formats a long table in as many commands as a short one", async () => {
      const table = (name: string, rows: number): SheetPlan => ({
        ...plan,
        name,
        merges: [],
        validations: [],
        conditionalFormats: [],
        names: [],
        cells: Array.from({ length: rows }, (_, i) => [
          { ref: `A${i + 1}`, value: `${i + 1}`, style: "text" },
          { ref: `B${i + 1}`, value: `Chỉ tiêu ${i + 1}`, style: "text" },
          { ref: `D${i + 1}`, value: null, style: "input" },
        ]).flat(),
      });
      await write(fake, table("Ngắn", 20));
      await write(fake, table("Dài", 600));
      expect(fake.syncs[1]?.commands).toBe(fake.syncs[0]?.commands);
      const sheet = fake.sheet("Dài");
      expect(sheet.cell("B300")).toMatchObject({
        wrap: true,
        borders: { top: true, bottom: true, left: true, right: true },
      });
      expect(sheet.cell("D600")).toMatchObject({ locked: false, numberFormat: "#,##0", horizontal: "Right" });
    });
  });

  describe("on Excel with ExcelApi 1.8 only", () => {
    beforeEach(() => {
      fake = new FakeExcel({ excelApi: "1.8" });
      fake.install();
    });

    it("skips page setup and indent, and writes everything else", async () => {
      await write(fake, plan);
      const sheet = fake.sheet(plan.name);
      expect(sheet.pageLayout).toMatchObject({
        orientation: "Portrait",
        paperSize: "Letter",
        printTitleRows: null,
      });
      expect(sheet.cell("A4")).toMatchObject({ indent: 0, font: expect.objectContaining({ italic: true }) });
      expect(sheet.frozenRows).toBe(3);
      expect(sheet.validationAt("D4")?.errorAlert?.style).toBe("Stop");
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.cell("A2").value).toBe("- UBND tỉnh Đồng Nai;");
    });
  });
});
