/** Template version 2 in the standalone page's engine: the same calls as the command line, bytes in and out. */
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { isoToExcelSerial } from "../../src/domain/period";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import { MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET } from "../../src/domain/report";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { checkInbox } from "../../src/page/checking";
import { templateBytes } from "../../src/page/engine";
import { districtReportBytes, rollUpInbox } from "../../src/page/outputs";
import { CLEAN_COMMUNE, unit } from "../support/filled";

async function snapshotOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  return read.workbook;
}

const templateIdOf = (workbook: WorkbookSnapshot): unknown => workbook.sheets[0]?.cells.get("F10")?.value;

test("the page's template follows the report year: version 2 for 2025, version 1 for 2024", async () => {
  expect(templateIdOf(await snapshotOf(await templateBytes(unit("XA-XUAN-HOA"), 2025)))).toBe("DVCQ-CT03/2");
  expect(templateIdOf(await snapshotOf(await templateBytes(unit("XA-XUAN-HOA"), 2024)))).toBe("DVCQ-CT03/1");
});

test("a 2025 inbox of a version 1 and a version 2 report: checked each by its version, the district workbook with both annexes", async () => {
  const sent = { ...CLEAN_COMMUNE, "7.1": isoToExcelSerial("2025-10-08") };
  const file = async (code: string, templateYear: number, lists = {}) => {
    const layout = buildTemplatePlan(loadBuiltinCatalogue(templateYear), unit(code), 2025);
    const bytes = await writeWorkbook([
      { plan: fillPlan(layout, { figures: sent, lists }), nameScope: "workbook" },
    ]);
    return { name: `DVCQ_2025_${code}.xlsx`, workbook: await snapshotOf(bytes) };
  };
  const model = ["Dân vận khéo trong cải cách hành chính", "Mô hình", "Cấp xã", "Kinh tế", 2025];
  const checked = checkInbox(
    [await file("XA-XUAN-HOA", 2024), await file("XA-BAO-HOA", 2025, { MH: [model] })],
    2025,
  );
  const rules = (name: string): string[] =>
    checked.findings.filter((f) => f.file === name && /LISTS|VERSION/.test(f.rule)).map((f) => f.rule);
  expect(rules("DVCQ_2025_XA-XUAN-HOA.xlsx")).toEqual(["LISTS_NOT_IN_VERSION"]);
  expect(rules("DVCQ_2025_XA-BAO-HOA.xlsx")).toEqual([]);

  const report = await snapshotOf(await districtReportBytes(rollUpInbox(checked, 2025).rollup));
  const names = report.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining([MODELS_ANNEX_SHEET, TEXTS_ANNEX_SHEET]));
  const models = [...(report.sheets.find((s) => s.name === MODELS_ANNEX_SHEET)?.cells.values() ?? [])];
  expect(models.map((c) => c.value)).toContain(model[0]);
});
