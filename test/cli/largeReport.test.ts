/**
 * A district report of a province's size: from some hundred units its facts sheet is past the size
 * the reader reads a sheet to (4 MB), yet a re-run must still know the report as its own, to replace
 * it without --force and to skip it among the inputs.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { demoInbox } from "../../src/domain/demo/inbox";
import { parseCsv, registryFromRows } from "../../src/domain/units/registry";
import { READ_LIMITS } from "../../src/files/readLimits";
import { writeInboxFiles } from "../support/inboxFiles";
import { ensureBuiltCli, runCli } from "./builtCli";

const YEAR = 2024;
const UNITS = 130;
let dir: string;

/** A registry of UNITS communes and its receiving office, as a province's clerk would write it. */
function registryCsv(): string {
  const lines = [
    "code,name,kind,parent,place,symbol,recipients,signer",
    "CQ-NOI-VU,Sở Nội vụ,office,UBND tỉnh Thử Nghiệm,Thử Nghiệm,SNV,UBND tỉnh; Lưu: VT,GIÁM ĐỐC",
  ];
  for (let i = 1; i <= UNITS; i++) {
    const id = String(i).padStart(3, "0");
    lines.push(`XA-L${id},Xã Lớn ${id},X,UBND tỉnh Thử Nghiệm,Lớn ${id},UBND`);
  }
  return `${lines.join("\n")}\n`;
}

beforeAll(async () => {
  ensureBuiltCli();
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-large-"));
  const csv = registryCsv();
  await writeFile(path.join(dir, "units.csv"), csv);
  const { registry } = registryFromRows(parseCsv(csv));
  const catalogue = loadBuiltinCatalogue(YEAR);
  await mkdir(path.join(dir, "inbox"));
  await writeInboxFiles(path.join(dir, "inbox"), demoInbox(catalogue, registry, YEAR).files, catalogue, YEAR);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rollup = (out: string, ...more: string[]) =>
  runCli(["rollup", "inbox", "--units", "units.csv", "--year", String(YEAR), "--out", out, ...more], {
    cwd: dir,
  });

test("a re-run replaces its own report without --force, and skips it among the inputs", async () => {
  await rollup("TongHop.xlsx");
  const facts = (await JSZip.loadAsync(await readFile(path.join(dir, "TongHop.xlsx")))).file(
    /worksheets\/sheet\d+\.xml$/,
  );
  const largest = Math.max(
    ...(await Promise.all(facts.map(async (f) => (await f.async("uint8array")).length))),
  );
  expect(largest).toBeGreaterThan(READ_LIMITS.scanSheetBytes);
  const written = (await stat(path.join(dir, "TongHop.xlsx"))).mtimeMs;

  const again = await rollup("TongHop.xlsx");
  expect(`${again.stdout}${again.stderr}`).not.toContain("không ghi đè");
  expect((await stat(path.join(dir, "TongHop.xlsx"))).mtimeMs).toBeGreaterThan(written);

  // Copied among the unit reports, it is not read as one.
  await writeFile(path.join(dir, "inbox", "TongHop-cu.xlsx"), await readFile(path.join(dir, "TongHop.xlsx")));
  const withOld = await rollup("TongHop2.xlsx", "--json", "tomtat.json");
  expect(withOld.stderr).toContain(
    `Bỏ qua ${path.join("inbox", "TongHop-cu.xlsx")}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.`,
  );
  const summary = JSON.parse(await readFile(path.join(dir, "tomtat.json"), "utf8")) as {
    findings: { error: number };
  };
  await rm(path.join(dir, "inbox", "TongHop-cu.xlsx"));
  await rollup("TongHop3.xlsx", "--json", "tomtat-truoc.json");
  expect(summary.findings).toEqual(
    (JSON.parse(await readFile(path.join(dir, "tomtat-truoc.json"), "utf8")) as { findings: unknown })
      .findings,
  );
}, 120_000);

test("a report with a unit's filled sheet pasted in (values only, no names) is never replaced, even with --force, and is read among the inputs", async () => {
  await rollup("CoDan.xlsx");
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(path.join(dir, "CoDan.xlsx"));
  const unitFile = new ExcelJS.Workbook();
  const [first] = (await readdir(path.join(dir, "inbox"))).filter((n) => n.endsWith(".xlsx")).sort();
  await unitFile.xlsx.readFile(path.join(dir, "inbox", first as string));
  const from = unitFile.worksheets[0] as ExcelJS.Worksheet;
  const pasted = report.addWorksheet("Dán từ xã");
  from.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const value = cell.result ?? cell.value;
      if (value !== null && typeof value !== "object") pasted.getCell(r, c).value = value;
    }),
  );
  await report.xlsx.writeFile(path.join(dir, "CoDan.xlsx"));
  const before = await readFile(path.join(dir, "CoDan.xlsx"));

  const run = await runCli(
    ["rollup", "inbox", "--units", "units.csv", "--year", String(YEAR), "--out", "CoDan.xlsx", "--force"],
    { cwd: dir },
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^Không ghi đè CoDan\.xlsx: tệp có [1-9]\d* số liệu/m);
  expect(await readFile(path.join(dir, "CoDan.xlsx"))).toEqual(before);

  // Among the inputs it is not skipped as DVCQ's own: the pasted sheet is read as the unit's report.
  await writeFile(path.join(dir, "inbox", "CoDan-cu.xlsx"), before);
  try {
    const check = await runCli(["check", "inbox", "--units", "units.csv", "--year", String(YEAR), "--json"], {
      cwd: dir,
    });
    expect(check.stderr).not.toContain("CoDan-cu.xlsx");
    const findings = JSON.parse(check.stdout) as { file: string; rule: string; sheet: string | null }[];
    // Read as a unit's report pasted without its names.
    expect(
      findings.filter((f) => f.file.endsWith("CoDan-cu.xlsx")).map((f) => [f.rule, f.sheet]),
    ).toContainEqual(["NAMES_MISSING", "Dán từ xã"]);
  } finally {
    await rm(path.join(dir, "inbox", "CoDan-cu.xlsx"));
  }
}, 120_000);
