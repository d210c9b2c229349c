import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's defined names", () => {
  const installed = installedFakeForEachTest();

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
    expect(installed().workbookNames).toEqual([{ name: "DVCQ_YEAR", formula: "=Sheet1!$D$10" }]);
  });
});
