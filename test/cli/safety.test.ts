/**
 * Nothing a clerk has is lost: no output over an input, no template over a unit's figures, and
 * outputs that appear whole or not at all. Through the built command line, on real files; every
 * file that is not the command's output is hashed before and after.
 */
import {
  chmod,
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cleanDemoReports, ensureBuiltCli, hashTree, IS_ROOT, NOBODY, runCli, type CliRun } from "./builtCli";

let base: string;
/** The demo's inbox, its reports as units filled them. */
let inbox: string;
let inboxFiles: string[];

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-safety-"));
  await chmod(base, 0o777);
  expect((await runCli(["demo", "--out", "demo"], { cwd: base })).code).toBe(0);
  inbox = path.join(base, "demo/inbox");
  inboxFiles = cleanDemoReports(path.join(base, "demo"));
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function workspace(n: number): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(path.join(base, "ws-"));
  await chmod(dir, 0o777);
  const files: string[] = [];
  for (const name of inboxFiles.slice(0, n)) {
    await copyFile(path.join(inbox, name), path.join(dir, name));
    files.push(name);
  }
  return { dir, files };
}

/** Hashes of everything under `dir`: what a refused command must leave exactly as it was. */
const snapshot = (dir: string): Record<string, string> => hashTree(dir);
const temporaries = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { recursive: true })).filter((n) => /\.~dvcq-/.test(String(n))).map(String);

async function refused(args: string[], dir: string, as?: { uid: number; gid: number }): Promise<CliRun> {
  const before = snapshot(dir);
  const r = await runCli(args, as ? { cwd: dir, as } : { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(snapshot(dir)).toEqual(before);
  expect(await temporaries(dir)).toEqual([]);
  return r;
}

describe("never write over an input", () => {
  test("--out that is an input, however spelt: exit 2 naming both, nothing read or written", async () => {
    const { dir, files } = await workspace(2);
    const [a, b] = files as [string, string];
    expect((await refused(["rollup", a, b, "--year", "2024", "--out", a], dir)).stderr).toBe(
      `Không ghi --out vào ${a}: đó là tệp đầu vào ${a}. Chọn một tên khác cho --out.`,
    );
    expect((await refused(["rollup", ".", "--year", "2024", "--out", path.join(dir, b)], dir)).stderr).toBe(
      `Không ghi --out vào ${path.join(dir, b)}: đó là tệp đầu vào ${b}. Chọn một tên khác cho --out.`,
    );
    await symlink(path.join(dir, a), path.join(dir, "link.xlsx"));
    await link(path.join(dir, b), path.join(dir, "hard.xlsx"));
    expect((await refused(["rollup", a, "--year", "2024", "--out", "link.xlsx"], dir)).stderr).toContain(
      `đó là tệp đầu vào ${a}`,
    );
    expect(
      (await refused(["rollup", b, "--year", "2024", "--out", "hard.xlsx", "--lang", "en"], dir)).stderr,
    ).toBe(`Not writing --out to hard.xlsx: it is the input ${b}. Choose another name for --out.`);
  });

  test("--json that is an input, and --out equal to --json", async () => {
    const { dir, files } = await workspace(2);
    const [a, b] = files as [string, string];
    expect(
      (await refused(["rollup", a, b, "--year", "2024", "--out", "r.xlsx", "--json", b], dir)).stderr,
    ).toBe(`Không ghi --json vào ${b}: đó là tệp đầu vào ${b}. Chọn một tên khác cho --json.`);
    expect(
      (await refused(["rollup", a, "--year", "2024", "--out", "r.xlsx", "--json", "./sub/../r.xlsx"], dir))
        .stderr,
    ).toBe("--out r.xlsx và --json ./sub/../r.xlsx là cùng một tệp; chọn hai tên khác nhau.");
  });

  test("an output onto the --units or --catalogue file read: refused, even with --force", async () => {
    const { dir, files } = await workspace(1);
    await writeFile(path.join(dir, "units.csv"), "code,name,kind,parent\nXA-MOI,Xã Mới,X,UBND huyện Mới\n");
    expect(
      (
        await refused(
          [
            "template",
            "--year",
            "2026",
            "--unit",
            "XA-MOI",
            "--units",
            "units.csv",
            "--out",
            "units.csv",
            "--force",
          ],
          dir,
        )
      ).stderr,
    ).toBe("Không ghi --out vào units.csv: đó là tệp đầu vào units.csv. Chọn một tên khác cho --out.");
    expect(
      (
        await refused(
          [
            "rollup",
            files[0] as string,
            "--year",
            "2026",
            "--units",
            "units.csv",
            "--out",
            "r.xlsx",
            "--json",
            "./units.csv",
          ],
          dir,
        )
      ).stderr,
    ).toBe("Không ghi --json vào ./units.csv: đó là tệp đầu vào units.csv. Chọn một tên khác cho --json.");
  });

  test("an existing --out or --json that dvcq did not write: only with --force, never over a unit's figures", async () => {
    const { dir, files } = await workspace(2);
    const [a, b] = files as [string, string];
    await writeFile(path.join(dir, "notes.xlsx"), "the clerk's notes");
    await writeFile(path.join(dir, "notes.json"), '{"mine": true}');
    expect((await refused(["rollup", a, "--year", "2024", "--out", "notes.xlsx"], dir)).stderr).toBe(
      "Tệp notes.xlsx đã có và không phải báo cáo tổng hợp do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
    );
    expect(
      (await refused(["rollup", a, "--year", "2024", "--out", "r.xlsx", "--json", "notes.json"], dir)).stderr,
    ).toBe(
      "Tệp notes.json đã có và không phải tệp tóm tắt JSON do dvcq ghi; không ghi đè. Chọn tên khác, hoặc thêm --force.",
    );
    // b is a unit's filled report not among the inputs: refused even with --force.
    const r = await refused(["rollup", a, "--year", "2024", "--out", b, "--force"], dir);
    expect(r.stderr).toMatch(
      new RegExp(
        `^Không ghi đè ${b.replace(/[.()]/g, "\\$&")}: tệp có \\d+ số liệu và \\d+ ô minh chứng đơn vị đã nhập\\.`,
      ),
    );
    const forced = await runCli(["rollup", a, "--year", "2024", "--out", "notes.xlsx", "--force"], {
      cwd: dir,
    });
    expect(forced.code).toBe(0);
  });
});

describe("never overwrite a clerk's work with a template", () => {
  test("template --out onto an existing file: refused; --force replaces a blank one, never a filled one", async () => {
    const { dir, files } = await workspace(1);
    const filled = files[0] as string;
    const args = ["template", "--year", "2024", "--unit", "XA-XUAN-HOA", "--out"];
    expect((await runCli([...args, "blank.xlsx"], { cwd: dir })).code).toBe(0);
    expect((await refused([...args, "blank.xlsx"], dir)).stderr).toBe(
      "Tệp blank.xlsx đã có; không ghi đè. Thêm --force để thay bằng mẫu biểu mới.",
    );
    expect((await runCli([...args, "blank.xlsx", "--force"], { cwd: dir })).code).toBe(0);
    const unit = filled.replace(/^DVCQ_2024_|\.xlsx$/g, "");
    const r = await refused(["template", "--year", "2024", "--unit", unit, "--out", filled, "--force"], dir);
    expect(r.stderr).toMatch(
      /^Không ghi đè .*: tệp có [1-9]\d* số liệu và [1-9]\d* ô minh chứng đơn vị đã nhập\./,
    );
  });

  test("template --all into a folder: the whole command refused before anything is written, listing the files", async () => {
    const dir = await mkdtemp(path.join(base, "all-"));
    expect((await runCli(["template", "--year", "2024", "--all", "--out", "t"], { cwd: dir })).code).toBe(0);
    const noForce = await refused(["template", "--year", "2024", "--all", "--out", "t"], dir);
    expect(noForce.stderr).toMatch(
      /^Không ghi gì: 30 tệp đã có trong t \(DVCQ_2024_TT-GIA-RAY\.xlsx, .*, … \(\+20\)\)\. Thêm --force để thay bằng mẫu biểu mới\.$/,
    );
    // One of them is now a unit's filled report: even --force writes nothing at all.
    await copyFile(
      path.join(inbox, "DVCQ_2024_XA-BAO-HOA.xlsx"),
      path.join(dir, "t", "DVCQ_2024_XA-BAO-HOA.xlsx"),
    );
    const forced = await refused(["template", "--year", "2024", "--all", "--out", "t", "--force"], dir);
    expect(forced.stderr).toMatch(
      /^Không ghi gì: 1 tệp trong t có số liệu đơn vị đã nhập, kể cả với --force: DVCQ_2024_XA-BAO-HOA\.xlsx \(\d+ số liệu, \d+ minh chứng\)\.$/,
    );
  });

  test("demo --out into a folder of someone's files is refused; into an earlier demo's, allowed", async () => {
    const { dir } = await workspace(2);
    expect((await refused(["demo", "--out", "."], dir)).stderr).toBe(
      "Thư mục . đã có tệp không phải do demo ghi; demo chỉ ghi vào thư mục mới, thư mục trống hoặc thư mục demo trước đó. Chọn một thư mục khác với --out.",
    );
    const again = await runCli(["demo", "--out", path.join(base, "demo2")], { cwd: dir });
    expect(again.code).toBe(0);
    expect((await runCli(["demo", "--out", path.join(base, "demo2")], { cwd: dir })).code).toBe(0);
  }, 60_000);
});

describe("outputs appear whole, or not at all", () => {
  const rollupArgs = (files: readonly string[], json: string) => [
    "rollup",
    ...files,
    "--year",
    "2024",
    "--out",
    "out/report.xlsx",
    "--json",
    json,
  ];

  test("a --json that cannot be written (exit 2) leaves the previous report and JSON byte-identical", async () => {
    const { dir, files } = await workspace(4);
    await mkdir(path.join(dir, "out"));
    await chmod(path.join(dir, "out"), 0o777);
    expect((await runCli(rollupArgs(files.slice(0, 2), "out/summary.json"), { cwd: dir })).code).toBe(0);
    const previous = snapshot(path.join(dir, "out"));
    await writeFile(path.join(dir, "blocker"), "a file where a folder should be");

    // The report is written first, then the JSON fails: the report is never renamed into place.
    const through = await refused(rollupArgs(files, "blocker/summary.json"), dir);
    expect(through.stderr).toBe(
      "Không ghi được vào blocker/summary.json: một phần của đường dẫn là tệp, không phải thư mục",
    );
    expect(snapshot(path.join(dir, "out"))).toEqual(previous);

    if (IS_ROOT) {
      // Without write permission on the JSON's folder, as a clerk without rights to a share.
      await mkdir(path.join(dir, "readonly"));
      await chmod(path.join(dir, "readonly"), 0o555);
      const denied = await refused(rollupArgs(files, "readonly/summary.json"), dir, NOBODY);
      expect(denied.stderr).toMatch(/^Không ghi được vào .*readonly\/summary\.json: không có quyền/);
      expect(snapshot(path.join(dir, "out"))).toEqual(previous);
    }
  });

  test("a successful run replaces both, and leaves no temporary", async () => {
    const { dir, files } = await workspace(3);
    expect((await runCli(rollupArgs(files.slice(0, 1), "out/summary.json"), { cwd: dir })).code).toBe(0);
    expect((await runCli(rollupArgs(files, "out/summary.json"), { cwd: dir })).code).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, "out/summary.json"), "utf8")).units.received).toBe(3);
    expect((await readdir(path.join(dir, "out"))).sort()).toEqual(["report.xlsx", "summary.json"]);
  });

  test("a template --all that fails part-way leaves no file and no folder behind", async () => {
    const dir = await mkdtemp(path.join(base, "fail-"));
    await mkdir(path.join(dir, "t"));
    // A folder where one template goes: found before writing, nothing staged.
    await mkdir(path.join(dir, "t", "DVCQ_2024_XA-XUAN-HOA.xlsx"));
    const r = await refused(["template", "--year", "2024", "--all", "--out", "t"], dir);
    expect(r.stderr).toBe(
      `Không ghi được vào ${path.join("t", "DVCQ_2024_XA-XUAN-HOA.xlsx")}: đây là một thư mục; hãy ghi tên tệp.`,
    );
  });
});
