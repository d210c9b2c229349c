import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("the fake's worksheets", () => {
  const installed = installedFakeForEachTest();

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
    expect(installed().sheetNames).toEqual(["Sheet1"]);
  });
});
