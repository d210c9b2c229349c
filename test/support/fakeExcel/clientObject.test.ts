/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests read properties too early on purpose, to see the fake throw as Office.js does. */
import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("a proxy object of the fake", () => {
  installedFakeForEachTest();

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

  it("refuses to chain through a null object", async () => {
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItemOrNullObject("Không có").getUsedRangeOrNullObject();
        range.load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });
});
