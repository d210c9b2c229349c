// `dvcq check` and `dvcq rollup` over inboxes of 30, 300 and 3,000 generated unit workbooks, each
// against exceljs only opening the same files, in the same run. Every figure is a fresh Node, as a
// clerk runs the command line: wall time and peak memory (maxRSS, Node's own ~40 MB included).
//
// The inboxes are distinct units with a registry of their own (passed with --units) and figures of
// their own, including the demo's late, resent, blank and mistaken reports: generated once into
// .tmp/bench-inbox-N (ignored by git; DVCQ_BENCH_CACHE names another folder) and reused while the
// catalogue and this generator are the same.
// Needs dist-cli (`npm run build:cli`). `node scripts/bench/files.mjs [--sizes 30,300]` prints the rows.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchRow } from "./row.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const dist = path.join(root, "dist-cli");
const BIN = path.join(root, "bin/dvcq.js");
const YEAR = 2024;
/** Changed whenever the generated inboxes change, so that an older cache is made again. */
const GENERATOR = 1;
export const DEFAULT_SIZES = [30, 300, 3000];
const BUDGET = { ratio: 0.3, peakMB: 200 };
/** Reports the child's peak memory to the file named by DVCQ_BENCH_RSS when it exits. */
const RSS_PRELOAD = path.join(root, "scripts/bench/maxrss.cjs");

/** A registry of `n` units, three communes to each agency, and its receiving office. */
function registryCsv(n) {
  const lines = [
    "code,name,kind,parent,place,symbol,recipients,signer",
    "CQ-NOI-VU,Phòng Nội vụ,office,UBND tỉnh Thử Nghiệm,Thử Nghiệm,NV,UBND tỉnh; Lưu: VT,TRƯỞNG PHÒNG",
  ];
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(4, "0");
    lines.push(
      i % 4 === 0
        ? `CQ-B${id},Cơ quan thử ${id},C,UBND tỉnh Thử Nghiệm,Thử Nghiệm,`
        : `XA-B${id},Xã Thử ${id},X,UBND tỉnh Thử Nghiệm,Thử ${id},UBND`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The inbox of `n` units in its cache folder, made when absent or made by another catalogue or generator. */
async function inbox(n) {
  const dir = path.join(process.env.DVCQ_BENCH_CACHE ?? path.join(root, ".tmp"), `bench-inbox-${n}`);
  const files = path.join(dir, "files");
  const { loadBuiltinCatalogue } = require(`${dist}/domain/catalogue/builtin.js`);
  const { parseCsv, registryFromRows } = require(`${dist}/domain/units/registry.js`);
  const catalogue = loadBuiltinCatalogue();
  const csv = registryCsv(n);
  const stamp = createHash("sha256").update(JSON.stringify({ GENERATOR, catalogue, csv })).digest("hex");
  const stampFile = path.join(dir, "stamp");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp)
    return { dir, files, units: path.join(dir, "units.csv") };

  const { demoInbox } = require(`${dist}/domain/demo/inbox.js`);
  const { fillPlan } = require(`${dist}/domain/layout/filled.js`);
  const { buildTemplatePlan } = require(`${dist}/domain/layout/template.js`);
  const { writeWorkbook } = require(`${dist}/files/writeXlsx.js`);
  const { registry, issues } = registryFromRows(parseCsv(csv));
  if (issues.length > 0 || registry.units.length !== n)
    throw new Error(`bench registry: ${issues.map((i) => i.message.en).join("; ")}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(files, { recursive: true });
  writeFileSync(path.join(dir, "units.csv"), csv);
  const started = performance.now();
  const made = demoInbox(catalogue, registry, YEAR).files;
  for (const [i, file] of made.entries()) {
    const plan = fillPlan(buildTemplatePlan(catalogue, file.unit, YEAR), {
      figures: file.figures,
      evidence: file.evidence,
    });
    writeFileSync(path.join(files, file.fileName), await writeWorkbook([{ plan, nameScope: "workbook" }]));
    if ((i + 1) % 500 === 0) console.error(`  bench inbox ${n}: ${i + 1} of ${made.length} files`);
  }
  writeFileSync(stampFile, stamp);
  console.error(
    `  bench inbox ${n}: ${made.length} files made in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return { dir, files, units: path.join(dir, "units.csv") };
}

/** exceljs opening every file of a folder and nothing else, its own loading left out. */
const OPEN_ONLY = `
const ExcelJS = require(process.argv[1]);
const { readdirSync } = require("node:fs");
const path = require("node:path");
const dir = process.argv[2];
(async () => {
  const started = performance.now();
  for (const f of readdirSync(dir).sort()) await new ExcelJS.Workbook().xlsx.readFile(path.join(dir, f));
  process.stdout.write(String(performance.now() - started));
})();
`;

/** One fresh Node: wall time in ms and peak memory in MB; `inner` is what the child timed itself. */
function child(args, { cpus } = {}) {
  const rssFile = path.join(os.tmpdir(), `dvcq-bench-rss-${process.pid}`);
  const command = cpus === undefined ? process.execPath : "taskset";
  const full = cpus === undefined ? args : ["-c", cpus, process.execPath, ...args];
  const started = performance.now();
  const run = spawnSync(command, full, {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, DVCQ_BENCH_RSS: rssFile },
  });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`${args.join(" ")} exited ${run.status}:\n${run.stderr}`);
  const peakMB = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) / 1024 : NaN;
  rmSync(rssFile, { force: true });
  return { ms, peakMB, inner: Number(run.stdout), stdout: run.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Rows for every size: the check and roll-up time over exceljs's open-only time (medians of
 * `runs`: three up to 300 files, where one run's noise is some 5%), and the roll-up's peak memory,
 * the most of its runs on every core, a re-run over its own report among them; with `oneCore`, the
 * roll-up held to one core as well.
 */
export async function run({ sizes = DEFAULT_SIZES, runs = (n) => (n <= 300 ? 3 : 1), oneCore = true } = {}) {
  const rows = [];
  const row = (...args) => rows.push(benchRow(...args));
  const exceljs = require.resolve("exceljs");
  const canPin = os.cpus().length > 1 && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
  const out = path.join(os.tmpdir(), `dvcq-bench-files-${process.pid}`);
  mkdirSync(out, { recursive: true });
  try {
    for (const n of sizes) {
      const { files, units } = await inbox(n);
      const count = readdirSync(files).length;
      const times = { open: [], check: [], rollup: [], rollup1: [] };
      let peak = 0;
      let checkPeak = 0;
      const report = path.join(out, "report.xlsx");
      const common = [files, "--units", units, "--year", String(YEAR)];
      for (let i = 0; i < runs(n); i++) {
        times.open.push(child(["-e", OPEN_ONLY, exceljs, files]).inner);
        const check = child(["-r", RSS_PRELOAD, BIN, "check", ...common, "--json"]);
        times.check.push(check.ms);
        checkPeak = Math.max(checkPeak, check.peakMB);
        const rollup = child(["-r", RSS_PRELOAD, BIN, "rollup", ...common, "--out", report, "--force"]);
        times.rollup.push(rollup.ms);
        peak = Math.max(peak, rollup.peakMB);
        if (oneCore && canPin)
          times.rollup1.push(
            child(["-r", RSS_PRELOAD, BIN, "rollup", ...common, "--out", report, "--force"], { cpus: "0" })
              .ms,
          );
      }
      // A clerk runs the roll-up again into the same report, which is read first to be known as
      // ours: every run after the first is such a re-run, and with a single run one more is made
      // for its peak.
      if (runs(n) === 1)
        peak = Math.max(
          peak,
          child(["-r", RSS_PRELOAD, BIN, "rollup", ...common, "--out", report, "--force"]).peakMB,
        );
      const open = median(times.open);
      console.error(
        `  ${count} files: exceljs open ${(open / 1000).toFixed(2)} s, check ${(median(times.check) / 1000).toFixed(2)} s, rollup ${(median(times.rollup) / 1000).toFixed(2)} s` +
          (times.rollup1.length ? `, rollup on one core ${(median(times.rollup1) / 1000).toFixed(2)} s` : ""),
      );
      row("files.openOnlyMs", n, open, "ms");
      row("files.check.ratio", n, median(times.check) / open, "x", BUDGET.ratio);
      row("files.check.peakMB", n, checkPeak, "MB", BUDGET.peakMB);
      row("files.rollup.ratio", n, median(times.rollup) / open, "x", BUDGET.ratio);
      if (times.rollup1.length) row("files.rollup.oneCoreRatio", n, median(times.rollup1) / open, "x");
      row("files.rollup.peakMB", n, peak, "MB", BUDGET.peakMB);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const at = process.argv.indexOf("--sizes");
  const sizes = at >= 0 ? process.argv[at + 1].split(",").map(Number) : DEFAULT_SIZES;
  for (const r of await run({ sizes }))
    console.log(
      `${r.measure.padEnd(28)} ${String(r.size).padStart(5)} ${String(r.value).padStart(10)} ${r.unit.padEnd(2)} budget ${r.budget ?? "—"}  ${r.holds ? "holds" : "FAILS"}`,
    );
}
