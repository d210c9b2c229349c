// `npm run bench [-- --json FILE] [-- --skip-excel] [-- --sizes 30,300]`: DVCQ's speed and size
// figures, each with its budget where it has one, as one table (and, with --json, the rows of
// shared/contract.md §3). Prints and asserts nothing: speed targets are read from these figures,
// not from timed tests. The check and roll-up run over 30, 300 and 3,000 generated unit workbooks
// unless --sizes names fewer (3,000 takes some minutes, and about a minute more the first time,
// when its inbox is generated into .tmp).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { run as limitFigures } from "./bench/limits.mjs";
import { run as excelFigures } from "./bench/excel.mjs";
import { run as browserFigures } from "./bench/browser.mjs";
import { DEFAULT_SIZES, run as fileFigures } from "./bench/files.mjs";
import { benchRow } from "./bench/row.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.join(root, "dist-cli");
const { loadBuiltinCatalogue } = require(`${dist}/domain/catalogue/builtin.js`);
const { loadBuiltinRegistry } = require(`${dist}/domain/units/builtin.js`);
const { findUnitByCode } = require(`${dist}/domain/units/registry.js`);
const { buildTemplatePlan } = require(`${dist}/domain/layout/template.js`);
const { fillPlan } = require(`${dist}/domain/layout/filled.js`);
const { demoInbox } = require(`${dist}/domain/demo/inbox.js`);
const { checkWorkbook } = require(`${dist}/domain/check/checks.js`);
const { writeWorkbook } = require(`${dist}/files/writeXlsx.js`);
const { readWorkbookSnapshot } = require(`${dist}/files/readXlsx.js`);
const { main } = require(`${dist}/cli/main.js`);

const args = process.argv.slice(2);
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const sizesAt = args.indexOf("--sizes");
const sizes = sizesAt >= 0 ? args[sizesAt + 1].split(",").map(Number) : DEFAULT_SIZES;
const rows = [];
/** The README's test command, as issue 12 holds it: under six minutes on this machine. */
const TEST_BUDGET_SECONDS = 360;

function row(...args) {
  rows.push(benchRow(...args));
}

async function median(runs, task) {
  await task();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();
const unit = findUnitByCode(registry, "XA-XUAN-HOA");
const file = demoInbox(catalogue, registry, 2024).files.find((f) => f.unit.code === "XA-XUAN-HOA");
const plan = fillPlan(buildTemplatePlan(catalogue, unit, 2024), {
  figures: file.figures,
  evidence: file.evidence,
});
const bytes = await writeWorkbook([{ plan, nameScope: "workbook" }]);
const read = await readWorkbookSnapshot(bytes);

console.error(`DVCQ benchmark, Node ${process.version}, ${os.cpus().length} cores`);
row("domain.templatePlanMs", 1, await median(50, () => buildTemplatePlan(catalogue, unit, 2024)), "ms");
row(
  "files.writeTemplateMs",
  1,
  await median(20, () => writeWorkbook([{ plan, nameScope: "workbook" }])),
  "ms",
);
row("files.readTemplateMs", 1, await median(20, () => readWorkbookSnapshot(bytes)), "ms");
row("domain.checkMs", 1, await median(50, () => checkWorkbook(read.workbook, catalogue, registry)), "ms");

/** Median wall time of a fresh process, as a clerk's command runs. */
function spawned(command, commandArgs, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(command, commandArgs, { cwd: root, encoding: "utf8" });
    times.push(performance.now() - started);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${commandArgs.join(" ")}: ${r.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
const bin = path.join(root, "bin/dvcq.js");
const out = mkdtempSync(path.join(os.tmpdir(), "dvcq-bench-"));
try {
  const oneFile = path.join(out, "one.xlsx");
  writeFileSync(oneFile, bytes);
  row("node.bareMs", 1, spawned(process.execPath, ["-e", "0"]), "ms");
  row("cli.startupMs", 1, spawned(process.execPath, [bin, "--version"]), "ms", 300);
  row("cli.checkOneMs", 1, spawned(process.execPath, [bin, "check", oneFile]), "ms", 300);
  // npx starts npm first, which takes most of it; a clerk's installed `dvcq` runs node directly.
  row("cli.npxCheckOneMs", 1, spawned("npx", ["--no-install", "dvcq", "check", oneFile], 3), "ms");

  const quiet = { stdout: () => {}, stderr: () => {}, cwd: out };
  row(
    "cli.templateAllMs",
    30,
    await median(3, () => main(["template", "--year", "2024", "--all", "--out", "all", "--force"], quiet)),
    "ms",
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}

rows.push(...(await fileFigures({ sizes })));

rows.push(...(await browserFigures()));

rows.push(...(await limitFigures()));
if (!args.includes("--skip-excel")) rows.push(...(await excelFigures()));

// The README's test command records its own time when it ends (scripts/test.sh); running it here
// would add six minutes to every bench.
const testTime = path.join(root, ".tmp/test-time.json");
if (existsSync(testTime)) {
  const last = JSON.parse(readFileSync(testTime, "utf8"));
  console.error(`  test.seconds: the last \`npm test\` here, at ${last.commit} (exit ${last.status})`);
  row("test.seconds", 1, last.seconds, "s", TEST_BUDGET_SECONDS, 0);
} else console.error("  test.seconds: not measured yet: run `npm test` once, then the bench");

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(
  `${"measure".padEnd(width)}  ${"size".padStart(6)}  ${"value".padStart(12)}  ${"budget".padStart(10)}  holds`,
);
for (const r of rows) {
  console.log(
    `${r.measure.padEnd(width)}  ${String(r.size).padStart(6)}  ${`${r.value} ${r.unit}`.padStart(12)}  ${String(r.budget ?? "—").padStart(10)}  ${r.budget === null ? "" : r.holds ? "yes" : "NO"}`,
  );
}
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(rows, null, 2)}\n`);
