/**
 * The standalone page in Chromium: the sample inbox (2024) rolled up with last year's facts CSV
 * picked in "Số liệu năm trước", and the downloaded report holding "So với cùng kỳ".
 */
import { readFile } from "node:fs/promises";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import type { Source } from "../../src/domain/check/batch";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { Fact } from "../../src/domain/rollup/rollup";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { readWorkbookSnapshot, sourceFromRead } from "../../src/files/readXlsx";
import { checkInbox } from "../../src/page/checking";
import { workbookBytes } from "../../src/page/engine";
import { factsCsv, rollUpInbox } from "../../src/page/outputs";
import { axeViolations, E2E_STEP_MS, E2E_TEST_MS, withBrowser } from "./browser";

const running = withBrowser();

/** The 2023 demo inbox rolled up by the page's engine: its facts, and its CSV as the page downloads it. */
async function lastYear(): Promise<{ facts: readonly Fact[]; csv: string }> {
  const catalogue = loadBuiltinCatalogue(2023);
  const sources: Source[] = [];
  for (const file of demoInbox(catalogue, loadBuiltinRegistry(), 2023).files) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, 2023), {
      figures: file.figures,
      evidence: file.evidence,
    });
    sources.push(sourceFromRead(file.fileName, await readWorkbookSnapshot(await workbookBytes([plan]))));
  }
  const { rollup } = rollUpInbox(checkInbox(sources, 2023), 2023);
  return { facts: rollup.facts, csv: factsCsv(rollup) };
}

const sumOf = (facts: readonly Fact[], code: string): number =>
  facts
    .filter((f) => f.code === code && typeof f.value === "number")
    .reduce((a, f) => a + (f.value as number), 0);

test(
  "last year's CSV picked on the roll-up step: the compared line, and So với cùng kỳ in the downloaded report",
  async () => {
    const previous = await lastYear();
    const context = await running.browser.newContext({
      locale: "vi-VN",
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(E2E_STEP_MS);
    const page = await context.newPage();
    await page.goto(`${running.server.origin}/app.html`);
    await page.getByRole("button", { name: "Dùng bộ dữ liệu mẫu" }).click();
    await page.getByRole("table", { name: "Các tệp đã mở" }).waitFor({ timeout: 30_000 });

    await page
      .getByText("Báo cáo tổng hợp năm 2023 (.xlsx) hoặc tệp CSV số liệu do DVCQ lập", { exact: false })
      .waitFor();
    await page.getByLabel("Chọn tệp năm trước…").setInputFiles({
      name: "DVCQ_2023_DuLieu.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(previous.csv, "utf8"),
    });
    await page.getByText("Tệp năm trước: DVCQ_2023_DuLieu.csv").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Tổng hợp năm 2024" }).click();
    await page
      .getByText(
        /^So sánh với cùng kỳ năm 2023: số liệu của \d+ đơn vị năm 2023 tính cho \d+\/30 đơn vị năm 2024/,
      )
      .waitFor();

    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^Tải báo cáo tổng hợp/ }).click(),
    ]);
    const read = await readWorkbookSnapshot(new Uint8Array(await readFile(await report.path())));
    if (!read.ok) throw new Error(`the downloaded report does not read: ${read.message.en}`);
    const sheet = read.workbook.sheets.find((s) => s.name === "So với cùng kỳ");
    if (sheet === undefined) throw new Error("the report has no “So với cùng kỳ” sheet");
    const row = [...sheet.cells].find(([ref, c]) => /^A\d+$/.test(ref) && c.value === "1.1")?.[0].slice(1);
    // The sample inbox's units are 2023's: last year's whole is the sum of every unit's 1.1 of 2023.
    const then = sumOf(previous.facts, "1.1");
    expect(then).toBeGreaterThan(0);
    expect(sheet.cells.get(`E${row}`)?.value).toBe(then);

    // Removing the file hides the comparison: the roll-up shown is of what is on the page now.
    await page.getByRole("button", { name: "Bỏ tệp năm trước" }).click();
    expect(await page.getByText(/^So sánh với cùng kỳ/).count()).toBe(0);
    await context.close();
  },
  E2E_TEST_MS,
);
