import { checkSources } from "../../src/domain/check/batch";
import { fillPlan } from "../../src/domain/layout/filled";
import type { SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { buildFeedback, reminderEntries, reminderPlan, type UnitFeedback } from "../../src/domain/letters";
import { PAGE_POINTS } from "../../src/domain/letters/letterKit";
import { printedPoints } from "../../src/domain/letters/feedback";
import { excelSerialToIso, formatViDate, isoToExcelSerial, reportPeriod } from "../../src/domain/period";
import { rollUp } from "../../src/domain/rollup/rollup";
import { buildDistrictReport } from "../../src/domain/report";
import { unitsValidIn, type UnitRegistry } from "../../src/domain/units/registry";
import { planProblems } from "../../src/files/writeXlsx";
import { catalogue, CLEAN_COMMUNE, CLEAN_EVIDENCE, planSnapshot, registry, unit } from "../support/filled";
import { DEMO_YEAR, demoRollup } from "../support/demoRollup";
import { planToLines } from "../support/grid";
import path from "node:path";

/** How the command line names a file on Windows (either separator): the shell names files, not the domain. */
const SHOWN = { fileName: (file: string) => path.win32.basename(file) };

const YEAR = DEMO_YEAR;
const { inbox, checked, rollup } = demoRollup();
const templateOf = (code: string) =>
  buildTemplatePlan(catalogue, inbox.files.find((f) => f.unit.code === code)!.unit, YEAR);
const feedback = buildFeedback(rollup, checked.findings, catalogue, SHOWN);

// What the demo inbox is made of, read from its files rather than from the roll-up.
const period = reportPeriod(catalogue.period, YEAR);
const deadline = isoToExcelSerial(period.deadline);
const officeCode = registry.offices![0]!.code;
const expectedUnits = unitsValidIn(registry, period.from, period.to).filter((u) => u.code !== officeCode);
const sent = new Set(inbox.files.map((f) => f.unit.code));
const missing = expectedUnits.filter((u) => !sent.has(u.code));
const late = inbox.files.filter((f) => Number(f.figures["7.1"]) > deadline && f.unit.code !== officeCode);
const wrong = inbox.files.filter((f) => Number(f.figures["6.20"]) > Number(f.figures["6.19"]));
const blank = inbox.files.filter((f) => f.figures["6.15"] === null);
const nameRef = (plan: SheetPlan, name: string) =>
  plan.names.find((n) => n.name === name)!.ref.replace(/\$/g, "");

test("the demo inbox has units of each kind to write to (else the tests below prove nothing)", () => {
  expect(missing.length).toBeGreaterThan(0);
  expect(late.length).toBeGreaterThan(0);
  expect(wrong.length).toBeGreaterThan(1);
  expect(blank.length).toBeGreaterThan(0);
  // The receiving office sent late in the demo: it is left out of its own letters.
  expect(inbox.files.some((f) => f.unit.code === officeCode && Number(f.figures["7.1"]) > deadline)).toBe(
    true,
  );
});

test("a phiếu for each unit with something to fix, none for a unit only late or sent twice", () => {
  const order = expectedUnits.map((u) => u.code);
  const expected = [...wrong, ...blank]
    .map((f) => f.unit.code)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  expect(feedback.map((f) => f.unit.code)).toEqual(expected);
  expect(feedback.map((f) => f.fileName)).toEqual(expected.map((c) => `DVCQ_${YEAR}_PhanHoi_${c}.xlsx`));
  expect(feedback.map((f) => f.sheetName)).toEqual(expected.map((c) => `PH ${c}`));
  for (const f of feedback) expect(planProblems(f.plan)).toEqual([]);
});

const linesOf = (f: UnitFeedback) => planToLines(f.plan);

test("the phiếu of a unit with a cross-check broken, a number typed as text and no evidence", () => {
  const file = wrong[0]!;
  const plan = templateOf(file.unit.code).plan;
  const lines = linesOf(feedback.find((f) => f.unit.code === file.unit.code)!);
  const sentOn = formatViDate(excelSerialToIso(Number(file.figures["7.1"])));
  expect(lines.slice(0, 13)).toEqual([
    "UBND HUYỆN XUÂN LỘC |  |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHÒNG NỘI VỤ |  |  | Độc lập - Tự do - Hạnh phúc",
    "",
    "Số:        /NV |  |  | Xuân Lộc, ngày …… tháng …… năm 2024",
    "",
    "PHIẾU PHẢN HỒI",
    "Về việc kiểm tra báo cáo kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024",
    "",
    `Kính gửi: ${file.unit.name}.`,
    "",
    `Phòng Nội vụ đã nhận báo cáo của ${file.unit.name} (tệp ${file.fileName}, ngày gửi ${sentOn}). Qua kiểm tra, báo cáo có 1 lỗi cần sửa và 2 cảnh báo cần xem lại, cụ thể như sau:`,
    "",
    "STT | Ô | Chỉ tiêu | Nội dung cần sửa | Mức độ",
  ]);
  const [e, w1, w2] = lines.slice(13, 16);
  expect(e).toMatch(
    new RegExp(
      `^1 \\| ${nameRef(plan, "DVCQ_I_6_20")} \\| 6\\.20 \\| 6\\.20 .*\\(${file.figures["6.20"]}\\) lớn hơn 6\\.19 .*\\(${file.figures["6.19"]}\\)\\. \\| Lỗi$`,
    ),
  );
  expect(w1).toBe(
    `2 | ${nameRef(plan, "DVCQ_I_1_4")} | 1.4 | 1.4 Số lượt người dự hội nghị quán triệt: “${file.figures["1.4"]}” là số dạng chữ, được hiểu là ${file.figures["1.4"]} | Cảnh báo`,
  );
  expect(w2).toMatch(
    new RegExp(
      `^3 \\| ${nameRef(plan, "DVCQ_E_5")} \\| Minh chứng mục V \\| Mục V có số liệu .* nhưng chưa ghi minh chứng\\. \\| Cảnh báo$`,
    ),
  );
  // Seven days after the deadline, the letter being undated.
  expect(lines.slice(16)).toEqual([
    "",
    `Đề nghị ${file.unit.name} kiểm tra, sửa các nội dung trên (cảnh báo: xem lại, ghi rõ lý do nếu số liệu đúng) và gửi lại báo cáo về Phòng Nội vụ trước ngày 21/10/2024.`,
    "",
    "Nơi nhận: |  |  | TRƯỞNG PHÒNG",
    "- Như trên; |  |  | (Ký, ghi rõ họ tên)",
    "- Lưu: VT, NV.",
  ]);
  // No local folder of the clerk in what goes to the unit.
  expect(lines.join("\n")).not.toContain("/home/clerk");
});

test("the phiếu of a unit that left the citizen-reception figures blank: three errors, at their cells", () => {
  const file = blank[0]!;
  const plan = templateOf(file.unit.code).plan;
  const lines = linesOf(feedback.find((f) => f.unit.code === file.unit.code)!);
  expect(lines[10]).toContain("Qua kiểm tra, báo cáo có 3 lỗi cần sửa, cụ thể như sau:");
  expect(lines.slice(13, 16).map((l) => l.split(" | ").slice(0, 3).concat(l.split(" | ").slice(-1)))).toEqual(
    ["6.15", "6.16", "6.17"].map((code, i) => [
      String(i + 1),
      nameRef(plan, `DVCQ_I_${code.replace(".", "_")}`),
      code,
      "Lỗi",
    ]),
  );
  expect(lines[13]).toContain("chưa điền (nhập 0 nếu không phát sinh)");
});

test("the reminder names the missing and the late units by name, with the directive and its deadline", () => {
  const lines = planToLines(reminderPlan(rollup, catalogue, { date: "2024-10-18" }));
  const lateLines = late.map(
    (f) => `Gửi sau hạn (ngày ${formatViDate(excelSerialToIso(Number(f.figures["7.1"])))})`,
  );
  expect(lines).toEqual([
    "UBND HUYỆN XUÂN LỘC |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHÒNG NỘI VỤ |  | Độc lập - Tự do - Hạnh phúc",
    "",
    "Số:        /NV |  | Xuân Lộc, ngày 18 tháng 10 năm 2024",
    "V/v đôn đốc gửi báo cáo kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024",
    "",
    "Kính gửi: Các đơn vị có tên tại danh sách dưới đây.",
    "",
    "Thực hiện Chỉ thị số 03/CT-UBND ngày 12/07/2023 của UBND huyện Xuân Lộc, các đơn vị gửi báo cáo kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024 về Phòng Nội vụ trước ngày 15/10/2024.",
    `Đến nay, Phòng Nội vụ chưa nhận được báo cáo của ${missing.length} đơn vị; ${late.length} đơn vị gửi báo cáo sau hạn, cụ thể như sau:`,
    "",
    "STT | Đơn vị | Tình trạng",
    ...missing.map((u, i) => `${i + 1} | ${u.name} | Chưa gửi báo cáo`),
    ...late.map((f, i) => `${missing.length + i + 1} | ${f.unit.name} | ${lateLines[i]}`),
    "",
    // A week after the letter's date.
    "Để kịp thời tổng hợp, báo cáo UBND huyện Xuân Lộc, Phòng Nội vụ đề nghị các đơn vị chưa gửi báo cáo khẩn trương gửi báo cáo theo đúng mẫu biểu về Phòng Nội vụ trước ngày 25/10/2024.",
    "Các đơn vị gửi báo cáo sau hạn rút kinh nghiệm, bảo đảm thời hạn báo cáo theo quy định trong các kỳ sau.",
    "Phòng Nội vụ đề nghị các đơn vị quan tâm thực hiện./.",
    "",
    "Nơi nhận: |  | TRƯỞNG PHÒNG",
    `- ${missing[0]!.name}; |  | (Ký, ghi rõ họ tên)`,
    ...[...missing.slice(1).map((u) => u.name), ...late.map((f) => f.unit.name)].map((n) => `- ${n};`),
    "- Lưu: VT, NV.",
  ]);
});

test("the reminder is the last sheet of the district workbook; the date to resend by can be set", () => {
  const plans = buildDistrictReport(rollup, catalogue);
  expect(plans.at(-1)!.name).toBe("Công văn đôn đốc");
  expect(planToLines(plans.at(-1)!)[3]).toBe("Số:        /NV |  | Xuân Lộc, ngày …… tháng …… năm 2024");
  const set = planToLines(reminderPlan(rollup, catalogue, { resendBy: "2024-11-01" })).join("\n");
  expect(set).toContain("trước ngày 01/11/2024.");
  const days = planToLines(reminderPlan(rollup, catalogue, { date: "2024-10-28", resendDays: 3 })).join("\n");
  expect(days).toContain("trước ngày 31/10/2024.");
});

/** A registry of two communes, one that sent a report and one whose only file could not be read. */
function twoCommunes(): {
  rollup: ReturnType<typeof rollUp>;
  findings: typeof checked.findings;
  reg: UnitRegistry;
} {
  const reg: UnitRegistry = { units: [unit("XA-XUAN-HOA"), unit("XA-BAO-HOA")], offices: registry.offices! };
  const good = fillPlan(buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), YEAR), {
    figures: { ...CLEAN_COMMUNE, "7.1": deadline - 3 },
    evidence: CLEAN_EVIDENCE,
  });
  const batch = checkSources(
    [
      { name: "C:\\Thu\\xuanhoa.xlsx", workbook: planSnapshot(good) },
      {
        name: "C:\\Thu\\DVCQ_2024_XA-BAO-HOA.xlsx",
        unreadable: { vi: "Tệp bị hỏng, không mở được.", en: "The file is damaged." },
        rule: "FILE_UNREADABLE",
      },
    ],
    catalogue,
    reg,
    { expectedYear: YEAR },
  );
  return {
    rollup: rollUp(catalogue, reg, YEAR, batch.submissions, batch.findings),
    findings: batch.findings,
    reg,
  };
}

test("a unit whose file could not be read gets a phiếu asking for the file again, and is in the reminder", () => {
  const { rollup: r, findings } = twoCommunes();
  const letters = buildFeedback(r, findings, catalogue, SHOWN);
  expect(letters.map((l) => l.unit.code)).toEqual(["XA-BAO-HOA"]);
  const lines = planToLines(letters[0]!.plan);
  expect(lines).toContain(
    "Phòng Nội vụ đã nhận tệp báo cáo của Xã Bảo Hòa nhưng không sử dụng được để tổng hợp, cụ thể như sau:",
  );
  expect(lines).toContain("1 | — | — | Tệp DVCQ_2024_XA-BAO-HOA.xlsx: Tệp bị hỏng, không mở được. | Lỗi");
  expect(lines).toContain(
    "Đề nghị Xã Bảo Hòa gửi lại tệp báo cáo theo đúng mẫu biểu về Phòng Nội vụ trước ngày 21/10/2024.",
  );
  expect(reminderEntries(r, SHOWN)).toEqual([
    {
      unit: expect.objectContaining({ code: "XA-BAO-HOA" }),
      status: "unusable",
      text: "Tệp DVCQ_2024_XA-BAO-HOA.xlsx không sử dụng được: Tệp bị hỏng, không mở được.",
    },
  ]);
  const reminder = planToLines(reminderPlan(r, catalogue, SHOWN)).join("\n");
  expect(reminder).toContain(
    "Đến nay, Phòng Nội vụ 1 đơn vị gửi tệp không sử dụng được để tổng hợp, cụ thể như sau:",
  );
  expect(reminder).toContain("đề nghị các đơn vị gửi tệp không sử dụng được khẩn trương gửi báo cáo");
  expect(reminder).not.toContain("C:\\Thu");
  // Without the shell's naming, the letters name the file as given: the domain does not guess folders.
  expect(reminderEntries(r)[0]?.text).toContain("Tệp C:\\Thu\\DVCQ_2024_XA-BAO-HOA.xlsx không sử dụng được");
});

test("no reminder when every unit sent a usable report on time: a note instead", () => {
  const { reg } = twoCommunes();
  const good = (code: string) =>
    planSnapshot(
      fillPlan(buildTemplatePlan(catalogue, unit(code), YEAR), {
        figures: { ...CLEAN_COMMUNE, "0.1": code, "7.1": deadline },
        evidence: CLEAN_EVIDENCE,
      }),
    );
  const batch = checkSources(
    [
      { name: "a.xlsx", workbook: good("XA-XUAN-HOA") },
      { name: "b.xlsx", workbook: good("XA-BAO-HOA") },
    ],
    catalogue,
    reg,
    { expectedYear: YEAR },
  );
  const r = rollUp(catalogue, reg, YEAR, batch.submissions, batch.findings);
  expect(r.units.map((u) => u.onTime)).toEqual([true, true]);
  expect(planToLines(reminderPlan(r, catalogue))).toEqual([
    "CÔNG VĂN ĐÔN ĐỐC",
    "",
    "Không cần công văn đôn đốc: cả 2 đơn vị đã gửi báo cáo năm 2024 đúng hạn và các báo cáo đều sử dụng được.",
  ]);
  expect(buildFeedback(r, batch.findings, catalogue)).toEqual([]);
});

test("a phiếu stays on one page: a long list is cut, saying how many more there are", () => {
  const file = wrong[0]!;
  const status = rollup.units.find((u) => u.unit.code === file.unit.code)!;
  const many = Array.from({ length: 60 }, (_, i) => ({
    file: status.kept!.file,
    rule: "R22",
    severity: "error" as const,
    unit: file.unit.code,
    sheet: status.kept!.submission.sheet,
    cell: `D${20 + i}`,
    section: "6",
    message: { vi: `Chỉ tiêu thứ ${i + 1}: chưa điền (nhập 0 nếu không phát sinh).`, en: "" },
  }));
  const [letter] = buildFeedback({ ...rollup, units: [status] }, many, catalogue);
  const lines = planToLines(letter!.plan);
  const listed = lines.filter((l) => /^\d+ \| D\d+ \|/.test(l)).length;
  expect(listed).toBeGreaterThan(5);
  expect(listed).toBeLessThan(60);
  expect(lines).toContain(
    `Còn ${60 - listed} nội dung khác: mở báo cáo trong Excel và dùng chức năng Kiểm tra của DVCQ để xem đủ.`,
  );
  expect(printedPoints(letter!.plan)).toBeLessThanOrEqual(PAGE_POINTS);
  expect(lines.at(-3)).toBe("Nơi nhận: |  |  | TRƯỞNG PHÒNG");
});

test("file and sheet names from any unit code: marks and unsafe characters gone, never two alike", () => {
  const odd = [
    { ...unit("XA-XUAN-HOA"), code: "Xã Đông/1" },
    { ...unit("XA-BAO-HOA"), code: "XA-DONG-1" },
    { ...unit("XA-LANG-MINH"), code: "***" },
  ];
  const r = {
    ...rollup,
    units: odd.map((u) => ({
      unit: u,
      kept: null,
      ignored: [],
      unusable: [
        { file: "x.xlsx", unit: u, reason: "FILE_UNREADABLE" as const, message: { vi: "Hỏng.", en: "" } },
      ],
      sentDate: null,
      onTime: null,
      errors: 0,
      warnings: 0,
    })),
  };
  const letters = buildFeedback(r, [], catalogue);
  expect(letters.map((l) => l.fileName)).toEqual([
    "DVCQ_2024_PhanHoi_Xa-Dong-1.xlsx",
    "DVCQ_2024_PhanHoi_XA-DONG-1-2.xlsx",
    "DVCQ_2024_PhanHoi_DON-VI.xlsx",
  ]);
  expect(letters.map((l) => l.sheetName)).toEqual(["PH Xa-Dong-1", "PH XA-DONG-1-2", "PH DON-VI"]);
});
