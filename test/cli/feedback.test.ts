/**
 * `dvcq rollup … --feedback DIR`: one phiếu per unit with something to fix, written with the
 * report, and the refusal rules of every other output. The main run goes through the built
 * command line; the refusals and re-runs call main() in-process.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runMain } from "./runMain";
import { demoInbox } from "../../src/domain/demo/inbox";
import { isoToExcelSerial, reportPeriod } from "../../src/domain/period";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { catalogue, registry } from "../support/filled";
import { writeInboxFiles } from "../support/inboxFiles";
import { ensureBuiltCli, hashTree, runCli } from "./builtCli";

const YEAR = 2024;
const inbox = demoInbox(catalogue, registry, YEAR);
const deadline = isoToExcelSerial(reportPeriod(catalogue.period, YEAR).deadline);
const officeCode = registry.offices![0]!.code;
// The units with something to fix, read from the inbox's own figures.
const toFix = inbox.files.filter(
  (f) =>
    f.unit.code !== officeCode &&
    (Number(f.figures["6.20"]) > Number(f.figures["6.19"]) || f.figures["6.15"] === null),
);
const order = inbox.files.map((f) => f.unit.code);
toFix.sort((a, b) => order.indexOf(a.unit.code) - order.indexOf(b.unit.code));
const expectedFiles = toFix.map((f) => `DVCQ_${YEAR}_PhanHoi_${f.unit.code}.xlsx`);
const late = inbox.files.filter((f) => Number(f.figures["7.1"]) > deadline && f.unit.code !== officeCode);

let dir: string;
const run = (argv: string[]) => runMain(argv, dir);
const base = ["rollup", "inbox", "--year", String(YEAR), "--out", "out/report.xlsx"];

async function sheetCells(file: string): Promise<{ name: string; cells: Map<string, unknown> }[]> {
  const read = await readWorkbookSnapshot(new Uint8Array(await readFile(path.join(dir, file))));
  if (!read.ok) throw new Error(read.detail);
  return read.workbook.sheets.map((s) => ({
    name: s.name,
    cells: new Map([...s.cells].map(([ref, c]) => [ref, c.value])),
  }));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-feedback-"));
  await mkdir(path.join(dir, "inbox"));
  await writeInboxFiles(path.join(dir, "inbox"), inbox.files, catalogue, YEAR);
  ensureBuiltCli();
}, 180_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("the built command line, in English: a phiếu in Vietnamese per unit to fix, the reminder in the report", async () => {
  expect(toFix.length).toBeGreaterThan(1);
  const r = await runCli([...base, "--feedback", "phan-hoi", "--lang", "en"], { cwd: dir });
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain(
    `Wrote ${toFix.length} feedback sheet(s) (in Vietnamese) into phan-hoi: ${toFix.map((f) => f.unit.name).join(", ")}.`,
  );
  expect((await readdir(path.join(dir, "phan-hoi"))).sort()).toEqual([...expectedFiles].sort());
  for (const [i, f] of toFix.entries()) {
    const [sheet, ...more] = await sheetCells(`phan-hoi/${expectedFiles[i]}`);
    expect(more).toEqual([]);
    expect(sheet!.name).toBe("Phiếu phản hồi");
    expect(sheet!.cells.get("A6")).toBe("PHIẾU PHẢN HỒI");
    expect(sheet!.cells.get("A9")).toBe(`Kính gửi: ${f.unit.name}.`);
    expect(sheet!.cells.get("A11")).toContain(`(tệp ${f.fileName}, ngày gửi `);
  }
  const report = await sheetCells("out/report.xlsx");
  const reminder = report.at(-1)!;
  expect(reminder.name).toBe("Công văn đôn đốc");
  const text = [...reminder.cells.values()].join("\n");
  for (const f of late) expect(text).toContain(f.unit.name);
  expect(text).toContain("Thực hiện Chỉ thị số 03/CT-UBND ngày 12/07/2023 của UBND huyện Xuân Lộc");
  expect(text).toContain("trước ngày 15/10/2024.");
}, 120_000);

test("a re-run replaces unchanged phiếu; an edited one only with --force; never a unit's report", async () => {
  const ph = path.join(dir, "phan-hoi");
  const again = await run([...base, "--feedback", "phan-hoi"]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain(`Đã ghi ${toFix.length} phiếu phản hồi vào phan-hoi:`);

  // The clerk adds a line to one phiếu and saves it.
  const edited = path.join(ph, expectedFiles[0]!);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(edited);
  book.worksheets[0]!.getCell("A10").value = "Ghi chú của cán bộ.";
  await book.xlsx.writeFile(edited);
  const before = hashTree(dir);
  const refused = await run([...base, "--feedback", "phan-hoi"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(
    `Không ghi gì: 1 phiếu phản hồi trong phan-hoi đã có và khác bản dvcq sẽ ghi (có thể đã được sửa): ${expectedFiles[0]}. Chọn thư mục khác, hoặc thêm --force để thay.`,
  );
  expect(hashTree(dir)).toEqual(before);

  // --force, and a date to resend by: replaced, the new date in the phiếu and the reminder.
  const forced = await run([...base, "--feedback", "phan-hoi", "--force", "--resend-by", "1/11/2024"]);
  expect(forced.code).toBe(1);
  const [sheet] = await sheetCells(`phan-hoi/${expectedFiles[0]}`);
  expect(sheet!.cells.has("A10")).toBe(false);
  expect([...sheet!.cells.values()].join("\n")).toContain("trước ngày 01/11/2024.");
  expect([...(await sheetCells("out/report.xlsx")).at(-1)!.cells.values()].join("\n")).toContain(
    "trước ngày 01/11/2024.",
  );

  // A unit's filled report where a phiếu would go: refused even with --force.
  await copyFile(path.join(dir, "inbox", toFix[0]!.fileName), edited);
  const work = await run([...base, "--feedback", "phan-hoi", "--force"]);
  expect(work.code).toBe(2);
  expect(work.stderr).toMatch(
    new RegExp(`^Không ghi đè phan-hoi/${expectedFiles[0]!.replace(/[.]/g, "\\.")}: tệp có \\d+ số liệu`),
  );
  await rm(edited);

  // An earlier phiếu for a unit with nothing to fix now is named, and kept.
  const stale = `DVCQ_${YEAR}_PhanHoi_XA-BAO-HOA.xlsx`;
  await copyFile(path.join(ph, expectedFiles[1]!), path.join(ph, stale));
  // The same date as the last run: the phiếu written then are what would be written now.
  const noted = await run([...base, "--feedback", "phan-hoi", "--resend-by", "01/11/2024"]);
  expect(noted.code).toBe(1);
  expect(noted.stderr).toContain(
    `Trong phan-hoi còn 1 phiếu phản hồi của lần trước cho đơn vị nay không còn nội dung cần sửa (không xóa): ${stale}.`,
  );
  expect(await readdir(ph)).toContain(stale);

  // A phiếu among the inputs is DVCQ's own output: skipped with a note, not rejected.
  await copyFile(path.join(ph, stale), path.join(dir, "inbox", stale));
  const skipped = await run([...base, "--feedback", "phan-hoi", "--resend-by", "01/11/2024"]);
  await rm(path.join(dir, "inbox", stale));
  expect(skipped.code).toBe(1);
  expect(skipped.stderr).toContain(
    `Bỏ qua inbox/${stale}: đây là phiếu phản hồi do dvcq ghi, không phải báo cáo của đơn vị.`,
  );
  expect(skipped.stderr).not.toContain("Không dùng được");
}, 120_000);

test("--feedback refused before anything is read: an input file or folder, the report, a file, a bad date", async () => {
  const input = `inbox/${inbox.files[0]!.fileName}`;
  const cases: [string[], string][] = [
    [
      ["rollup", input, "--year", "2024", "--out", "r.xlsx", "--feedback", input],
      `Không ghi phiếu phản hồi vào ${input}: đó là đầu vào ${input}, phiếu sẽ bị đọc như báo cáo ở lần sau. Chọn một thư mục khác cho --feedback.`,
    ],
    [
      [...base, "--feedback", "inbox", "--lang", "en"],
      "Not writing the feedback into inbox: it is the input inbox, and the sheets would be read as reports next time. Choose another folder for --feedback.",
    ],
    [
      [...base, "--feedback", "out/report.xlsx"],
      "Không ghi phiếu phản hồi vào out/report.xlsx: trùng với --out out/report.xlsx. Chọn một thư mục khác cho --feedback.",
    ],
    [
      ["rollup", "inbox", "--year", "2024", "--out", "r.xlsx", "--feedback", "out/report.xlsx"],
      "--feedback out/report.xlsx là một tệp, không phải thư mục; hãy ghi tên một thư mục (mỗi đơn vị một tệp).",
    ],
    [
      [...base, "--feedback", "ph2", "--resend-by", "31/02/2024"],
      "--resend-by 31/02/2024: “31/02/2024” không phải ngày có thật: tháng 2/2024 có 29 ngày.",
    ],
  ];
  const before = hashTree(dir);
  for (const [argv, message] of cases) {
    const r = await run(argv);
    expect([r.code, r.stderr]).toEqual([2, message]);
  }
  expect(hashTree(dir)).toEqual(before);
});

test("rollup --help names --feedback and --resend-by", async () => {
  const help = await run(["rollup", "--help", "--lang", "en"]);
  expect(help.stdout).toMatch(/--feedback DIR +write a Phiếu phản hồi/);
  expect(help.stdout).toMatch(/--resend-by DATE +the date units are asked to send \(again\) by/);
});
