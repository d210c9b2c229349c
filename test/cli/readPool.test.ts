/**
 * Reading the inbox on worker threads (src/cli/readPool.ts) changes nothing a clerk sees: the
 * built command line over the demo inbox, with a report cut off and the district workbook a previous
 * roll-up left beside it, prints and writes the same with no worker and with two.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cleanDemoReports, ensureBuiltCli, runCli, type CliRun } from "./builtCli";

let base: string;
let inbox: string;
let count: number;

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-pool-"));
  const demo = await runCli(["demo", "--out", "demo"], { cwd: base });
  expect(demo.code).toBe(0);
  inbox = path.join(base, "inbox");
  await mkdir(inbox);
  const names = cleanDemoReports(path.join(base, "demo"));
  for (const name of names) await copyFile(path.join(base, "demo/inbox", name), path.join(inbox, name));
  // DVCQ's own outputs beside the reports: skipped with a note, in their place in the order.
  const report = (await readdir(path.join(base, "demo"))).find((f) => f.endsWith(".xlsx"));
  if (report === undefined) throw new Error("the demo wrote no district workbook");
  await copyFile(path.join(base, "demo", report), path.join(inbox, "M_BaoCao.xlsx"));
  // A report cut off in downloading: a finding of its own.
  const whole = await readFile(path.join(inbox, names[0] as string));
  await writeFile(path.join(inbox, "L_bi-cat.xlsx"), whole.subarray(0, whole.length >> 1));
  count = names.length;
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function withWorkers(workers: number, args: string[]): Promise<CliRun> {
  process.env.DVCQ_READ_WORKERS = String(workers);
  try {
    return await runCli(args, { cwd: base });
  } finally {
    delete process.env.DVCQ_READ_WORKERS;
  }
}

test("enough files for a pool: check prints the same findings, in the same order, with workers or without", async () => {
  expect(count).toBeGreaterThanOrEqual(16);
  const args = ["check", "inbox", "--year", "2024", "--json"];
  const alone = await withWorkers(0, args);
  const pooled = await withWorkers(2, args);
  expect(alone.stdout).toMatch(/L_bi-cat\.xlsx/);
  expect(pooled).toEqual(alone);
  expect(alone.stderr).toMatch(/M_BaoCao\.xlsx/);
}, 120_000);

test("rollup writes the same summary and says the same with workers or without", async () => {
  const run = async (workers: number): Promise<{ run: CliRun; summary: unknown }> => {
    const out = `out-${workers}`;
    const r = await withWorkers(workers, [
      "rollup",
      "inbox",
      "--year",
      "2024",
      "--out",
      `${out}/report.xlsx`,
      "--json",
      `${out}/summary.json`,
    ]);
    const summary: unknown = JSON.parse(await readFile(path.join(base, out, "summary.json"), "utf8"));
    return { run: { ...r, stderr: r.stderr.replaceAll(out, "OUT") }, summary };
  };
  const alone = await run(0);
  const pooled = await run(2);
  expect(alone.run.stderr).toMatch(/M_BaoCao\.xlsx/);
  expect(pooled).toEqual(alone);
}, 120_000);
