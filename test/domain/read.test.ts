import { allIndicators } from "../../src/domain/catalogue/load";
import { checkWorkbook } from "../../src/domain/check/checks";
import { parseCell, cellRef } from "../../src/domain/layout/a1";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { findTemplateSheets, readSubmission } from "../../src/domain/read/submission";
import type { RawCell } from "../../src/domain/read/values";
import { catalogue, CLEAN_EVIDENCE, filledTemplate, registry } from "../support/filled";

const SHEET = "XA-XUAN-HOA 2024";

/** The clerk inserted `count` rows above `atRow`: cells move down; names move with them unless `namesLost`. */
function insertRows(
  snapshot: WorkbookSnapshot,
  atRow: number,
  count: number,
  namesLost = false,
): WorkbookSnapshot {
  const sheet = snapshot.sheets[0] as SheetSnapshot;
  const moved = new Map<string, RawCell>();
  const shift = (ref: string): string => {
    const { row, col } = parseCell(ref);
    return row >= atRow ? cellRef(row + count, col) : ref;
  };
  for (const [ref, cell] of sheet.cells) moved.set(shift(ref), cell);
  moved.set(`B${atRow}`, { value: "Dòng thêm của đơn vị: ghi chú riêng" });
  const names = namesLost
    ? []
    : snapshot.names.map((n) => {
        const [sheetPart, ref] = n.ref.split("!") as [string, string];
        return {
          name: n.name,
          ref: `${sheetPart}!$${ref.replace(/\$/g, "").replace(/\d+$/, "")}$${parseCell(shift(ref.replace(/\$/g, ""))).row}`,
        };
      });
  return { sheets: [{ ...sheet, cells: moved }], names };
}

describe("finding each figure", () => {
  test("by defined name, also after the clerk inserted rows", () => {
    const { snapshot } = filledTemplate();
    const reading = readSubmission(insertRows(snapshot, 30, 2), SHEET, catalogue, registry);
    expect(reading.findings).toEqual([]);
    expect(reading.submission?.figures.get("2.2")).toEqual({
      code: "2.2",
      cell: "D32",
      value: 3650,
      status: "ok",
    });
    expect(reading.submission?.figures.get("6.20")).toEqual({
      code: "6.20",
      cell: "D88",
      value: 8,
      status: "ok",
    });
  });

  test("names lost (sheet copied by hand): by the code column, and the finding says so", () => {
    const { snapshot } = filledTemplate();
    const reading = readSubmission(insertRows(snapshot, 30, 1, true), SHEET, catalogue, registry);
    expect(reading.submission?.figures.get("6.20")).toMatchObject({ cell: "D87", value: 8 });
    expect(reading.submission?.year).toBe(2024);
    expect(reading.findings.map((f) => [f.rule, f.severity, f.message])).toMatchObject([
      ["NAMES_MISSING", "warning", { code: "NAMES_MISSING", byLabel: [] }],
    ]);
    const names = reading.findings[0]?.message;
    expect(names && "byCode" in names && names.byCode).toHaveLength(68);
    expect(
      checkWorkbook(insertRows(snapshot, 30, 1, true), catalogue, registry).findings.map((f) => f.rule),
    ).toEqual(["NAMES_MISSING"]);
  });

  test("code column overwritten too: by the Vietnamese label, whatever its accents or case", () => {
    const { snapshot, cellOf } = filledTemplate();
    const sheet = snapshot.sheets[0] as SheetSnapshot;
    const cells = new Map(sheet.cells);
    const row = parseCell(cellOf("6.20")).row;
    cells.set(`A${row}`, { value: 20 });
    cells.set(`B${row}`, { value: "SỐ VỤ VIỆC KHIẾU NẠI, TỐ CÁO ĐÃ GIẢI QUYẾT".normalize("NFD") });
    const reading = readSubmission({ sheets: [{ ...sheet, cells }], names: [] }, SHEET, catalogue, registry);
    expect(reading.submission?.figures.get("6.20")).toMatchObject({ cell: `D${row}`, value: 8 });
    expect(reading.findings.map((f) => f.message)).toMatchObject([
      { code: "NAMES_MISSING", byLabel: ["6.20"] },
    ]);
  });

  test("a row deleted with its name: INDICATOR_NOT_FOUND, not a silent zero", () => {
    const { snapshot, cellOf } = filledTemplate();
    const sheet = snapshot.sheets[0] as SheetSnapshot;
    const row = parseCell(cellOf("5.3")).row;
    const cells = new Map([...sheet.cells].filter(([ref]) => parseCell(ref).row !== row));
    const names = snapshot.names.map((n) => (n.name === "DVCQ_I_5_3" ? { name: n.name, ref: "#REF!" } : n));
    const { findings } = checkWorkbook({ sheets: [{ ...sheet, cells }], names }, catalogue, registry);
    const item = allIndicators(catalogue).find((i) => i.code === "5.3");
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      [
        "INDICATOR_NOT_FOUND",
        { code: "INDICATOR_NOT_FOUND", item: { code: "5.3", label: { vi: item?.label, en: item?.english } } },
      ],
    ]);
  });

  test("sheet-scoped names of a district workbook are read per sheet", () => {
    const hoa = filledTemplate("XA-XUAN-HOA");
    const ray = filledTemplate("TT-GIA-RAY", 2024, {}, {});
    const district: WorkbookSnapshot = {
      sheets: [hoa, ray].map((f) => ({
        ...(f.snapshot.sheets[0] as SheetSnapshot),
        names: f.snapshot.names.map((n) => ({ name: n.name, ref: n.ref.split("!")[1] as string })),
      })),
      names: [],
    };
    expect(findTemplateSheets(district, catalogue)).toEqual(["XA-XUAN-HOA 2024", "TT-GIA-RAY 2024"]);
    const { submissions } = checkWorkbook(district, catalogue, registry);
    expect(submissions.map((s) => [s.unit?.code, s.figures.get("6.20")?.value])).toEqual([
      ["XA-XUAN-HOA", 8],
      ["TT-GIA-RAY", null],
    ]);
  });
});

describe("what is not a template", () => {
  test("a workbook of other sheets: NOT_A_TEMPLATE", () => {
    const other: WorkbookSnapshot = {
      sheets: [{ name: "Sheet1", cells: new Map([["A1", { value: "Bảng lương tháng 10" }]]), names: [] }],
      names: [],
    };
    expect(checkWorkbook(other, catalogue, registry).findings.map((f) => [f.rule, f.message])).toEqual([
      ["NOT_A_TEMPLATE", { code: "WORKBOOK_NOT_A_TEMPLATE" }],
    ]);
  });

  test("an extra sheet beside the template is ignored", () => {
    const { snapshot } = filledTemplate();
    const withExtra: WorkbookSnapshot = {
      ...snapshot,
      sheets: [
        ...snapshot.sheets,
        { name: "Ghi chép", cells: new Map([["A1", { value: "1.1" }]]), names: [] },
      ],
    };
    expect(checkWorkbook(withExtra, catalogue, registry).findings).toEqual([]);
  });

  test("another version of the template: read by code, with TEMPLATE_VERSION", () => {
    const { snapshot } = filledTemplate();
    const sheet = snapshot.sheets[0] as SheetSnapshot;
    const cells = new Map(sheet.cells);
    // A version this DVCQ does not know (version 2 is read by its own catalogue: catalogueV2.test.ts).
    cells.set("F10", { value: "DVCQ-CT03/9" });
    const { findings, submissions } = checkWorkbook(
      { ...snapshot, sheets: [{ ...sheet, cells }] },
      catalogue,
      registry,
    );
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "TEMPLATE_VERSION",
        "warning",
        { code: "TEMPLATE_VERSION", found: "DVCQ-CT03/9", expected: "DVCQ-CT03/1", sameFamily: true },
      ],
    ]);
    expect(submissions[0]?.templateId).toBe("DVCQ-CT03/9");
  });
});

describe("text as it arrives", () => {
  test("a TCVN3 evidence text is converted, with a finding", () => {
    const { snapshot } = filledTemplate("XA-XUAN-HOA", 2024, undefined, {
      ...CLEAN_EVIDENCE,
      "2": "B¸o c¸o sè 20/BC-UBND x· Xu©n Hßa",
    });
    const { findings, submissions } = checkWorkbook(snapshot, catalogue, registry);
    expect(submissions[0]?.evidence.get("2")?.text).toBe("Báo cáo số 20/BC-UBND xã Xuân Hòa");
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([["LEGACY_ENCODING", "E28"]]);
  });

  test("a unit name in NFD with an old tone mark still finds the unit when the code is gone", () => {
    const { snapshot } = filledTemplate("XA-XUAN-HOA", 2024, {
      "0.1": null,
      "0.2": "UBND xã Xuân Hoà".normalize("NFD"),
    } as never);
    const { submissions } = checkWorkbook(snapshot, catalogue, registry);
    expect(submissions[0]?.unit?.code).toBe("XA-XUAN-HOA");
  });
});
