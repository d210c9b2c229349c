import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { DIST, launchChromium, missingPrerequisite, serveDist } from "../../test/e2e/browser";
import { fakeExcelScript } from "../../test/e2e/fakeExcelScript";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const RUNS = 5;

/** When the first <h1> is in the document: the app's first render (the HTML's boot text has none). */
const MARK_FIRST_RENDER = `(() => {
  const seen = () => {
    if (window.__dvcqFirstRender === undefined && document.querySelector("h1"))
      window.__dvcqFirstRender = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

interface Load {
  firstRenderMs: number;
  /** Our scripts the browser asked for before the first render, as served (minified). */
  scripts: string[];
}

/** One cold load (a fresh context: nothing cached) of a page of dist/, in Excel (fake) or not. */
async function load(browser: Browser, url: string, inExcel: boolean): Promise<Load> {
  const context = await browser.newContext({ locale: "vi-VN", viewport: { width: 420, height: 900 } });
  try {
    await context.route(`${OFFICE_CDN}**`, async (route) => {
      const file = path.join(DIST, "office-js", path.basename(new URL(route.request().url()).pathname));
      const install = inExcel && file.endsWith("office.js") ? "\n;window.__dvcqInstallFakeExcel();" : "";
      return route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") + install });
    });
    if (inExcel) await context.addInitScript(fakeExcelScript({ displayLanguage: "vi-VN" }));
    await context.addInitScript(MARK_FIRST_RENDER);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => (window as { __dvcqFirstRender?: number }).__dvcqFirstRender !== undefined,
    );
    return await page.evaluate((origin) => {
      const firstRenderMs = (window as unknown as { __dvcqFirstRender: number }).__dvcqFirstRender;
      // Names carry webpack's ?hash: the path says what was served.
      const scripts = performance
        .getEntriesByType("resource")
        .filter((e) => e.startTime < firstRenderMs && e.name.startsWith(`${origin}/`))
        .map((e) => new URL(e.name).pathname)
        .filter((file) => file.endsWith(".js"));
      return { firstRenderMs, scripts };
    }, new URL(url).origin);
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * First load and first render of the pane (in Excel: office.js from its local copy, the fake Excel
 * behind it) and of the page, in headless Chromium, written to DVCQ_BENCH_OUT for scripts/bench/browser.mjs.
 */
it("measures the pane's and the page's first load and first render in Chromium", async () => {
  const out = process.env["DVCQ_BENCH_OUT"];
  if (out === undefined) throw new Error("DVCQ_BENCH_OUT names the file the figures go to.");
  const missing = missingPrerequisite();
  if (missing !== null) throw new Error(missing);
  const [server, browser] = await Promise.all([serveDist(), launchChromium()]);
  try {
    const figures = [];
    for (const [name, file, inExcel] of [
      ["pane", "taskpane.html", true],
      ["page", "app.html", false],
    ] as const) {
      const loads: Load[] = [];
      for (let i = 0; i <= RUNS; i++) loads.push(await load(browser, `${server.origin}/${file}`, inExcel));
      // The first load also warms Chromium itself: not counted.
      const counted = loads.slice(1);
      const scripts = [...new Set(counted.flatMap((l) => l.scripts))].sort();
      const bytes = scripts.map((s) => readFileSync(path.join(DIST, s)));
      figures.push({
        name,
        scripts,
        minKB: bytes.reduce((n, b) => n + b.length, 0) / 1024,
        gzipKB: bytes.reduce((n, b) => n + gzipSync(b).length, 0) / 1024,
        firstRenderMs: median(counted.map((l) => l.firstRenderMs)),
      });
    }
    writeFileSync(out, JSON.stringify(figures));
    expect(figures.map((f) => f.scripts.length > 0)).toEqual([true, true]);
  } finally {
    await browser.close();
    await server.close();
  }
}, 600_000);
