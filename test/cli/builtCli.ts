/**
 * The command line as a clerk runs it: `node bin/dvcq.js`, over the `npm run build:cli` output.
 * The build is refreshed first when any source under src/cli, src/domain or src/files is newer
 * than it (one build at a time across jest workers), so a spawned test never runs stale code.
 */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
/** What `npm run build:cli` writes last (after tsc and the bundle): the code cache of a start without a command. */
const BUILT_LAST = path.join(ROOT, "dist-cli/cli/dvcq.js.start.cache");
const BIN = path.join(ROOT, "bin/dvcq.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const builtAt = (): number => {
  try {
    return statSync(BUILT_LAST).mtimeMs;
  } catch {
    return 0;
  }
};

/** What the build is made from besides the sources: the bundle's config, its loader, its cache's maker. */
const BUILD_FILES = ["webpack.cli.config.js", "bin/loadCli.js", "scripts/cli-cache.mjs"];

const isStale = (): boolean =>
  ["src/cli", "src/domain", "src/files"].some((d) => newestSource(path.join(ROOT, d)) > builtAt()) ||
  BUILD_FILES.some((f) => statSync(path.join(ROOT, f)).mtimeMs > builtAt());

/** Builds the command line when it is older than its sources. */
export function ensureBuiltCli(): void {
  if (!isStale()) return;
  const lock = path.join(ROOT, ".tmp/build-cli.lock");
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let tries = 0; ; tries++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (tries > 600) throw new Error(`${lock} held for a minute`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    if (!isStale()) return;
    const r = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`npm run build:cli failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Run as another user (uid, gid): lets a test run as root see a permission refused. */
  as?: { uid: number; gid: number };
  /**
   * Variables added to the environment. Setting process.env in a test does not reach a child:
   * jest gives each test file a copy of it.
   */
  env?: Readonly<Record<string, string>>;
}

/** Runs `node bin/dvcq.js …` to its end. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      resolve({ code, signal, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }),
    );
  });
}

export function spawnCli(args: readonly string[], options: RunOptions) {
  const spawnOptions: SpawnOptions = { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] };
  if (options.as) Object.assign(spawnOptions, options.as);
  if (options.env) spawnOptions.env = { ...process.env, ...options.env };
  return spawn(process.execPath, [BIN, ...args], spawnOptions);
}

/** Whether the tests run as root, for whom no permission is ever refused. */
export const IS_ROOT = typeof process.getuid === "function" && process.getuid() === 0;
/** The unprivileged user root's permission tests run as. */
export const NOBODY = { uid: 65534, gid: 65534 };

/** sha256 of every file below a folder (or of one file), by path: to show that a command changed none of them. */
export function hashTree(target: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const visit = (p: string): void => {
    const s = statSync(p);
    try {
      if (s.isDirectory()) for (const name of readdirSync(p).sort()) visit(path.join(p, name));
      else hashes[p] = createHash("sha256").update(readFileSync(p)).digest("hex");
    } catch {
      // Not readable by this user (a permission test): its mode and size stand for it.
      hashes[p] = `mode ${s.mode.toString(8)}, ${s.size} bytes, modified ${s.mtimeMs}`;
    }
  };
  visit(target);
  return hashes;
}

/** The reports of a demo inbox its check found nothing in, by name: a run over them is exit 0. */
export function cleanDemoReports(demoDir: string): string[] {
  const flagged = new Set(
    (JSON.parse(readFileSync(path.join(demoDir, "check.json"), "utf8")) as { file: string }[]).map((f) =>
      path.basename(f.file),
    ),
  );
  return readdirSync(path.join(demoDir, "inbox"))
    .filter((n) => !flagged.has(n))
    .sort();
}
