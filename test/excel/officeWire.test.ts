import { FakeExcel } from "../support/fakeExcel";
import { OfficeWire } from "../support/officeWire";

describe("the real Office.js client in front of the fake", () => {
  let fake: FakeExcel;
  let wire: OfficeWire;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    wire = new OfficeWire(fake);
    wire.install();
  });
  afterEach(() => wire.uninstall());

  it("writes, reads back and counts the request as Office.js serialises it", async () => {
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Mới");
      const range = sheet.getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["- UBND", "02"]];
      await context.sync();
      const back = sheet.getRange("A1:B1").load("values");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return { values: back.values, names: sheets.items.map((s) => s.name) };
    });
    expect(read).toEqual({ values: [["- UBND", "02"]], names: ["Sheet1", "Mới"] });
    expect(fake.sheet("Mới").cell("A1")).toMatchObject({ kind: "text", value: "- UBND" });
    expect(wire.syncs.map((r) => r.error)).toEqual([null, null]);
    expect(wire.requests[0]?.bytes).toBe(Buffer.byteLength(JSON.stringify(wire.requests[0]?.body)));
  });
});
