// The command line's code cache (bin/loadCli.js), made by `npm run build:cli` after the bundle:
// runs the demo (templates, an inbox, its check and roll-up), then a check and a roll-up of that
// inbox, in this process, so that V8 has compiled what they run, and writes what it compiled. The
// cache only saves time: should this fail, the command line runs without it, and the build goes on.
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);
const { loadCli, cacheFile, CACHE } = require("../bin/loadCli.js");

rmSync(CACHE, { force: true });
const loaded = loadCli({ withoutCache: true });
if (loaded === null) throw new Error("dist-cli/cli/dvcq.js is not built");
const dir = mkdtempSync(path.join(os.tmpdir(), "dvcq-cache-"));
const temporary = `${CACHE}.${process.pid}`;
const quiet = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
try {
  const demo = path.join(dir, "demo");
  const run = async (...args) => {
    const code = await loaded.cli.main(args, quiet);
    if (code > 1) throw new Error(`dvcq ${args[0]} exited ${code}`);
  };
  await run("demo", "--out", demo);
  // The demo's year, as its summary says: its registry may have ended before this year's report.
  const { year } = JSON.parse(readFileSync(path.join(demo, "rollup.json"), "utf8"));
  const inbox = path.join(demo, "inbox");
  await run("check", inbox, "--year", String(year), "--json");
  await run("rollup", inbox, "--year", String(year), "--out", path.join(dir, "report.xlsx"));
  // Whole or not at all: a build under way never leaves half a cache to a command starting.
  writeFileSync(temporary, cacheFile(loaded.source, loaded.script.createCachedData()));
  renameSync(temporary, CACHE);
} catch (e) {
  console.warn(`dvcq: no code cache made (the command line starts some 25 ms slower): ${e?.stack ?? e}`);
} finally {
  rmSync(temporary, { force: true });
  rmSync(dir, { recursive: true, force: true });
}
