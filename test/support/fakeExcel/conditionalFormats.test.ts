import { conditionalFormat } from "./model";
import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's conditional formats", () => {
  const installed = installedFakeForEachTest();

  it("refuses adding or deleting conditional formats on a protected sheet, and adds them at the top", async () => {
    const sheet = installed().sheet("Sheet1");
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
});
