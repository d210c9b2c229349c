/**
 * Reading the inbox on worker threads (src/cli/readPool.ts) changes nothing a clerk sees: the
 * built command line over the demo inbox, with a report cut off and the district workbook a previous
 * roll-up left beside it, prints and writes the same with no worker and with two.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import JSZip from "jszip";
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

function withWorkers(workers: number, args: string[]): Promise<CliRun> {
  return runCli(args, { cwd: base, env: { DVCQ_READ_WORKERS: String(workers) } });
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

/**
 * Five template-named sheets of 100,000 cells each: the read limits' half a million cells, more than
 * a worker's heap holds (src/cli/readPool.ts, WORKER_LIMITS), well within what the main thread reads.
 */
async function workbookOfHalfAMillionCells(): Promise<Uint8Array> {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  const relationships = (list: string): string =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list}</Relationships>`;
  zip.file(
    "_rels/.rels",
    relationships(`<Relationship Id="r" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>`),
  );
  let sheets = "";
  let sheetRels = "";
  for (let s = 1; s <= 5; s++) {
    sheets += `<sheet name="XA-LON${s} 2024" sheetId="${s}" r:id="r${s}"/>`;
    sheetRels += `<Relationship Id="r${s}" Type="${rel}/worksheet" Target="worksheets/sheet${s}.xml"/>`;
    const rows: string[] = [];
    for (let r = 1; r <= 10_000; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < 10; c++)
        row += `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>ô ${r} ${c}: chữ của một trang rất lớn, đủ dài</t></is></c>`;
      rows.push(`${row}</row>`);
    }
    zip.file(
      `xl/worksheets/sheet${s}.xml`,
      `<worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData></worksheet>`,
    );
  }
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets}</sheets></workbook>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", relationships(sheetRels));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

test("a file too big for a worker ends that worker, out of memory, and is read on the main thread: the findings are the same", async () => {
  const big = path.join(base, "inbox-big");
  await mkdir(big);
  for (const name of await readdir(inbox)) await copyFile(path.join(inbox, name), path.join(big, name));
  await writeFile(path.join(big, "K_rat-lon.xlsx"), await workbookOfHalfAMillionCells());
  const args = ["check", "inbox-big", "--year", "2024", "--json"];
  const alone = await withWorkers(0, args);
  const pooled = await withWorkers(2, args);
  const findings = JSON.parse(alone.stdout) as { file: string; rule: string }[];
  expect(findings.filter((f) => f.file.endsWith("K_rat-lon.xlsx")).map((f) => f.rule)).toContain(
    "NOT_A_TEMPLATE",
  );
  expect(findings.some((f) => f.file.endsWith("L_bi-cat.xlsx"))).toBe(true);
  expect(pooled).toEqual(alone);
}, 120_000);
