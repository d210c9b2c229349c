import { createExcelActions } from "../../src/excel/templateActions";
import type { CheckOutcome } from "../../src/app/paneHost";
import { FakeExcel } from "../support/fakeExcel";
import { tenMistakesFigures } from "../support/fixtures";
import { OfficeWire } from "../support/officeWire";
import { filledXuanHoa, lookOf, placeSheet } from "./workbooks";

/** Marks written and removed through Microsoft's own client: addressing and sizes are Office.js's. */
describe("marks behind the real Office.js client", () => {
  let fake: FakeExcel;
  let wire: OfficeWire;
  const actions = createExcelActions();
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8", sheets: ["Sheet1"] });
    wire = new OfficeWire(fake);
    wire.install();
  });
  afterEach(() => wire.uninstall());

  function marked(outcome: CheckOutcome): number {
    if (outcome.status !== "checked") throw new Error(`not checked: ${JSON.stringify(outcome)}`);
    return outcome.marked;
  }

  it("'Xóa đánh dấu' removes the marks by id and leaves the template's own conditional formats byte for byte", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    const own = JSON.stringify(sheet.conditionalFormats);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
    const before = lookOf(sheet);
    expect(marked(await actions.checkSheets({ scope: "activeSheet", mark: true }))).toBeGreaterThan(1);

    const outcome = await actions.clearMarks();

    expect(outcome.status).toBe("done");
    expect(JSON.stringify(sheet.conditionalFormats)).toBe(own);
    expect(lookOf(sheet)).toEqual(before);
    const deletes = wire.syncs
      .flatMap((r) =>
        r.body.Actions.filter((a) => a.Name === "Delete").map((a) => r.body.ObjectPaths[a.ObjectPathId]),
      )
      .map((p) => p?.Name);
    expect(deletes.length).toBeGreaterThan(1);
    expect(deletes.every((name) => name !== "GetItemAt")).toBe(true);
  });

  it("replaces an earlier check's marks without touching the template's own rules", async () => {
    const { figures, evidence } = tenMistakesFigures();
    const sheet = await placeSheet(fake, filledXuanHoa(figures, evidence).plan);
    const own = sheet.conditionalFormats.map((cf) => JSON.stringify(cf));
    const first = marked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    const second = marked(await actions.checkSheets({ scope: "activeSheet", mark: true }));

    expect(second).toBe(first);
    const now = sheet.conditionalFormats.map((cf) => JSON.stringify(cf));
    expect(now.filter((cf) => !cf.includes("DVCQ-mark"))).toEqual(own);
    expect(now.filter((cf) => cf.includes("DVCQ-mark"))).toHaveLength(second);
  });
});
