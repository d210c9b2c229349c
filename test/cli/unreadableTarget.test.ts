/**
 * A target that cannot be read to its end (a failing disk, a file cut short while it is read) is
 * never taken for a damaged file, which --force may replace: the command refuses, and the file
 * stays as it was. In this process, with the system's reads made to fail.
 */
import { execFileSync } from "node:child_process";
import fs, { readFileSync } from "node:fs";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { FIXTURES_DIR, fixturePath } from "../support/fixtures";
import { withFsCall } from "../support/fsFaults";
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
function withFailingReads<T>(good: number, run: () => Promise<T>): Promise<T> {
  let calls = 0;
  return withFsCall(
    "readSync",
    (real, ...args) => {
      calls++;
      const length = args[3];
      if (calls > good && typeof length === "number" && length > 30)
        throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
      return real(...args);
    },
    run,
  );
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

describe("a spreadsheet DVCQ cannot read may hold a unit's work: never replaced, even with --force", () => {
  const UNREADABLE = [
    ["password.xlsx", "mật khẩu"],
    ["old-format.xls", ".xls cũ"],
    ["truncated.xlsx", "bị hỏng"],
    ["corpus/template.ods", ".ods"],
  ] as const;

  test.each(UNREADABLE)(
    "rollup --out %s --force: refused, the file unchanged",
    async (fixture, words) => {
      const target = path.join(base, `r-${path.basename(fixture)}`);
      await copyFile(fixturePath(fixture), target);
      const before = await readFile(target);
      const run = await runMain(
        ["rollup", "demo/inbox", "--year", "2024", "--out", path.basename(target), "--force"],
        base,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Không ghi đè ${path.basename(target)}, kể cả với --force`);
      expect(run.stderr).toContain(words);
      expect(await readFile(target)).toEqual(before);
    },
    60_000,
  );

  test.each(UNREADABLE)(
    "template --out %s --force: refused, the file unchanged",
    async (fixture) => {
      const target = path.join(base, `t-${path.basename(fixture)}`);
      await copyFile(fixturePath(fixture), target);
      const before = await readFile(target);
      const run = await runMain(
        ["template", "--unit", "XA-XUAN-HOA", "--year", "2024", "--out", path.basename(target), "--force"],
        base,
      );
      expect(run.code).toBe(2);
      expect(await readFile(target)).toEqual(before);
    },
    60_000,
  );

  test("what is no spreadsheet (a PDF, a text) or is empty is replaced with --force, as before", async () => {
    for (const [name, bytes] of [
      ["not-a-sheet.xlsx", Buffer.from("ghi chú của văn thư\n")],
      ["empty.xlsx", Buffer.alloc(0)],
      ["scan.xlsx", readFileSync(path.join(FIXTURES_DIR, "corpus", "template.pdf"))],
    ] as const) {
      const target = path.join(base, name);
      await writeFile(target, bytes);
      const refused = await runMain(["rollup", "demo/inbox", "--year", "2024", "--out", name], base);
      expect(refused.code).toBe(2);
      const forced = await runMain(
        ["rollup", "demo/inbox", "--year", "2024", "--out", name, "--force"],
        base,
      );
      expect(forced.code).toBe(1);
      expect((await readFile(target)).subarray(0, 2).toString("latin1")).toBe("PK");
    }
  }, 120_000);

  test("a target that grows past the size limit after it was looked at: refused, not taken for no work", async () => {
    const target = path.join(base, "growing.xlsx");
    await copyFile(report, target);
    const before = await readFile(target);
    const run = await withFsCall(
      "fstatSync",
      (real, ...args) => {
        const stats = real(...args) as fs.Stats;
        return Object.assign(Object.create(Object.getPrototypeOf(stats) as object) as fs.Stats, stats, {
          size: 101 * 1024 * 1024,
        });
      },
      () => runMain(["rollup", "demo/inbox", "--year", "2024", "--out", "growing.xlsx", "--force"], base),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Không ghi đè growing.xlsx, kể cả với --force");
    expect(await readFile(target)).toEqual(before);
  }, 60_000);
});

describe("a target that changes while the command works is not replaced", () => {
  /** Runs with `change` made once, when the first unit report of the inbox is read. */
  function changingMidway<T>(change: () => void, run: () => Promise<T>): Promise<T> {
    let changed = false;
    return withFsCall(
      "readFileSync",
      (real, ...args) => {
        if (!changed && String(args[0]).includes(`${path.sep}inbox${path.sep}`)) {
          changed = true;
          change();
        }
        return real(...args);
      },
      run,
    );
  }

  test("a unit's report saved at --out (absent when looked at) as the inputs are read: nothing written", async () => {
    const target = path.join(base, "saved-meanwhile.xlsx");
    const filled = await readFile(report);
    const run = await changingMidway(
      () => {
        // As Excel saves: a temporary, renamed over the name.
        fs.writeFileSync(`${target}.part`, filled);
        fs.renameSync(`${target}.part`, target);
      },
      () => runMain(["rollup", "demo/inbox", "--year", "2024", "--out", "saved-meanwhile.xlsx"], base),
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("đã thay đổi trong lúc DVCQ làm việc");
    expect(await readFile(target)).toEqual(filled);
    expect((await readdir(base)).filter((n) => n.startsWith(".~dvcq-"))).toEqual([]);
  }, 60_000);

  test("an earlier report (ours, to be replaced) overwritten by a unit's report meanwhile: nothing written", async () => {
    expect((await runMain(["rollup", "demo/inbox", "--year", "2024", "--out", "ours.xlsx"], base)).code).toBe(
      1,
    );
    const target = path.join(base, "ours.xlsx");
    const filled = await readFile(report);
    const run = await changingMidway(
      () => fs.writeFileSync(target, filled),
      () => runMain(["rollup", "demo/inbox", "--year", "2024", "--out", "ours.xlsx"], base),
    );
    expect(run.code).toBe(2);
    expect(await readFile(target)).toEqual(filled);
  }, 60_000);

  test("an earlier report left alone is replaced as before", async () => {
    expect(
      (await runMain(["rollup", "demo/inbox", "--year", "2024", "--out", "alone.xlsx"], base)).code,
    ).toBe(1);
    const before = fs.statSync(path.join(base, "alone.xlsx")).ino;
    const run = await changingMidway(
      () => undefined,
      () => runMain(["rollup", "demo/inbox", "--year", "2024", "--out", "alone.xlsx"], base),
    );
    expect(run.code).toBe(1);
    // Renamed over: another file now.
    expect(fs.statSync(path.join(base, "alone.xlsx")).ino).not.toBe(before);
  }, 60_000);
});

// Named pipes as a path are POSIX's.
(process.platform === "win32" ? test.skip : test)(
  "a named pipe as --out: refused at once (never opened to be read), nothing written",
  async () => {
    const fifo = path.join(base, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const run = await runMain(
      ["rollup", "demo/inbox", "--year", "2024", "--out", "pipe.xlsx", "--force"],
      base,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("không phải một tệp thông thường");
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  },
  60_000,
);
