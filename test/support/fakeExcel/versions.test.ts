import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's requirement sets", () => {
  installedFakeForEachTest();

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
});
