// The pane's and the page's first load (our JavaScript fetched before the first render, minified and
// gzip) and time to first render in headless Chromium, measured on the production build in dist/
// (`npm run build`) by scripts/bench/firstRender.bench.ts, through jest as it is TypeScript.
import { existsSync } from "node:fs";
import path from "node:path";
import { figuresFromJest } from "./jestFigures.mjs";
import { benchRow } from "./row.mjs";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");
const dist = process.env.DVCQ_TEST_DIST ?? path.join(root, "dist");
/** The pane's and the page's first-load JavaScript at most 200 KB gzip each (issues 11 and 12). */
const BUDGET_GZIP_KB = { pane: 200, page: 200 };

export async function run() {
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    console.error(`bench: no ${dist}/taskpane.html: run \`npm run build\` for the pane and page figures.`);
    return [];
  }
  const figures = figuresFromJest("jest.browser.config.cjs", "browser", { DVCQ_TEST_DIST: dist });
  const row = (measure, value, unit, budget = null) => benchRow(measure, 1, value, unit, budget, 1);
  return figures.flatMap((f) => [
    row(`${f.name}.firstLoadKB`, f.minKB, "KB"),
    row(`${f.name}.firstLoadGzipKB`, f.gzipKB, "KB", BUDGET_GZIP_KB[f.name]),
    row(`${f.name}.firstRenderMs`, f.firstRenderMs, "ms"),
  ]);
}
