/**
 * readWorkbookSnapshot over real files: our own templates, the same files saved by LibreOffice and
 * openpyxl, broken and foreign files, and small hand-made packages for what no writer here makes.
 */
import JSZip from "jszip";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { checkWorkbook } from "../../src/domain/check/checks";
import { buildTemplatePlan, indicatorName } from "../../src/domain/layout/template";
import type { RawCell } from "../../src/domain/read/values";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode } from "../../src/domain/units/registry";
import { readWorkbookSnapshot, type SnapshotRead } from "../../src/files/readXlsx";
import { writeWorkbook } from "../../src/files/writeXlsx";
import {
  CLEAN_EVIDENCE,
  CLEAN_FIGURES,
  TEN_MISTAKES,
  fillTemplate,
  readFixture,
  xuanHoaLayout,
} from "../support/fixtures";

const SHEET = "XA-XUAN-HOA 2024";
const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();
const layout = xuanHoaLayout();
/** Name → "D86", from the plan the fixtures were written from. */
const planCell = new Map(layout.plan.names.map((n) => [n.name, n.ref.replace(/\$/g, "")]));
const cellOfCode = (code: string): string => {
  const ref = planCell.get(
    code.startsWith("0.") ? `DVCQ_H_${code.replace(/\./g, "_")}` : indicatorName(code),
  );
  if (ref === undefined) throw new Error(`no cell for ${code}`);
  return ref;
};

async function read(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const result = await readWorkbookSnapshot(bytes);
  if (!result.ok) throw new Error(`expected a workbook, got ${result.problem}: ${result.detail}`);
  return result.workbook;
}

function sheetOf(workbook: WorkbookSnapshot, name = SHEET): SheetSnapshot {
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

const dvcqNames = (names: readonly { name: string; ref: string }[]): Record<string, string> =>
  Object.fromEntries(names.filter((n) => n.name.startsWith("DVCQ_")).map((n) => [n.name, n.ref]));

/** The names of the plan, as a one-template workbook holds them. */
const expectedNames = Object.fromEntries(layout.plan.names.map((n) => [n.name, `'${SHEET}'!${n.ref}`]));

/** Value of each named figure and evidence cell, as the clean fixture was filled. */
const cleanValues = (sheet: SheetSnapshot): Record<string, RawCell["value"] | undefined> =>
  Object.fromEntries([
    ...Object.keys(CLEAN_FIGURES).map((code) => [code, sheet.cells.get(cellOfCode(code))?.value]),
    ...Object.keys(CLEAN_EVIDENCE).map((s) => [
      `E${s}`,
      sheet.cells.get(planCell.get(`DVCQ_E_${s}`) ?? "")?.value,
    ]),
  ]);
const expectedCleanValues = {
  ...CLEAN_FIGURES,
  ...Object.fromEntries(Object.entries(CLEAN_EVIDENCE).map(([s, text]) => [`E${s}`, text])),
};

const DERIVED_RESULTS = { D44: 77.8, D53: 99.7, D54: 79.8, D90: 100 };

describe("template-clean.xlsx, written by DVCQ", () => {
  let workbook: WorkbookSnapshot;
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    workbook = await read(readFixture("template-clean.xlsx"));
    sheet = sheetOf(workbook);
  });

  test("has one sheet; the DVCQ names are workbook-scoped and point where the plan put them", () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(dvcqNames(workbook.names)).toEqual(expectedNames);
    expect(workbook.names).toContainEqual({ name: "DVCQ_I_6_20", ref: "'XA-XUAN-HOA 2024'!$D$86" });
    expect(sheet.names).toEqual([{ name: "_xlnm.Print_Titles", ref: "'XA-XUAN-HOA 2024'!$11:$12" }]);
  });

  test("every figure and evidence text reads back as filled: numbers, dates as serials, text as typed", () => {
    expect(cleanValues(sheet)).toEqual(expectedCleanValues);
    expect(sheet.cells.get("D17")).toEqual({
      value: 45200,
      numberFormat: "dd/mm/yyyy",
      font: "Times New Roman",
    });
    expect(sheet.cells.get("D18")?.value).toBe(45565);
    expect(sheet.cells.get("D19")).toEqual({ value: 22, numberFormat: "#,##0", font: "Times New Roman" });
    expect(sheet.cells.get("D57")).toEqual({ value: 98.5, numberFormat: "0.0", font: "Times New Roman" });
    expect(sheet.cells.get("E23")?.value).toBe(CLEAN_EVIDENCE["1"]);
    expect(sheet.cells.get("E23")?.numberFormat).toBe("@");
    expect(sheet.cells.get("D10")?.value).toBe(2024);
    expect(sheet.cells.get("F10")?.value).toBe("DVCQ-CT03/1");
  });

  test("derived rates are formulas with '=' and no result, since Excel computes them on opening", () => {
    expect(sheet.cells.get("D53")).toEqual({
      value: null,
      formula: '=IF(COUNT($D$50,$D$51)<2,"",IF(($D$50+$D$51)=0,"",ROUND(100*($D$50)/($D$50+$D$51),1)))',
      numberFormat: "0.0",
      font: "Times New Roman",
    });
    expect(Object.keys(DERIVED_RESULTS).map((ref) => sheet.cells.get(ref)?.formula?.slice(0, 10))).toEqual(
      Array(4).fill("=IF(COUNT("),
    );
  });

  test("empty cells are left out, styled or not", () => {
    expect(sheet.cells.has("F24")).toBe(false);
    expect(sheet.cells.has("E24")).toBe(false);
    expect(sheet.cells.has("A200")).toBe(false);
  });

  test("the checker reads it and finds nothing", () => {
    expect(checkWorkbook(workbook, catalogue, registry, { expectedYear: 2024 }).findings).toEqual([]);
  });
});

describe("template-ten-mistakes.xlsx", () => {
  let workbook: WorkbookSnapshot;
  beforeAll(async () => {
    workbook = await read(readFixture("template-ten-mistakes.xlsx"));
  });

  test("holds the mistakes as typed", () => {
    const cells = sheetOf(workbook).cells;
    expect(cells.get(cellOfCode("2.2"))?.value).toBe("1.234");
    expect(cells.get(cellOfCode("3.7"))?.value).toBe("abc");
    expect(cells.has(cellOfCode("2.3"))).toBe(false);
    expect(cells.has(planCell.get("DVCQ_E_5") as string)).toBe(false);
    expect(cells.get(cellOfCode("7.1"))?.value).toBe(45585);
  });

  test("the checker finds exactly the ten planted mistakes, one finding each", () => {
    const found = checkWorkbook(workbook, catalogue, registry, { expectedYear: 2024 }).findings;
    const planted = TEN_MISTAKES.map((m) => ({
      rule: m.rule,
      severity: m.severity,
      cell: m.where.startsWith("E") ? planCell.get(`DVCQ_E_${m.where.slice(1)}`) : cellOfCode(m.where),
    }));
    const byCell = (a: { cell: string | null | undefined }, b: { cell: string | null | undefined }): number =>
      String(a.cell).localeCompare(String(b.cell));
    expect(found.map(({ rule, severity, cell }) => ({ rule, severity, cell })).sort(byCell)).toEqual(
      planted.sort(byCell),
    );
  });
});

describe("the clean template saved by other programs", () => {
  test("LibreOffice keeps names and values, and stores the formulas' results", async () => {
    const workbook = await read(readFixture("libreoffice-resaved.xlsx"));
    const sheet = sheetOf(workbook);
    expect(dvcqNames(workbook.names)).toEqual(expectedNames);
    expect(cleanValues(sheet)).toEqual(expectedCleanValues);
    expect(
      Object.fromEntries(Object.keys(DERIVED_RESULTS).map((ref) => [ref, sheet.cells.get(ref)?.value])),
    ).toEqual(DERIVED_RESULTS);
    expect(sheet.cells.get("D53")?.formula).toBe(
      '=IF(COUNT($D$50,$D$51)<2,"",IF(($D$50+$D$51)=0,"",ROUND(100*($D$50)/($D$50+$D$51),1)))',
    );
    expect(checkWorkbook(workbook, catalogue, registry, { expectedYear: 2024 }).findings).toEqual([]);
  });

  test("openpyxl keeps names and values, and formulas without results", async () => {
    const workbook = await read(readFixture("openpyxl-resaved.xlsx"));
    const sheet = sheetOf(workbook);
    expect(dvcqNames(workbook.names)).toEqual(expectedNames);
    expect(cleanValues(sheet)).toEqual(expectedCleanValues);
    expect(sheet.cells.get("D53")?.value).toBeNull();
    expect(checkWorkbook(workbook, catalogue, registry, { expectedYear: 2024 }).findings).toEqual([]);
  });
});

describe("openpyxl-typed.xlsx: values typed the way clerks type them", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    sheet = sheetOf(await read(readFixture("openpyxl-typed.xlsx")));
  });

  test("text stays the text typed: no number, date or normalisation is guessed here", () => {
    expect(
      ["1.3", "2.1", "4.3", "4.12", "4.13", "7.1"].map((code) => sheet.cells.get(cellOfCode(code))?.value),
    ).toEqual(["04", "36 buổi", "1.630", "98,5%", "92,3", "05/10/2024"]);
    const unitName = sheet.cells.get(cellOfCode("0.2"))?.value as string;
    expect(unitName).not.toBe("Xã Xuân Hòa");
    expect(unitName.normalize("NFC")).toBe("Xã Xuân Hòa");
  });

  test("a TCVN3 evidence text comes with its .VnTime font", () => {
    expect(sheet.cells.get(planCell.get("DVCQ_E_6") as string)).toEqual({
      value: "KÕ ho¹ch tiÕp c«ng d©n n¨m 2024 cña UBND x· Xu©n Hßa, huyÖn Xu©n Léc",
      numberFormat: "@",
      font: ".VnTime",
    });
  });
});

describe("openpyxl-filled.xlsx: a row inserted in section II and a name deleted", () => {
  let workbook: WorkbookSnapshot;
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    workbook = await read(readFixture("openpyxl-filled.xlsx"));
    sheet = sheetOf(workbook);
  });

  test("the deleted name is gone, the others still say where they pointed before the insertion", () => {
    const names = dvcqNames(workbook.names);
    expect(names.DVCQ_I_1_4).toBeUndefined();
    expect(Object.keys(names)).toHaveLength(layout.plan.names.length - 1);
    expect(names.DVCQ_I_2_3).toBe("'XA-XUAN-HOA 2024'!$D$31");
  });

  test("the cells moved down under the names: D31 is the inserted row, 2.3 is now on row 32", () => {
    expect(sheet.cells.get("B31")?.value).toBe("Trong đó: tuyên truyền qua hệ thống loa truyền thanh");
    expect(sheet.cells.get("D31")?.value).toBe(20);
    expect(sheet.cells.get("A32")?.value).toBe("2.3");
    expect(sheet.cells.get("D32")?.value).toBe(CLEAN_FIGURES["2.3"]);
  });

  test("formulas moved with their cells but still refer to the old rows", async () => {
    const clean = sheetOf(await read(readFixture("template-clean.xlsx")));
    expect(sheet.cells.get("D45")?.formula).toBe(clean.cells.get("D44")?.formula);
  });
});

describe("formula-results-libreoffice.xlsx: results that exceljs drops or changes", () => {
  test("0, FALSE and empty text are kept; errors, dates and times read as Excel stores them", async () => {
    const workbook = await read(readFixture("formula-results-libreoffice.xlsx"));
    const font = "Calibri";
    expect(Object.fromEntries(sheetOf(workbook, "Kết quả").cells)).toEqual({
      A1: { value: 0, formula: "=0", font },
      A2: { value: false, formula: "=1>2", font },
      A3: { value: "", formula: '=""', font },
      A4: { value: null, formula: "=1/0", error: "#DIV/0!", font },
      A5: { value: "Xuân Hòa", formula: '="Xuân Hòa"', font },
      A6: { value: true, formula: "=1<2", font },
      A7: { value: 45200, formula: "=DATE(2023,10,1)", numberFormat: "dd/mm/yyyy", font },
      A8: { value: 6, formula: "=SUM(B1:B3)", font },
      A9: { value: 0, formula: "=B1-B1", font },
      B1: { value: 1, font },
      B2: { value: 2, font },
      B3: { value: 3, font },
      // LibreOffice stores a typed TRUE and #N/A as formulas.
      C1: { value: true, formula: "=TRUE()", font },
      C2: { value: null, formula: "=#N/A", error: "#N/A", font },
      C3: { value: 45579.5, numberFormat: "dd/mm/yyyy\\ hh:mm", font },
    });
  });

  test("hidden sheets are read too", async () => {
    const workbook = await read(readFixture("formula-results-libreoffice.xlsx"));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Kết quả", "Ẩn"]);
    expect(sheetOf(workbook, "Ẩn").cells.get("A1")?.value).toBe("trang ẩn");
  });
});

describe("a district workbook: template sheets with sheet-scoped names", () => {
  test("each sheet gets its own names; none is workbook-scoped", async () => {
    const noiVuUnit = findUnitByCode(registry, "CQ-NOI-VU");
    if (noiVuUnit === undefined) throw new Error("CQ-NOI-VU is not in the built-in registry");
    const hoa = fillTemplate(xuanHoaLayout(), { "1.1": 12 }, {}).plan;
    const noiVu = fillTemplate(buildTemplatePlan(catalogue, noiVuUnit, 2024), { "1.1": 7 }, {}).plan;
    const workbook = await read(
      await writeWorkbook([
        { plan: hoa, nameScope: "sheet" },
        { plan: noiVu, nameScope: "sheet" },
      ]),
    );
    expect(dvcqNames(workbook.names)).toEqual({});
    for (const [plan, value] of [
      [hoa, 12],
      [noiVu, 7],
    ] as const) {
      const sheet = sheetOf(workbook, plan.name);
      expect(dvcqNames(sheet.names)).toEqual(
        Object.fromEntries(plan.names.map((n) => [n.name, `'${plan.name}'!${n.ref}`])),
      );
      const ref = (dvcqNames(sheet.names).DVCQ_I_1_1 ?? "").replace(/^.*!|\$/g, "");
      expect(sheet.cells.get(ref)?.value).toBe(value);
    }
  });
});

describe("files that are not a readable workbook: a problem and a sentence, never a throw", () => {
  const problemOf = async (bytes: Uint8Array): Promise<Extract<SnapshotRead, { ok: false }>> => {
    const result = await readWorkbookSnapshot(bytes);
    if (result.ok) throw new Error("expected a problem");
    return result;
  };

  test.each([
    [
      "empty.xlsx",
      "empty",
      "Tệp rỗng (0 byte), có thể tải về chưa xong; hãy tải lại hoặc đề nghị đơn vị gửi lại.",
      "The file is empty (0 bytes), perhaps not fully downloaded; download it again or ask the unit to resend it.",
    ],
    [
      "password.xlsx",
      "encrypted",
      "Tệp được đặt mật khẩu mở; hãy gỡ mật khẩu rồi gửi lại (Excel: Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu).",
      "The file has a password to open; remove the password and send it again (Excel: File > Info > Protect Workbook > Encrypt with Password, clear it).",
    ],
    [
      "old-format.xls",
      "old-xls",
      "Tệp .xls cũ (Excel 97–2003); hãy mở bằng Excel và lưu thành .xlsx (Tệp > Lưu thành > Sổ làm việc Excel).",
      "An old .xls file (Excel 97–2003); open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
    ],
    [
      "not-a-workbook.xlsx",
      "not-xlsx",
      "Tệp không phải sổ làm việc Excel (.xlsx); hãy gửi tệp .xlsx của mẫu biểu.",
      "The file is not an Excel workbook (.xlsx); send the template's .xlsx file.",
    ],
    [
      "truncated.xlsx",
      "corrupt",
      "Tệp .xlsx bị hỏng hoặc không trọn vẹn (có thể tải về bị ngắt); hãy tải lại hoặc đề nghị đơn vị gửi lại.",
      "The .xlsx file is damaged or incomplete (perhaps the download was cut off); download it again or ask the unit to resend it.",
    ],
  ])("%s: %s", async (file, problem, vi, en) => {
    const result = await problemOf(readFixture(file));
    expect({ problem: result.problem, message: result.message }).toEqual({ problem, message: { vi, en } });
  });

  test("the encrypted and the old file are told apart by the streams of their OLE container", async () => {
    expect((await problemOf(readFixture("password.xlsx"))).detail).toBe(
      "OLE entries: Root Entry, EncryptionInfo, EncryptedPackage",
    );
    expect((await problemOf(readFixture("old-format.xls"))).detail).toContain("Workbook");
  });

  test("a Word document, an .xlsb, an .ods, a PDF and a text file are each named for what they are", async () => {
    const zip = async (files: Record<string, string>): Promise<Uint8Array> => {
      const z = new JSZip();
      for (const [name, text] of Object.entries(files)) z.file(name, text);
      return z.generateAsync({ type: "uint8array" });
    };
    const docx = await zip({
      "_rels/.rels": rels([["rId1", "officeDocument", "word/document.xml"]]),
      "word/document.xml":
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    });
    const xlsb = await zip({
      "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.bin"]]),
      "xl/workbook.bin": "\u0083\u0001\u0000",
    });
    const ods = await zip({
      mimetype: "application/vnd.oasis.opendocument.spreadsheet",
      "content.xml": "<x/>",
    });
    const results = await Promise.all(
      [
        docx,
        xlsb,
        ods,
        new TextEncoder().encode("%PDF-1.7\n"),
        new TextEncoder().encode("STT;Chỉ tiêu;Số liệu\n1.1;x;12\n"),
      ].map(problemOf),
    );
    expect(results.map((r) => [r.problem, r.message])).toEqual([
      [
        "not-xlsx",
        {
          vi: "Tệp là văn bản Word, không phải biểu Excel; hãy gửi tệp .xlsx của mẫu biểu.",
          en: "The file is a Word document, not an Excel workbook; send the template's .xlsx file.",
        },
      ],
      [
        "not-xlsx",
        {
          vi: "Tệp .xlsb (sổ làm việc nhị phân); hãy mở bằng Excel và lưu thành .xlsx (Tệp > Lưu thành > Sổ làm việc Excel).",
          en: "An .xlsb (binary workbook) file; open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
        },
      ],
      [
        "not-xlsx",
        {
          vi: "Tệp .ods của LibreOffice/OpenOffice; hãy mở và lưu thành .xlsx (Lưu thành > Excel 2007-365).",
          en: "A LibreOffice/OpenOffice .ods file; open it and save it as .xlsx (Save As > Excel 2007-365).",
        },
      ],
      [
        "not-xlsx",
        {
          vi: "Tệp PDF không đọc được số liệu; hãy gửi tệp .xlsx của mẫu biểu.",
          en: "Figures cannot be read from a PDF; send the template's .xlsx file.",
        },
      ],
      [
        "not-xlsx",
        {
          vi: "Tệp không phải sổ làm việc Excel (.xlsx); hãy gửi tệp .xlsx của mẫu biểu.",
          en: "The file is not an Excel workbook (.xlsx); send the template's .xlsx file.",
        },
      ],
    ]);
  });

  test("a workbook with a broken sheet part, or without it, is corrupt", async () => {
    const broken = await packageOf({ sheets: [{ name: "S", xml: "<worksheet><sheetData><row>" }] });
    const missing = await packageOf({ sheets: [{ name: "S", xml: null }] });
    expect([(await problemOf(broken)).problem, (await problemOf(missing)).problem]).toEqual([
      "corrupt",
      "corrupt",
    ]);
  });

  test("a workbook cut anywhere never throws", async () => {
    const bytes = readFixture("template-clean.xlsx");
    for (const size of [2, 100, 1000, 5000, bytes.length - 1]) {
      const result = await readWorkbookSnapshot(bytes.subarray(0, size));
      expect(result.ok ? "ok" : result.problem).toBe("corrupt");
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-made packages: what Excel writes and no program here does.

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function rels(list: readonly (readonly [string, string, string])[], relBase = REL): string {
  return (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${relBase}/${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

interface HandMade {
  sheets: { name: string; xml: string | null; state?: string }[];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  strict?: boolean;
}

async function packageOf(p: HandMade): Promise<Uint8Array> {
  const main = p.strict ? "http://purl.oclc.org/ooxml/spreadsheetml/main" : MAIN;
  const rel = p.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : REL;
  const zip = new JSZip();
  zip.file("_rels/.rels", rels([["rId1", "officeDocument", "xl/workbook.xml"]], rel));
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${main}" xmlns:r="${rel}">${p.workbookPr ?? ""}<sheets>` +
      p.sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rS${i}"${s.state ? ` state="${s.state}"` : ""}/>`,
        )
        .join("") +
      `</sheets>${p.definedNames ? `<definedNames>${p.definedNames}</definedNames>` : ""}</workbook>`,
  );
  const workbookRels: [string, string, string][] = p.sheets.map((_, i) => [
    `rS${i}`,
    "worksheet",
    `worksheets/sheet${i + 1}.xml`,
  ]);
  if (p.sharedStrings) {
    workbookRels.push(["rSS", "sharedStrings", "sharedStrings.xml"]);
    zip.file("xl/sharedStrings.xml", `<sst xmlns="${main}">${p.sharedStrings}</sst>`);
  }
  if (p.styles) {
    workbookRels.push(["rSt", "styles", "/xl/styles.xml"]);
    zip.file("xl/styles.xml", `<styleSheet xmlns="${main}">${p.styles}</styleSheet>`);
  }
  zip.file("xl/_rels/workbook.xml.rels", rels(workbookRels, rel));
  p.sheets.forEach((s, i) => {
    if (s.xml !== null)
      zip.file(
        `xl/worksheets/sheet${i + 1}.xml`,
        s.xml.startsWith("<worksheet>")
          ? s.xml
          : `<worksheet xmlns="${main}"><sheetData>${s.xml}</sheetData></worksheet>`,
      );
  });
  return zip.generateAsync({ type: "uint8array" });
}

describe("hand-made packages", () => {
  test("firstRowOnly: of every sheet, however large, only row 1; its names kept", async () => {
    const rows = (n: number): string =>
      Array.from(
        { length: n },
        (_, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>dòng ${i + 1}</t></is></c></row>`,
      ).join("");
    const bytes = await packageOf({
      sheets: [
        { name: "Nhỏ", xml: rows(3) },
        { name: "Lớn", xml: rows(5_000) },
      ],
      definedNames: '<definedName name="TEN" localSheetId="1">\'Lớn\'!$A$1</definedName>',
    });
    const limits = { scanSheetBytes: 10_000, partBytes: 100_000 };
    const heads = await readWorkbookSnapshot(bytes, { firstRowOnly: true, limits });
    if (!heads.ok) throw new Error(heads.detail);
    expect(heads.workbook.sheets.map((sheet) => [sheet.name, [...sheet.cells.keys()], sheet.names])).toEqual([
      ["Nhỏ", ["A1", "B1"], []],
      ["Lớn", ["A1", "B1"], [{ name: "TEN", ref: "'Lớn'!$A$1" }]],
    ]);
    expect(sheetOf(heads.workbook, "Lớn").cells.get("B1")?.value).toBe("dòng 1");
    // Read whole, the large sheet is past the size a sheet that is not a template is read to.
    const whole = await readWorkbookSnapshot(bytes, { limits });
    if (!whole.ok) throw new Error(whole.detail);
    expect(whole.workbook.sheets.map((sheet) => sheet.name)).toEqual(["Nhỏ"]);
    expect(whole.workbook.skipped?.map((sheet) => sheet.name)).toEqual(["Lớn"]);
  });

  test("a cell reference is read in every spelling a file may give it, and one that points nowhere is refused", async () => {
    const sheet = (xml: string): Promise<Uint8Array> => packageOf({ sheets: [{ name: "S", xml }] });
    const workbook = await read(
      await sheet(
        '<row r="7"><c r="$B$7"><v>1</v></c><c r="c7"><v>2</v></c><c r="D$7"><v>3</v></c><c r="$E7"><v>4</v></c>' +
          '<c><v>5</v></c><c r="G07"><v>6</v></c></row><row r="1048576"><c r="XFD1048576"><v>7</v></c></row>',
      ),
    );
    expect([...sheetOf(workbook, "S").cells].map(([ref, c]) => [ref, c.value])).toEqual([
      ["B7", 1],
      ["C7", 2],
      ["D7", 3],
      ["E7", 4],
      ["F7", 5],
      ["G7", 6],
      ["XFD1048576", 7],
    ]);
    for (const ref of [" A1", "A0", "A", "1", "XFE1", "A1048577", "AAAA1", "A1 ", "A$$1", "$$A1", "A-1"]) {
      const result = await readWorkbookSnapshot(await sheet(`<row r="1"><c r="${ref}"><v>1</v></c></row>`));
      expect([ref, result.ok ? "read" : result.problem]).toEqual([ref, "corrupt"]);
    }
  });

  test("shared formulas are shifted to each cell; absolute parts, strings and sheet names stay", async () => {
    const workbook = await read(
      await packageOf({
        sheets: [
          {
            name: "S",
            xml:
              '<row r="2"><c r="B2"><f t="shared" si="0" ref="B2:D3">A2+$A$1+A$1+\'Q1 2024\'!C3&amp;"A1"+SUM(A:A)+_xlfn.IFS(1,2)</f><v>1</v></c>' +
              '<c r="C2"><f t="shared" si="0"/><v>2</v></c></row>' +
              '<row r="3"><c r="D3"><f t="shared" si="0"/><v>3</v></c></row>',
          },
        ],
      }),
    );
    const formulas = Object.fromEntries(
      [...sheetOf(workbook, "S").cells].map(([ref, c]) => [ref, c.formula]),
    );
    expect(formulas).toEqual({
      B2: "=A2+$A$1+A$1+'Q1 2024'!C3&\"A1\"+SUM(A:A)+IFS(1,2)",
      C2: "=B2+$A$1+B$1+'Q1 2024'!D3&\"A1\"+SUM(B:B)+IFS(1,2)",
      D3: "=C3+$A$1+C$1+'Q1 2024'!E4&\"A1\"+SUM(C:C)+IFS(1,2)",
    });
  });

  test("inline and rich text are flattened without phonetic runs; the first run's font is the cell's font", async () => {
    const workbook = await read(
      await packageOf({
        sharedStrings:
          '<si><r><rPr><rFont val=".VnTime"/></rPr><t>Xu©n </t></r><r><t>Léc</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
          "<si><t>dòng 1_x000D_\ndòng 2 _x005F_x0041_</t></si>",
        sheets: [
          {
            name: "S",
            xml:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
              '<c r="C1" t="inlineStr"><is><r><rPr><rFont val="VNI-Times"/></rPr><t xml:space="preserve">Ho </t></r><r><t>Chi Minh</t></r></is></c>' +
              '<c r="D1" t="s"><v>1</v></c><c r="E1" t="inlineStr"><is><t></t></is></c></row>',
          },
        ],
      }),
    );
    const cells = sheetOf(workbook, "S").cells;
    expect(Object.fromEntries(cells)).toEqual({
      A1: { value: "Xu©n Léc", font: ".VnTime" },
      B1: { value: "dòng 1\r\ndòng 2 _x0041_" },
      C1: { value: "Ho Chi Minh", font: "VNI-Times" },
      D1: { value: "dòng 1\r\ndòng 2 _x0041_" },
    });
  });

  test("cells without addresses follow their neighbours; ISO dates, booleans and errors as stored", async () => {
    const workbook = await read(
      await packageOf({
        sheets: [
          {
            name: "S",
            xml:
              '<row><c><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c></row>' +
              '<row><c r="C2" t="d"><v>2024-10-14T12:00:00</v></c><c t="str"><v>x</v></c></row>',
          },
        ],
      }),
    );
    expect(Object.fromEntries(sheetOf(workbook, "S").cells)).toEqual({
      A1: { value: 1 },
      B1: { value: true },
      C1: { value: null, error: "#REF!" },
      C2: { value: 45579.5 },
      D2: { value: "x" },
    });
  });

  test("a 1904 workbook's dates come out in the 1900 system; numbers that are not dates are left alone", async () => {
    const workbook = await read(
      await packageOf({
        workbookPr: '<workbookPr date1904="1"/>',
        styles:
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/></numFmts>' +
          '<fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>' +
          '<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="3" fontId="0"/></cellXfs>',
        sheets: [
          {
            name: "S",
            xml: '<row r="1"><c r="A1" s="1"><v>43738</v></c><c r="B1" s="2"><v>43738</v></c><c r="C1" s="3"><v>43738</v></c></row>',
          },
        ],
      }),
    );
    expect(Object.fromEntries(sheetOf(workbook, "S").cells)).toEqual({
      A1: { value: 45200, numberFormat: "[$-42A]dd/mm/yyyy;@", font: "Arial" },
      B1: { value: 45200, numberFormat: "mm-dd-yy", font: "Arial" },
      C1: { value: 43738, numberFormat: "#,##0", font: "Arial" },
    });
  });

  test("names: scoped by localSheetId (hidden sheets count), broken refs kept as written", async () => {
    const workbook = await read(
      await packageOf({
        sheets: [
          { name: "Ẩn", xml: "", state: "hidden" },
          { name: "XA-XUAN-HOA 2024", xml: "" },
        ],
        definedNames:
          "<definedName name=\"DVCQ_TEMPLATE\">'XA-XUAN-HOA 2024'!$F$10</definedName>" +
          '<definedName name="DVCQ_I_6_20" localSheetId="1">\'XA-XUAN-HOA 2024\'!$D$86</definedName>' +
          '<definedName name="DVCQ_I_6_21" localSheetId="1">#REF!</definedName>' +
          '<definedName name="DVCQ_I_6_20" localSheetId="0">Ẩn!$A$1</definedName>',
      }),
    );
    expect(workbook.names).toEqual([{ name: "DVCQ_TEMPLATE", ref: "'XA-XUAN-HOA 2024'!$F$10" }]);
    expect(workbook.sheets.map((s) => [s.name, s.names])).toEqual([
      ["Ẩn", [{ name: "DVCQ_I_6_20", ref: "Ẩn!$A$1" }]],
      [
        "XA-XUAN-HOA 2024",
        [
          { name: "DVCQ_I_6_20", ref: "'XA-XUAN-HOA 2024'!$D$86" },
          { name: "DVCQ_I_6_21", ref: "#REF!" },
        ],
      ],
    ]);
  });

  test("Strict Open XML (other namespaces) reads like Transitional", async () => {
    const workbook = await read(
      await packageOf({
        strict: true,
        sharedStrings: "<si><t>Xã Xuân Hòa</t></si>",
        sheets: [{ name: "S", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12</v></c></row>' }],
      }),
    );
    expect(Object.fromEntries(sheetOf(workbook, "S").cells)).toEqual({
      A1: { value: "Xã Xuân Hòa" },
      B1: { value: 12 },
    });
  });
});
