import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { runMain } from "./runMain";
import { checkWorkbook } from "../../src/domain/check/checks";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { catalogue, registry } from "../support/filled";
import { pdfText, toPdf } from "../support/libreoffice";
import { validateXlsx } from "../support/ooxml";

let dir: string;
const quietRun = (argv: string[]) => runMain(argv, dir);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "dvcq-rollup-"));
  expect((await quietRun(["demo", "--out", "demo"])).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("the demo writes the district report from its inbox, and the JSON summary of the contract", async () => {
  const summary = JSON.parse(await readFile(path.join(dir, "demo/rollup.json"), "utf8"));
  expect(summary).toMatchObject({
    year: 2024,
    template: "DVCQ-CT03/1",
    units: {
      expected: 30,
      received: 28,
      onTime: 26,
      late: ["XA-LANG-MINH", "CQ-NOI-VU"],
      missing: ["XA-XUAN-HIEP", "CQ-GD-DT"],
    },
    findings: { error: 5, warning: 7 },
    findingsSheet: "Kết quả kiểm tra",
  });
  expect(Object.keys(summary.indicators["6.20"])).toEqual(["total", "X", "C", "reported"]);
  // The demo's phiếu: one per unit with something to fix (two cross-check errors, one blank section).
  expect((await readdir(path.join(dir, "demo/phan-hoi"))).sort()).toEqual([
    "DVCQ_2024_PhanHoi_CQ-LD-TBXH.xlsx",
    "DVCQ_2024_PhanHoi_XA-SUOI-CAT.xlsx",
    "DVCQ_2024_PhanHoi_XA-XUAN-THO.xlsx",
  ]);
  expect(Object.keys(summary.indicators["4.8"])).toEqual(["rate", "X", "C", "reported"]);
});

test("dvcq rollup: exit 1 with error findings, the report written, --json written", async () => {
  const inbox = path.join(dir, "demo/inbox");
  const files = (await import("node:fs")).readdirSync(inbox).map((f) => path.join(inbox, f));
  const { code, stderr } = await quietRun([
    "rollup",
    ...files,
    "--year",
    "2024",
    "--out",
    "out/report.xlsx",
    "--json",
    "out/summary.json",
  ]);
  expect(code).toBe(1);
  expect(stderr).toContain(
    "Đã nhận 28/30 đơn vị, 26 đúng hạn. Chưa gửi: Xã Xuân Hiệp, Phòng Giáo dục và Đào tạo. Trễ hạn: Xã Lang Minh, Phòng Nội vụ.",
  );
  expect(JSON.parse(await readFile(path.join(dir, "out/summary.json"), "utf8")).units.received).toBe(28);
  const again = await quietRun(["rollup", ...files, "--year", "2024", "--out", "out/report2.xlsx"]);
  expect(again.code).toBe(1);
  const sheetXml = async (file: string) => {
    const zip = await JSZip.loadAsync(await readFile(path.join(dir, file)));
    return Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("xl/worksheets/"))
        .sort()
        .map((n) => zip.file(n)?.async("string")),
    );
  };
  expect(await sheetXml("out/report2.xlsx")).toEqual(await sheetXml("out/report.xlsx"));
});

test("the district workbook passes the OOXML schemas, holds no formula from unit text, and is not mistaken for unit reports", async () => {
  const bytes = new Uint8Array(await readFile(path.join(dir, "demo/DVCQ_2024_TongHop.xlsx")));
  expect(await validateXlsx(bytes)).toEqual([]);
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  expect(read.workbook.sheets.map((s) => s.name)).toEqual([
    "Báo cáo tổng hợp",
    "Chi tiết đơn vị",
    "Tình hình nộp báo cáo",
    "Kết quả kiểm tra",
    "Tổng hợp theo mục",
    "Dự thảo báo cáo",
    "Dữ liệu",
    "Công văn đôn đốc",
  ]);
  for (const sheet of read.workbook.sheets)
    for (const cell of sheet.cells.values()) expect(cell.formula).toBeUndefined();
  expect(checkWorkbook(read.workbook, catalogue, registry).findings.map((f) => f.rule)).toEqual([
    "NOT_A_TEMPLATE",
  ]);
});

test("the report page converts to PDF with its Vietnamese text", async () => {
  const pdf = await toPdf(new Uint8Array(await readFile(path.join(dir, "demo/DVCQ_2024_TongHop.xlsx"))));
  const text = pdfText(pdf);
  for (const phrase of [
    "BÁO CÁO TỔNG HỢP",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Khối xã, thị trấn",
    "QUÁN TRIỆT, THỂ CHẾ HÓA",
  ]) {
    expect(text).toContain(phrase);
  }
}, 120_000);

test("Kết quả kiểm tra holds exactly the findings of dvcq check on the same inbox, by unit, as a filterable table", async () => {
  const inbox = path.join(dir, "demo/inbox");
  const checked = await quietRun(["check", inbox, "--year", "2024", "--json"]);
  const expected: {
    file: string;
    unit: string | null;
    sheet: string | null;
    cell: string | null;
    rule: string;
    severity: string;
    message: string;
  }[] = JSON.parse(checked.stdout);
  expect(expected.length).toBeGreaterThan(10);
  const rolled = await quietRun(["rollup", inbox, "--year", "2024", "--out", "findings/report.xlsx"]);
  expect(rolled.stderr).toContain(
    `Từng lỗi và cảnh báo (${expected.length}), theo đơn vị, tệp và ô: trang “Kết quả kiểm tra” của báo cáo tổng hợp.`,
  );
  const bytes = new Uint8Array(await readFile(path.join(dir, "findings/report.xlsx")));
  const read = await readWorkbookSnapshot(bytes);
  if (!read.ok) throw new Error(read.detail);
  const sheet = read.workbook.sheets.find((s) => s.name === "Kết quả kiểm tra")!;
  const text = (row: number, col: number) => {
    const v = sheet.cells.get(`${String.fromCharCode(64 + col)}${row}`)?.value;
    return v === undefined || v === null ? "" : String(v);
  };
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => text(1, c))).toEqual([
    "STT",
    "Mã đơn vị",
    "Tên đơn vị",
    "Tệp",
    "Trang",
    "Ô",
    "Mã lỗi",
    "Mức độ",
    "Nội dung",
    "Tình trạng tệp",
  ]);
  const rows = Array.from({ length: expected.length }, (_, i) => i + 2);
  expect(text(expected.length + 2, 1)).toBe("");
  // The same findings: file by its name only (in the sentence too), severity in words, the same sentence.
  const inputs = (await readdir(inbox)).map((name) => path.join(inbox, name));
  const named = (text: string) => inputs.reduce((t, file) => t.split(file).join(path.basename(file)), text);
  expect(expected.some((f) => named(f.message) !== f.message)).toBe(true);
  const key = (r: string[]) => r.join(" | ");
  const fromCheck = expected
    .map((f) =>
      key([
        path.basename(f.file),
        f.sheet ?? "",
        f.cell ?? "",
        f.rule,
        f.severity === "error" ? "Lỗi" : "Cảnh báo",
        named(f.message),
      ]),
    )
    .sort();
  const fromSheet = rows.map((r) => key([4, 5, 6, 7, 8, 9].map((c) => text(r, c)))).sort();
  expect(fromSheet).toEqual(fromCheck);
  expect(rows.map((r) => text(r, 1))).toEqual(rows.map((r) => String(r - 1)));
  // Each finding's unit: its own, or the code in the name of a file that could not be read; each unit's rows together.
  for (const r of rows) {
    const finding = expected.find(
      (f) => path.basename(f.file) === text(r, 4) && named(f.message) === text(r, 9),
    )!;
    if (finding.unit !== null) expect(text(r, 2)).toBe(finding.unit);
    else if (text(r, 2) !== "") expect(text(r, 4)).toContain(text(r, 2));
  }
  const units = rows.map((r) => text(r, 2));
  const groups = units.filter((u, i) => u !== units[i - 1]);
  expect(new Set(groups).size).toBe(groups.length);
  expect(rows.every((r) => !text(r, 4).includes(path.sep) && !text(r, 9).includes(inbox))).toBe(true);
  // A table over the header and every row, its columns named as the header; filter and sort allowed on the protected sheet.
  const zip = await JSZip.loadAsync(bytes);
  const tables = Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"));
  expect(tables).toHaveLength(1);
  const table = (await zip.file(tables[0]!)!.async("string"))!;
  expect(table).toContain(
    `name="DVCQ_KetQuaKiemTra" displayName="DVCQ_KetQuaKiemTra" ref="A1:J${expected.length + 1}"`,
  );
  expect(table).toContain('<tableColumn id="9" name="Nội dung"/>');
  const sheetXml = await zip.file("xl/worksheets/sheet4.xml")!.async("string");
  expect(sheetXml).toMatch(/<sheetProtection [^>]*sort="0" autoFilter="0"/);
  expect(sheetXml).toContain('<tableParts count="1">');
  expect(await validateXlsx(bytes)).toEqual([]);
}, 120_000);
