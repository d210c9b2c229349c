/**
 * A reader that stops early (`dvcq check … | head`, a window closed): the command line says no
 * more to it, neither crashes nor prints a stack, ends as it would have, and still writes its files.
 * Output that cannot be written for another reason is named, and the command ends with 2.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { ensureBuiltCli, ROOT, runCli, spawnCli } from "./builtCli";

const BIN = path.join(ROOT, "bin/dvcq.js");

let base: string;

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-closed-"));
  expect((await runCli(["demo", "--out", "demo"], { cwd: base })).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/**
 * Runs the command, closing its output after `after` bytes (0: before it says anything); with
 * `both`, its error output too, from the start.
 */
function runClosingOutput(
  args: readonly string[],
  after: number,
  both = false,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, { cwd: base });
    let read = 0;
    let stderr = "";
    if (after === 0) child.stdout?.destroy();
    if (both) child.stderr?.destroy();
    child.stdout?.on("data", (d: Buffer) => {
      read += d.length;
      if (read >= after) child.stdout?.destroy();
    });
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const year = async (): Promise<string> =>
  String((JSON.parse(await readFile(path.join(base, "demo/rollup.json"), "utf8")) as { year: number }).year);

test("check --json read only in part ends with the check's own exit code, without a stack", async () => {
  const args = ["check", "demo/inbox", "--year", await year(), "--json"];
  const whole = await runCli(args, { cwd: base });
  expect(whole.stdout.length).toBeGreaterThan(1000);
  for (const after of [0, 1]) {
    const cut = await runClosingOutput(args, after);
    expect(cut.code).toBe(whole.code);
    expect(cut.stderr).not.toMatch(/EPIPE|Unhandled|lỗi không lường trước|at .*\.js:\d+/);
  }
});

test("a roll-up whose outputs are closed before it speaks still writes its whole report", async () => {
  const args = ["rollup", "demo/inbox", "--year", await year(), "--out", "closed.xlsx"];
  const whole = await runCli(args, { cwd: base });
  expect(whole.stderr).toMatch(/closed\.xlsx/);
  await rm(path.join(base, "closed.xlsx"));
  const cut = await runClosingOutput(args, 0, true);
  expect(cut.code).toBe(whole.code);
  const report = await readWorkbookSnapshot(await readFile(path.join(base, "closed.xlsx")));
  expect(report.ok).toBe(true);
});

const hasDevFull = existsSync("/dev/full");

(hasDevFull ? test : test.skip)(
  "output that cannot be written (a full disk) ends with 2 and says so, without a stack",
  async () => {
    const args = ["check", "demo/inbox", "--year", await year(), "--json"];
    const full = openSync("/dev/full", "w");
    try {
      const child = spawn(process.execPath, [BIN, ...args], { cwd: base, stdio: ["ignore", full, "pipe"] });
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(code).toBe(2);
      expect(stderr).toMatch(/không ghi được hết kết quả ra đầu ra \(ENOSPC\): phần in ra bị thiếu/);
      expect(stderr).not.toMatch(/at .*\.js:\d+|lỗi không lường trước/);
    } finally {
      closeSync(full);
    }
  },
);
