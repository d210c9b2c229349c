import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/domain/check/checks";
import { readWorkbookSnapshot } from "../../src/files/readXlsx";
import { catalogue, registry } from "../support/filled";
import { pdfText, toPdf } from "../support/libreoffice";
import { validateXlsx } from "../support/ooxml";

let dir: string;
const quietRun = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
};

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
