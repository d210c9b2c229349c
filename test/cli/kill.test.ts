/**
 * A roll-up killed (SIGKILL: no handler runs) at several points, on a sizeable inbox, through the
 * built command line: the previous report and JSON stay byte-identical until the new ones are
 * whole, each is old or new and never a mixture, the summary is never newer than the report, and
 * what a kill leaves behind is only DVCQ's recognisable temporaries, which the next run ignores.
 */
import { readdirSync, watch } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ROLLUP_SHEETS } from "../../src/domain/report";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { ensureBuiltCli, hashTree, runCli, spawnCli } from "./builtCli";

let base: string;
let inboxDir: string;
let previous: { report: Buffer; summary: Buffer };
let fullRunMs: number;
const out = (dir: string, name: string): string => path.join(dir, "out", name);
const args = ["rollup", "inbox", "--year", "2024", "--out", "out/report.xlsx", "--json", "out/summary.json"];

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-kill-"));
  expect((await runCli(["demo", "--out", "demo"], { cwd: base })).code).toBe(0);
  // 29 reports, each also re-sent three times: 116 files to read.
  inboxDir = path.join(base, "inbox");
  await mkdir(inboxDir);
  for (const name of await readdir(path.join(base, "demo/inbox")))
    for (const copy of ["", " (1)", " (2)", " (3)"])
      await copyFile(
        path.join(base, "demo/inbox", name),
        path.join(inboxDir, name.replace(/\.xlsx$/, `${copy}.xlsx`)),
      );

  // The previous outputs: a roll-up of five of them.
  const first = await mkdtemp(path.join(base, "first-"));
  await mkdir(path.join(first, "inbox"));
  for (const name of (await readdir(inboxDir)).filter((n) => !n.includes("(")).slice(0, 5))
    await copyFile(path.join(inboxDir, name), path.join(first, "inbox", name));
  expect((await runCli(args, { cwd: first })).code).toBeLessThan(2);
  previous = {
    report: await readFile(out(first, "report.xlsx")),
    summary: await readFile(out(first, "summary.json")),
  };

  const full = await workspace();
  const started = Date.now();
  expect((await runCli(args, { cwd: full })).code).toBe(1);
  fullRunMs = Date.now() - started;
}, 180_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A folder with a copy of the inbox and the previous outputs. */
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(base, "ws-"));
  await chmod(dir, 0o755);
  await mkdir(path.join(dir, "inbox"));
  for (const name of await readdir(inboxDir))
    await copyFile(path.join(inboxDir, name), path.join(dir, "inbox", name));
  await mkdir(path.join(dir, "out"));
  await writeFile(out(dir, "report.xlsx"), previous.report);
  await writeFile(out(dir, "summary.json"), previous.summary);
  return dir;
}

type State = "old" | "new";

async function reportState(file: string): Promise<State> {
  const bytes = await readFile(file);
  if (bytes.equals(previous.report)) return "old";
  const read = await readWorkbookSnapshot(new Uint8Array(bytes));
  if (!read.ok) throw new Error(`${file} is neither the previous report nor a whole new one: ${read.detail}`);
  expect(read.workbook.sheets.map((s) => s.name).sort()).toEqual(Object.values(ROLLUP_SHEETS).sort());
  return "new";
}

async function summaryState(file: string): Promise<State> {
  const bytes = await readFile(file);
  if (bytes.equals(previous.summary)) return "old";
  const summary = JSON.parse(bytes.toString("utf8")) as { units: { received: number } };
  expect(summary.units.received).toBe(28);
  return "new";
}

/** Runs the roll-up and SIGKILLs it when `when` says; returns what the outputs are afterwards. */
async function killed(when: { afterMs: number } | "first temporary") {
  const dir = await workspace();
  const inputs = hashTree(path.join(dir, "inbox"));
  const child = spawnCli(args, { cwd: dir });
  let sawTemporary = false;
  const watcher = watch(path.join(dir, "out"), (_event, name) => {
    if (name && name.startsWith(".~dvcq-")) {
      sawTemporary = true;
      if (when === "first temporary") child.kill("SIGKILL");
    }
  });
  const timer =
    when === "first temporary" ? undefined : setTimeout(() => child.kill("SIGKILL"), when.afterMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (c, s) => resolve([c, s])),
  );
  clearTimeout(timer);
  watcher.close();
  const report = await reportState(out(dir, "report.xlsx"));
  const summary = await summaryState(out(dir, "summary.json"));
  const left = (await readdir(path.join(dir, "out"))).filter(
    (n) => n !== "report.xlsx" && n !== "summary.json",
  );
  expect(hashTree(path.join(dir, "inbox"))).toEqual(inputs);
  return { dir, code, signal, report, summary, left, sawTemporary };
}

test("killed at several points, the previous outputs stay byte-identical until the new ones are whole", async () => {
  const outcomes = [];
  for (const fraction of [0.05, 0.3, 0.6, 0.85, 0.95, 2])
    outcomes.push(await killed({ afterMs: Math.round(fraction * fullRunMs) }));
  outcomes.push(await killed("first temporary"));
  outcomes.push(await killed("first temporary"));

  for (const o of outcomes) {
    // The JSON is renamed into place after the report: never a new summary beside an old report.
    expect([o.report, o.summary]).not.toEqual(["old", "new"]);
    for (const name of o.left) expect(name).toMatch(/^\.~dvcq-[0-9a-f]{12}\.tmp$/);
    if (o.signal === null) expect([o.code, o.report, o.summary, o.left]).toEqual([1, "new", "new", []]);
  }
  // Killed before anything was renamed: both outputs exactly as they were.
  const early = outcomes.filter((o) => o.signal === "SIGKILL" && o.report === "old");
  expect(early.length).toBeGreaterThanOrEqual(3);
  for (const o of early) expect(o.summary).toBe("old");
  // Killed while an output was being written (a temporary had appeared).
  expect(outcomes.some((o) => o.signal === "SIGKILL" && o.sawTemporary)).toBe(true);

  // What a kill left is ignored by the next run, which puts both outputs in place.
  const withLeftovers = outcomes.find((o) => o.left.length > 0) ?? (outcomes[0] as (typeof outcomes)[number]);
  const again = await runCli([...args, "--lang", "en"], { cwd: withLeftovers.dir });
  expect(again.code).toBe(1);
  expect(await reportState(out(withLeftovers.dir, "report.xlsx"))).toBe("new");
  expect(await summaryState(out(withLeftovers.dir, "summary.json"))).toBe("new");
}, 240_000);

test("interrupted (Ctrl+C, SIGTERM) while writing: its temporaries and new empty folders are removed", async () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const dir = await mkdtemp(path.join(base, "int-"));
    const child = spawnCli(["demo", "--out", "d"], { cwd: dir });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const found = (() => {
          try {
            return readdirSync(path.join(dir, "d/templates")).some((n) => n.startsWith(".~dvcq-"));
          } catch {
            return false;
          }
        })();
        if (found) {
          clearInterval(poll);
          child.kill(signal);
          resolve();
        }
      }, 2);
      child.on("close", () => {
        clearInterval(poll);
        resolve();
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(code).toBe(signal === "SIGINT" ? 130 : 143);
    expect(await readdir(dir)).toEqual([]);
  }
}, 60_000);
