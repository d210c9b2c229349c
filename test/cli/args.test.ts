import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { COMMANDS, COMMAND_NAMES, COMMON_OPTIONS, parseArgs } from "../../src/cli/args";
import { runMain } from "./runMain";
import { CLI_HELP, M, type CliText } from "../../src/cli/messages";
import { en } from "../../src/cli/text/en";
import { vi } from "../../src/cli/text/vi";
import { damerauDistance, nearest } from "../../src/cli/suggest";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-args-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (argv: string[]) => runMain(argv, dir);

describe("the options of contract section 2, read by util.parseArgs", () => {
  test("check --json is a flag; rollup --json takes the summary's file", () => {
    expect(parseArgs(["check", "--json", "a.xlsx", "b.xlsx"])).toMatchObject({
      kind: "run",
      args: { command: "check", files: ["a.xlsx", "b.xlsx"], flags: new Set(["json"]) },
    });
    const rollup = parseArgs(["rollup", "a.xlsx", "--json", "s.json", "--year=2024", "--out", "r.xlsx"]);
    expect(rollup).toMatchObject({ kind: "run", args: { command: "rollup", files: ["a.xlsx"] } });
    if (rollup.kind !== "run") throw new Error("not parsed");
    expect(Object.fromEntries(rollup.args.values)).toEqual({ json: "s.json", year: "2024", out: "r.xlsx" });
  });

  test("common options before the command; files after --", () => {
    const parsed = parseArgs(["--lang", "en", "check", "--", "-odd-name.xlsx"]);
    expect(parsed).toMatchObject({ lang: "en", kind: "run", args: { files: ["-odd-name.xlsx"] } });
  });

  test.each([
    [["rolup", "a.xlsx"], "Không có lệnh “rolup”. Có phải là rollup?"],
    [["rollup", "a.xlsx", "--yaer", "2024"], "Lệnh rollup không có tùy chọn “--yaer”. Có phải là --year?"],
    [
      ["template", "--year", "2024", "--al", "--out", "o"],
      "Lệnh template không có tùy chọn “--al”. Có phải là --all?",
    ],
    [["check", "a.xlsx", "--out", "r.xlsx"], "Tùy chọn “--out” không dùng với lệnh check."],
    [["check", "a.xlsx", "--json=yes"], "Tùy chọn --json không nhận giá trị; chỉ ghi --json."],
    [["rollup", "a.xlsx", "--out", "--json", "s.json"], "Tùy chọn --out cần một giá trị."],
    [["rollup", "a.xlsx", "--out="], "Tùy chọn --out cần một giá trị."],
    [
      ["rollup", "a.xlsx", "--year", "2024", "--year", "2025"],
      "Tùy chọn --year được ghi hai lần; chỉ ghi một lần.",
    ],
    [["demo", "extra"], "Lệnh demo không nhận tệp hay từ “extra”."],
    [["template", "-x"], "Lệnh template không có tùy chọn “-x”."],
  ])("%j: exit 2 with “%s”", async (argv, sentence) => {
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")[0]).toBe(sentence);
  });

  test("an option problem points to the command's help", async () => {
    expect((await run(["rollup", "a.xlsx", "--yaer", "2024"])).stderr).toBe(
      "Lệnh rollup không có tùy chọn “--yaer”. Có phải là --year?\nXem: dvcq rollup --help",
    );
    expect((await run(["rollup", "a.xlsx", "--yaer", "2024", "--lang", "en"])).stderr).toBe(
      "The rollup command has no option “--yaer”. Did you mean --year?\nSee: dvcq rollup --help",
    );
  });

  test("an unknown --lang is refused, in both languages", async () => {
    expect(await run(["check", "a.xlsx", "--lang", "fr"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "Không có ngôn ngữ “fr”: dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).\n" +
        "There is no language “fr”: use --lang vi (Vietnamese) or --lang en (English).",
    });
    expect((await run(["check", "a.xlsx", "--lang"])).stderr).toBe("Tùy chọn --lang cần một giá trị.");
  });
});

describe("--version and help", () => {
  test("--version prints the package's version and the template id", async () => {
    expect(await run(["--version"])).toEqual({
      code: 0,
      stdout: "dvcq 0.1.0 (mẫu biểu DVCQ-CT03/2)",
      stderr: "",
    });
    expect((await run(["--version", "--lang", "en"])).stdout).toBe("dvcq 0.1.0 (template DVCQ-CT03/2)");
  });

  test.each(COMMAND_NAMES)(
    "dvcq %s --help explains every option, in Vietnamese and in English",
    async (command) => {
      const vi = await run([command, "--help"]);
      expect(vi.code).toBe(0);
      expect(vi.stdout.split("\n")[0]).toBe(`dvcq ${command} — ${CLI_HELP.vi.commands[command].about}`);
      const en = await run([command, "-h", "--lang", "en"]);
      expect(en.stdout).toContain("Options:");
      for (const option of [...Object.keys(COMMANDS[command].options), ...Object.keys(COMMON_OPTIONS)]) {
        expect(vi.stdout).toMatch(new RegExp(`^  --${option}(?: \\S+)? {2,}\\S`, "m"));
        expect(en.stdout).toMatch(new RegExp(`^  --${option}\\b`, "m"));
      }
      expect(await run(["help", command])).toEqual(vi);
      // Help wins over a mistake elsewhere on the line.
      expect((await run([command, "--colour", "--help"])).code).toBe(0);
    },
  );

  test("rollup --help in full", async () => {
    expect((await run(["rollup", "--help"])).stdout).toMatchInlineSnapshot(`
     "dvcq rollup — Kiểm tra và tổng hợp báo cáo các đơn vị thành báo cáo tổng hợp; nêu tên mọi tệp không dùng được.

     Cách dùng:
       dvcq rollup TỆP... --year NĂM --out BÁO_CÁO.xlsx [--json TÓM_TẮT.json] [--feedback THƯ_MỤC] [--resend-by NGÀY] [--previous NĂM_TRƯỚC]

     Tệp đầu vào:
       Mỗi TỆP là một tệp .xlsx/.xlsm, một thư mục (mọi tệp .xlsx/.xlsm trong đó; thư mục con
       chỉ khi có --recursive) hoặc một mẫu có * và ? như "hop-thu/*.xlsx" (dvcq tự mở rộng khi
       cửa sổ lệnh không làm, như cmd và PowerShell). Tệp nêu hai lần chỉ đọc một lần. Báo cáo
       tổng hợp và tệp JSON do dvcq ghi được nhận ra và bỏ qua, có ghi chú.

     Tùy chọn:
       --year NĂM             năm báo cáo (mặc định: năm có hạn nộp sắp đến hoặc vừa qua)
       --out BÁO_CÁO.xlsx     nơi ghi báo cáo tổng hợp (bắt buộc); không được là một tệp đầu vào
       --json TÓM_TẮT.json    ghi thêm tóm tắt dạng JSON (đơn vị, chỉ tiêu, tệp không dùng được)
       --facts DỮ_LIỆU.csv    ghi thêm bảng Dữ liệu dạng CSV (UTF-8): mỗi dòng một số liệu của một đơn vị, có tệp, trang, ô nguồn
       --feedback THƯ_MỤC     ghi phiếu phản hồi (DVCQ_NĂM_PhanHoi_MÃ.xlsx, một trang A4) cho mỗi đơn vị có nội dung cần sửa
       --resend-by NGÀY       ngày đề nghị đơn vị gửi (lại) báo cáo, dạng 25/10/2024 (mặc định: 7 ngày sau hạn nộp)
       --previous NĂM_TRƯỚC   báo cáo tổng hợp năm trước (.xlsx do dvcq ghi) hoặc tệp CSV của rollup --facts: thêm trang “So với cùng kỳ”, so sánh trong dự thảo báo cáo và kiểm tra Y01, Y02
       --recursive            đọc cả thư mục con của thư mục đầu vào
       --force                ghi đè tệp --out/--json đã có dù không phải do dvcq ghi, và phiếu phản hồi đã sửa; không bao giờ tệp có số liệu đơn vị nhập

     Tùy chọn chung:
       --units DANH_SÁCH.csv  danh sách đơn vị thay cho danh sách có sẵn
       --catalogue MẪU.json   danh mục chỉ tiêu thay cho danh mục có sẵn
       --lang vi|en           ngôn ngữ của thông báo (mặc định vi)
       --help                 giải thích lệnh (-h)
       --version              in phiên bản

     Mã thoát: 0 xong, không có lỗi; 1 xong, có lỗi trong số liệu; 2 không chạy được (sai tùy chọn, không đọc hay ghi được)."
    `);
  });

  test("dvcq help and dvcq --help print the usage and exit 0; nothing at all exits 2", async () => {
    expect(await run(["help"])).toMatchObject({ code: 0, stdout: M.usage.vi });
    expect(await run(["--help", "--lang", "en"])).toMatchObject({ code: 0, stdout: M.usage.en });
    expect(await run([])).toMatchObject({ code: 2, stdout: M.usage.vi });
  });
});

describe("messages", () => {
  // Parameter i of a sentence is given as ‹i›, whether the sentence takes it as a text, a number or a Message.
  const marker = (i: number): string => `‹${i}›`;
  const given = (i: number) => ({ vi: marker(i), en: marker(i), toString: () => marker(i) });

  test("every sentence in Vietnamese and English, each saying every parameter of the Vietnamese one", () => {
    for (const key of Object.keys(vi) as (keyof CliText)[]) {
      const arity = typeof vi[key] === "string" ? 0 : vi[key].length;
      const args = Array.from({ length: arity }, (_, i) => given(i));
      for (const sentence of [vi[key], en[key]]) {
        const words =
          typeof sentence === "string" ? sentence : (sentence as (...a: unknown[]) => string)(...args);
        const unsaid = args.map((_, i) => marker(i)).filter((m) => !words.includes(m));
        expect([key, words.trim().length > 0, unsaid]).toEqual([key, true, []]);
      }
    }
  });

  test("every option of every command has its help in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      for (const command of COMMAND_NAMES) {
        const help = CLI_HELP[lang].commands[command].options as Record<string, { text: string }>;
        expect(Object.keys(help).sort()).toEqual(Object.keys(COMMANDS[command].options).sort());
        for (const h of Object.values(help)) expect(h.text).toBeTruthy();
      }
      expect(Object.keys(CLI_HELP[lang].common).sort()).toEqual(Object.keys(COMMON_OPTIONS).sort());
    }
  });
});

describe("suggestions by edit distance with transpositions", () => {
  test("a slip of two keys is one edit", () => {
    expect(damerauDistance("HAO", "HOA")).toBe(1);
    expect(damerauDistance("HAO", "BAC")).toBe(2);
    expect(damerauDistance("XA-XUAN-HAO", "XA-XUAN-HOA")).toBe(1);
    expect(damerauDistance("", "ABC")).toBe(3);
    expect(damerauDistance("rolup", "rollup")).toBe(1);
  });

  test("XA-XUAN-HAO suggests XA-XUAN-HOA alone, the likely unit, from the built-in registry", async () => {
    const units = loadBuiltinRegistry().units;
    expect(nearest("XA-XUAN-HAO", units, (u) => u.code).map((u) => u.code)).toEqual(["XA-XUAN-HOA"]);
    expect(nearest("xa-xuan-hao", units, (u) => u.code).map((u) => u.code)).toEqual(["XA-XUAN-HOA"]);
    expect(nearest("CQ-NOIVU", units, (u) => u.code).map((u) => u.code)).toEqual(["CQ-NOI-VU"]);
    expect(nearest("NOTHING-LIKE-IT", units, (u) => u.code)).toEqual([]);
    const { code, stderr } = await run([
      "template",
      "--year",
      "2024",
      "--unit",
      "XA-XUAN-HAO",
      "--out",
      "x.xlsx",
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "Không có đơn vị mã “XA-XUAN-HAO” trong danh sách đơn vị. Có phải là XA-XUAN-HOA (Xã Xuân Hòa)?",
    );
  });

  test("equally near units are all offered, in registry order", () => {
    const units = loadBuiltinRegistry().units;
    // "XA-XUAN-THU" is one letter from XA-XUAN-PHU and from XA-XUAN-THO.
    expect(nearest("XA-XUAN-THU", units, (u) => u.code).map((u) => u.code)).toEqual([
      "XA-XUAN-PHU",
      "XA-XUAN-THO",
    ]);
  });
});
