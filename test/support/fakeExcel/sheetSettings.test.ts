import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's sheet protection", () => {
  const installed = installedFakeForEachTest();

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
    expect(installed().sheet("Sheet1").cell("B2").value).toBe("được");
  });

  it("unprotects a sheet only with its password", async () => {
    const sheet = installed().sheet("Sheet1");
    sheet.protection = { protected: true, options: {}, password: "bí mật" };
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "BadPassword" });
    expect(sheet.protection.protected).toBe(true);
  });
});
