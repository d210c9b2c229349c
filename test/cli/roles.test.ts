import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Catalogue } from "../../src/domain/catalogue/types";
import { demoInbox } from "../../src/domain/demo/inbox";
import { fillPlan } from "../../src/domain/layout/filled";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { writeWorkbook } from "../../src/files/writeXlsx";
import { catalogue, registry } from "../support/filled";
import {
  asOriginal,
  originalCode,
  plain,
  RENUMBERED,
  renumbered,
  renumberedJson,
} from "../support/renumbered";
import { ensureBuiltCli, runCli } from "./builtCli";

// The demo inbox's 2024 files twice: placed with the built-in catalogue, and with a district's
// catalogue file whose general-information fields and sent date carry other codes.
let dir: string;
const YEAR = 2024;
const inbox = demoInbox(catalogue, registry, YEAR);

/** The files' names in `folder`, where each run works: the findings name files as given. */
async function writeInbox(folder: string, with_: Catalogue, code: (c: string) => string): Promise<string[]> {
  await mkdir(path.join(dir, folder));
  const files: string[] = [];
  for (const f of inbox.files) {
    const figures = Object.fromEntries(Object.entries(f.figures).map(([c, v]) => [code(c), v]));
    const plan = fillPlan(buildTemplatePlan(with_, f.unit, YEAR), { figures, evidence: f.evidence });
    await writeFile(
      path.join(dir, folder, f.fileName),
      await writeWorkbook([{ plan, nameScope: "workbook" }]),
    );
    files.push(f.fileName);
  }
  return files;
}

let ORIGINAL: { cwd: string };
let RENUMBERED_DIR: { cwd: string };
let originalFiles: string[];
let renumberedFiles: string[];
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-roles-"));
  await writeFile(path.join(dir, "renumbered.json"), renumberedJson);
  ORIGINAL = { cwd: path.join(dir, "original") };
  RENUMBERED_DIR = { cwd: path.join(dir, "renumbered") };
  originalFiles = await writeInbox("original", catalogue, (c) => c);
  renumberedFiles = await writeInbox("renumbered", renumbered, (c) => RENUMBERED.get(c) ?? c);
  ensureBuiltCli();
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("dvcq rollup --catalogue with renumbered header fields: the same summary as the built-in catalogue's", async () => {
  const original = await runCli(
    ["rollup", ...originalFiles, "--year", "2024", "--out", "a.xlsx", "--json", "a.json"],
    ORIGINAL,
  );
  const moved = await runCli(
    [
      "rollup",
      ...renumberedFiles,
      "--year",
      "2024",
      "--catalogue",
      "../renumbered.json",
      "--out",
      "b.xlsx",
      "--json",
      "b.json",
    ],
    RENUMBERED_DIR,
  );
  expect(moved.code).toBe(original.code);
  const firstLine = (run: { stderr: string }, folder: string) =>
    (run.stderr.split("\n")[0] as string)
      .replace(`${folder}${path.sep}`, "")
      .replace(/[ab]\.xlsx/, "report.xlsx");
  expect(firstLine(original, "original")).toContain("Trễ hạn: Xã Lang Minh, Phòng Nội vụ.");
  expect(firstLine(moved, "renumbered")).toBe(firstLine(original, "original"));
  const a = JSON.parse(await readFile(path.join(ORIGINAL.cwd, "a.json"), "utf8")) as Record<string, unknown>;
  const b = JSON.parse(await readFile(path.join(RENUMBERED_DIR.cwd, "b.json"), "utf8")) as Record<
    string,
    unknown
  >;
  expect(b.units).toEqual(a.units);
  expect((a.units as { late: string[] }).late.length).toBeGreaterThan(0);
  expect(a.findings).toEqual(b.findings);
  // The district figures, keyed by code: the renumbered file's sent date is 7.2.
  expect(b.indicators).not.toEqual(a.indicators);
  expect(asOriginal(b.indicators)).toEqual(plain(a.indicators));
}, 300_000);

test("dvcq check --catalogue: the same findings, cells and all, at the renumbered codes", async () => {
  const args = (files: string[]) => ["check", ...files.slice(0, 12), "--year", "2024", "--json"];
  const original = await runCli(args(originalFiles), ORIGINAL);
  const moved = await runCli([...args(renumberedFiles), "--catalogue", "../renumbered.json"], RENUMBERED_DIR);
  expect(moved.code).toBe(original.code);
  const a = JSON.parse(original.stdout) as unknown;
  const b = JSON.parse(moved.stdout) as unknown;
  expect(JSON.stringify(a)).toContain('"cell"');
  // A sentence names the field by its code in the catalogue it was checked with.
  const codesBack = (findings: unknown) =>
    (findings as { message: string }[]).map((f) => ({
      ...f,
      message: f.message.replace(/\b\d+\.\d+\b/g, originalCode),
    }));
  expect(moved.stdout).toContain("7.2 Ngày gửi báo cáo");
  expect(asOriginal(codesBack(b))).toEqual(plain(a));
}, 300_000);
