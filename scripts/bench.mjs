// Speed figures of the command-line and domain paths (`npm run bench`). Prints, asserts nothing:
// speed targets are read from these figures, not from timed tests.
import { createRequire } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../dist-cli");
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

const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();
const unit = findUnitByCode(registry, "XA-XUAN-HOA");
const file = demoInbox(catalogue, registry, 2024).files.find((f) => f.unit.code === "XA-XUAN-HOA");

async function measure(label, runs, task) {
  await task();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label.padEnd(48)} median ${median.toFixed(2).padStart(8)} ms   max ${times[times.length - 1].toFixed(2).padStart(8)} ms   (${runs} runs)`,
  );
}

const plan = fillPlan(buildTemplatePlan(catalogue, unit, 2024), {
  figures: file.figures,
  evidence: file.evidence,
});
const bytes = await writeWorkbook([{ plan, nameScope: "workbook" }]);
const read = await readWorkbookSnapshot(bytes);

console.log(`DVCQ benchmark, Node ${process.version}, ${os.cpus().length} cores`);
await measure("layout: one commune template plan", 50, () => buildTemplatePlan(catalogue, unit, 2024));
await measure("files: write one filled template (.xlsx)", 20, () =>
  writeWorkbook([{ plan, nameScope: "workbook" }]),
);
await measure("files: read one filled template (snapshot)", 20, () => readWorkbookSnapshot(bytes));
await measure("check: one submission, every rule", 50, () =>
  checkWorkbook(read.workbook, catalogue, registry),
);

const out = await mkdtemp(path.join(os.tmpdir(), "dvcq-bench-"));
const quiet = { stdout: () => {}, stderr: () => {}, cwd: out };
await measure("cli: template --all (30 files)", 3, () =>
  main(["template", "--year", "2024", "--all", "--out", "all"], quiet),
);
await measure("cli: demo (templates, inbox, check, roll-up)", 3, () =>
  main(["demo", "--out", "demo"], quiet),
);
const { readdirSync } = await import("node:fs");
const inbox = readdirSync(path.join(out, "demo/inbox")).map((f) => path.join(out, "demo/inbox", f));
await measure("cli: rollup of the demo inbox (29 files)", 3, () =>
  main(["rollup", ...inbox, "--year", "2024", "--out", "report.xlsx"], quiet),
);
await rm(out, { recursive: true, force: true });
