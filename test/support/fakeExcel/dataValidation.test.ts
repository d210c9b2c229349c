import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's data validation", () => {
  installedFakeForEachTest();

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
});
