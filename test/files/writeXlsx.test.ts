import ExcelJS from "exceljs";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { parseRange, cellRef } from "../../src/domain/layout/a1";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan, templateSheetName } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode } from "../../src/domain/units/registry";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { validateXlsx } from "../support/ooxml";
import { XlsxXml, readWorkbook } from "../support/xlsx";
import { samplePlan } from "./samplePlan";

/** exceljs keeps these on a worksheet but leaves them out of its types. */
interface WorksheetInternals {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  sheetProtection: Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean };
}
const internals = (ws: ExcelJS.Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;

const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = workbook.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
};

describe("writeWorkbook: one template sheet, read back with exceljs", () => {
  const plan = samplePlan();
  let bytes: Uint8Array;
  let ws: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    bytes = await writeWorkbook([{ plan, nameScope: "workbook" }], {
      created: new Date("2024-10-05T08:00:00Z"),
    });
    workbook = await readWorkbook(bytes);
    ws = sheetOf(workbook, plan.name);
  });

  test("passes the OOXML schemas and the checks a schema cannot make", async () => {
    expect(await validateXlsx(bytes)).toEqual([]);
  });

  test("text stays text, however much it looks like a number or a formula", () => {
    const texts = {
      C7: "02",
      D10: "=1+1",
      B12: "- UBND tỉnh Đồng Nai;",
      B13: "+ Lưu: VT.",
      B14: "@ghi chú",
      A6: "6.19",
    };
    for (const [ref, text] of Object.entries(texts)) {
      expect({ ref, type: ws.getCell(ref).type, value: ws.getCell(ref).value }).toEqual({
        ref,
        type: ExcelJS.ValueType.String,
        value: text,
      });
    }
    expect(ws.getCell("B15").value).toBe(" khoảng trắng đầu và cuối ");
    expect(ws.getCell("A1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  test("numbers, booleans and formulas keep their kind", () => {
    expect(ws.getCell("B3").value).toBe(2024);
    expect(ws.getCell("E7").value).toBe(true);
    expect(ws.getCell("D8").value).toEqual({ formula: "SUM(D6:D7)" });
  });

  test("fonts, number formats, fills and borders come from the plan's styles", () => {
    expect(ws.getCell("B6").font).toEqual({ name: "Times New Roman", size: 13 });
    expect(ws.getCell("A1").font).toEqual({ name: "Times New Roman", size: 14, bold: true });
    expect(ws.getCell("E6").font).toEqual({
      name: "Times New Roman",
      size: 13,
      italic: true,
      color: { argb: "FFC00000" },
    });
    expect(ws.getCell("C7").numFmt).toBe("@");
    expect(ws.getCell("D6").numFmt).toBe("#,##0");
    expect(ws.getCell("D16").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("D6").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFF2CC" },
    });
    expect(ws.getCell("B6").alignment).toEqual({ vertical: "top", wrapText: true, indent: 1 });
    expect(ws.getCell("A5").alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("D8").border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    // A cell the plan does not mention still takes the plan's font from its column.
    expect(ws.getCell("C12").font).toEqual({ name: "Times New Roman", size: 13 });
  });

  test("merged title rows, widths and heights", () => {
    expect(ws.model.merges.sort()).toEqual(["A1:E1", "A2:E2"]);
    expect(ws.getCell("C1").master.address).toBe("A1");
    expect(plan.columnWidths.map((_, i) => ws.getColumn(i + 1).width)).toEqual([14, 48, 12, 14, 40]);
    expect([ws.getRow(1).height, ws.getRow(5).height]).toEqual([20, 36]);
  });

  test("validations carry the plan's rule, prompt and error, and stop wrong input", () => {
    expect(ws.getCell("D7").dataValidation).toEqual({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Nhập số nguyên",
      prompt: "Nhập một số nguyên không âm, ví dụ 12.",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Số không hợp lệ",
      error: "Ô này chỉ nhận số nguyên từ 0 trở lên.",
    });
    expect(ws.getCell("D9").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Tốt,Khá,Trung bình,Yếu"'],
      errorStyle: "stop",
    });
    expect(ws.getCell("E9").dataValidation).toMatchObject({
      type: "textLength",
      operator: "lessThanOrEqual",
      formulae: [200],
    });
    expect(ws.getCell("D16").dataValidation).toMatchObject({
      type: "date",
      operator: "between",
      formulae: [new Date("2000-01-01T00:00:00Z"), new Date("2100-12-31T00:00:00Z")],
    });
    expect(ws.getCell("D8").dataValidation).toBeUndefined();
  });

  test("the cross-check turns the cell red", () => {
    const [format] = internals(ws).conditionalFormattings;
    expect(format?.ref).toBe("D7");
    expect(format?.rules[0]).toMatchObject({
      type: "expression",
      formulae: ["AND(ISNUMBER(D7),D7>D6)"],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
        font: { color: { argb: "FF9C0006" } },
      },
    });
  });

  test("defined names point at their cells, workbook-scoped", async () => {
    expect(workbook.definedNames.getRanges("DVCQ_I_6_20").ranges).toEqual([`'${plan.name}'!$D$7`]);
    expect((await XlsxXml.open(bytes)).definedNames().filter((n) => n.name.startsWith("DVCQ_"))).toEqual([
      { name: "DVCQ_TEMPLATE", sheet: undefined, ref: `'${plan.name}'!$A$3` },
      { name: "DVCQ_YEAR", sheet: undefined, ref: `'${plan.name}'!$B$3` },
      { name: "DVCQ_I_6_19", sheet: undefined, ref: `'${plan.name}'!$D$6` },
      { name: "DVCQ_I_6_20", sheet: undefined, ref: `'${plan.name}'!$D$7` },
    ]);
  });

  test("protected without a password; only the input cells are unlocked", async () => {
    expect(internals(ws).sheetProtection).toEqual({ sheet: true, formatColumns: true, formatRows: true });
    const xml = await XlsxXml.open(bytes);
    expect(await xml.protection(plan.name)).toEqual({
      sheet: true,
      formatColumns: true,
      formatRows: true,
      insertRows: false,
      deleteRows: false,
    });
    expect(await xml.unlockedCells(plan.name)).toEqual(["D6", "D7", "D9", "E9", "D16"]);
  });

  test("frozen header, A4 landscape fitted to one page wide, header row repeated", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5, topLeftCell: "A6" });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:5",
      margins: { top: 0.6, bottom: 0.6, left: 0.7, right: 0.5 },
    });
  });

  test("workbook properties name DVCQ", () => {
    expect([workbook.creator, workbook.lastModifiedBy, workbook.created.toISOString()]).toEqual([
      "DVCQ",
      "DVCQ",
      "2024-10-05T08:00:00.000Z",
    ]);
  });
});

describe("writeWorkbook: several template sheets (the district workbook)", () => {
  test("sheet-scoped names repeat on each sheet with its localSheetId", async () => {
    const a = samplePlan("XA-XUAN-HOA 2024");
    const b = samplePlan("XA-XUAN-TAM 2024");
    const bytes = await writeWorkbook([
      { plan: a, nameScope: "sheet" },
      { plan: b, nameScope: "sheet" },
    ]);
    expect(await validateXlsx(bytes)).toEqual([]);
    const names = (await XlsxXml.open(bytes)).definedNames().filter((n) => n.name === "DVCQ_I_6_20");
    expect(names).toEqual([
      { name: "DVCQ_I_6_20", sheet: "XA-XUAN-HOA 2024", ref: "'XA-XUAN-HOA 2024'!$D$7" },
      { name: "DVCQ_I_6_20", sheet: "XA-XUAN-TAM 2024", ref: "'XA-XUAN-TAM 2024'!$D$7" },
    ]);
  });

  test("the same names workbook-scoped on two sheets are refused", async () => {
    await expect(
      writeWorkbook([
        { plan: samplePlan("A"), nameScope: "workbook" },
        { plan: samplePlan("B"), nameScope: "workbook" },
      ]),
    ).rejects.toThrow('sheet "B": the name DVCQ_TEMPLATE is already defined in its scope');
  });
});

describe("writeWorkbook refuses what Excel would repair or silently change", () => {
  const refused = async (edit: (plan: SheetPlan) => SheetPlan): Promise<string> => {
    try {
      await writeWorkbook([{ plan: edit(samplePlan()), nameScope: "workbook" }]);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("the plan was written");
  };

  test.each<[string, (p: SheetPlan) => SheetPlan, string]>([
    [
      "a 32-character sheet name",
      (p) => ({ ...p, name: "X".repeat(32) }),
      "a sheet name has 1 to 31 characters",
    ],
    ["a sheet name with /", (p) => ({ ...p, name: "XA 2024/2025" }), "none of []:*?/\\"],
    [
      "NaN",
      (p) => ({ ...p, cells: [...p.cells, { ref: "D20", value: Number.NaN }] }),
      "D20: the number NaN cannot be stored",
    ],
    [
      "overlapping merges",
      (p) => ({ ...p, merges: [...p.merges, "E1:F2"] }),
      "merges A1:E1 and E1:F2 overlap",
    ],
    [
      "content hidden by a merge",
      (p) => ({ ...p, merges: [...p.merges, "A11:B11"] }),
      "B11 holds content but lies inside merge A11:B11, whose top-left cell alone is kept",
    ],
    [
      "a value beside a formula",
      (p) => ({ ...p, cells: [...p.cells, { ref: "D21", value: 1, formula: "=1" }] }),
      "D21: has both a value and a formula",
    ],
    [
      "an unknown style",
      (p) => ({ ...p, cells: [...p.cells, { ref: "D22", value: 1, style: "nope" }] }),
      'D22: unknown style "nope"',
    ],
    [
      "a name like a cell",
      (p) => ({ ...p, names: [...p.names, { name: "DV1", ref: "A1" }] }),
      '"DV1" cannot be a defined name',
    ],
    [
      "a name with a dot",
      (p) => ({ ...p, names: [...p.names, { name: "DVCQ_I_6.20", ref: "A1" }] }),
      '"DVCQ_I_6.20" cannot be a defined name',
    ],
    [
      "a 33-character prompt title",
      (p) => ({
        ...p,
        validations: p.validations.map((v) => ({ ...v, prompt: { ...v.prompt, title: "T".repeat(33) } })),
      }),
      "prompt title longer than 32 characters",
    ],
    [
      "a list over 255 characters",
      (p) => ({
        ...p,
        validations: [
          {
            ...p.validations[0]!,
            rule: { kind: "list", values: Array.from({ length: 60 }, (_, i) => `Mục ${i}`) },
          },
        ],
      }),
      "the list is longer than 255 characters",
    ],
    [
      "a list item with a comma",
      (p) => ({
        ...p,
        validations: [{ ...p.validations[0]!, rule: { kind: "list", values: ["Tốt, rất tốt", "Khá"] } }],
      }),
      "a list item contains a comma",
    ],
  ])("%s", async (_what, edit, message) => {
    expect(await refused(edit)).toContain(message);
  });
});

describe("writeWorkbook with a real template", () => {
  const unit = findUnitByCode(loadBuiltinRegistry(), "XA-XUAN-HOA");
  if (unit === undefined) throw new Error("XA-XUAN-HOA is not in the built-in registry");
  const layout = buildTemplatePlan(loadBuiltinCatalogue(), unit, 2024);
  const name = templateSheetName(unit.code, 2024);

  test("passes the schemas and checks", async () => {
    const bytes = await writeWorkbook([{ plan: layout.plan, nameScope: "workbook" }]);
    expect(await validateXlsx(bytes)).toEqual([]);
  });

  test("every input cell is unlocked, every indicator named, and the text reads as in the plan", async () => {
    const bytes = await writeWorkbook([{ plan: layout.plan, nameScope: "workbook" }]);
    const xml = await XlsxXml.open(bytes);
    expect((await xml.unlockedCells(name)).sort()).toEqual(
      withMergedCells(layout.inputCells, layout.plan.merges).sort(),
    );
    expect(
      xml
        .definedNames()
        .filter((n) => n.name.startsWith("DVCQ_"))
        .map((n) => n.name)
        .sort(),
    ).toEqual(layout.plan.names.map((n) => n.name).sort());
    const ws = sheetOf(await readWorkbook(bytes), name);
    for (const cell of layout.plan.cells.filter((c) => typeof c.value === "string")) {
      expect({ ref: cell.ref, value: ws.getCell(cell.ref).value }).toEqual({
        ref: cell.ref,
        value: cell.value,
      });
    }
  });
});

/** The cells plus every cell a merge starting at one of them covers (a merge takes its top-left cell's format). */
function withMergedCells(cells: readonly string[], merges: readonly string[]): string[] {
  const all = new Set(cells);
  for (const merge of merges) {
    const r = parseRange(merge);
    if (!all.has(cellRef(r.top, r.left))) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) all.add(cellRef(row, col));
  }
  return [...all];
}
