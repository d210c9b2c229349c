/**
 * A target that cannot be read to its end (a failing disk, a file cut short while it is read) is
 * never taken for a damaged file, which --force may replace: the command refuses, and the file
 * stays as it was. In this process, with the system's reads made to fail.
 */
import fs from "node:fs";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runMain } from "./runMain";

let base: string;
let report: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-unreadable-"));
  expect((await runMain(["demo", "--out", "demo"], base)).code).toBe(0);
  const inbox = path.join(base, "demo/inbox");
  const [first] = (await readdir(inbox)).filter((n) => n.endsWith(".xlsx")).sort();
  report = path.join(inbox, first as string);
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** Runs with every read of more than a few bytes, after the first `good`, failing as a disk does. */
async function withFailingReads<T>(good: number, run: () => Promise<T>): Promise<T> {
  const real = fs.readSync;
  let calls = 0;
  const spy = jest.spyOn(fs, "readSync").mockImplementation(((...args: unknown[]) => {
    calls++;
    const length = args[3];
    if (calls > good && typeof length === "number" && length > 30)
      throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    return (real as (...a: unknown[]) => number)(...args);
  }) as typeof fs.readSync);
  try {
    return await run();
  } finally {
    spy.mockRestore();
  }
}

test.each([0, 1, 2, 3])(
  "rollup --force onto a unit's report whose reads fail after %i: refused (exit 2), the report unchanged",
  async (good) => {
    const target = path.join(base, `target-${good}.xlsx`);
    await copyFile(report, target);
    const before = await readFile(target);
    const run = await withFailingReads(good, () =>
      runMain(["rollup", "demo/inbox", "--year", "2024", "--out", path.basename(target), "--force"], base),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path.basename(target));
    expect(run.stderr).toContain(
      `Không đọc được tệp ${path.basename(target)}: ổ đĩa báo lỗi khi đọc hoặc ghi`,
    );
    expect(await readFile(target)).toEqual(before);
  },
  60_000,
);

test("the same report read without failures: refused for the unit's figures it holds", async () => {
  const target = path.join(base, "target-clean.xlsx");
  await copyFile(report, target);
  const before = await readFile(target);
  const run = await runMain(
    ["rollup", "demo/inbox", "--year", "2024", "--out", "target-clean.xlsx", "--force"],
    base,
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/số liệu/);
  expect(await readFile(target)).toEqual(before);
}, 60_000);

test("template --force onto a filled report whose reads fail: refused, the report unchanged", async () => {
  const target = path.join(base, "filled.xlsx");
  await copyFile(report, target);
  const before = await readFile(target);
  const run = await withFailingReads(2, () =>
    runMain(["template", "--unit", "XA-XUAN-HOA", "--year", "2024", "--out", "filled.xlsx", "--force"], base),
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("filled.xlsx");
  expect(await readFile(target)).toEqual(before);
}, 60_000);
