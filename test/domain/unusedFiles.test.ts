import path from "node:path";
import { checkSources, type Source } from "../../src/domain/check/batch";
import { buildDistrictReport } from "../../src/domain/report";
import { SUBMISSIONS_SHEET } from "../../src/domain/report/submissions";
import { rollUp } from "../../src/domain/rollup/rollup";
import { rollupSummary } from "../../src/domain/rollup/summary";
import { fileNameOf, unitInFileName } from "../../src/domain/rollup/unusedFiles";
import type { UnitRegistry } from "../../src/domain/units/registry";
import { catalogue, filledTemplate, registry, unit } from "../support/filled";
import { planToLines } from "../support/grid";

/** The built-in units, and one that was merged away before the 2024 period began. */
const withFormerUnit: UnitRegistry = {
  ...registry,
  units: [...registry.units, { ...unit("XA-XUAN-TAM"), code: "XA-CU", name: "Xã Cũ", validTo: "2023-06-30" }],
};

const good = (name: string, code: string, year = 2024): Source => ({
  name,
  workbook: filledTemplate(code, year).snapshot,
});

const sources: Source[] = [
  good("hop-thu/DVCQ_2024_XA-XUAN-HOA.xlsx", "XA-XUAN-HOA"),
  {
    name: "C:\\Hop thu\\DVCQ_2024_XA-SUOI-CAT (1).xlsx",
    unreadable: { vi: "Tệp .xlsx bị hỏng.", en: "The .xlsx file is damaged." },
    rule: "FILE_UNREADABLE",
  },
  {
    name: "hop-thu/bao cao rat lon.xlsx",
    unreadable: { vi: "Tệp quá lớn.", en: "The file is too large." },
    rule: "FILE_TOO_LARGE",
  },
  {
    name: "hop-thu/DVCQ_2024_CQ-NOI-VU.xlsx",
    workbook: { sheets: [{ name: "Sheet1", cells: new Map(), names: [] }], names: [] },
  },
  good("hop-thu/DVCQ_2023_XA-XUAN-TAM.xlsx", "XA-XUAN-TAM", 2023),
];

function rollWith(extra: Source[] = []) {
  const checked = checkSources([...sources, ...extra], catalogue, withFormerUnit, { expectedYear: 2024 });
  return rollUp(catalogue, withFormerUnit, 2024, checked.submissions, checked.findings);
}

test("every file the roll-up could not use is named with its reason and, where it can be told, its unit", () => {
  const summary = rollupSummary(rollWith(), "vi");
  expect(summary.rejected.map(({ file, unit, reason }) => [file, unit, reason])).toEqual([
    ["hop-thu/DVCQ_2023_XA-XUAN-TAM.xlsx", "XA-XUAN-TAM", "WRONG_YEAR"],
    ["C:\\Hop thu\\DVCQ_2024_XA-SUOI-CAT (1).xlsx", "XA-SUOI-CAT", "FILE_UNREADABLE"],
    ["hop-thu/bao cao rat lon.xlsx", null, "FILE_TOO_LARGE"],
    ["hop-thu/DVCQ_2024_CQ-NOI-VU.xlsx", "CQ-NOI-VU", "NOT_A_TEMPLATE"],
  ]);
  expect(summary.rejected.find((r) => r.reason === "WRONG_YEAR")?.message).toBe(
    "Báo cáo năm 2023, không phải năm 2024 đang tổng hợp.",
  );
  expect(summary.rejected.find((r) => r.reason === "FILE_UNREADABLE")?.message).toBe("Tệp .xlsx bị hỏng.");
  expect(rollupSummary(rollWith(), "en").rejected.find((r) => r.reason === "FILE_UNREADABLE")?.message).toBe(
    "The .xlsx file is damaged.",
  );
});

test("a unit whose only files were unusable is not among the units that sent nothing", () => {
  const summary = rollupSummary(rollWith(), "vi");
  expect(summary.units.received).toBe(1);
  expect(summary.units.unusable).toEqual(["XA-SUOI-CAT", "XA-XUAN-TAM", "CQ-NOI-VU"]);
  expect(summary.units.missing).not.toContain("XA-SUOI-CAT");
  expect(summary.units.missing).toContain("XA-XUAN-BAC");
  expect(summary.units.missing.length + summary.units.unusable.length + summary.units.received).toBe(
    summary.units.expected,
  );
});

test("a unit with a usable report beside an unreadable copy is received, and the copy is still named", () => {
  const rollup = rollWith([good("hop-thu/DVCQ_2024_XA-SUOI-CAT (gui lai).xlsx", "XA-SUOI-CAT")]);
  const suoiCat = rollup.units.find((u) => u.unit.code === "XA-SUOI-CAT");
  expect(suoiCat?.kept?.file).toBe("hop-thu/DVCQ_2024_XA-SUOI-CAT (gui lai).xlsx");
  expect(suoiCat?.unusable.map((u) => u.reason)).toEqual(["FILE_UNREADABLE"]);
  expect(rollupSummary(rollup, "vi").units.unusable).not.toContain("XA-SUOI-CAT");
});

test("an unknown unit code and a unit not expected in the year are reasons of their own", () => {
  const stranger = filledTemplate("XA-XUAN-HOA", 2024, {
    "0.1": "XA-KHONG-CO",
    "0.2": "Xã Không Có",
  }).snapshot;
  const former = filledTemplate("XA-XUAN-HOA", 2024, { "0.1": "XA-CU" }).snapshot;
  const summary = rollupSummary(
    rollWith([
      { name: "la.xlsx", workbook: stranger },
      { name: "cu.xlsx", workbook: former },
    ]),
    "vi",
  );
  expect(summary.rejected.filter((r) => ["la.xlsx", "cu.xlsx"].includes(r.file))).toEqual([
    expect.objectContaining({ file: "la.xlsx", unit: null, reason: "UNKNOWN_UNIT" }),
    {
      file: "cu.xlsx",
      unit: "XA-CU",
      reason: "UNIT_NOT_EXPECTED",
      message: "Xã Cũ không thuộc danh sách đơn vị phải báo cáo năm 2024.",
    },
  ]);
});

test("a unit code is recognised in a file name only as a whole word, the longest first", () => {
  const units = [unit("XA-XUAN-HOA"), { ...unit("XA-XUAN-HOA"), code: "XA-XUAN" }];
  expect(unitInFileName("DVCQ_2024_xa-xuan-hoa.xlsx", units)?.code).toBe("XA-XUAN-HOA");
  expect(unitInFileName("DVCQ_2024_XA-XUAN.xlsx", units)?.code).toBe("XA-XUAN");
  expect(unitInFileName("DVCQ_2024_XA-XUAN-HOA2.xlsx", units.slice(0, 1))).toBeNull();
  expect(unitInFileName("XA-XUAN-HOA/bao-cao.xlsx", units)).toBeNull();
  expect(fileNameOf("C:\\Users\\van thu\\DVCQ.xlsx")).toBe("DVCQ.xlsx");
  expect(fileNameOf("/home/a/b.xlsx")).toBe("b.xlsx");
});

test("Tình hình nộp báo cáo names the files received but unusable, by file name only", () => {
  // Named as the command line on Windows names a file: the shell knows what separates folders.
  const plans = buildDistrictReport(rollWith(), catalogue, {
    date: "2024-10-18",
    fileName: (file) => path.win32.basename(file),
  });
  const submissions = plans.find((p) => p.name === SUBMISSIONS_SHEET)!;
  const lines = planToLines(submissions);
  const row = (code: string) => lines.find((l) => l.split(" | ")[1] === code)?.split(" | ");
  expect(row("XA-SUOI-CAT")?.slice(4)).toEqual([
    "Nhận tệp, không đọc được",
    "",
    "",
    "",
    "",
    "",
    "",
    "DVCQ_2024_XA-SUOI-CAT (1).xlsx (FILE_UNREADABLE)",
  ]);
  expect(row("XA-XUAN-TAM")?.[4]).toBe("Nhận tệp, không dùng được");
  expect(row("XA-XUAN-BAC")?.[4]).toBe("Chưa nhận");
  expect(row("XA-XUAN-HOA")?.[10]).toBe("DVCQ_2024_XA-XUAN-HOA.xlsx › XA-XUAN-HOA 2024");
  const total = (label: string) =>
    lines
      .find((l) => l.startsWith(`${label} |`))
      ?.split(" | ")
      .slice(3);
  expect(total("Nhận tệp nhưng không dùng được")).toEqual(["3", "2", "1"]);
  expect(total("Chưa nhận báo cáo")).toEqual([String(30 - 1 - 3), String(15 - 1 - 2), String(15 - 1)]);
  const listed = lines.slice(lines.indexOf("TỆP KHÔNG DÙNG ĐƯỢC TRONG TỔNG HỢP") + 2);
  expect(listed).toEqual([
    "1 | DVCQ_2023_XA-XUAN-TAM.xlsx |  | Xã Xuân Tâm (XA-XUAN-TAM) |  | WRONG_YEAR |  | Báo cáo năm 2023, không phải năm 2024 đang tổng hợp.",
    "2 | DVCQ_2024_XA-SUOI-CAT (1).xlsx |  | Xã Suối Cát (XA-SUOI-CAT) |  | FILE_UNREADABLE |  | Tệp .xlsx bị hỏng.",
    "3 | bao cao rat lon.xlsx |  | Không xác định |  | FILE_TOO_LARGE |  | Tệp quá lớn.",
    "4 | DVCQ_2024_CQ-NOI-VU.xlsx |  | Phòng Nội vụ (CQ-NOI-VU) |  | NOT_A_TEMPLATE |  | Tệp không có trang mẫu biểu DVCQ nào.",
  ]);
  expect(JSON.stringify(submissions.cells)).not.toMatch(/hop-thu|Hop thu/);
});
