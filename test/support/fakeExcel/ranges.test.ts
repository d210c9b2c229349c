import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's ranges", () => {
  const installed = installedFakeForEachTest();

  it("selects a range only on the active sheet", async () => {
    installed().addSheet("Khác");
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Khác").getRange("B2").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidSelection" });
  });
});
