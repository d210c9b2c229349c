import { createHash } from "node:crypto";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { importWorkbooks } from "../../src/excel/importActions";
import { rollUpWorkbook } from "../../src/excel/rollupActions";
import type { ImportFile } from "../../src/app/paneHost";
import { FakeExcel } from "../support/fakeExcel";
import { catalogue } from "../support/filled";
import { readFixture } from "../support/fixtures";
import { lookOf, placeSheet } from "./workbooks";

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** A good report, one with mistakes, the same good report again, and files that cannot be used. */
const INBOX = [
  "template-clean.xlsx",
  "template-ten-mistakes.xlsx",
  "truncated.xlsx",
  "password.xlsx",
  "not-a-workbook.xlsx",
  "template-clean.xlsx",
];

describe.each(["1.12", "1.13"])("import on ExcelApi %s", (excelApi) => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi, sheets: ["Sheet1"] });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it.each(["keepExisting", "replace"] as const)(
    "leaves every file's bytes as they came, whichever copy the clerk keeps (%s)",
    async (choice) => {
      const files: ImportFile[] = INBOX.map((name) => ({ name, bytes: readFixture(name) }));
      const before = files.map((f) => sha256(f.bytes));
      const outcome = await importWorkbooks(
        files,
        {
          onProgress: () => {},
          isCancelled: () => false,
          chooseDuplicate: () => Promise.resolve(choice),
        },
        { now: () => new Date(2024, 9, 10, 9, 30), isSetSupported: (s, v) => fake.isSetSupported(s, v) },
      );
      expect(outcome.status).toBe("done");
      expect(files.map((f) => sha256(f.bytes))).toEqual(before);
      expect(INBOX.map((name) => sha256(readFixture(name)))).toEqual(before);
    },
  );
});

describe("roll-up in Excel", () => {
  const registry = loadBuiltinRegistry();
  const plans = demoInbox(catalogue, registry, 2024)
    .files.slice(0, 5)
    .map((f) =>
      fillPlan(buildTemplatePlan(catalogue, f.unit, 2024), { figures: f.figures, evidence: f.evidence }),
    );
  let fake: FakeExcel;
  beforeEach(() => {
    fake = new FakeExcel({ excelApi: "1.8" });
    fake.install();
  });
  afterEach(() => fake.uninstall());

  it("changes no unit's sheet: every value, format, conditional format and protection as before", async () => {
    for (const plan of plans) await placeSheet(fake, plan, "sheet");
    const before = plans.map((p) => lookOf(fake.sheet(p.name)));
    const outcome = await rollUpWorkbook({ year: 2024 });
    expect(outcome.status).toBe("done");
    expect(plans.map((p) => lookOf(fake.sheet(p.name)))).toEqual(before);
  });
});
