/**
 * Files written by DVCQ, opened and saved by another spreadsheet program. Needs LibreOffice and
 * poppler-utils (scripts/install-system-deps.sh); fails, never skips, without them.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { buildTemplatePlan, templateSheetName } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode } from "../../src/domain/units/registry";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { writeWorkbookStreamed } from "../support/streamed";
import { buildDistrictReport, ROLLUP_SHEETS } from "../../src/domain/report";
import { demoRollup } from "../support/demoRollup";
import { fillPlan } from "../../src/domain/layout/filled";

import {
  assertLibreOffice,
  convertWithLibreOffice,
  pdfText,
  resaveWithLibreOffice,
  toPdf,
} from "../support/libreoffice";
import { XlsxXml, readWorkbook } from "../support/xlsx";
import { samplePlan } from "./samplePlan";

jest.setTimeout(180_000);

beforeAll(() => {
  assertLibreOffice();
});

const A = samplePlan("XA-XUAN-HOA 2024");
const B = samplePlan("XA-XUAN-TAM 2024");

describe("a district workbook re-saved by LibreOffice", () => {
  let resaved: Uint8Array;
  let xml: XlsxXml;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    const written = await writeWorkbook([
      { plan: A, nameScope: "sheet" },
      { plan: B, nameScope: "sheet" },
    ]);
    resaved = await resaveWithLibreOffice(written);
    xml = await XlsxXml.open(resaved);
    book = await readWorkbook(resaved);
  });

  test("keeps the sheet-scoped names on their own sheets", () => {
    const names = xml
      .definedNames()
      .filter((n) => n.name.startsWith("DVCQ_"))
      .map((n) => `${n.sheet ?? "(workbook)"} ${n.name} ${n.ref}`)
      .sort();
    expect(names).toEqual([
      "XA-XUAN-HOA 2024 DVCQ_I_6_19 'XA-XUAN-HOA 2024'!$D$6",
      "XA-XUAN-HOA 2024 DVCQ_I_6_20 'XA-XUAN-HOA 2024'!$D$7",
      "XA-XUAN-HOA 2024 DVCQ_TEMPLATE 'XA-XUAN-HOA 2024'!$A$3",
      "XA-XUAN-HOA 2024 DVCQ_YEAR 'XA-XUAN-HOA 2024'!$B$3",
      "XA-XUAN-TAM 2024 DVCQ_I_6_19 'XA-XUAN-TAM 2024'!$D$6",
      "XA-XUAN-TAM 2024 DVCQ_I_6_20 'XA-XUAN-TAM 2024'!$D$7",
      "XA-XUAN-TAM 2024 DVCQ_TEMPLATE 'XA-XUAN-TAM 2024'!$A$3",
      "XA-XUAN-TAM 2024 DVCQ_YEAR 'XA-XUAN-TAM 2024'!$B$3",
    ]);
  });

  test("keeps the validations with their prompts and the stop style", () => {
    const ws = book.getWorksheet(B.name);
    // LibreOffice writes an unused second formula, so only the first is compared.
    expect(ws?.getCell("D7").dataValidation?.formulae?.[0]).toBe(0);
    expect(ws?.getCell("D7").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      promptTitle: "Nhập số nguyên",
      errorStyle: "stop",
      error: "Ô này chỉ nhận số nguyên từ 0 trở lên.",
    });
    expect(ws?.getCell("D9").dataValidation?.type).toBe("list");
    expect(ws?.getCell("D9").dataValidation?.formulae?.[0]).toBe('"Tốt,Khá,Trung bình,Yếu"');
  });

  test("keeps the formula; text that looks like a formula stays text", async () => {
    expect((await xml.formulas(A.name))["D8"]).toBe("SUM(D6:D7)");
    const ws = book.getWorksheet(A.name);
    expect(ws?.getCell("D10").value).toBe("=1+1");
    expect(ws?.getCell("C7").value).toBe("02");
    expect(ws?.getCell("B12").value).toBe("- UBND tỉnh Đồng Nai;");
  });

  // exceljs misreads LibreOffice's "true"/"false" booleans, so protection is read from the XML.
  test("keeps the protection and the unlocked input cells", async () => {
    for (const name of [A.name, B.name]) {
      expect(await xml.protection(name)).toEqual({
        sheet: true,
        formatColumns: true,
        formatRows: true,
        insertRows: false,
        deleteRows: false,
      });
      expect(await xml.unlockedCells(name)).toEqual(["D6", "D7", "D9", "E9", "D16"]);
    }
  });
});

test("LibreOffice recalculates formulas even when the file carries a stale result", async () => {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("S");
  ws.getCell("A1").value = 2;
  ws.getCell("A2").value = { formula: "A1*21", result: 1 };
  const stale = new Uint8Array(await workbook.xlsx.writeBuffer());
  const resaved = await readWorkbook(await resaveWithLibreOffice(stale));
  expect(resaved.getWorksheet("S")?.getCell("A2").value).toEqual({ formula: "A1*21", result: 42 });
});

test("printed to PDF, the Vietnamese text is intact", async () => {
  const text = pdfText(await toPdf(await writeWorkbook([{ plan: A, nameScope: "workbook" }])));
  expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
  expect(text).toContain("- UBND tỉnh Đồng Nai;");
  expect(text).toContain("Số kiến nghị đã giải quyết");
});

describe("a real template through LibreOffice", () => {
  const unit = findUnitByCode(loadBuiltinRegistry(), "XA-XUAN-HOA");
  if (unit === undefined) throw new Error("XA-XUAN-HOA is not in the built-in registry");
  const layout = buildTemplatePlan(loadBuiltinCatalogue(), unit, 2024);
  const name = templateSheetName(unit.code, 2024);
  let written: Uint8Array;

  beforeAll(async () => {
    written = await writeWorkbook([{ plan: layout.plan, nameScope: "workbook" }]);
  });

  test("re-saved, it keeps every name, validation and formula, and its protection", async () => {
    const { bytes } = await convertWithLibreOffice(written, "xlsx");
    const xml = await XlsxXml.open(bytes);
    expect(
      xml
        .definedNames()
        .filter((n) => n.name.startsWith("DVCQ_"))
        .map((n) => n.name)
        .sort(),
    ).toEqual(layout.plan.names.map((n) => n.name).sort());
    expect(await xml.protection(name)).not.toBeNull();
    const formulaCells = layout.plan.cells.filter((c) => c.formula !== undefined).map((c) => c.ref);
    expect(Object.keys(await xml.formulas(name)).sort()).toEqual(expect.arrayContaining(formulaCells.sort()));
    const ws = (await readWorkbook(bytes)).getWorksheet(name);
    for (const v of layout.plan.validations) {
      const first = v.range.split(":")[0] as string;
      expect({ cell: first, type: ws?.getCell(first).dataValidation?.type }).toEqual({
        cell: first,
        type: v.rule.kind,
      });
    }
  });

  test("printed to PDF, its heading reads in Vietnamese", async () => {
    const text = pdfText(await toPdf(written));
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("THÔNG TIN CHUNG");
  });
});

/**
 * The demo's district workbook printed by LibreOffice, sheet by sheet (each alone in a workbook,
 * as the streaming writer writes it): what a clerk gets from "print the whole workbook". Before
 * issue 13 it was 36 pages, "Chi tiết đơn vị" one unreadable page of 68 columns.
 */
test("the demo's district workbook prints the pages a clerk expects, sheet by sheet", async () => {
  const { rollup } = demoRollup();
  const plans = buildDistrictReport(rollup, loadBuiltinCatalogue(), {
    fileName: (file) => path.posix.basename(file),
  });
  const pages: Record<string, number> = {};
  const texts: Record<string, string[]> = {};
  for (const plan of plans) {
    const text = pdfText(await toPdf(await writeWorkbookStreamed([{ plan, nameScope: "workbook" }])));
    texts[plan.name] = text.split("\f").filter((page) => page.trim() !== "");
    pages[plan.name] = texts[plan.name]!.length;
  }
  expect(pages).toEqual({
    // Portrait A4 at one page wide: the 64 indicators by level, the signature block.
    [ROLLUP_SHEETS.report]: 4,
    // Eight printed blocks (sections whole, a long one in even parts), each two pages tall for 30 units.
    [ROLLUP_SHEETS.details]: 16,
    [ROLLUP_SHEETS.submissions]: 1,
    // The demo's 12 findings, one row each.
    [ROLLUP_SHEETS.findings]: 1,
    // 30 units and three total rows under a header of wrapped section names.
    [ROLLUP_SHEETS.pivot]: 2,
    [ROLLUP_SHEETS.narrative]: 3,
    // Its header row only: the page header says how to print the 1.953 rows.
    [ROLLUP_SHEETS.facts]: 1,
    [ROLLUP_SHEETS.reminder]: 1,
  });
  // Every page carries its number; the findings page names units, files and the sentence in full.
  for (const [name, list] of Object.entries(texts))
    list.forEach((page, i) => expect([name, i, /Trang \d+\/\d+/.test(page)]).toEqual([name, i, true]));
  const findings = texts[ROLLUP_SHEETS.findings]!.join("\n");
  expect(findings).toContain("KẾT QUẢ KIỂM TRA BÁO CÁO NĂM 2024");
  // A name too long for its column wraps at a space: its first word stands whole.
  for (const f of rollup.allFindings) {
    expect(findings).toContain(path.posix.basename(f.file).split(" ")[0]);
    expect(findings).toContain(f.rule);
  }
  expect(findings).not.toContain("/home/clerk");
});

/**
 * Pairs of printed lines that start at the same left edge and overlap by more than 4 points (the
 * lines of one wrapped cell overlap by 2.1, those of neighbouring rows by 0.6): the
 * wrapped text of a row too low for it runs over its neighbour (LibreOffice centres it on the row).
 */
function overlappingLines(pdf: Uint8Array): string[] {
  const run = spawnSync("pdftotext", ["-bbox-layout", "-", "-"], {
    input: pdf,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const found: string[] = [];
  run.stdout.split("<page ").forEach((page, p) => {
    const byLeft = new Map<number, { top: number; bottom: number; text: string }[]>();
    for (const m of page.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const text = [...m[4]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(" ");
      const left = Math.round(Number(m[1]));
      const list = byLeft.get(left) ?? [];
      list.push({ top: Number(m[2]), bottom: Number(m[3]), text });
      byLeft.set(left, list);
    }
    for (const list of byLeft.values()) {
      list.sort((a, b) => a.top - b.top);
      for (let i = 1; i < list.length; i++)
        if (list[i - 1]!.bottom - list[i]!.top > 4)
          found.push(`page ${p}: "${list[i - 1]!.text.slice(0, 30)}" / "${list[i]!.text.slice(0, 30)}"`);
    }
  });
  return found;
}

test("rows are tall enough for their wrapped text, printed by LibreOffice: templates, the findings and submissions sheets", async () => {
  const catalogue = loadBuiltinCatalogue();
  const registry = loadBuiltinRegistry();
  for (const code of ["XA-XUAN-HOA", "CQ-NOI-VU"]) {
    const { plan } = buildTemplatePlan(catalogue, findUnitByCode(registry, code)!, 2024);
    const pdf = await toPdf(await writeWorkbook([{ plan, nameScope: "workbook" }]));
    expect([code, overlappingLines(pdf)]).toEqual([code, []]);
  }
  // A copy regenerated with what the clerk typed (as "Chuẩn bị gửi" and the demo write it): who prepared it, a note.
  const unit = findUnitByCode(registry, "XA-XUAN-HOA")!;
  const filled = fillPlan(buildTemplatePlan(catalogue, unit, 2024), {
    figures: {
      "0.8": "Số 215/BC-UBND ngày 05/10/2024",
      "0.9": "Cán bộ phụ trách dân vận, 0251 3741 234",
    },
  });
  const typed = await toPdf(await writeWorkbook([{ plan: filled, nameScope: "workbook" }]));
  expect(pdfText(typed)).toContain("0251 3741 234");
  expect(["filled", overlappingLines(typed)]).toEqual(["filled", []]);
  const { rollup } = demoRollup();
  const plans = buildDistrictReport(rollup, catalogue, { fileName: (file) => path.posix.basename(file) });
  for (const name of [ROLLUP_SHEETS.findings, ROLLUP_SHEETS.submissions]) {
    const plan = plans.find((p) => p.name === name)!;
    const pdf = await toPdf(await writeWorkbookStreamed([{ plan, nameScope: "workbook" }]));
    expect([name, overlappingLines(pdf)]).toEqual([name, []]);
  }
});
