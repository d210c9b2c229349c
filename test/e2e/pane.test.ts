import { readFile } from "node:fs/promises";
import path from "node:path";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { BrowserContext, Page } from "playwright-core";
import { axeViolations, DIST, recordRequests, shot, E2E_STEP_MS, E2E_TEST_MS, withBrowser } from "./browser";
import { fakeExcelScript, type FakeExcelScriptOptions } from "./fakeExcelScript";
import { checkSources } from "../../src/domain/check/batch";
import { checkWorkbook } from "../../src/domain/check/checks";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { REPORT_SHEET } from "../../src/domain/report/districtReport";
import { rollUp } from "../../src/domain/rollup/rollup";
import { readWorkbookSnapshot, sourceFromRead } from "../../src/files/readXlsx";
import { demoFiles, DEMO_YEAR } from "../../src/page/outputs";
import { codeLabel } from "../../src/taskpane/codeLabels";
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
  look: Partial<Pick<FakeExcelScriptOptions, "officeTheme" | "displayLanguage">> & {
    forcedColors?: "active";
    colorScheme?: "dark" | "light";
  } = {},
): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await running.browser.newContext({
    locale: "vi-VN",
    viewport: { width: 420, height: 900 },
    // Fluent then shows a dialog at once: axe would otherwise measure its colours halfway through the fade.
    reducedMotion: "reduce",
    ...(look.forcedColors ? { forcedColors: look.forcedColors } : {}),
    ...(look.colorScheme ? { colorScheme: look.colorScheme } : {}),
  });
  context.setDefaultTimeout(E2E_STEP_MS);
  await context.route(`${OFFICE_CDN}**`, async (route) => {
    const file = path.join(DIST, "office-js", path.basename(new URL(route.request().url()).pathname));
    const body = await readFile(file, "utf8").catch(() => null);
    if (body === null) return route.fulfill({ status: 404 });
    const install = inExcel && file.endsWith("office.js") ? "\n;window.__dvcqInstallFakeExcel();" : "";
    return route.fulfill({ contentType: "text/javascript", body: body + install });
  });
  if (inExcel)
    await context.addInitScript(
      fakeExcelScript({
        displayLanguage: look.displayLanguage ?? "vi-VN",
        excelApi: "1.12",
        officeTheme: look.officeTheme ?? null,
      }),
    );
  const page = await context.newPage();
  const requests = recordRequests(page);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${running.server.origin}/taskpane.html`);
  return { context, page, requests, errors };
}

/** Waits for the pane's tabs; if they never come, says what the page reported. */
async function paneShown(page: Page, errors: readonly string[]): Promise<void> {
  try {
    await page.getByRole("tab", { name: "Mẫu biểu" }).waitFor();
  } catch (e) {
    const shown = await page
      .locator("body")
      .innerText()
      .catch(() => "?");
    throw new Error(
      `${String(e)}\npage errors: ${errors.join("; ")}\nthe page shows: ${shown.slice(0, 300)}`,
    );
  }
}

test(
  "in Excel: place a template, check it; what the clerk sees and what is in the workbook",
  async () => {
    const { context, page, requests, errors } = await openPane(true);
    await paneShown(page, errors);
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
      await page
        .getByRole("button", { name: new RegExp(`${codeLabel(f.rule, "vi") ?? f.rule} · ${f.cell}\\b`) })
        .waitFor();
    await shot(page, SHOTS, "2-checked");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.getByRole("button", { name: /^Tổng hợp báo cáo năm/ }).waitFor();
    await shot(page, SHOTS, "3-rollup-tab");
    expect(await axeViolations(page)).toEqual([]);

    await importAndRollUp(page);

    const offOrigin = requests.filter(
      (u) => !u.startsWith(`${running.server.origin}/`) && !u.startsWith(OFFICE_CDN),
    );
    expect(offOrigin).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  },
  E2E_TEST_MS,
);

/** The value of one of the Fluent theme's colours where the pane is drawn. */
function themeColour(page: Page, token: string): Promise<string> {
  return page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((el, name) => getComputedStyle(el).getPropertyValue(`--${name}`).trim(), token);
}

test(
  "Office's dark theme and the system's high contrast: the pane in Fluent's matching theme, still readable",
  async () => {
    const dark = await openPane(true, { officeTheme: { bodyBackgroundColor: "#262626", isDarkTheme: true } });
    await paneShown(dark.page, dark.errors);
    expect(await themeColour(dark.page, "colorNeutralBackground1")).toBe(
      webDarkTheme.colorNeutralBackground1,
    );
    // The theme's background reaches the pane's bottom edge.
    const box = await dark.page.locator(".fui-FluentProvider").first().boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(900);
    await shot(dark.page, SHOTS, "theme-dark");
    expect(await axeViolations(dark.page)).toEqual([]);
    await dark.context.close();

    // The system's high contrast, dark (Windows' High Contrast Black) and light, over Office's light theme.
    const errors = [...dark.errors];
    for (const [colorScheme, expected, name] of [
      ["dark", teamsHighContrastTheme, "theme-high-contrast-dark"],
      ["light", webLightTheme, "theme-high-contrast-light"],
    ] as const) {
      const contrast = await openPane(true, {
        officeTheme: { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false },
        forcedColors: "active",
        colorScheme,
      });
      await paneShown(contrast.page, contrast.errors);
      expect([colorScheme, await themeColour(contrast.page, "colorNeutralBackground1")]).toEqual([
        colorScheme,
        expected.colorNeutralBackground1,
      ]);
      await shot(contrast.page, SHOTS, name);
      expect(await axeViolations(contrast.page)).toEqual([]);
      errors.push(...contrast.errors);
      await contrast.context.close();
    }
    expect(errors).toEqual([]);
  },
  E2E_TEST_MS,
);

test(
  "Office in English: the pane in English (the browser's own language Vietnamese), switched to Vietnamese",
  async () => {
    const { context, page, errors } = await openPane(true, { displayLanguage: "en-US" });
    await page.getByRole("tab", { name: "Templates" }).waitFor();
    for (const name of ["Templates", "Checks", "Roll-up"])
      expect(await page.getByRole("tab", { name, exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
    await paneShown(page, errors);
    for (const name of ["Mẫu biểu", "Kiểm tra", "Tổng hợp"])
      expect(await page.getByRole("tab", { name, exact: true }).count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector("main")?.lang)).toBe("vi");
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

const FIXTURES = path.join(__dirname, "../fixtures");
const BROKEN = "not-a-workbook.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The filled cells of a sheet of the fake workbook, by A1 address. */
async function workbookCells(page: Page, sheet: string): Promise<Map<string, string | number | boolean>> {
  const entries = await page.evaluate((name) => {
    const fake = (
      window as unknown as {
        __dvcqFakeExcel: {
          sheet(n: string): { filledCells(): Map<string, { value: string | number | boolean }> };
        };
      }
    ).__dvcqFakeExcel;
    return [...fake.sheet(name).filledCells()].map(([ref, c]) => [ref, c.value] as const);
  }, sheet);
  return new Map(entries);
}

async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __dvcqFakeExcel: { sheetNames: string[] } }).__dvcqFakeExcel.sheetNames,
  );
}

/**
 * The district clerk's part: the demo inbox and a file that is no workbook imported (each second
 * report of a unit replaced by the newer), then rolled up; the figures the clerk is told and the
 * report sheet written are those of the domain's roll-up of the same files, computed here.
 */
async function importAndRollUp(page: Page): Promise<void> {
  const files = [
    ...(await demoFiles()),
    { name: BROKEN, bytes: new Uint8Array(await readFile(path.join(FIXTURES, BROKEN))) },
  ];
  const sources = await Promise.all(
    files.map(async (f) => sourceFromRead(f.name, await readWorkbookSnapshot(f.bytes))),
  );
  const checked = checkSources(sources, catalogue, registry, { expectedYear: DEMO_YEAR });
  const rollup = rollUp(catalogue, registry, DEMO_YEAR, checked.submissions, checked.findings);
  const received = rollup.units.filter((u) => u.kept !== null);
  // A second report of a unit asks the clerk: the unit that sent twice, and the unit whose blank
  // template the first test placed.
  const reports = new Map<string, number>([["XA-XUAN-HOA", 1]]);
  for (const s of checked.submissions) {
    const code = s.submission.unit?.code;
    if (code !== undefined) reports.set(code, (reports.get(code) ?? 0) + 1);
  }
  const seconds = [...reports.values()].reduce((n, count) => n + count - 1, 0);

  await page.getByRole("textbox", { name: /^Năm báo cáo/ }).fill(String(DEMO_YEAR));
  await page
    .getByTestId("import-file-input")
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX_TYPE, buffer: Buffer.from(f.bytes) })));
  const accepted = new Set(checked.submissions.map((s) => s.file)).size;
  const summary = page.getByText(/^Đã nhập \d+\/\d+ tệp;/);
  const dialog = page.getByRole("alertdialog");
  let asked = 0;
  for (;;) {
    await summary.or(dialog).first().waitFor();
    if (!(await dialog.isVisible())) break;
    // The import waits for the answer with its progress shown.
    await page.getByText(new RegExp(`^Đang nhập \\d+/${files.length}: `)).waitFor();
    if (asked === 0) await shot(page, SHOTS, "4-import-asks");
    if (asked === 0) expect(await axeViolations(page)).toEqual([]);
    const question = (await dialog.textContent()) ?? "";
    await dialog.getByRole("button", { name: "Thay bằng bản mới" }).click();
    // Gone, or the next unit's question in its place.
    await dialog.filter({ hasText: question }).waitFor({ state: "hidden" });
    asked++;
  }
  expect(asked).toBe(seconds);
  expect(await summary.textContent()).toMatch(new RegExp(`^Đã nhập ${accepted}/${files.length} tệp;`));
  const results = page.getByRole("table", { name: /^Kết quả nhập/ });
  expect(await results.getByRole("row").count()).toBe(files.length + 1);
  expect(await results.getByRole("row").filter({ hasText: BROKEN }).textContent()).toContain("Bị từ chối");
  await shot(page, SHOTS, "5-imported");
  const imported = await sheetNames(page);
  for (const u of received) expect(imported).toContain(`${u.unit.code} ${DEMO_YEAR}`);

  await page.getByRole("button", { name: `Tổng hợp báo cáo năm ${DEMO_YEAR}` }).click();
  const onTime = rollup.units.filter((u) => u.onTime === true).length;
  const outcome = page.getByText(
    `Đã nhận ${received.length}/${rollup.units.length} đơn vị, ${onTime} đúng hạn;`,
    { exact: false },
  );
  await outcome.waitFor();
  for (const u of rollup.units.filter((m) => m.kept === null))
    expect(await outcome.textContent()).toContain(u.unit.name);
  await shot(page, SHOTS, "6-rolled-up");
  expect(await axeViolations(page)).toEqual([]);

  const report = await workbookCells(page, REPORT_SHEET);
  const rowOf = new Map<string, number>();
  for (const [ref, value] of report)
    if (ref.startsWith("A") && typeof value === "string") rowOf.set(value, Number(ref.slice(1)));
  let compared = 0;
  for (const r of rollup.indicators) {
    const row = rowOf.get(r.indicator.code);
    if (row === undefined) throw new Error(`indicator ${r.indicator.code} is not on the report sheet`);
    const figure = r.value.all;
    if (typeof figure !== "number") continue;
    expect([r.indicator.code, report.get(`D${row}`)]).toEqual([r.indicator.code, figure]);
    compared++;
  }
  expect(compared).toBeGreaterThan(30);
}
