import { cellRef } from "../../src/domain/layout/a1";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { REGISTRY_COLUMNS, STANDARD_KINDS } from "../../src/domain/units/registry";
import { REGISTRY_SHEET } from "../../src/domain/units/registry";
import { createRegistrySheet, loadRegistry } from "../../src/excel/registrySheet";
import { FakeExcel } from "../support/fakeExcel";

const builtin = loadBuiltinRegistry();

describe("the unit registry sheet", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("falls back to the built-in list in a workbook without the sheet, in one sync", async () => {
    const load = await loadRegistry();

    expect(load).toEqual({ units: builtin.units, kinds: STANDARD_KINDS, source: "builtin", problems: [] });
    expect(fake.syncCount).toBe(1);
  });

  it("offers the built-in list where no workbook can be read", async () => {
    fake.uninstall();

    expect(await loadRegistry()).toEqual({
      units: builtin.units,
      kinds: STANDARD_KINDS,
      source: "builtin",
      problems: [],
    });
  });

  it("creates the sheet as text cells under a header row, selects it, in one run", async () => {
    const outcome = await createRegistrySheet();

    expect(outcome).toEqual({
      status: "done",
      message: {
        vi: "Đã tạo trang DVCQ_DonVi với 30 đơn vị của danh sách có sẵn. Sửa, thêm hoặc xóa dòng tại đó; DVCQ sẽ dùng trang này thay cho danh sách có sẵn.",
        en: "Created the DVCQ_DonVi sheet with the 30 units of the built-in list. Edit, add or delete rows there; DVCQ will use this sheet instead of the built-in list.",
      },
    });
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 2 });
    expect(fake.activeSheetName).toBe(REGISTRY_SHEET);
    const sheet = fake.sheet(REGISTRY_SHEET);
    expect(REGISTRY_COLUMNS.map((_, i) => sheet.cell(cellRef(1, i + 1)).value)).toEqual([
      ...REGISTRY_COLUMNS,
    ]);
    expect(sheet.cell("A1").font.bold).toBe(true);
    // The kinds of unit first, with the heading of their column in the report.
    expect(["A2", "B2", "C2", "D2", "A3"].map((ref) => sheet.cell(ref).value)).toEqual([
      "X",
      "Xã, thị trấn",
      "kind",
      "Khối xã, thị trấn",
      "C",
    ]);
    expect(["A4", "C4", "J4", "K4"].map((ref) => sheet.cell(ref).value)).toEqual([
      "CQ-NOI-VU",
      "office",
      "Xuân Lộc",
      "NV",
    ]);
    expect(sheet.cell("A5")).toMatchObject({ kind: "text", value: "TT-GIA-RAY" });
    expect(sheet.cell("G5")).toMatchObject({ kind: "text", value: "2025-06-30" });
    expect(sheet.cell("H5")).toMatchObject({ kind: "text", value: "TT. Gia Ray" });
    expect(sheet.cell("A300").numberFormat).toBe("@");
    expect(sheet.frozenRows).toBe(1);
  });

  it("for a year the built-in list has no unit in: the last valid list, its dates marked to fill", async () => {
    const outcome = await createRegistrySheet(2026);

    expect(outcome.status).toBe("done");
    expect({ runs: fake.runCount, syncs: fake.syncCount }).toEqual({ runs: 1, syncs: 2 });
    const sheet = fake.sheet(REGISTRY_SHEET);
    // Rows 2–3 the kinds, 4 the office, 5–34 the 30 units valid on 30/06/2025; F valid_from, G valid_to.
    for (const row of [4, 5, 34]) {
      expect(sheet.cell(`F${row}`)).toMatchObject({ value: "yyyy-mm-dd" });
      expect(sheet.cell(`F${row}`).fill).toBe("#FFF2CC");
      expect(sheet.cell(`G${row}`).value ?? "").toBe("");
    }
    expect(sheet.cell("A34").value).toBe("SN-GDNN-GDTX");
    expect(sheet.cell("F2").value ?? "").toBe("");
    // Read back, nothing counts until the clerk types the dates, and the pane says so.
    const load = await loadRegistry();
    expect(load.units).toEqual([]);
    expect(load.problems[0]?.vi).toMatch(/^31 dòng chưa được tính vì ngày còn để yyyy-mm-dd/);
  });

  it("reads back what it wrote as the same units", async () => {
    await createRegistrySheet();

    const load = await loadRegistry();

    expect(load).toEqual({ units: builtin.units, kinds: STANDARD_KINDS, source: "sheet", problems: [] });
  });

  it("reads the clerk's edits: a date Excel turned into a serial, and a bad row reported in Vietnamese", async () => {
    await createRegistrySheet();
    fake
      .sheet(REGISTRY_SHEET)
      .setCell("G6", 45838)
      .setCell("A35", "XA-MOI")
      .setCell("B35", "Xã Mới")
      .setCell("C35", "Z");

    const load = await loadRegistry();

    expect(load.source).toBe("sheet");
    expect(load.units.find((u) => u.code === "XA-BAO-HOA")?.validTo).toBe("2025-06-30");
    expect(load.units.some((u) => u.code === "XA-MOI")).toBe(false);
    expect(load.problems).toEqual([
      {
        vi: "Dòng 35 của danh sách đơn vị bị bỏ qua: loại “Z” không có trong các loại đơn vị (X, C).",
        en: "Line 35 of the unit list was skipped: kind “Z” is not among the kinds of unit (X, C).",
      },
    ]);
  });

  it("says what is missing when the sheet has no header", async () => {
    fake.addSheet(REGISTRY_SHEET);

    const load = await loadRegistry();

    expect(load.units).toEqual([]);
    expect(load.problems[0]?.vi).toMatch(/^Danh sách đơn vị thiếu cột: code, name, kind\./);
  });

  it("selects an existing sheet and leaves the clerk's list alone", async () => {
    fake.addSheet(REGISTRY_SHEET).setCell("A1", "code").setCell("A2", "XA-RIENG");

    const outcome = await createRegistrySheet();

    expect(outcome).toMatchObject({
      status: "done",
      message: { vi: expect.stringContaining("không thay đổi gì") },
    });
    expect(fake.activeSheetName).toBe(REGISTRY_SHEET);
    expect(fake.sheet(REGISTRY_SHEET).cell("A2").value).toBe("XA-RIENG");
    expect(fake.sheet(REGISTRY_SHEET).cell("B1").kind).toBe("empty");
  });

  it("turns an Excel error into a Vietnamese message", async () => {
    fake.failOn("WorksheetCollection.add", "InvalidOperation", "The workbook structure is protected.");

    const outcome = await createRegistrySheet();

    expect(outcome).toEqual({
      status: "failed",
      message: {
        vi: "Excel báo lỗi nên chưa tạo được trang DVCQ_DonVi. Excel không cho làm việc này với sổ tính lúc này. Hãy đóng hộp thoại đang mở trong Excel, bấm Enter hoặc Esc nếu đang sửa một ô, rồi thử lại. (Excel: The workbook structure is protected. (InvalidOperation))",
        en: "Excel reported an error, so the DVCQ_DonVi sheet was not created. Excel does not allow this on the workbook right now. Close any dialog open in Excel, press Enter or Esc if a cell is being edited, then try again. (Excel: The workbook structure is protected. (InvalidOperation))",
      },
    });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });
});
