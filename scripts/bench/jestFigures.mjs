// The bench's TypeScript harnesses run through jest, each with its own config, and leave their
// figures as JSON in the file named by DVCQ_BENCH_OUT.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, "../..");

/** Runs jest with scripts/bench/<config> and returns the figures it wrote; throws, naming `what`, when jest fails. */
export function figuresFromJest(config, what, env = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "dvcq-bench-"));
  const out = path.join(dir, "figures.json");
  try {
    const jest = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/jest/bin/jest.js"), "--config", path.join(here, config)],
      { cwd: root, env: { ...process.env, ...env, DVCQ_BENCH_OUT: out }, encoding: "utf8" },
    );
    if (jest.status !== 0) throw new Error(`the ${what} bench failed:\n${jest.stderr}`);
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
