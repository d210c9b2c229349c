import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { axeViolations, DIST, recordRequests, shot, E2E_STEP_MS, E2E_TEST_MS, withBrowser } from "./browser";
import { fakeExcelScript } from "./fakeExcelScript";
import { checkWorkbook } from "../../src/domain/check/checks";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { catalogue, planSnapshot, registry, unit } from "../support/filled";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const SHOTS = "pane";

const running = withBrowser();

/**
 * The built pane as Excel hosts it: Office.js's CDN answered from the copy in dist/office-js, the
 * fake Excel defined before the page runs and installed as soon as office.js has run.
 */
async function openPane(
  inExcel: boolean,
): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await running.browser.newContext({
    locale: "vi-VN",
    viewport: { width: 420, height: 900 },
  });
  context.setDefaultTimeout(E2E_STEP_MS);
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const file = path.join(DIST, "office-js", path.basename(new URL(route.request().url()).pathname));
    const body = await readFile(file, "utf8").catch(() => null);
    if (body === null) return route.fulfill({ status: 404 });
    const install = inExcel && file.endsWith("office.js") ? "\n;window.__dvcqInstallFakeExcel();" : "";
    return route.fulfill({ contentType: "text/javascript", body: body + install });
  });
  if (inExcel) await context.addInitScript(fakeExcelScript({ displayLanguage: "vi-VN" }));
  const page = await context.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${running.server.origin}/taskpane.html`);
  return { context, page, requests, errors };
}

test(
  "in Excel: place a template, check it; what the clerk sees and what is in the workbook",
  async () => {
    const { context, page, requests, errors } = await openPane(true);
    await page.getByRole("tab", { name: "Mẫu biểu" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("textbox", { name: /^Năm báo cáo/ }).fill("2024");
    await page.getByRole("combobox", { name: /^Đơn vị/ }).fill("Xã Xuân Hòa");
    await page.getByRole("button", { name: "Đặt mẫu biểu" }).click();
    await page.getByText("Đã đặt mẫu cho Xã Xuân Hòa, năm 2024 vào trang XA-XUAN-HOA 2024,").waitFor();
    await shot(page, SHOTS, "1-template-placed");
    const workbook = await page.evaluate(() => {
      const fake = (
        window as unknown as { __dvcqFakeExcel: { sheetNames: string[]; activeSheetName: string } }
      ).__dvcqFakeExcel;
      return { sheets: fake.sheetNames, active: fake.activeSheetName };
    });
    expect(workbook).toEqual({ sheets: ["Sheet1", "XA-XUAN-HOA 2024"], active: "XA-XUAN-HOA 2024" });

    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kiểm tra trang này" }).click();
    // What a check of the untouched template finds, computed here from the template itself.
    const blank = checkWorkbook(
      planSnapshot(buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), 2024).plan),
      catalogue,
      registry,
    ).findings;
    const blankErrors = blank.filter((f) => f.severity === "error").length;
    expect(blankErrors).toBeGreaterThan(0);
    await page
      .getByText(`${blankErrors} lỗi, ${blank.length - blankErrors} cảnh báo trên 1 trang.`)
      .waitFor();
    await page.getByRole("heading", { name: "Xã Xuân Hòa (XA-XUAN-HOA), năm 2024" }).waitFor();
    for (const f of blank.filter((b) => b.cell !== null))
      await page.getByRole("button", { name: new RegExp(`${f.rule} · ${f.cell}\\b`) }).waitFor();
    await shot(page, SHOTS, "2-checked");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: /^Tổng hợp báo cáo năm/ }).waitFor();
    await shot(page, SHOTS, "3-rollup-tab");
    expect(await axeViolations(page)).toEqual([]);

    const offOrigin = requests.filter(
      (u) => !u.startsWith(`${running.server.origin}/`) && !u.startsWith(OFFICE_CDN),
    );
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  },
  E2E_TEST_MS,
);

test(
  "outside Excel the add-in page offers the standalone page, which opens",
  async () => {
    const { context, page, errors } = await openPane(false);
    await page.getByText("DVCQ cần chạy trong Excel").waitFor();
    await shot(page, SHOTS, "0-outside-excel");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Mở trang DVCQ không cần Excel" }).click();
    await page.getByRole("heading", { name: "DVCQ — không cần Excel" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  },
  E2E_TEST_MS,
);
