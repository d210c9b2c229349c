// The command line's code caches (bin/loadCli.js), made by `npm run build:cli` after the bundle:
// one for each command, each by a Node of its own that runs that command alone on the demo (made
// first), so that V8 has compiled what the command runs, and writes what it compiled. The caches
// only save time: should one fail, the command line runs without it, and the build goes on.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { loadCli, cacheFile, cacheOf, COMMANDS } = require("../bin/loadCli.js");
const quiet = (cwd) => ({ stdout: () => undefined, stderr: () => undefined, cwd });

/** Runs `args` on the bundle in this Node, then writes the cache of `command`. */
async function makeCache(command, args, cwd) {
  const cache = cacheOf(command);
  const temporary = `${cache}.${process.pid}`;
  try {
    const loaded = loadCli({ withoutCache: true });
    const code = await loaded.cli.main(args, quiet(cwd));
    if (code > 1) throw new Error(`dvcq ${args.join(" ")} exited ${code}`);
    // Whole or not at all: a build under way never leaves half a cache to a command starting.
    writeFileSync(temporary, cacheFile(loaded.source, loaded.script.createCachedData()));
    renameSync(temporary, cache);
  } finally {
    rmSync(temporary, { force: true });
  }
}

if (process.argv[2] === "--make") {
  const [command, cwd, ...args] = process.argv.slice(3);
  await makeCache(command, args, cwd);
} else {
  for (const command of [...COMMANDS, "start"]) rmSync(cacheOf(command), { force: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), "dvcq-cache-"));
  try {
    const demo = path.join(dir, "demo");
    const made = await loadCli({ withoutCache: true }).cli.main(["demo", "--out", demo], quiet(dir));
    if (made > 1) throw new Error(`dvcq demo exited ${made}`);
    // The demo's year, as its summary says: its registry may have ended before this year's report.
    const year = String(JSON.parse(readFileSync(path.join(demo, "rollup.json"), "utf8")).year);
    const inbox = path.join(demo, "inbox");
    const runs = {
      check: ["check", inbox, "--year", year, "--json"],
      rollup: ["rollup", inbox, "--year", year, "--out", path.join(dir, "report.xlsx")],
      template: ["template", "--all", "--year", year, "--out", path.join(dir, "templates")],
      demo: ["demo", "--out", path.join(dir, "demo-again")],
      start: ["--version"],
    };
    for (const [command, args] of Object.entries(runs)) {
      const child = spawnSync(
        process.execPath,
        [fileURLToPath(import.meta.url), "--make", command, dir, ...args],
        {
          encoding: "utf8",
        },
      );
      if (child.status !== 0)
        console.warn(`dvcq: no code cache for ${command} (it starts some 25 ms slower):\n${child.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
