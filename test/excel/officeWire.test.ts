import { FakeExcel } from "../support/fakeExcel";
import { OfficeWire, PAYLOAD_LIMIT } from "../support/officeWire";

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

describe("Excel.run's release of the ranges it kept", () => {
  /** Over 5 MB takes some 45,000 kept ranges; a tenth of the limit shows the same with 5,000. */
  const LIMIT = PAYLOAD_LIMIT / 10;
  let wire: OfficeWire;
  beforeEach(() => {
    wire = new OfficeWire(new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] }), "web-16.00", LIMIT);
    wire.install();
  });
  afterEach(() => wire.uninstall());

  /** Writes `ranges` cells, each through its own range, `perSync` to a request. */
  const writeCells = (ranges: number, perSync: number): Promise<void> =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let row = 1; row <= ranges; row++) {
        sheet.getRange(`A${row}`).values = [[row]];
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a request per `perSync` ranges, as asked
        if (row % perSync === 0) await context.sync();
      }
    });

  it("goes under the same limit as every other request: 5,000 kept ranges, each sync under it, the release over", async () => {
    await writeCells(5_000, 1_000);
    const releases = wire.requests.filter((r) => r.cleanup);
    expect(wire.syncs.map((r) => r.error)).toEqual(Array(5).fill(null));
    expect(wire.syncs.every((r) => r.bytes < LIMIT)).toBe(true);
    expect(releases).toHaveLength(1);
    expect(releases[0]?.body.Actions.filter((a) => a.Name === "_RemoveReference")).toHaveLength(5_000);
    expect(releases[0]?.bytes).toBe(Buffer.byteLength(JSON.stringify(releases[0]?.body)));
    expect(releases[0]?.bytes).toBeGreaterThan(LIMIT);
    expect(releases[0]?.error).toBe("RequestPayloadSizeLimitExceeded");
    expect(wire.releaseBytes).toBe(releases[0]?.bytes);
    expect(wire.maxRequestBytes).toBe(releases[0]?.bytes);
  });

  it("is counted when it fits: 100 kept ranges, one release naming each", async () => {
    await writeCells(100, 100);
    const [release] = wire.requests.filter((r) => r.cleanup);
    expect(release?.error).toBeNull();
    expect(release?.body.Actions.filter((a) => a.Name === "_RemoveReference")).toHaveLength(100);
    expect(wire.releaseBytes).toBe(release?.bytes);
  });
});
