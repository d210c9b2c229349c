/**
 * What `dvcq check` runs of the command line's bundle for well-formed files: what the check needs,
 * not the district report, the letters, nor saxes (the lean scanner reads such files alone). Each
 * module run costs time at every start; and the bundle itself is what runs.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureBuiltCli, ROOT } from "./builtCli";

let base: string;
let preload: string;
let runner: string;

/** What a child prints at its exit: the module files Node loaded, and what the bundle ran. */
const NODE_LOADED = "DVCQ_NODE_LOADED ";
const BUNDLE_RAN = "DVCQ_BUNDLE_RAN ";

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-loads-"));
  preload = path.join(base, "loaded.cjs");
  await writeFile(
    preload,
    `process.on("exit", () => {
       process.stderr.write(${JSON.stringify(NODE_LOADED)} + JSON.stringify(Object.keys(require.cache)) + "\\n");
     });\n`,
  );
  // bin/dvcq.js's own start, telling at the end what of the bundle ran.
  runner = path.join(base, "run.cjs");
  await writeFile(
    runner,
    `const { loadCli } = require(${JSON.stringify(path.join(ROOT, "bin/loadCli.js"))});
     const { cli } = loadCli();
     cli.main(process.argv.slice(2), { stdout: () => {}, stderr: (t) => process.stderr.write(t + "\\n"), cwd: process.cwd() })
       .then(() => process.stderr.write(${JSON.stringify(BUNDLE_RAN)} + JSON.stringify({ modules: cli.loadedModules() }) + "\\n"));\n`,
  );
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function run(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: base, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", () => resolve(stderr));
  });
}

function lineOf(stderr: string, mark: string): string {
  const line = stderr.split("\n").find((l) => l.startsWith(mark));
  if (line === undefined) throw new Error(`no ${mark.trim()} in:\n${stderr}`);
  return line.slice(mark.length);
}

/** The modules of the bundle a command ran, by the paths they were built from. */
async function loadedBy(args: readonly string[]): Promise<string[]> {
  const ran = JSON.parse(lineOf(await run([runner, ...args]), BUNDLE_RAN)) as { modules: string[] };
  return ran.modules.map((id) => id.replace(/^\.\//, ""));
}

test("bin/dvcq.js runs the one bundle: Node itself loads no module of dist-cli (the cache: codeCache.test.ts)", async () => {
  const stderr = await run(["-r", preload, path.join(ROOT, "bin/dvcq.js"), "--version"]);
  const files = (JSON.parse(lineOf(stderr, NODE_LOADED)) as string[]).map((f) =>
    path.relative(ROOT, f).split(path.sep).join("/"),
  );
  expect(files.filter((f) => !f.startsWith("..") && !f.startsWith(path.relative(ROOT, base)))).toEqual([
    "bin/dvcq.js",
    "bin/loadCli.js",
  ]);
});

const FILES = ["template-clean.xlsx", "template-ten-mistakes.xlsx"].map((f) =>
  path.join(ROOT, "test/fixtures", f),
);

describe("dvcq check of well-formed files", () => {
  let loaded: string[] = [];
  beforeAll(async () => {
    loaded = await loadedBy(["check", ...FILES, "--json"]);
  }, 60_000);

  test("runs the check (the list is of this run)", () => {
    expect(loaded).toContain("dist-cli/cli/commands/check.js");
    expect(loaded).toContain("dist-cli/domain/check/checks.js");
    expect(loaded).toContain("dist-cli/files/readXlsx.js");
  });

  test("recognises DVCQ's own outputs without loading what writes them", () => {
    expect(loaded).toContain("dist-cli/domain/report/recognise.js");
    expect(loaded).toContain("dist-cli/domain/letters/feedbackSheet.js");
    expect(loaded).not.toContain("dist-cli/domain/letters/index.js");
    expect(loaded).not.toContain("dist-cli/domain/letters/feedback.js");
  });

  test("loads no saxes: the lean scanner reads these files", () => {
    expect(loaded.filter((f) => /node_modules\/(saxes|xmlchars)\//.test(f))).toEqual([]);
  });

  test("loads none of the report builder, the pivot or the reminder", () => {
    expect(
      loaded.filter((f) =>
        /dist-cli\/domain\/(report\/(index|districtReport|details|narrative|annexes)|pivot\/|letters\/(reminder|letterKit))\.?/.test(
          f,
        ),
      ),
    ).toEqual([]);
  });
});
