/**
 * The command line's bundle runs from its code cache only when the cache is the one made for this
 * bundle and this Node, and whole: V8 would take a cache of another bundle of the same length, and
 * would crash on damaged bytes. Each case runs a copy of bin/ and the bundle in a folder of its own.
 */
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ensureBuiltCli, ROOT } from "./builtCli";

const run = promisify(execFile);
const START_CACHE = "dist-cli/cli/dvcq.js.start.cache";
let base: string;

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-cache-"));
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A copy of bin/ and of the bundle with its cache, each changed as `change` says. */
function copy(
  name: string,
  change: { bundle?: (text: string) => string; cache?: (bytes: Buffer) => Buffer } = {},
) {
  const dir = path.join(base, name);
  mkdirSync(path.join(dir, "bin"), { recursive: true });
  mkdirSync(path.join(dir, "dist-cli/cli"), { recursive: true });
  for (const f of ["dvcq.js", "loadCli.js"])
    copyFileSync(path.join(ROOT, "bin", f), path.join(dir, "bin", f));
  const bundle = readFileSync(path.join(ROOT, "dist-cli/cli/dvcq.js"), "utf8");
  // `--version` starts from the cache made for a start without a command.
  const cache = readFileSync(path.join(ROOT, START_CACHE));
  writeFileSync(path.join(dir, "dist-cli/cli/dvcq.js"), change.bundle ? change.bundle(bundle) : bundle);
  writeFileSync(path.join(dir, START_CACHE), change.cache ? change.cache(cache) : cache);
  return dir;
}

/** `--version` of the copy through bin/dvcq.js, and whether V8 was given the cache and took it. */
async function version(dir: string): Promise<{ stdout: string; given: boolean; taken: boolean }> {
  // Watches the one vm.Script the loader makes, without changing it.
  const watch = path.join(dir, "watch.cjs");
  writeFileSync(
    watch,
    `const vm = require("node:vm"); const Script = vm.Script; let seen;
     vm.Script = class extends Script { constructor(code, options) { super(code, options); seen = { given: options.cachedData !== undefined, taken: options.cachedData !== undefined && !this.cachedDataRejected }; } };
     process.on("exit", () => process.stderr.write("SCRIPT " + JSON.stringify(seen) + "\\n"));\n`,
  );
  const { stdout, stderr } = await run(process.execPath, [
    "-r",
    watch,
    path.join(dir, "bin/dvcq.js"),
    "--version",
  ]);
  const seen = JSON.parse(/^SCRIPT (.*)$/m.exec(stderr)?.[1] ?? "null") as { given: boolean; taken: boolean };
  return { stdout, ...seen };
}

test("bin/dvcq.js runs the bundle from the cache the build made for it", async () => {
  const { stdout, given, taken } = await version(copy("as-built"));
  expect(stdout).toMatch(/^dvcq \S+ \(mẫu biểu DVCQ-CT03\/\d+\)/);
  expect([given, taken]).toEqual([true, true]);
});

test("a bundle changed after its cache was made (same length) runs as it now is, compiled anew", async () => {
  // The bundle is ASCII: "mẫu biểu" is written with \u escapes there.
  const was = "m\\u1eabu bi\\u1ec3u";
  const now = "MAU-BIEU".padEnd(was.length, "-");
  const changed = copy("stale", {
    bundle: (text) => text.replace(`(${was} \${template})`, `(${now} \${template})`),
  });
  const text = readFileSync(path.join(changed, "dist-cli/cli/dvcq.js"), "utf8");
  expect(text).toContain(`(${now} \${template})`);
  expect(text.length).toBe(readFileSync(path.join(ROOT, "dist-cli/cli/dvcq.js"), "utf8").length);
  const { stdout, given } = await version(changed);
  expect(stdout).toMatch(/^dvcq \S+ \(MAU-BIEU-+ DVCQ-CT03\/\d+\)/);
  expect(given).toBe(false);
});

test.each([
  [
    "damaged in its middle",
    (bytes: Buffer) => {
      const damaged = Buffer.from(bytes);
      const middle = Math.floor(damaged.length / 2);
      for (let i = middle; i < middle + 64; i++) damaged.writeUInt8(damaged.readUInt8(i) ^ 0x5a, i);
      return damaged;
    },
  ],
  ["cut short", (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
  [
    "of another Node",
    (bytes: Buffer) =>
      Buffer.from(bytes.toString("latin1").replace(/^(DVCQ code cache \d+) v[\d.]+/, "$1 v0.0.0"), "latin1"),
  ],
  ["empty", () => Buffer.alloc(0)],
])("a cache %s is not given to V8: the command runs as built", async (what, damage) => {
  const { stdout, given } = await version(copy(what.replace(/\W+/g, "-"), { cache: damage }));
  expect(stdout).toMatch(/^dvcq \S+ \(mẫu biểu DVCQ-CT03\/\d+\)/);
  expect(given).toBe(false);
});
