import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("a sync of the fake", () => {
  const installed = installedFakeForEachTest();

  it("counts a sync only when it carries commands, and measures its request", async () => {
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["Xã Xuân Hòa"]];
      await context.sync();
    });
    expect(installed().syncCount).toBe(1);
    expect(installed().maxPayloadBytes).toBeGreaterThan(Buffer.byteLength("Xã Xuân Hòa"));
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

  it("fails a sync whose response is over 5 MB", async () => {
    const sheet = installed().sheet("Sheet1");
    for (let row = 1; row <= 2000; row++) sheet.setCell(`A${row}`, "x".repeat(3000));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
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
    expect(installed().sheetNames).toEqual(["Sheet1", "Trước"]);
  });
});
