import type { FeedbackOutcome } from "../../src/app/paneHost";
import { checkSources } from "../../src/domain/check/batch";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildFeedback } from "../../src/domain/letters";
import { rollUp } from "../../src/domain/rollup/rollup";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { writeFeedbackSheets } from "../../src/excel/feedbackActions";
import { THIS_WORKBOOK } from "../../src/excel/rollupActions";
import { RM } from "../../src/excel/rollupMessages";
import { FakeExcel } from "../support/fakeExcel";
import { catalogue, planSnapshot } from "../support/filled";
import { inboxPlans, lookOf, placeSheet } from "./workbooks";

const YEAR = 2024;
const registry = loadBuiltinRegistry();

/** The inbox as the import leaves it: one template sheet per file, a resent one beside the first. */
const plans: SheetPlan[] = inboxPlans(registry, YEAR);

/** What the file shell writes for the same sheets. */
const expected = (() => {
  const checked = checkSources(
    plans.map((p) => ({ name: THIS_WORKBOOK, workbook: planSnapshot(p) })),
    catalogue,
    registry,
    { expectedYear: YEAR },
  );
  return buildFeedback(
    rollUp(catalogue, registry, YEAR, checked.submissions, checked.findings),
    checked.findings,
    catalogue,
  );
})();

function values(plan: SheetPlan): Record<string, unknown> {
  return Object.fromEntries(
    plan.cells.filter((c) => c.value !== undefined).map((c) => [c.ref, c.value ?? ""]),
  );
}

describe("writeFeedbackSheets on the demo inbox", () => {
  let fake: FakeExcel;
  beforeEach(async () => {
    fake = new FakeExcel({ excelApi: "1.9", sheets: ["Ghi chú của tôi"] });
    fake.install();
    fake.sheet("Ghi chú của tôi").setCell("A1", "Gọi lại Xã Xuân Hiệp");
    for (const plan of plans) await placeSheet(fake, plan, "sheet");
  });
  afterEach(() => fake.uninstall());

  const run = (replaceChanged = false): Promise<FeedbackOutcome> =>
    writeFeedbackSheets({ year: YEAR, replaceChanged });

  it("writes a PH sheet per unit to fix with the file shell's phiếu, in 3 syncs (list, read, write), A4 portrait", async () => {
    expect(expected.length).toBeGreaterThan(1);
    expect(await run()).toEqual({
      status: "done",
      sheets: expected.map((l) => l.sheetName),
      units: expected.map((l) => l.unit.name),
    });
    for (const letter of expected) {
      const sheet = fake.sheet(letter.sheetName);
      const written = values(letter.plan);
      expect(Object.fromEntries(Object.keys(written).map((ref) => [ref, sheet.cell(ref).value]))).toEqual(
        written,
      );
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
    }
    expect(fake.syncCount).toBe(3);
  });

  it("re-run: unchanged phiếu replaced; an edited one only when asked; a clerk's sheet of the name never", async () => {
    await run();
    const name = expected[0]!.sheetName;
    const first = lookOf(fake.sheet(name));
    expect((await run()).status).toBe("done");
    expect(lookOf(fake.sheet(name))).toEqual(first);

    fake.sheet(name).setCell("A10", "Đã gọi điện nhắc ngày 20/10.");
    expect(await run()).toEqual({ status: "changed", sheets: [name] });
    expect(fake.sheet(name).cell("A10").value).toBe("Đã gọi điện nhắc ngày 20/10.");
    expect((await run(true)).status).toBe("done");
    expect(lookOf(fake.sheet(name))).toEqual(first);

    const own = lookOf(fake.sheet("Ghi chú của tôi"));
    fake.sheet(name).setCell("A6", "Sổ theo dõi của tôi");
    const before = lookOf(fake.sheet(name));
    expect(await run(true)).toEqual({ status: "failed", message: RM.foreignSheet(name) });
    expect(lookOf(fake.sheet(name))).toEqual(before);
    expect(lookOf(fake.sheet("Ghi chú của tôi"))).toEqual(own);
  });
});

test("a workbook without templates: nothing written", async () => {
  const fake = new FakeExcel({ excelApi: "1.9", sheets: ["Sheet1"] });
  fake.install();
  try {
    expect(await writeFeedbackSheets({ year: YEAR, replaceChanged: false })).toEqual({
      status: "noTemplate",
      message: RM.workbookWithoutTemplate,
    });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  } finally {
    fake.uninstall();
  }
});
