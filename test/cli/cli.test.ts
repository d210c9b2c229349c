import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { runMain } from "./runMain";

const madeDirs: string[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-cli-"));
  madeDirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(madeDirs.map((d) => rm(d, { recursive: true, force: true })));
});

const run = async (argv: string[], cwd?: string) => {
  const dir = cwd ?? (await tempDir());
  return { ...(await runMain(argv, dir)), dir };
};

describe("dvcq template", () => {
  test("--all writes one file per unit registered for the year, named for email", async () => {
    const { code, stderr, dir } = await run(["template", "--year", "2024", "--all", "--out", "out"]);
    expect(code).toBe(0);
    expect(stderr).toContain("Đã ghi 30 mẫu biểu năm 2024");
    const files = (await readdir(path.join(dir, "out"))).sort();
    expect(files).toHaveLength(30);
    expect(files).toContain("DVCQ_2024_XA-XUAN-HOA.xlsx");
    expect(files).toContain("DVCQ_2024_CQ-NOI-VU.xlsx");
  });

  test("--unit writes that unit's template, which reads back with its name and figures cells", async () => {
    const { code, stderr, dir } = await run([
      "template",
      "--year",
      "2024",
      "--unit",
      "xa-xuan-hoa",
      "--out",
      "hoa.xlsx",
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Đã ghi mẫu biểu 2024 \(Xã Xuân Hòa, 63 chỉ tiêu\)/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "hoa.xlsx"));
    const sheet = workbook.getWorksheet("XA-XUAN-HOA 2024");
    expect(sheet?.getCell("D14").value).toBe("XA-XUAN-HOA");
    expect(workbook.definedNames.getRanges("DVCQ_I_6_20").ranges).toEqual(["'XA-XUAN-HOA 2024'!$D$86"]);
  });

  test("a mistyped unit code: exit 2 and a suggestion", async () => {
    const { code, stderr } = await run([
      "template",
      "--year",
      "2024",
      "--unit",
      "XA-XUAN-HOAA",
      "--out",
      "x.xlsx",
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "Không có đơn vị mã “XA-XUAN-HOAA” trong danh sách đơn vị. Có phải là XA-XUAN-HOA (Xã Xuân Hòa)?",
    );
  });

  test("bad arguments: exit 2 with the reason, in English on request", async () => {
    expect(await run(["template", "--year", "24", "--all", "--out", "o"])).toMatchObject({
      code: 2,
      stderr: "Năm báo cáo “24” không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ --year 2024.",
    });
    expect(await run(["template", "--year", "2024", "--out", "o", "--lang", "en"])).toMatchObject({
      code: 2,
      stderr: "Give exactly one of --unit CODE or --all.",
    });
    expect(await run(["template", "--year", "2024", "--all", "--out"])).toMatchObject({
      code: 2,
      stderr: "Tùy chọn --out cần một giá trị.\nXem: dvcq template --help",
    });
    expect(await run(["template", "--year", "2024", "--all", "--out", "o", "--colour", "red"])).toMatchObject(
      {
        code: 2,
        stderr: "Lệnh template không có tùy chọn “--colour”.\nXem: dvcq template --help",
      },
    );
  });

  test("a unit list from CSV replaces the built-in one; its bad rows are reported", async () => {
    const dir = await tempDir();
    await writeFile(
      path.join(dir, "units.csv"),
      "code,name,kind,parent\nXA-MOI,Xã Mới,X,UBND huyện Mới\nCQ-MOI,Phòng Mới,C,UBND huyện Mới\nsai mã,,Z,\n",
    );
    const { code, stderr } = await run(
      ["template", "--year", "2026", "--all", "--out", "out", "--units", "units.csv"],
      dir,
    );
    expect(code).toBe(0);
    expect(stderr).toContain("Dòng 4 của danh sách đơn vị bị bỏ qua");
    expect((await readdir(path.join(dir, "out"))).sort()).toEqual([
      "DVCQ_2026_CQ-MOI.xlsx",
      "DVCQ_2026_XA-MOI.xlsx",
    ]);
  });

  test("a year in which no registered unit exists says so", async () => {
    const { code, stderr } = await run(["template", "--year", "2027", "--all", "--out", "o"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^Danh sách đơn vị có sẵn không có đơn vị nào hoạt động trong kỳ báo cáo năm 2027 \(01\/10\/2026 – 30\/09\/2027\); danh sách hết hiệu lực ngày 30\/06\/2025\. Hãy dùng danh sách đơn vị của mình: thêm --units DANH_SÁCH\.csv\./,
    );
  });

  test("an output folder that cannot be made: exit 2", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "taken"), "a file, not a folder");
    const { code, stderr } = await run(["template", "--year", "2024", "--all", "--out", "taken/sub"], dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Không ghi được vào .*taken\/sub/);
  });
});

test("rollup without a year takes the default one; without an output: exit 2 with the reason", async () => {
  const noYear = await run(["rollup", "a.xlsx", "--out", "r.xlsx"]);
  expect(noYear.code).toBe(2);
  expect(noYear.stderr).toMatch(/^Năm báo cáo \d{4} \(không có --year: năm có hạn nộp 14\/10\/\d{4} /);
  expect(await run(["rollup", "a.xlsx", "--year", "2024", "--lang", "en"])).toMatchObject({
    code: 2,
    stderr: "Where to write is needed: --out.",
  });
});

test("no command prints the usage and exits 2; --help exits 0", async () => {
  expect(await run([])).toMatchObject({
    code: 2,
    stdout: expect.stringContaining("dvcq template --year 2024 --unit XA-XUAN-HOA"),
  });
  expect(await run(["--help"])).toMatchObject({ code: 0 });
});

test("npx dvcq demo, as a new user runs it, writes the demo templates", async () => {
  const root = path.resolve(__dirname, "../..");
  expect(existsSync(path.join(root, "dist-cli/cli/main.js"))).toBe(true);
  const out = await tempDir();
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [
    path.join(root, "bin/dvcq.js"),
    "demo",
    "--out",
    out,
  ]);
  expect(stderr).toContain("Demo DVCQ");
  expect(stderr).toContain("chưa gửi: Xã Xuân Hiệp, Phòng Giáo dục và Đào tạo");
  expect(await readdir(path.join(out, "templates"))).toHaveLength(30);
  expect(await readdir(path.join(out, "inbox"))).toHaveLength(29);
  expect(stdout).toContain(
    "R17                  D86   6.20 Số vụ việc khiếu nại, tố cáo đã giải quyết (9) lớn hơn 6.19",
  );
  expect(stdout).toContain("7.1 Ngày gửi báo cáo 17/10/2024 sau hạn 14/10/2024.");
  expect(stdout).toMatch(/Tổng: 29 tệp, 29 trang mẫu biểu, \d+ lỗi, \d+ cảnh báo\./);
  expect(stderr).toContain("Đã ghi báo cáo tổng hợp năm 2024");
  const findings = JSON.parse(await readFile(path.join(out, "check.json"), "utf8")) as { rule: string }[];
  expect(findings.map((f) => f.rule)).toContain("DUPLICATE_SUBMISSION");
});

describe("dvcq check", () => {
  const fixture = (name: string): string => path.resolve(__dirname, "../fixtures", name);

  test("a clean template: no finding, exit 0", async () => {
    const { code, stdout } = await run(["check", fixture("template-clean.xlsx")]);
    expect(code).toBe(0);
    expect(stdout).toContain("XA-XUAN-HOA 2024 › Xã Xuân Hòa (XA-XUAN-HOA) › 2024: không có lỗi");
  });

  test("--json prints the contract's array and nothing else; errors give exit 1", async () => {
    const file = fixture("template-ten-mistakes.xlsx");
    const { code, stdout, stderr } = await run(["check", file, "--json", "--year", "2024"]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    const findings = JSON.parse(stdout) as Record<string, unknown>[];
    expect(findings.map((f) => [f.rule, f.cell, f.severity])).toEqual([
      ["R01", "D25", "error"],
      ["NUMBER_AS_TEXT", "D30", "warning"],
      ["R22", "D31", "error"],
      ["R22", "D43", "error"],
      ["R10", "D55", "warning"],
      ["R22", "D58", "error"],
      ["R21", "E59", "warning"],
      ["R15", "D78", "error"],
      ["R17", "D86", "error"],
      ["R19", "D92", "warning"],
    ]);
    expect(findings[8]).toEqual({
      file,
      unit: "XA-XUAN-HOA",
      sheet: "XA-XUAN-HOA 2024",
      cell: "D86",
      rule: "R17",
      severity: "error",
      message:
        "6.20 Số vụ việc khiếu nại, tố cáo đã giải quyết (7) lớn hơn 6.19 Số vụ việc khiếu nại, tố cáo thuộc thẩm quyền (5).",
    });
  });

  test("broken files get a finding each and the others are still checked", async () => {
    const names = [
      "password.xlsx",
      "old-format.xls",
      "empty.xlsx",
      "truncated.xlsx",
      "not-a-workbook.xlsx",
      "template-clean.xlsx",
    ];
    const { code, stdout } = await run(["check", ...names.map(fixture), "--json"]);
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as { file: string; rule: string; message: string }[];
    expect(findings.map((f) => [path.basename(f.file), f.rule])).toEqual(
      names.slice(0, 5).map((n) => [n, "FILE_UNREADABLE"]),
    );
    expect(findings[0]?.message).toMatch(/^Tệp được đặt mật khẩu mở/);
  });

  test("the same unit twice: DUPLICATE_SUBMISSION", async () => {
    const { stdout } = await run([
      "check",
      fixture("template-clean.xlsx"),
      fixture("libreoffice-resaved.xlsx"),
      "--json",
    ]);
    expect((JSON.parse(stdout) as { rule: string }[]).map((f) => f.rule)).toEqual(["DUPLICATE_SUBMISSION"]);
  });

  test("a file of another year, against --year", async () => {
    const { code, stdout } = await run([
      "check",
      fixture("template-clean.xlsx"),
      "--year",
      "2025",
      "--lang",
      "en",
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain("WRONG_YEAR");
    expect(stdout).toContain("The sheet reports 2024, not 2025, the year being collected.");
  });

  test("no file: exit 2", async () => {
    expect(await run(["check"])).toMatchObject({ code: 2, stderr: "Cần ít nhất một tệp .xlsx để kiểm tra." });
  });
});
