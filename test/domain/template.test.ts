import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { buildTemplatePlan, templateSheetName } from "../../src/domain/layout/template";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import { findUnitByCode, type Unit } from "../../src/domain/units/registry";
import { cellAt, planToLines } from "../support/grid";

const catalogue = loadBuiltinCatalogue();
const registry = loadBuiltinRegistry();
const unit = (code: string): Unit => findUnitByCode(registry, code) as Unit;
const commune = buildTemplatePlan(catalogue, unit("XA-XUAN-HOA"), 2024);
const agency = buildTemplatePlan(catalogue, unit("CQ-TU-PHAP"), 2024);

describe("the template of a commune, as the clerk sees it", () => {
  test("header: issuing body, national motto, title, period, year and template id", () => {
    expect(planToLines(commune.plan, 1, 12)).toEqual([
      "UBND HUYỆN XUÂN LỘC |  |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "UBND XÃ XUÂN HÒA |  |  | Độc lập - Tự do - Hạnh phúc",
      "",
      "Số:        /BC-UBND |  |  | Xuân Hòa, ngày …… tháng …… năm 2024",
      "",
      "BÁO CÁO",
      "Kết quả thực hiện công tác dân vận chính quyền và quy chế dân chủ ở cơ sở năm 2024",
      "(Thực hiện Chỉ thị số 03/CT-UBND ngày 12/7/2023 của UBND huyện Xuân Lộc)",
      "Số liệu tính từ ngày 01/10/2023 đến ngày 30/09/2024",
      " |  | Năm báo cáo: | 2024 | Mẫu biểu: | DVCQ-CT03/1",
      "STT | Chỉ tiêu | Đơn vị tính | Số liệu | Minh chứng | Ghi chú",
      "(1) | (2) | (3) | (4) | (5) | (6)",
    ]);
    expect(commune.plan.merges).toEqual(
      expect.arrayContaining(["A1:C1", "D1:F1", "A2:C2", "D2:F2", "A6:F6"]),
    );
    expect(commune.plan.styles[cellAt(commune.plan, "D2")?.style as string]).toMatchObject({
      bold: true,
      underline: true,
    });
  });

  test("general information: unit and period prefilled and locked, the rest to type", () => {
    expect(planToLines(commune.plan, 13, 23)).toEqual([
      "A | THÔNG TIN CHUNG",
      "0.1 | Mã đơn vị |  | XA-XUAN-HOA",
      "0.2 | Tên đơn vị |  | Xã Xuân Hòa",
      "0.3 | Loại đơn vị (X: xã, thị trấn; C: cơ quan, đơn vị) |  | X",
      "0.4 | Kỳ số liệu từ ngày |  | 45200",
      "0.5 | Kỳ số liệu đến ngày |  | 45565",
      "0.6 | Tổng số cán bộ, công chức, viên chức, người lao động | người",
      "0.7 | Số ấp, khu phố | ấp, khu phố",
      "0.8 | Số, ký hiệu và ngày của báo cáo",
      "0.9 | Người lập biểu, số điện thoại",
      "I | QUÁN TRIỆT, THỂ CHẾ HÓA",
    ]);
    const style = (ref: string) => commune.plan.styles[cellAt(commune.plan, ref)?.style as string];
    expect(style("D17")).toMatchObject({ numberFormat: "dd/mm/yyyy" });
    expect(style("D14")?.locked).toBeUndefined();
    expect(style("D19")).toMatchObject({ locked: false, numberFormat: "#,##0" });
  });

  test("the whole sheet, row by row", () => {
    expect(planToLines(commune.plan)).toMatchSnapshot();
  });

  test("sections in bold, 'Trong đó' rows italic and indented", () => {
    const styleOf = (code: string) => {
      const row = commune.plan.cells.find((c) => c.ref.startsWith("A") && c.value === code)?.ref.slice(1);
      return commune.plan.styles[cellAt(commune.plan, `B${row}`)?.style as string];
    };
    expect(styleOf("I")).toMatchObject({ bold: true });
    expect(styleOf("1.2")).toMatchObject({ italic: true, indent: 2 });
    expect(styleOf("1.1")?.italic).toBeUndefined();
  });

  test("derived rates are formulas, blank when a part is missing or the denominator is 0", () => {
    const row = (code: string) =>
      commune.plan.cells.find((c) => c.ref.startsWith("A") && c.value === code)?.ref.slice(1);
    expect(cellAt(commune.plan, `D${row("4.8")}`)?.formula).toBe(
      `=IF(COUNT($D$50,$D$51)<2,"",IF(($D$50+$D$51)=0,"",ROUND(100*($D$50)/($D$50+$D$51),1)))`,
    );
    expect(row("4.5")).toBe("50");
    expect(row("4.6")).toBe("51");
    expect(commune.inputCells).not.toContain(`D${row("4.8")}`);
  });
});

describe("rows by scope", () => {
  const codes = (plan: typeof commune.plan) =>
    plan.cells.filter((c) => c.ref.startsWith("A") && /^\d+\.\d+$/.test(String(c.value))).map((c) => c.value);

  test("a commune has the X rows and not the agency's 6.13", () => {
    expect(codes(commune.plan)).toEqual(expect.arrayContaining(["0.7", "2.4", "2.5", "6.9", "6.10"]));
    expect(codes(commune.plan)).not.toContain("6.13");
    expect(commune.indicatorCount).toBe(63);
  });

  test("an agency has 6.13 and none of the commune rows", () => {
    expect(codes(agency.plan)).toContain("6.13");
    for (const c of ["0.7", "2.4", "2.5", "6.9", "6.10"]) expect(codes(agency.plan)).not.toContain(c);
    expect(agency.indicatorCount).toBe(60);
    expect(planToLines(agency.plan, 1, 2)).toEqual([
      "UBND HUYỆN XUÂN LỘC |  |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "PHÒNG TƯ PHÁP |  |  | Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(planToLines(agency.plan).slice(-3)).toEqual([
      "Nơi nhận: |  |  | THỦ TRƯỞNG ĐƠN VỊ",
      "- Phòng Nội vụ (báo cáo); |  |  | (Ký, ghi rõ họ tên, đóng dấu)",
      "- Lưu: VT.",
    ]);
  });
});

describe("what makes the template work without the add-in", () => {
  test("the defined names of shared/contract.md", () => {
    const names = new Map(commune.plan.names.map((n) => [n.name, n.ref]));
    expect(names.get("DVCQ_TEMPLATE")).toBe("$F$10");
    expect(names.get("DVCQ_YEAR")).toBe("$D$10");
    expect(names.get("DVCQ_H_0_1")).toBe("$D$14");
    expect(names.get("DVCQ_I_6_20")).toBe("$D$86");
    expect(names.get("DVCQ_E_1")).toBe("$E$23");
    expect([...names.keys()].filter((n) => n.startsWith("DVCQ_E_"))).toHaveLength(7);
    expect(new Set(commune.plan.names.map((n) => n.name)).size).toBe(commune.plan.names.length);
    for (const n of commune.plan.names) expect(n.name).toMatch(/^DVCQ_[A-Z0-9_]+$/);
  });

  test("every typed cell has validation with Vietnamese messages within Excel's limits", () => {
    const validated = new Set(commune.plan.validations.map((v) => v.range));
    const figures = commune.inputCells.filter((r) => r.startsWith("D"));
    for (const ref of figures) expect(validated).toContain(ref);
    for (const v of commune.plan.validations) {
      expect(v.prompt.title.length).toBeLessThanOrEqual(32);
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt.message.length).toBeLessThanOrEqual(255);
      expect(v.error.message.length).toBeLessThanOrEqual(255);
    }
    const of = (ref: string) => commune.plan.validations.find((v) => v.range === ref);
    expect(of("D86")).toMatchObject({
      rule: { kind: "whole", min: 0 },
      prompt: { title: "6.20 – vụ việc khiếu nại, tố…" },
      error: {
        message:
          "Chỉ tiêu 6.20 phải là số nguyên không âm, ví dụ 12. Không gõ chữ, đơn vị hay dấu chấm phân cách hàng nghìn.",
      },
    });
    expect(of("D46")?.rule).toEqual({ kind: "decimal", min: 0, max: 100 });
    expect(of("D66")?.rule).toEqual({ kind: "list", values: ["Tốt", "Khá", "Trung bình", "Yếu"] });
    expect(of("D92")?.rule).toMatchObject({ kind: "date" });
  });

  test("every typed cell is unlocked and everything else locked", () => {
    for (const ref of commune.inputCells) {
      expect(commune.plan.styles[cellAt(commune.plan, ref)?.style as string]?.locked).toBe(false);
    }
    const unlocked = commune.plan.cells
      .filter((c) => commune.plan.styles[c.style as string]?.locked === false)
      .map((c) => c.ref);
    const evidenceContinuation = unlocked.filter((r) => !commune.inputCells.includes(r));
    for (const ref of evidenceContinuation) expect(ref.startsWith("E")).toBe(true);
  });

  test("cross-checks turn the cells of a failed rule red, skipping blanks", () => {
    const r17 = commune.plan.conditionalFormats.filter((f) => f.ruleId === "R17");
    expect(r17.map((f) => f.range)).toEqual(["D85", "D88", "D84", "D86", "D85", "D87", "D86"]);
    expect(r17[3]).toEqual({
      range: "D86",
      formula: "AND(COUNT($D$86,$D$85)=2,NOT($D$86<=$D$85))",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
      ruleId: "R17",
    });
    const rules = new Set(commune.plan.conditionalFormats.map((f) => f.ruleId));
    expect([...rules].sort()).toEqual(
      "R01 R02 R03 R04 R05 R06 R07 R08 R09 R10 R11 R12 R13 R14 R15 R16 R17 R18 R22".split(" "),
    );
    expect(commune.plan.conditionalFormats.find((f) => f.ruleId === "R09")?.fill).toBe("#FFEB9C");
  });

  test("an agency's template skips checks on rows it does not have", () => {
    const rules = new Set(agency.plan.conditionalFormats.map((f) => f.ruleId));
    expect(rules.has("R04")).toBe(false);
    expect(rules.has("R18")).toBe(false);
    expect(rules.has("R17")).toBe(true);
  });

  test("protected without password, frozen header, A4 landscape fitted to width", () => {
    expect(commune.plan.protection).toEqual({
      allowFormatColumns: true,
      allowFormatRows: true,
      allowInsertRows: true,
      allowDeleteRows: false,
    });
    expect(commune.plan.freezeRows).toBe(12);
    expect(commune.plan.print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: "$11:$12",
    });
    expect(commune.plan.fontName).toBe("Times New Roman");
  });

  test("no two merges overlap and no two cells share an address", () => {
    const seen = new Set<string>();
    for (const c of commune.plan.cells) {
      expect(seen.has(c.ref)).toBe(false);
      seen.add(c.ref);
    }
    expect(new Set(commune.plan.merges).size).toBe(commune.plan.merges.length);
  });
});

test("sheet names fit Excel's 31 characters and its forbidden characters", () => {
  expect(templateSheetName("XA-XUAN-HOA", 2024)).toBe("XA-XUAN-HOA 2024");
  expect(templateSheetName("A-VERY-LONG-UNIT-CODE-THAT-GOES-ON", 2024)).toBe(
    "A-VERY-LONG-UNIT-CODE-THAT 2024",
  );
  expect(templateSheetName("A/B:C", 2024)).toBe("A-B-C 2024");
});
