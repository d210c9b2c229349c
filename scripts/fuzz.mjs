// The fuzz test's longer run, over the built command line (npm run --silent build:cli first):
//   node scripts/fuzz.mjs [--runs 10000] [--seed 1] [--out .tmp/fuzz]
// Mutates valid templates with test/fuzz/mutate.cjs, reads, checks and rolls up each mutant, and
// prints the runs, the time, the slowest run and the peak memory. A mutant whose outcome is not
// findings (an exception, a run over 5 s, a read that differs with Node's zlib or by saxes alone)
// is saved as <out>/seed-<n>.xlsx and listed; exit 1 then.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { isDeepStrictEqual, parseArgs } from "node:util";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.join(root, "dist-cli");
const { loadBuiltinCatalogue } = require(`${dist}/domain/catalogue/builtin.js`);
const { loadBuiltinRegistry } = require(`${dist}/domain/units/builtin.js`);
const { findUnitByCode } = require(`${dist}/domain/units/registry.js`);
const { buildTemplatePlan } = require(`${dist}/domain/layout/template.js`);
const { fillPlan } = require(`${dist}/domain/layout/filled.js`);
const { demoInbox } = require(`${dist}/domain/demo/inbox.js`);
const { checkSources } = require(`${dist}/domain/check/batch.js`);
const { rollUp } = require(`${dist}/domain/rollup/rollup.js`);
const { buildDistrictReport } = require(`${dist}/domain/report/index.js`);
const { writeWorkbook } = require(`${dist}/files/writeXlsx.js`);
const { readWorkbookSnapshot, sourceFromRead } = require(`${dist}/files/readXlsx.js`);
const { lendZlib } = require(`${dist}/files/hostZlib.js`);
const { nodeZlib } = require(`${dist}/cli/nodeZlib.js`);
const { say } = require(`${dist}/domain/i18n/say.js`);
const { mutant } = require(path.join(root, "test/fuzz/mutate.cjs"));

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: path.join(root, ".tmp/fuzz") },
  },
});
const runs = Number(values.runs);
const firstSeed = Number(values.seed);
const RUN_BUDGET_MS = 5000;
const YEAR = 2024;
const FILE_RULES = new Set(["FILE_UNREADABLE", "FILE_TOO_LARGE", "FILE_UNSAFE"]);

const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();
const demo = demoInbox(catalogue, registry, YEAR);
const filled = async (codes, nameScope) =>
  writeWorkbook(
    codes.map((code) => {
      const file = demo.files.find((f) => f.unit.code === code);
      const layout = buildTemplatePlan(catalogue, findUnitByCode(registry, code), YEAR);
      return { plan: fillPlan(layout, { figures: file.figures, evidence: file.evidence }), nameScope };
    }),
  );
const fixture = (name) => new Uint8Array(readFileSync(path.join(root, "test/fixtures", name)));
const bases = [
  fixture("template-clean.xlsx"),
  fixture("template-ten-mistakes.xlsx"),
  fixture("libreoffice-resaved.xlsx"),
  await filled(["XA-SUOI-CAT"], "workbook"),
  await filled(["CQ-TU-PHAP"], "workbook"),
  await filled(["XA-BAO-HOA", "XA-LANG-MINH", "CQ-VP"], "sheet"),
];

/** A read as the clerk sees it: the developer's detail names the inflater's own error. */
const seen = (read) => Object.fromEntries(Object.entries(read).filter(([key]) => key !== "detail"));

function problemOf(read, checked) {
  if (!read.ok && !checked.findings.every((f) => FILE_RULES.has(f.rule)))
    return "an unread file with other findings";
  for (const f of checked.findings) {
    if (typeof f.rule !== "string" || !["error", "warning"].includes(f.severity))
      return `finding ${JSON.stringify(f)}`;
    // A finding's message is a wording: said in each language, as the clerk reads it.
    const vi = say(f.message, "vi");
    if (vi.trim() === "" || say(f.message, "en").trim() === "") return `${f.rule} without a message`;
    if (/undefined|\[object|NaN(?!”)/.test(vi)) return `${f.rule}: “${vi.slice(0, 200)}”`;
  }
  return null;
}

const failures = [];
const tally = { read: 0, unread: 0 };
let slowest = { ms: 0, seed: firstSeed };
let peakRss = 0;
const started = performance.now();
for (let seed = firstSeed; seed < firstSeed + runs; seed++) {
  const base = bases[seed % bases.length];
  const { bytes, what } = await mutant(base, seed);
  const t = performance.now();
  let problem = null;
  try {
    const read = await readWorkbookSnapshot(bytes);
    tally[read.ok ? "read" : "unread"]++;
    // As the fuzz test: the same file read with Node's zlib (the command line's) and by saxes alone
    // (without the lean scanner) must give what the clerk sees the same.
    lendZlib(nodeZlib);
    const byNode = await readWorkbookSnapshot(bytes).finally(() => lendZlib(undefined));
    const bySaxes = await readWorkbookSnapshot(bytes, { saxesOnly: true });
    if (!isDeepStrictEqual(seen(byNode), seen(read))) problem = "read otherwise with Node's zlib";
    else if (!isDeepStrictEqual(seen(bySaxes), seen(read))) problem = "read otherwise by saxes alone";
    const checked = checkSources([sourceFromRead("mutant.xlsx", read)], catalogue, registry, {
      expectedYear: YEAR,
    });
    problem ??= problemOf(read, checked);
    buildDistrictReport(rollUp(catalogue, registry, YEAR, checked.submissions, checked.findings), catalogue);
  } catch (e) {
    problem = `threw ${e instanceof Error ? e.stack : String(e)}`;
  }
  const ms = performance.now() - t;
  if (ms > slowest.ms) slowest = { ms, seed };
  if (ms > RUN_BUDGET_MS) problem = `${problem ?? ""} took ${Math.round(ms)} ms`.trim();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (problem !== null) {
    mkdirSync(values.out, { recursive: true });
    const file = path.join(values.out, `seed-${seed}.xlsx`);
    writeFileSync(file, bytes);
    failures.push({ seed, base: seed % bases.length, what, problem, file });
    console.error(`seed ${seed} (base ${seed % bases.length}; ${what}): ${problem}`);
  }
  if ((seed - firstSeed + 1) % 1000 === 0) console.error(`… ${seed - firstSeed + 1} runs`);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `${runs} runs from seed ${firstSeed} in ${seconds.toFixed(1)} s: ${tally.read} read, ${tally.unread} refused; ` +
    `slowest ${Math.round(slowest.ms)} ms (seed ${slowest.seed}); peak RSS ${Math.round(peakRss / 2 ** 20)} MB; ` +
    `${failures.length} not ending as findings`,
);
process.exit(failures.length > 0 ? 1 : 0);
