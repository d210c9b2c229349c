import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runMain } from "./runMain";

/** The clerk's first run for a year the built-in list (Xuân Lộc, until 30/06/2025) has no unit in. */
describe("a year with no unit is never a dead end", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-registry-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (argv: string[]) => runMain(argv, dir);

  test("template, rollup and check say what to do; registry --example and --units lead on", async () => {
    const none = await run(["template", "--year", "2026", "--all", "--out", "mau-bieu"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      "Danh sách đơn vị có sẵn không có đơn vị nào hoạt động trong kỳ báo cáo năm 2026 (01/10/2025 – 30/09/2026); danh sách hết hiệu lực ngày 30/06/2025. Hãy dùng danh sách đơn vị của mình: thêm --units DANH_SÁCH.csv.",
    );
    expect(none.stderr).toContain("dvcq registry --example --out don-vi.csv");
    expect(none.stderr).toContain("dvcq registry --year 2026 --out don-vi.csv");
    const en = await run(["rollup", "x.xlsx", "--year", "2026", "--out", "r.xlsx", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("Use your own unit list: add --units REGISTRY.csv.");
    const unit = await run(["template", "--year", "2026", "--unit", "XA-XUAN-HOA", "--out", "a.xlsx"]);
    expect(unit.stderr).toContain("dvcq registry --example");

    // Each suggested command works as printed.
    const example = await run(["registry", "--example", "--out", "don-vi.csv"]);
    expect(example).toMatchObject({ code: 0, stderr: expect.stringContaining("--units don-vi.csv") });
    expect((await readFile(path.join(dir, "don-vi.csv"), "utf8")).startsWith("\ufeff# ")).toBe(true);
    expect(await run(["registry", "--example", "--out", "don-vi.csv"])).toMatchObject({
      code: 2,
      stderr: "Tệp don-vi.csv đã có; không ghi đè. Chọn tên khác, hoặc thêm --force để thay.",
    });
    const draft = await run(["registry", "--year", "2026", "--out", "nhap.csv"]);
    expect(draft.code).toBe(0);
    expect(draft.stderr).toContain("từ 30 đơn vị còn hiệu lực đến ngày 30/06/2025");

    const made = await run([
      "template",
      "--year",
      "2026",
      "--all",
      "--units",
      "don-vi.csv",
      "--out",
      "mau-bieu",
    ]);
    expect(made.code).toBe(0);
    expect(made.stderr).toContain("Đã ghi 2 mẫu biểu năm 2026");
    expect((await readdir(path.join(dir, "mau-bieu"))).sort()).toEqual([
      "DVCQ_2026_CQ-B.xlsx",
      "DVCQ_2026_XA-A.xlsx",
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "mau-bieu", "DVCQ_2026_XA-A.xlsx"));
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    // The body above the unit heads the template; its report goes to the example's receiving office.
    expect(texts[0]).toBe("UBND TỈNH A");
    expect(texts).toContain("- Sở Nội vụ (báo cáo);");
    expect(texts).toContain("A, ngày …… tháng …… năm 2026");

    // A year given checks on, with the same advice.
    const check = await run(["check", "mau-bieu/DVCQ_2026_XA-A.xlsx", "--year", "2026"]);
    expect(check.stderr).toContain("dvcq registry --example --out don-vi.csv");
  });

  test("without --year: the year whose deadline is next or just passed, said on stderr", async () => {
    const now = new Date();
    const year = now.getFullYear();
    const passed = now.getMonth() > 9 || (now.getMonth() === 9 && now.getDate() > 14);
    const { stderr } = await run(["registry", "--out", "dang-dung.csv"]);
    expect(stderr.split("\n")[0]).toBe(
      `Năm báo cáo ${year} (không có --year: năm có hạn nộp 14/10/${year} ${passed ? "vừa qua" : "sắp đến"}).`,
    );
  });

  test("registry --example printed, in English, and help", async () => {
    const printed = await run(["registry", "--example", "--lang", "en"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout.split("\r\n")[0]).toBe(
      "# A DVCQ registry of reporting units: an EXAMPLE, the units below are not real.",
    );
    const help = await run(["registry", "--help"]);
    expect(help.stdout).toContain("dvcq registry --example [--out DANH_SÁCH.csv] [--force]");
    expect((await run(["registry", "--example", "--year", "2026"])).code).toBe(2);
  });
});
