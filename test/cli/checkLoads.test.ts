/**
 * What `dvcq check` loads of well-formed files: what the check needs, not the district report, the
 * letters, nor saxes (the lean scanner reads such files alone). Each module costs time at every start,
 * of the command and of each worker of the read pool.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureBuiltCli, ROOT } from "./builtCli";

let base: string;
let preload: string;

/** Every module file the process loaded, relative to the repository, as the preload lists them at exit. */
const MARK = "DVCQ_LOADED ";

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-loads-"));
  preload = path.join(base, "loaded.cjs");
  await writeFile(
    preload,
    `process.on("exit", () => {
       process.stderr.write(${JSON.stringify(MARK)} + JSON.stringify(Object.keys(require.cache)) + "\\n");
     });\n`,
  );
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function loadedBy(args: readonly string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", preload, path.join(ROOT, "bin/dvcq.js"), ...args], {
      cwd: base,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", () => {
      const line = stderr.split("\n").find((l) => l.startsWith(MARK));
      if (line === undefined) return reject(new Error(`no list of modules:\n${stderr}`));
      const files = JSON.parse(line.slice(MARK.length)) as string[];
      resolve(files.map((f) => path.relative(ROOT, f).split(path.sep).join("/")));
    });
  });
}

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
