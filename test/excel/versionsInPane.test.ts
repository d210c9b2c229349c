/**
 * Template version 2 in the Excel pane: placing follows the report year, and a 2025 roll-up over a
 * unit's version 1 sheet and another's version 2 sheet writes the models and text block annexes.
 */
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan, templateSheetName } from "../../src/domain/layout/template";
import { isoToExcelSerial } from "../../src/domain/period";
import { MODELS_ANNEX_SHEET, ROLLUP_SHEETS, TEXTS_ANNEX_SHEET } from "../../src/domain/report";
import type { RollupOutcome } from "../../src/app/paneHost";
import { ANNEX_SHEETS, REPLACED_SHEETS, rollUpWorkbook } from "../../src/excel/rollupActions";
import { createExcelActions } from "../../src/excel/templateActions";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { checkWorkbook } from "../../src/domain/check/checks";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { FakeExcel } from "../support/fakeExcel";
import { CLEAN_COMMUNE, unit } from "../support/filled";
import { placeSheet } from "./workbooks";

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel({ sheets: ["Sheet1"] });
  fake.install();
});
afterEach(() => fake.uninstall());

function done(outcome: RollupOutcome): Extract<RollupOutcome, { status: "done" }> {
  if (outcome.status !== "done") throw new Error(`not done: ${JSON.stringify(outcome)}`);
  return outcome;
}

test("placing a 2025 template writes version 2 (the models list and text blocks); 2024 stays version 1", async () => {
  const actions = createExcelActions();
  for (const [year, id] of [
    [2025, "DVCQ-CT03/2"],
    [2024, "DVCQ-CT03/1"],
  ] as const) {
    const outcome = await actions.placeTemplate({ year, unitCode: "XA-XUAN-HOA", ifExists: "ask" });
    expect(outcome.status).toBe("placed");
    expect(fake.sheet(templateSheetName("XA-XUAN-HOA", year)).cell("F10").value).toBe(id);
  }
  expect(fake.sheetNames).toEqual(["Sheet1", "XA-XUAN-HOA 2025", "XA-XUAN-HOA 2024"]);
});

test("a 2025 roll-up of a version 1 and a version 2 sheet writes both annexes after the draft; a 2024 one deletes them", async () => {
  const sent = isoToExcelSerial("2025-10-08");
  const v1 = buildTemplatePlan(loadBuiltinCatalogue(2024), unit("XA-XUAN-HOA"), 2025);
  const v2 = buildTemplatePlan(loadBuiltinCatalogue(2025), unit("XA-BAO-HOA"), 2025);
  await placeSheet(fake, fillPlan(v1, { figures: { ...CLEAN_COMMUNE, "7.1": sent } }), "sheet");
  await placeSheet(
    fake,
    fillPlan(v2, {
      figures: { ...CLEAN_COMMUNE, "7.1": sent },
      lists: { MH: [["Dân vận khéo trong cải cách hành chính", "Mô hình", "Cấp xã", "Kinh tế", 2025]] },
      texts: { "1": "Hoàn thành 100% kế hoạch." },
    }),
    "sheet",
  );

  const outcome = done(await rollUpWorkbook({ year: 2025 }));
  const narrative = REPLACED_SHEETS.indexOf(ROLLUP_SHEETS.narrative) + 1;
  expect(outcome.sheets).toEqual([
    ...REPLACED_SHEETS.slice(0, narrative),
    ...ANNEX_SHEETS,
    ...REPLACED_SHEETS.slice(narrative),
  ]);
  const models = fake.sheet(MODELS_ANNEX_SHEET);
  expect([models.cell("B5").value, models.cell("C5").value]).toEqual([
    "Xã Bảo Hòa",
    "Dân vận khéo trong cải cách hành chính",
  ]);
  expect(models.cell("A7").value).toBe("Báo cáo theo mẫu chưa có danh sách này (mẫu cũ): Xã Xuân Hòa.");
  const texts = fake.sheet(TEXTS_ANNEX_SHEET);
  expect([texts.cell("B6").value, texts.cell("C6").value]).toEqual([
    "Xã Bảo Hòa",
    "Hoàn thành 100% kế hoạch.",
  ]);

  // Then the 2024 roll-up (version 1): the earlier annexes go with the earlier report, none is written.
  const old = buildTemplatePlan(loadBuiltinCatalogue(2024), unit("XA-XUAN-HOA"), 2024);
  await placeSheet(fake, fillPlan(old, { figures: CLEAN_COMMUNE }), "sheet");
  expect(done(await rollUpWorkbook({ year: 2024 })).sheets).toEqual(REPLACED_SHEETS);
  expect(fake.sheetNames.filter((name) => ANNEX_SHEETS.includes(name))).toEqual([]);
});

describe("Chuẩn bị gửi rebuilds a sheet in the version it was written in", () => {
  const actions = createExcelActions(undefined, () => new Date(2025, 9, 10, 9, 30));
  async function sent(): Promise<ReturnType<typeof checkWorkbook>> {
    const outcome = await actions.prepareToSend({ sendDate: "leaveBlank" });
    expect(outcome.status).toBe("ready");
    const bytes = new Uint8Array(Buffer.from(fake.createdWorkbooks.at(-1) as string, "base64"));
    const read = await readWorkbookSnapshot(bytes);
    if (!read.ok) throw new Error(read.detail);
    return checkWorkbook(read.workbook, loadBuiltinCatalogue(2025), loadBuiltinRegistry());
  }

  test("a unit still on version 1 in 2025 sends version 1, not a version 2 file with an empty list", async () => {
    const v1 = buildTemplatePlan(loadBuiltinCatalogue(2024), unit("XA-XUAN-HOA"), 2025);
    await placeSheet(fake, fillPlan(v1, { figures: CLEAN_COMMUNE }));
    const { submissions, findings } = await sent();
    expect(submissions[0]?.templateId).toBe("DVCQ-CT03/1");
    expect(findings.filter((f) => f.rule === "R24")).toEqual([]);
  });

  test("a version 2 sheet whose list grew to twelve models sends all twelve", async () => {
    const v2 = buildTemplatePlan(loadBuiltinCatalogue(2025), unit("XA-XUAN-HOA"), 2025);
    const models = Array.from({ length: 12 }, (_, i) => [
      `Mô hình số ${i + 1}`,
      "Mô hình",
      "Cấp xã",
      "Kinh tế",
      2025,
    ]);
    await placeSheet(fake, fillPlan(v2, { figures: CLEAN_COMMUNE, lists: { MH: models } }));
    const { submissions } = await sent();
    expect(submissions[0]?.templateId).toBe("DVCQ-CT03/2");
    expect(submissions[0]?.lists?.get("MH")?.map((r) => r.values["name"])).toEqual(models.map((m) => m[0]));
  });
});
