/**
 * The demo run again into its earlier folder replaces its own files, never one a clerk changed
 * since: a template filled in, a sample report overwritten. In this process, from the sources.
 */
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readFixture } from "../support/fixtures";
import { runMain } from "./runMain";

let base: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-demo-rerun-"));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function demoIn(name: string): Promise<{ dir: string; templates: string[]; inbox: string[] }> {
  expect((await runMain(["demo", "--out", name], base)).code).toBe(0);
  const dir = path.join(base, name);
  const xlsx = async (sub: string): Promise<string[]> =>
    (await readdir(path.join(dir, sub))).filter((n) => n.endsWith(".xlsx")).sort();
  return { dir, templates: await xlsx("templates"), inbox: await xlsx("inbox") };
}

test("an earlier demo left as it was: run again, it is replaced", async () => {
  await demoIn("plain");
  expect((await runMain(["demo", "--out", "plain"], base)).code).toBe(0);
}, 120_000);

test("a template filled in since: refused, the template unchanged", async () => {
  const { dir, templates } = await demoIn("filled-template");
  const template = path.join(dir, "templates", templates[0] as string);
  await copyFile(
    path.join(dir, "inbox", (await readdir(path.join(dir, "inbox"))).sort()[0] as string),
    template,
  );
  const before = await readFile(template);
  const run = await runMain(["demo", "--out", "filled-template"], base);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    `Không ghi gì: 1 tệp trong ${path.join("filled-template", "templates")} có số liệu đơn vị đã nhập`,
  );
  expect(run.stderr).toContain(templates[0] as string);
  expect(await readFile(template)).toEqual(before);
}, 120_000);

test("a sample report overwritten by another since: refused, the file unchanged", async () => {
  const { dir, inbox } = await demoIn("changed-report");
  const report = path.join(dir, "inbox", inbox[0] as string);
  await copyFile(path.join(dir, "inbox", inbox[1] as string), report);
  const before = await readFile(report);
  const run = await runMain(["demo", "--out", "changed-report"], base);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`Không ghi đè ${report}: tệp đã được sửa sau khi demo ghi`);
  expect(await readFile(report)).toEqual(before);
  expect((await readdir(path.join(dir, "inbox"))).filter((n) => n.startsWith(".~dvcq-"))).toEqual([]);
}, 120_000);

test("a sample report replaced by a unit's own filled template: refused", async () => {
  const { dir, inbox } = await demoIn("unit-report");
  const report = path.join(dir, "inbox", inbox[0] as string);
  await writeFile(report, readFixture("template-clean.xlsx"));
  const run = await runMain(["demo", "--out", "unit-report"], base);
  expect(run.code).toBe(2);
  expect(await readFile(report)).toEqual(Buffer.from(readFixture("template-clean.xlsx")));
}, 120_000);
