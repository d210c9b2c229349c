import { checkSources, type Source } from "../../src/domain/check/batch";
import { fillPlan } from "../../src/domain/layout/filled";
import type { CellValue, SheetPlan } from "../../src/domain/layout/sheetPlan";
import { buildTemplatePlan } from "../../src/domain/layout/template";
import { isoToExcelSerial } from "../../src/domain/period";
import { rollUp, type Rollup } from "../../src/domain/rollup/rollup";
import {
  buildDistrictReport,
  FACTS_COLUMNS,
  factsTableRange,
  narrativeParagraphs,
  ROLLUP_SHEETS,
} from "../../src/domain/report";
import type { Unit, UnitRegistry } from "../../src/domain/units/registry";
import { planProblems } from "../../src/files/writeXlsx";
import {
  CLEAN_COMMUNE,
  CLEAN_EVIDENCE,
  catalogue,
  unit,
  planSnapshot,
  registry as builtinRegistry,
} from "../support/filled";
import { cellAt, planToLines } from "../support/grid";

const HYPERLINK = '=HYPERLINK("http://x.vn","Phòng Thử")';
/** An agency whose registry name would be a formula if written as one. */
const trap: Unit = { code: "CQ-THU", name: HYPERLINK, kind: "C", parent: "UBND huyện Xuân Lộc", aliases: [] };
const registry: UnitRegistry = {
  units: [unit("XA-XUAN-HOA"), unit("XA-BAO-HOA"), trap, unit("CQ-Y-TE")],
  offices: builtinRegistry.offices ?? [],
};
const day = (iso: string) => isoToExcelSerial(iso);

function source(u: Unit, file: string, figures: Record<string, CellValue>): Source {
  return {
    name: file,
    workbook: planSnapshot(
      fillPlan(buildTemplatePlan(catalogue, u, 2024), { figures, evidence: CLEAN_EVIDENCE }),
    ),
  };
}

/**
 * Four expected units: Xuân Hòa sent twice (the second kept), Bảo Hòa late with 1.2 = 0, 4.1 below
 * 100 and 6.15 blank, the trap agency on time, Y tế nothing. Nobody filled 6.12 (an error each);
 * everybody 5.4 = 0.
 */
const sources: Source[] = [
  source(unit("XA-XUAN-HOA"), "DVCQ_2024_XA-XUAN-HOA.xlsx", {
    ...CLEAN_COMMUNE,
    "1.1": 11,
    "6.12": null,
    "7.1": day("2024-10-08"),
  }),
  source(unit("XA-XUAN-HOA"), "=XA-XUAN-HOA gui lai.xlsx", {
    ...CLEAN_COMMUNE,
    "1.1": 12,
    "6.12": null,
    "7.1": day("2024-10-10"),
  }),
  source(unit("XA-BAO-HOA"), "@Bao Hoa.xlsx", {
    ...CLEAN_COMMUNE,
    "0.8": "- Kế hoạch số 12/KH-UBND",
    "0.9": "+84 251 3871 234",
    "1.1": 5,
    "1.2": 0,
    "4.1": 95.5,
    "5.7": "Khá",
    "6.12": null,
    "6.15": null,
    "7.1": day("2024-10-16"),
  }),
  source(trap, "DVCQ_2024_CQ-THU.xlsx", {
    ...CLEAN_COMMUNE,
    "1.1": 3,
    "1.2": 1,
    "6.12": null,
    "6.13": 0,
    "7.1": day("2024-10-12"),
  }),
];
const checked = checkSources(sources, catalogue, registry, { expectedYear: 2024 });
const rollup: Rollup = rollUp(catalogue, registry, 2024, checked.submissions, checked.findings);
const plans = buildDistrictReport(rollup, catalogue, { date: "2024-10-18" });
const sheetOf = (list: readonly SheetPlan[], name: string): SheetPlan => list.find((p) => p.name === name)!;
const [report, details, submissions, narrative, facts] = [
  ROLLUP_SHEETS.report,
  ROLLUP_SHEETS.details,
  ROLLUP_SHEETS.submissions,
  ROLLUP_SHEETS.narrative,
  ROLLUP_SHEETS.facts,
].map((name) => sheetOf(plans, name)) as [SheetPlan, SheetPlan, SheetPlan, SheetPlan, SheetPlan];

/** The line of the row whose first cell is `first`. */
function rowOf(plan: SheetPlan, first: string): string | undefined {
  return planToLines(plan).find((line) => line.startsWith(`${first} | `));
}

test("the sheets, in order, with names Excel accepts and nothing Excel would refuse", () => {
  expect(plans.map((p) => p.name)).toEqual(Object.values(ROLLUP_SHEETS));
  expect(plans.map((p) => p.name)).toEqual([
    "Báo cáo tổng hợp",
    "Chi tiết đơn vị",
    "Tình hình nộp báo cáo",
    "Kết quả kiểm tra",
    "Tổng hợp theo mục",
    "Dự thảo báo cáo",
    "Dữ liệu",
    "Công văn đôn đốc",
  ]);
  for (const plan of plans) {
    expect([plan.name, planProblems(plan)]).toEqual([plan.name, []]);
    expect(plan.names).toEqual([]);
    expect(plan.fontName).toBe("Times New Roman");
    expect(Math.max(...Object.values(plan.rowHeights))).toBeLessThanOrEqual(409);
  }
});

test("Báo cáo tổng hợp: the official heading and the first section", () => {
  expect(planToLines(report, 1, 19)).toEqual([
    "UBND HUYỆN XUÂN LỘC |  |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHÒNG NỘI VỤ |  |  | Độc lập - Tự do - Hạnh phúc",
    "",
    "Số:        /BC-NV |  |  | Xuân Lộc, ngày 18 tháng 10 năm 2024",
    "",
    "BÁO CÁO TỔNG HỢP",
    "Kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024",
    "(Thực hiện Chỉ thị số 03/CT-UBND ngày 12/7/2023 của UBND huyện Xuân Lộc)",
    "Số liệu tính từ ngày 01/10/2023 đến ngày 30/09/2024",
    "Đơn vị phải báo cáo: 4 (2 xã, thị trấn; 2 cơ quan, đơn vị); đã nhận báo cáo: 3 (2 xã, thị trấn; 1 cơ quan, đơn vị).",
    "STT | Chỉ tiêu | Đơn vị tính | Số liệu |  |  | Số đơn vị báo cáo | Ghi chú",
    " |  |  | Toàn huyện | Khối xã, thị trấn | Khối cơ quan, đơn vị",
    "(1) | (2) | (3) | (4) | (5) | (6) | (7) | (8)",
    "I | QUÁN TRIỆT, THỂ CHẾ HÓA",
    "1.1 | Số văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, QCDC đã ban hành | văn bản | 20 | 17 | 3 | 3",
    "1.2 | Trong đó: kế hoạch, chương trình công tác dân vận chính quyền năm | văn bản | 3 | 2 | 1 | 3 | 1 đơn vị báo cáo 0: Xã Bảo Hòa",
    "1.3 | Số hội nghị quán triệt, triển khai | cuộc | 12 | 8 | 4 | 3",
    "1.4 | Số lượt người dự hội nghị quán triệt | lượt người | 960 | 640 | 320 | 3",
    "II | TUYÊN TRUYỀN, GIÁO DỤC",
  ]);
  expect(report.merges).toEqual(
    expect.arrayContaining(["A1:C1", "D1:H1", "A6:H6", "A11:A12", "D11:F11", "B14:H14"]),
  );
  expect(report.freezeRows).toBe(13);
  expect(report.print).toMatchObject({ orientation: "landscape", paper: "A4", repeatRows: "$11:$13" });
});

test("Báo cáo tổng hợp: each roll-up kind with its note, numbers as numbers with their formats", () => {
  expect(rowOf(report, "2.4")).toBe(
    "2.4 | Trong đó: số buổi tại vùng đồng bào dân tộc thiểu số, vùng đồng bào có đạo | buổi | 20 | 20 |  | 2 | Chỉ xã, thị trấn",
  );
  expect(rowOf(report, "4.1")).toBe(
    "4.1 | Tỷ lệ thủ tục hành chính được công khai đầy đủ, đúng quy định | % | 95.5 | 95.5 | 100 | 3 | Số thấp nhất; 1 đơn vị dưới 100%",
  );
  expect(rowOf(report, "4.8")).toBe(
    "4.8 | Tỷ lệ giải quyết đúng hạn | % | 99.8 | 99.8 | 99.8 | 3 | Tính từ số tổng: 4.5/(4.5+4.6)",
  );
  expect(rowOf(report, "4.12")).toBe(
    "4.12 | Tỷ lệ hài lòng | % | 98.5 | 98.5 | 98.5 | 3 | Bình quân gia quyền theo 4.11",
  );
  expect(rowOf(report, "5.7")).toBe(
    "5.7 | Tự đánh giá kết quả thực hiện Chỉ thị |  |  |  |  | 3 | Tốt: 2; Khá: 1; Trung bình: 0; Yếu: 0",
  );
  expect(rowOf(report, "6.13")).toBe(
    "6.13 | Số hội nghị cán bộ, công chức, viên chức | hội nghị | 0 |  | 0 | 1 | Chỉ cơ quan, đơn vị; 1 đơn vị báo cáo 0: " +
      HYPERLINK,
  );
  expect(rowOf(report, "7.1")).toBe(
    `7.1 | Ngày gửi báo cáo đến Phòng Nội vụ |  | ${day("2024-10-16")} | ${day("2024-10-16")} | ${day("2024-10-12")} | 3 | Ngày gửi muộn nhất; hạn 14/10/2024; 1 đơn vị gửi sau hạn: Xã Bảo Hòa`,
  );
  const row = (code: string) => planToLines(report).findIndex((l) => l.startsWith(`${code} | `)) + 1;
  expect(report.styles[cellAt(report, `D${row("1.1")}`)!.style!]?.numberFormat).toBe("#,##0");
  expect(report.styles[cellAt(report, `D${row("4.8")}`)!.style!]?.numberFormat).toBe("0.0");
  expect(report.styles[cellAt(report, `D${row("7.1")}`)!.style!]?.numberFormat).toBe("dd/mm/yyyy");
  expect(cellAt(report, `F${row("2.4")}`)?.style).toBe("notApplicable");
});

test("blank is not zero: nobody reported 6.12 (blank, 0 units), everybody reported 5.4 = 0 (0)", () => {
  expect(rowOf(report, "6.12")).toBe(
    "6.12 | Số cuộc giám sát của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng | cuộc |  |  |  | 0",
  );
  expect(rowOf(report, "5.4")).toBe(
    "5.4 | Số cán bộ, công chức, viên chức bị xử lý kỷ luật | người | 0 | 0 | 0 | 3",
  );
  expect(rowOf(report, "6.15")).toBe("6.15 | Số lượt tiếp công dân | lượt | 122 | 61 | 61 | 2");
  const i = planToLines(report).findIndex((l) => l.startsWith("6.12 | ")) + 1;
  expect(cellAt(report, `D${i}`)?.value).toBeNull();
});

test("Chi tiết đơn vị: units × indicators, grouped, with subtotals, the district total and the source", () => {
  const cols = (line: string | undefined) => line?.split(" | ");
  const lines = planToLines(details);
  expect(lines.slice(0, 2)).toEqual([
    "CHI TIẾT SỐ LIỆU BÁO CÁO CỦA CÁC ĐƠN VỊ NĂM 2024",
    "Số liệu tính từ ngày 01/10/2023 đến ngày 30/09/2024. Đơn vị phải báo cáo: 4 (2 xã, thị trấn; 2 cơ quan, đơn vị); đã nhận báo cáo: 3 (2 xã, thị trấn; 1 cơ quan, đơn vị).",
  ]);
  expect(cols(lines[3])?.slice(0, 8)).toEqual([
    "STT",
    "Mã đơn vị",
    "Tên đơn vị",
    "I. Quán triệt, thể chế hóa",
    "",
    "",
    "",
    "II. Tuyên truyền, giáo dục",
  ]);
  expect(cols(lines[4])?.slice(0, 8)).toEqual(["", "", "", "1.1", "1.2", "1.3", "1.4", "2.1"]);
  expect(cols(lines[5])?.slice(3, 8)).toEqual([
    "Văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận…",
    "Trong đó: kế hoạch, chương trình công tác dân vận chính…",
    "Hội nghị quán triệt, triển khai",
    "Lượt người dự hội nghị quán triệt",
    "Buổi tuyên truyền trực tiếp",
  ]);
  // First columns of each data row (1.1 1.2 1.3 1.4), then the source.
  const source = (cols(lines[3]) as string[]).indexOf("Nguồn số liệu (tệp › trang)");
  const brief = (line: string) => {
    const c = line.split(" | ");
    return [...Array.from({ length: 7 }, (_, i) => c[i] ?? ""), c[source] ?? ""].join(" | ");
  };
  expect(lines.slice(6).map(brief)).toEqual([
    "KHỐI XÃ, THỊ TRẤN |  |  |  |  |  |  | ",
    "1 | XA-XUAN-HOA | Xã Xuân Hòa | 12 | 2 | 4 | 320 | =XA-XUAN-HOA gui lai.xlsx › XA-XUAN-HOA 2024",
    "2 | XA-BAO-HOA | Xã Bảo Hòa | 5 | 0 | 4 | 320 | @Bao Hoa.xlsx › XA-BAO-HOA 2024",
    "Cộng khối xã, thị trấn |  |  | 17 | 2 | 8 | 640 | ",
    "KHỐI CƠ QUAN, ĐƠN VỊ |  |  |  |  |  |  | ",
    `3 | CQ-THU | ${HYPERLINK} | 3 | 1 | 4 | 320 | DVCQ_2024_CQ-THU.xlsx › CQ-THU 2024`,
    "4 | CQ-Y-TE | Phòng Y tế |  |  |  |  | Chưa nhận báo cáo",
    "Cộng khối cơ quan, đơn vị |  |  | 3 | 1 | 4 | 320 | ",
    "TỔNG CỘNG (TOÀN HUYỆN) |  |  | 20 | 3 | 12 | 960 | ",
  ]);
  const header = cols(lines[4]) as string[];
  const at = (line: string, code: string) => line.split(" | ")[header.indexOf(code)];
  // 6.15: Bảo Hòa blank, the others 61; the rate row is the recomputed rate, not a sum of the units' rates.
  expect(lines.slice(7, 9).map((l) => at(l, "6.15"))).toEqual(["61", ""]);
  expect(lines.slice(7, 9).map((l) => [at(l, "6.12"), at(l, "5.4")])).toEqual([
    ["", "0"],
    ["", "0"],
  ]);
  // The agency's 2.4 (communes only) is greyed out, not a blank to fill.
  expect(at(lines[11]!, "2.4")).toBe("");
  expect(cellAt(details, "K12")?.style).toBe("notApplicable");
  expect(cellAt(details, "K8")?.style).toBe("N");
  expect(at(lines[lines.length - 1]!, "4.8")).toBe("99.8");
  expect(at(lines[lines.length - 1]!, "5.7")).toBe("Tốt: 2; Khá: 1; Trung bình: 0; Yếu: 0");
  expect(details.freezeRows).toBe(6);
});

test("Tình hình nộp báo cáo: every expected unit, then the totals", () => {
  expect(planToLines(submissions)).toEqual([
    "TÌNH HÌNH NỘP BÁO CÁO NĂM 2024",
    "Kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024",
    "Hạn gửi: ngày 14/10/2024. Số liệu tính từ ngày 01/10/2023 đến ngày 30/09/2024.",
    "",
    "STT | Mã đơn vị | Tên đơn vị | Loại đơn vị | Tình trạng | Ngày gửi (7.1) | Thời hạn | Bản trùng (không dùng) | Số lỗi | Số cảnh báo | Tệp đã dùng (tệp › trang) | Tệp không dùng được",
    `1 | XA-XUAN-HOA | Xã Xuân Hòa | Xã, thị trấn | Đã nhận | ${day("2024-10-10")} | Đúng hạn | DVCQ_2024_XA-XUAN-HOA.xlsx › XA-XUAN-HOA 2024 | 1 | 1 | =XA-XUAN-HOA gui lai.xlsx › XA-XUAN-HOA 2024`,
    `2 | XA-BAO-HOA | Xã Bảo Hòa | Xã, thị trấn | Đã nhận | ${day("2024-10-16")} | Trễ hạn 2 ngày |  | 2 | 1 | @Bao Hoa.xlsx › XA-BAO-HOA 2024`,
    `3 | CQ-THU | ${HYPERLINK} | Cơ quan, đơn vị | Đã nhận | ${day("2024-10-12")} | Đúng hạn |  | 1 | 0 | DVCQ_2024_CQ-THU.xlsx › CQ-THU 2024`,
    "4 | CQ-Y-TE | Phòng Y tế | Cơ quan, đơn vị | Chưa nhận",
    "",
    "Tổng hợp |  |  | Toàn huyện | Xã, thị trấn | Cơ quan, đơn vị",
    "Số đơn vị phải báo cáo |  |  | 4 | 2 | 2",
    "Đã nhận báo cáo |  |  | 3 | 2 | 1",
    "Nhận tệp nhưng không dùng được |  |  | 0 | 0 | 0",
    "Gửi đúng hạn |  |  | 2 | 1 | 1",
    "Gửi trễ hạn |  |  | 1 | 1 | 0",
    "Không ghi ngày gửi |  |  | 0 | 0 | 0",
    "Chưa nhận báo cáo |  |  | 1 | 0 | 1",
    "Gửi nhiều bản |  |  | 1 | 1 | 0",
    "Báo cáo còn lỗi |  |  | 3 | 2 | 1",
  ]);
  expect(cellAt(submissions, "I9")?.value).toBeNull();
});

test("Dữ liệu: the facts in long form under a frozen header, each with its file, sheet and cell", () => {
  const lines = planToLines(facts);
  expect(lines[0]).toBe(FACTS_COLUMNS.join(" | "));
  expect(lines[0]).toBe(
    "Năm | Mã đơn vị | Tên đơn vị | Loại đơn vị | Mục | Mã chỉ tiêu | Chỉ tiêu | Giá trị | Tệp nguồn | Trang | Ô | Mẫu biểu | Kiểu",
  );
  const fact = (unitCode: string, code: string) =>
    lines.find((l) => l.includes(` | ${unitCode} | `) && l.split(" | ")[5] === code);
  const xhCell = rollup.facts.find((f) => f.unitCode === "XA-XUAN-HOA" && f.code === "1.1")!.cell;
  expect(fact("XA-XUAN-HOA", "1.1")).toBe(
    `2024 | XA-XUAN-HOA | Xã Xuân Hòa | Xã, thị trấn | I | 1.1 | ${catalogue.sections[0]!.indicators[0]!.label} | 12 | =XA-XUAN-HOA gui lai.xlsx | XA-XUAN-HOA 2024 | ${xhCell} | DVCQ-CT03/1 | N`,
  );
  expect(fact("XA-BAO-HOA", "0.8")?.split(" | ").slice(4, 8)).toEqual([
    "A",
    "0.8",
    "Số, ký hiệu và ngày của báo cáo",
    "- Kế hoạch số 12/KH-UBND",
  ]);
  expect(fact("XA-BAO-HOA", "6.15")).toBeUndefined();
  expect(lines).toHaveLength(rollup.facts.length + 1);
  expect(facts.freezeRows).toBe(1);
  expect(factsTableRange(rollup.facts.length)).toBe(`A1:M${rollup.facts.length + 1}`);
  expect(factsTableRange(0)).toBe("A1:M2");
});

test("text that came from units stays a string value in every sheet, never a formula", () => {
  const traps = [
    HYPERLINK,
    "=XA-XUAN-HOA gui lai.xlsx › XA-XUAN-HOA 2024",
    "@Bao Hoa.xlsx › XA-BAO-HOA 2024",
    "- Kế hoạch số 12/KH-UBND",
    "+84 251 3871 234",
    "- Lưu: VT, NV.",
  ];
  for (const plan of plans)
    expect([plan.name, plan.cells.filter((c) => c.formula !== undefined)]).toEqual([plan.name, []]);
  const all = plans.flatMap((p) => p.cells.map((c) => ({ sheet: p.name, ...c })));
  for (const text of traps) {
    const holding = all.filter((c) => c.value === text);
    expect([text, holding.length > 0]).toEqual([text, true]);
    for (const c of holding) expect(typeof c.value).toBe("string");
  }
  expect([...new Set(all.filter((c) => c.value === HYPERLINK).map((c) => c.sheet))]).toEqual([
    "Chi tiết đơn vị",
    "Tình hình nộp báo cáo",
    "Kết quả kiểm tra",
    "Tổng hợp theo mục",
    "Dữ liệu",
  ]);
});

test("Dự thảo báo cáo: the official heading, then each paragraph in merged, wrapped, editable rows of a few lines, no heading left at the foot of a page", () => {
  const lines = planToLines(narrative);
  expect(lines.slice(0, 10)).toEqual([
    "UBND HUYỆN XUÂN LỘC |  |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "PHÒNG NỘI VỤ |  |  | Độc lập - Tự do - Hạnh phúc",
    "",
    "Số:        /BC-NV |  |  | Xuân Lộc, ngày 18 tháng 10 năm 2024",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024",
    "(Dự thảo do DVCQ lập từ số liệu tổng hợp; rà soát, chỉnh sửa trước khi ban hành)",
    "",
    "Thực hiện Chỉ thị số 03/CT-UBND ngày 12/7/2023 của UBND huyện Xuân Lộc, Phòng Nội vụ tổng hợp kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024 từ báo cáo của 3/4 đơn vị (2/2 xã, thị trấn; 1/2 cơ quan, đơn vị), số liệu tính từ ngày 01/10/2023 đến ngày 30/09/2024, như sau:",
  ]);
  expect(lines[11]).toBe("I. Quán triệt, thể chế hóa");
  const rows = lines.slice(12, lines.indexOf("", 12));
  expect(rows.length).toBeGreaterThan(1);
  expect(rows.join(" ")).toBe(
    "Các cơ quan, đơn vị và UBND các xã, thị trấn đã ban hành 20 văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, quy chế dân chủ ở cơ sở, trong đó có 3 kế hoạch, chương trình công tác dân vận chính quyền năm; tổ chức 12 hội nghị quán triệt, triển khai với 960 lượt người dự. " +
      "Đơn vị có số văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, QCDC đã ban hành nhiều nhất là Xã Xuân Hòa (12 văn bản). " +
      "Có 1 đơn vị báo cáo 0 ở chỉ tiêu 1.2 (kế hoạch, chương trình công tác dân vận chính quyền năm): Xã Bảo Hòa.",
  );
  expect(narrative.merges).toEqual(expect.arrayContaining(["A10:F10", "A13:F13", "A14:F14"]));
  const paragraph = cellAt(narrative, "A13")!;
  expect(narrative.styles[paragraph.style!]).toMatchObject({ wrap: true, locked: false, numberFormat: "@" });
  // Each row is at most five lines of ~92 characters (88 units): a page can break between them.
  for (const [i, text] of rows.entries()) {
    expect(text.length).toBeLessThanOrEqual(5 * 92);
    expect(narrative.rowHeights[13 + i] ?? 16).toBeGreaterThanOrEqual(Math.ceil(text.length / 100) * 16);
  }
  expect(narrative.print).toMatchObject({
    orientation: "portrait",
    footer: "Trang &P/&N",
    fitToWidth: false,
  });
  // A page break falls only on a heading, and every heading that starts a page stays with its text.
  const headings = narrative.cells.filter((c) => c.style === "heading").map((c) => Number(c.ref.slice(1)));
  for (const r of narrative.print.rowBreaks ?? []) expect(headings).toContain(r);
});

test("before any report arrives: blank figures, 0 units reporting, everybody missing, nothing Excel would refuse", () => {
  const empty = rollUp(catalogue, registry, 2024, [], []);
  const sheets = buildDistrictReport(empty, catalogue);
  for (const plan of sheets) expect([plan.name, planProblems(plan)]).toEqual([plan.name, []]);
  const [emptyReport, emptySubmissions, emptyPivot, emptyFacts] = [
    ROLLUP_SHEETS.report,
    ROLLUP_SHEETS.submissions,
    ROLLUP_SHEETS.pivot,
    ROLLUP_SHEETS.facts,
  ].map((name) => sheetOf(sheets, name));
  expect(rowOf(emptyReport!, "1.1")).toBe(
    "1.1 | Số văn bản lãnh đạo, chỉ đạo, triển khai công tác dân vận chính quyền, QCDC đã ban hành | văn bản |  |  |  | 0",
  );
  expect(rowOf(emptyReport!, "4.1")).toBe(
    "4.1 | Tỷ lệ thủ tục hành chính được công khai đầy đủ, đúng quy định | % |  |  |  | 0",
  );
  expect(rowOf(emptySubmissions!, "Chưa nhận báo cáo")).toBe("Chưa nhận báo cáo |  |  | 4 | 2 | 2");
  expect(planToLines(emptyPivot!).at(-1)).toBe("TỔNG CỘNG");
  expect(planToLines(emptyFacts!)).toEqual([FACTS_COLUMNS.join(" | ")]);
  const draft = narrativeParagraphs(empty, catalogue, { office: "Phòng Nội vụ" });
  expect(draft[1]?.text).toMatch(/^Các cơ quan, đơn vị và UBND các xã, thị trấn đã ban hành … văn bản/);
  expect(draft[7]?.text).toBe(
    `Phòng Nội vụ đã nhận báo cáo của 0/4 đơn vị, trong đó 0 đơn vị gửi đúng hạn (hạn ngày 14/10/2024). Chưa nhận báo cáo của 4 đơn vị: Xã Xuân Hòa, Xã Bảo Hòa, ${HYPERLINK}, Phòng Y tế.`,
  );
});
