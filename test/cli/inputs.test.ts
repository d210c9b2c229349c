/**
 * Inputs as a clerk gives them, through the built command line on real files: folders, patterns
 * the shell left alone, DVCQ's own outputs lying beside the reports, a file named twice, and paths
 * that name nothing or cannot be read. Every input is hashed before and after each command.
 */
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { cleanDemoReports, ensureBuiltCli, hashTree, IS_ROOT, NOBODY, runCli, type CliRun } from "./builtCli";

let base: string;
let inbox: string;
let inboxFiles: string[];

beforeAll(async () => {
  ensureBuiltCli();
  base = await mkdtemp(path.join(os.tmpdir(), "dvcq-inputs-"));
  await chmod(base, 0o777);
  const demo = await runCli(["demo", "--out", "demo"], { cwd: base });
  expect(demo.code).toBe(0);
  inbox = path.join(base, "demo/inbox");
  inboxFiles = cleanDemoReports(path.join(base, "demo"));
}, 120_000);
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A fresh folder holding the first `n` demo reports under inbox/, readable by anyone. */
async function workspace(n: number): Promise<{ dir: string; names: string[] }> {
  const dir = await mkdtemp(path.join(base, "ws-"));
  await mkdir(path.join(dir, "inbox"));
  const names = inboxFiles.slice(0, n);
  for (const name of names) await copyFile(path.join(inbox, name), path.join(dir, "inbox", name));
  await chmod(dir, 0o777);
  await chmod(path.join(dir, "inbox"), 0o777);
  return { dir, names };
}

/** Runs the CLI and asserts that no file under `dir` changed, appeared or vanished, except below `outputs`. */
async function runReadOnly(args: string[], dir: string, as?: { uid: number; gid: number }): Promise<CliRun> {
  const before = hashTree(dir);
  const result = await runCli(args, as ? { cwd: dir, as } : { cwd: dir });
  expect(hashTree(dir)).toEqual(before);
  return result;
}

/** The files `check` read, from its text output: the first part of each "file › sheet …" title. */
const filesRead = (stdout: string): string[] =>
  stdout
    .split("\n")
    .filter((l) => !l.startsWith(" ") && l.includes(": ") && !/^(Tổng|Total)/.test(l))
    .map((l) => (l.split(" › ")[0] as string).split(": ")[0] as string);

const noRawCode = (r: CliRun): void => {
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/\bE[A-Z]{3,}\b|node:|at .*\.js:\d+/);
};

describe("a folder as input", () => {
  test("means every .xlsx/.xlsm in it, not its subfolders, nor other files", async () => {
    const { dir, names } = await workspace(3);
    await copyFile(path.join(dir, "inbox", names[0] as string), path.join(dir, "inbox", "Macro.XLSM"));
    await writeFile(path.join(dir, "inbox", "notes.txt"), "ghi chú");
    await writeFile(path.join(dir, "inbox", "~$" + names[1]), "\u0005clerk");
    await writeFile(path.join(dir, "inbox", ".hidden.xlsx"), "not read");
    await mkdir(path.join(dir, "inbox", "late"));
    await copyFile(path.join(inbox, inboxFiles[5] as string), path.join(dir, "inbox", "late", "later.xlsx"));

    const flat = await runReadOnly(["check", "inbox"], dir);
    expect(filesRead(flat.stdout)).toEqual(["Macro.XLSM", ...names].sort().map((n) => path.join("inbox", n)));
    expect(flat.stdout).toContain("Tổng: 4 tệp");

    const deep = await runReadOnly(["check", "inbox", "--recursive"], dir);
    expect(filesRead(deep.stdout)).toContain(path.join("inbox", "late", "later.xlsx"));
    expect(deep.stdout).toContain("Tổng: 5 tệp");
  });

  test("a folder with no workbook: exit 2 naming it; a hint when its subfolders hold some", async () => {
    const { dir } = await workspace(1);
    await mkdir(path.join(dir, "empty"));
    await mkdir(path.join(dir, "outer/inner"), { recursive: true });
    await copyFile(path.join(inbox, inboxFiles[0] as string), path.join(dir, "outer/inner/a.xlsx"));
    const empty = await runReadOnly(["check", "empty"], dir);
    expect(empty).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "Thư mục empty không có tệp .xlsx hoặc .xlsm nào.",
    });
    const outer = await runReadOnly(["check", "outer", "--lang", "en"], dir);
    expect(outer).toMatchObject({
      code: 2,
      stderr: "Folder outer holds no .xlsx or .xlsm file (there are some in subfolders: add --recursive).",
    });
    expect((await runReadOnly(["check", "outer", "--recursive"], dir)).code).toBe(0);
  });
});

describe("patterns the shell did not expand (cmd, PowerShell, or quoted)", () => {
  test("* and ? are expanded by dvcq, in name order, never picking JSON files", async () => {
    const { dir, names } = await workspace(4);
    await writeFile(path.join(dir, "inbox", "summary.json"), "{}");
    const star = await runReadOnly(["check", "inbox/*"], dir);
    expect(filesRead(star.stdout)).toEqual(names.map((n) => path.join("inbox", n)));
    const xlsx = await runReadOnly(["check", path.join(dir, "inbox", "*.xlsx")], dir);
    expect(filesRead(xlsx.stdout)).toEqual(names.map((n) => path.join(dir, "inbox", n)));
    const one = names[2] as string;
    const question = await runReadOnly(["check", `inbox/${one.slice(0, -6)}?.xlsx`], dir);
    expect(filesRead(question.stdout)).toEqual([path.join("inbox", one)]);
    const dirs = await runReadOnly(["check", "in*/DVCQ_2024_*"], dir);
    expect(filesRead(dirs.stdout)).toHaveLength(4);
  });

  test("a pattern matching nothing: exit 2 naming it", async () => {
    const { dir } = await workspace(1);
    const r = await runReadOnly(["check", "inbox/*.xlsb"], dir);
    expect(r).toMatchObject({ code: 2, stdout: "", stderr: "Không có tệp nào khớp với inbox/*.xlsb." });
    expect((await runReadOnly(["check", "nowhere/*.xlsx", "--lang", "en"], dir)).stderr).toBe(
      "No file matches nowhere/*.xlsx.",
    );
  });
});

describe("DVCQ's own outputs among the inputs", () => {
  test("a district report and the JSON files are skipped with a note, not counted as errors", async () => {
    const { dir, names } = await workspace(3);
    for (const f of ["DVCQ_2024_TongHop.xlsx", "rollup.json", "check.json"])
      await copyFile(path.join(base, "demo", f), path.join(dir, "inbox", f));
    await writeFile(path.join(dir, "inbox", ".~dvcq-0123456789ab.tmp"), "left by a killed run");

    // The folder: the report found and skipped; the JSON files never picked.
    const folder = await runReadOnly(["check", "inbox", "--json"], dir);
    expect(folder.code).toBe(0);
    expect(JSON.parse(folder.stdout)).toEqual([]);
    expect(names).toHaveLength(3);
    expect(folder.stderr).toBe(
      `Bỏ qua ${path.join("inbox", "DVCQ_2024_TongHop.xlsx")}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.`,
    );

    // What bash gives for inbox/* (every name, JSON included), as explicit arguments.
    const every = (await readdir(path.join(dir, "inbox"))).sort().map((n) => path.join("inbox", n));
    const shell = await runReadOnly(["check", ...every], dir);
    expect(shell.code).toBe(0);
    expect(shell.stderr.split("\n").sort()).toEqual(
      [
        `Bỏ qua ${path.join("inbox", ".~dvcq-0123456789ab.tmp")}: đây là tệp tạm của một lần chạy dvcq bị ngắt; có thể xóa.`,
        `Bỏ qua ${path.join("inbox", "DVCQ_2024_TongHop.xlsx")}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.`,
        `Bỏ qua ${path.join("inbox", "check.json")}: đây là kết quả kiểm tra JSON do dvcq ghi.`,
        `Bỏ qua ${path.join("inbox", "rollup.json")}: đây là tệp tóm tắt JSON do dvcq ghi.`,
      ].sort(),
    );
    expect(shell.stdout).toContain(`Tổng: ${names.length} tệp`);
  });

  test("a roll-up re-run over the folder it wrote into replaces its report, reading it as no unit's", async () => {
    const { dir, names } = await workspace(3);
    const args = [
      "rollup",
      "inbox",
      "--year",
      "2024",
      "--out",
      "inbox/TongHop.xlsx",
      "--json",
      "inbox/tomtat.json",
    ];
    const first = await runCli(args, { cwd: dir });
    expect(first.code).toBe(0);
    const inputs = names.map((n) => path.join(dir, "inbox", n));
    const before = Object.fromEntries(inputs.map((f) => [f, hashTree(f)[f]]));
    const second = await runCli(args, { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(
      `Bỏ qua ${path.join("inbox", "TongHop.xlsx")}: đây là báo cáo tổng hợp do dvcq ghi, không phải báo cáo của đơn vị.`,
    );
    expect(second.stderr).toContain(`Đã nhận ${names.length}/30 đơn vị`);
    expect(Object.fromEntries(inputs.map((f) => [f, hashTree(f)[f]]))).toEqual(before);
  });
});

describe("the same file named twice is read once", () => {
  test("by another spelling, through a folder, and through a link", async () => {
    const { dir, names } = await workspace(2);
    const a = path.join("inbox", names[0] as string);
    await symlink(path.join(dir, a), path.join(dir, "link.xlsx"));
    const r = await runReadOnly(["check", a, `./${a}`, path.join(dir, a), "inbox", "link.xlsx"], dir);
    expect(filesRead(r.stdout)).toEqual([a, path.join("inbox", names[1] as string)]);
    expect(r.stdout).toContain("Tổng: 2 tệp");
  });
});

describe("paths that name nothing, or cannot be read", () => {
  test("a missing file among good ones is a FILE_UNREADABLE finding naming it; the others are checked", async () => {
    const { dir, names } = await workspace(2);
    const r = await runReadOnly(["check", "inbox", "missing.xlsx", "--json"], dir);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as { file: string; rule: string; message: string }[];
    expect(findings).toEqual([
      {
        file: "missing.xlsx",
        unit: null,
        sheet: null,
        cell: null,
        rule: "FILE_UNREADABLE",
        severity: "error",
        message: "Không tìm thấy missing.xlsx: không có tệp hay thư mục nào tên như vậy.",
      },
    ]);
    expect(names).toHaveLength(2);
    noRawCode(r);
  });

  test("nothing that exists at all: exit 2, each path named, in English on request", async () => {
    const { dir } = await workspace(1);
    const r = await runReadOnly(["check", "missing.xlsx", "gone/", "--lang", "en"], dir);
    expect(r).toMatchObject({
      code: 2,
      stdout: "",
      stderr:
        "missing.xlsx is not found: there is no file or folder of that name.\ngone/ is not found: there is no file or folder of that name.",
    });
    const rollup = await runReadOnly(["rollup", "missing.xlsx", "--year", "2024", "--out", "r.xlsx"], dir);
    expect(rollup).toMatchObject({
      code: 2,
      stderr: "Không tìm thấy missing.xlsx: không có tệp hay thư mục nào tên như vậy.",
    });
    noRawCode(rollup);
  });

  test("a roll-up names the missing file among those it could not use", async () => {
    const { dir } = await workspace(2);
    const r = await runCli(
      ["rollup", "inbox", "missing.xlsx", "--year", "2024", "--out", "r.xlsx", "--json", "r.json"],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "Không dùng được 1 tệp:\n  ✖ missing.xlsx [FILE_UNREADABLE] Không tìm thấy missing.xlsx: không có tệp hay thư mục nào tên như vậy.",
    );
    noRawCode(r);
  });

  (process.platform === "win32" ? test.skip : test)(
    "a file or folder without read permission: a sentence, never EACCES",
    async () => {
      const { dir, names } = await workspace(2);
      const locked = path.join("inbox", names[0] as string);
      await chmod(path.join(dir, locked), 0o000);
      await mkdir(path.join(dir, "closed"));
      await copyFile(path.join(inbox, inboxFiles[3] as string), path.join(dir, "closed", "x.xlsx"));
      await chmod(path.join(dir, "closed"), 0o000);
      const as = IS_ROOT ? NOBODY : undefined;
      const file = await runReadOnly(["check", "inbox", "--json"], dir, as);
      expect(file.code).toBe(1);
      expect(JSON.parse(file.stdout)).toEqual([
        expect.objectContaining({
          file: locked,
          rule: "FILE_UNREADABLE",
          message: `Không mở được ${locked}: không có quyền đọc.`,
        }),
      ]);
      const folder = await runReadOnly(["check", "closed", "--lang", "en"], dir, as);
      expect(folder).toMatchObject({ code: 2, stderr: "Cannot open closed: no permission to read it." });
      noRawCode(file);
      noRawCode(folder);
      await chmod(path.join(dir, "closed"), 0o755);
    },
  );
});
