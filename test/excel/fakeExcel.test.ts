/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read properties too early on purpose, to see the fake throw as Office.js does. */
import { conditionalFormat, FakeExcel } from "../support/fakeExcel";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake Excel", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("throws PropertyNotLoaded on a property never loaded, and on one loaded but not yet synced", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws on a collection's items and a null object's isNullObject until synced", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const missing = sheets.getItemOrNullObject("Không có");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
      expect(missing.isNullObject).toBe(true);
      expect(() => sheets.items[0]?.position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses to set a property the API does not have", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => {
        (range as unknown as Record<string, unknown>)["value"] = 1;
      }).toThrow(TypeError);
    });
  });

  it("types text into a General cell as Excel does: numbers, dates and formulas", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1").values = [
        ["02", "1.234", "01/10/2024", "=1+1", "- UBND tỉnh Đồng Nai;"],
      ];
    });
    const sheet = fake.sheet("Sheet1");
    expect(sheet.cell("A1")).toMatchObject({ kind: "number", value: 2 });
    expect(sheet.cell("B1")).toMatchObject({ kind: "number", value: 1.234 });
    expect(sheet.cell("C1")).toMatchObject({ kind: "number", value: 45301, numberFormat: "m/d/yyyy" });
    expect(sheet.cell("D1")).toMatchObject({ kind: "formula", formula: "=1+1" });
    expect(sheet.cell("E1")).toMatchObject({ kind: "error", value: "#NAME?" });
  });

  it("counts a sync only when it carries commands, and measures its request", async () => {
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["Xã Xuân Hòa"]];
      await context.sync();
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.maxPayloadBytes).toBeGreaterThan(Buffer.byteLength("Xã Xuân Hòa"));
  });

  it("fails a request over 5 MB", async () => {
    const big = Array.from({ length: 6000 }, () => ["x".repeat(1000)]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it.each([
    ["a name over 31 characters", "Phòng Lao động - Thương binh và Xã hội"],
    ["a forbidden character", "Báo cáo 1/2024"],
    ["a name taken, in another case", "SHEET1"],
  ])("refuses a sheet with %s", async (_what, name) => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/InvalidArgument|ItemAlreadyExists/) });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });

  it("refuses a defined name twice in one scope but allows it in another", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("DVCQ_YEAR", sheet.getRange("D10"));
      sheet.names.add("DVCQ_YEAR", sheet.getRange("D10"));
      await context.sync();
    });
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        context.workbook.names.add("dvcq_year", sheet.getRange("D11"));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(fake.workbookNames).toEqual([{ name: "DVCQ_YEAR", formula: "=Sheet1!$D$10" }]);
  });

  it("refuses validation titles over 32 and messages over 255 characters", async () => {
    const attempt = (title: string, message: string): Promise<void> =>
      Excel.run(async (context) => {
        const dv = context.workbook.worksheets.getItem("Sheet1").getRange("D27").dataValidation;
        dv.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
        dv.prompt = { showPrompt: true, title, message };
        await context.sync();
      });
    await expect(attempt("x".repeat(33), "ok")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt("ok", "x".repeat(256))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(attempt("x".repeat(32), "x".repeat(255))).resolves.toBeUndefined();
  });

  it("fails an API newer than the declared requirement set, and says so through isSetSupported", async () => {
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps the commands before a failing one, as Excel does", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Trước");
        context.workbook.worksheets.getItem("Không có").activate();
        context.workbook.worksheets.add("Sau");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.sheetNames).toEqual(["Sheet1", "Trước"]);
  });

  it("refuses format changes and writes to locked cells of a protected sheet", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
      sheet.getRange("B2").values = [["được"]];
      await context.sync();
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["không được"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B2").format.font.bold = true;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.sheet("Sheet1").cell("B2").value).toBe("được");
  });

  it("refuses to chain through a null object", async () => {
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject("Không có").getUsedRangeOrNullObject();
        range.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });
  it("refuses adding or deleting conditional formats on a protected sheet, and adds them at the top", async () => {
    const sheet = fake.sheet("Sheet1");
    sheet.conditionalFormats.push(conditionalFormat("A1", "Custom", { formula: "=A1>1" }));
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("B2")
        .conditionalFormats.add("Custom");
      added.custom.rule.formula = "=TRUE";
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((cf) => cf.formula)).toEqual(["=TRUE", "=A1>1"]);

    sheet.protection = { protected: true, options: {}, password: null };
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C3").conditionalFormats.add("Custom");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      Excel.run(async (context) => {
        const formats = context.workbook.worksheets
          .getItem("Sheet1")
          .getRange()
          .conditionalFormats.load("items/type");
        await context.sync();
        formats.items[0]?.delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it("unprotects a sheet only with its password", async () => {
    const sheet = fake.sheet("Sheet1");
    sheet.protection = { protected: true, options: {}, password: "bí mật" };
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "BadPassword" });
    expect(sheet.protection.protected).toBe(true);
  });

  it("fails a sync whose response is over 5 MB", async () => {
    const sheet = fake.sheet("Sheet1");
    for (let row = 1; row <= 2000; row++) sheet.setCell(`A${row}`, "x".repeat(3000));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("selects a range only on the active sheet", async () => {
    fake.addSheet("Khác");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Khác").getRange("B2").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });
});
