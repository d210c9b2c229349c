import { installedFakeForEachTest } from "./contractFake";

/** The fake is only worth its tests if it refuses what Excel refuses; these pin that down. */
describe("text typed into a cell of the fake", () => {
  const installed = installedFakeForEachTest();

  it("types text into a General cell as Excel does: numbers, dates and formulas", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1").values = [
        ["02", "1.234", "01/10/2024", "=1+1", "- UBND tỉnh Đồng Nai;"],
      ];
    });
    const sheet = installed().sheet("Sheet1");
    expect(sheet.cell("A1")).toMatchObject({ kind: "number", value: 2 });
    expect(sheet.cell("B1")).toMatchObject({ kind: "number", value: 1.234 });
    expect(sheet.cell("C1")).toMatchObject({ kind: "number", value: 45301, numberFormat: "m/d/yyyy" });
    expect(sheet.cell("D1")).toMatchObject({ kind: "formula", formula: "=1+1" });
    expect(sheet.cell("E1")).toMatchObject({ kind: "error", value: "#NAME?" });
  });
});
