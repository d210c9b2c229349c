import type { SourcedFinding } from "../../src/domain/check/batch";
import { FINDINGS_COLUMNS, FINDINGS_SHEET, findingsPlan } from "../../src/domain/report/findings";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { packSteps } from "../../src/excel/requestSize";
import { inGroups } from "../../src/excel/snapshot";
import { queueSheetPlan, sheetPlanSteps, type QueueOptions } from "../../src/excel/writePlan";
import { demoRollup } from "../support/demoRollup";
import { FakeExcel } from "../support/fakeExcel";
import { OfficeWire } from "../support/officeWire";

const OPTIONS: QueueOptions = {
  nameScope: "workbook",
  features: { freezePanes: true, pageLayout: true, indentLevel: true },
};
/** Under 4 MB as Office.js serialises it: the margin every request keeps under Excel on the web's 5 MB. */
const BUDGET = 4_000_000;

/** The roll-up's "Kết quả kiểm tra" with `count` findings: the demo inbox's, each to a cell of its own. */
function findingsOf(count: number): { plan: SheetPlan; findings: SourcedFinding[] } {
  const { rollup } = demoRollup();
  const demo = rollup.allFindings;
  const findings = Array.from({ length: count }, (_, i): SourcedFinding => {
    const like = demo[i % demo.length] as SourcedFinding;
    return { ...like, cell: `Z${i + 1}` };
  });
  return { plan: findingsPlan({ ...rollup, allFindings: findings }), findings };
}

/** Writes the plan on a new sheet behind the real client, in the given requests. */
function write(plan: SheetPlan, steps: "one request" | "sized"): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.add(plan.name);
    await context.sync();
    const sheet = (): Excel.Worksheet => context.workbook.worksheets.getItem(plan.name);
    if (steps === "one request") queueSheetPlan(sheet(), plan, OPTIONS);
    else
      // One sync per packed batch, as the roll-up writes.
      await inGroups(
        context,
        packSteps(sheetPlanSteps(sheet, plan, OPTIONS)),
        ([batch]) => {
          for (const step of batch ?? []) step.queue();
          return [];
        },
        1,
      );
    await context.sync();
  });
}

describe("the roll-up's findings sheet behind the real Office.js client", () => {
  let fake: FakeExcel;
  let wire: OfficeWire;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.9", sheets: ["Sheet1"] });
    wire = new OfficeWire(fake);
    wire.install();
  });
  afterEach(() => wire.uninstall());

  // About 650 bytes a finding as Office.js sends it: 7,500 are some 4.9 MB in one request.
  const COUNT = 7_500;

  it(`would take one request over 4 MB with ${COUNT} findings`, async () => {
    const { plan } = findingsOf(COUNT);
    await write(plan, "one request").catch(() => undefined);
    expect(wire.maxRequestBytes).toBeGreaterThan(BUDGET);
  }, 120_000);

  it(`is written in requests each under 4 MB, every one of ${COUNT} findings on its row`, async () => {
    const { plan, findings } = findingsOf(COUNT);
    await write(plan, "sized");

    expect(wire.requests.map((r) => r.error).filter((e) => e !== null)).toEqual([]);
    expect(wire.syncCount).toBeGreaterThan(2);
    expect(wire.maxRequestBytes).toBeLessThan(BUDGET);
    const sheet = fake.sheet(FINDINGS_SHEET);
    const column = (name: (typeof FINDINGS_COLUMNS)[number]): string =>
      String.fromCharCode(65 + FINDINGS_COLUMNS.indexOf(name));
    const rows = findings.map((_, i) => i + 2);
    expect(rows.map((row) => sheet.cell(`A${row}`).value)).toEqual(findings.map((_, i) => i + 1));
    expect(rows.map((row) => sheet.cell(`${column("Ô")}${row}`).value).sort()).toEqual(
      findings.map((f) => f.cell).sort(),
    );
    expect(sheet.tables.map((t) => ({ name: t.name, range: t.range }))).toEqual(
      plan.tables?.map((t) => ({ name: t.name, range: t.range })),
    );
  }, 120_000);
});
