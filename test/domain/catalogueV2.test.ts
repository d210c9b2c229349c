import { buildTemplatePlan } from "../../src/domain/layout/template";
import type { PlanCell } from "../../src/domain/layout/sheetPlan";
import { loadBuiltinRegistry } from "../../src/domain/units/builtin";
import type { Unit } from "../../src/domain/units/registry";
import { loadBuiltinCatalogue, V2_FIRST_REPORT_YEAR } from "../../src/domain/catalogue/builtin";
import { allIndicators, loadCatalogue } from "../../src/domain/catalogue/load";
import { templateId } from "../../src/domain/catalogue/types";

describe("template DVCQ-CT03 version 2", () => {
  const v1 = loadBuiltinCatalogue(V2_FIRST_REPORT_YEAR - 1);
  const v2 = loadBuiltinCatalogue(V2_FIRST_REPORT_YEAR);

  test("is the template of report years from 2025; 2024 and a call without a year stay version 1", () => {
    expect(V2_FIRST_REPORT_YEAR).toBe(2025);
    expect(templateId(v1)).toBe("DVCQ-CT03/1");
    expect(templateId(loadBuiltinCatalogue())).toBe("DVCQ-CT03/1");
    expect(templateId(v2)).toBe("DVCQ-CT03/2");
    expect(templateId(loadBuiltinCatalogue(2031))).toBe("DVCQ-CT03/2");
  });

  test("has version 1's indicators and rules, the models list, the four text blocks and R24–R26", () => {
    expect(allIndicators(v2)).toEqual(allIndicators(v1));
    expect(v2.rules.slice(0, v1.rules.length)).toEqual(v1.rules);
    expect(v2.rules.slice(v1.rules.length).map((r) => r.id)).toEqual(["R24", "R25", "R26"]);
    expect(v2.lists?.map((l) => l.columns.map((c) => c.label))).toEqual([
      ["Tên mô hình, điển hình", "Loại", "Cấp công nhận", "Lĩnh vực", "Năm đăng ký"],
    ]);
    expect(v2.texts?.blocks.map((b) => b.title)).toEqual([
      "Kết quả nổi bật",
      "Hạn chế, nguyên nhân",
      "Phương hướng, nhiệm vụ năm tới",
      "Kiến nghị, đề xuất",
    ]);
    expect(v2.reads).toEqual(["DVCQ-CT03/1"]);
    expect(v1.lists).toBeUndefined();
  });

  test("a district's catalogue naming a list or a column that is not there is refused with each problem", () => {
    const broken = {
      ...v2,
      rules: [
        ...v2.rules,
        { id: "R90", severity: "error", kind: "listRow", list: "XX", description: { vi: "x", en: "x" } },
        {
          id: "R91",
          severity: "error",
          kind: "listTally",
          list: "MH",
          tallies: [{ indicator: "3.1", where: [{ column: "colour", is: ["đỏ"] }] }],
          description: { vi: "x", en: "x" },
        },
      ],
    };
    const result = loadCatalogue(broken);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.message)).toEqual([
      "names list XX, which the catalogue does not have",
      "names column colour, which list MH does not have",
    ]);
  });
});

describe("the version 2 template", () => {
  const unit = loadBuiltinRegistry().units.find((u) => u.kind === "X") as Unit;
  const layout = buildTemplatePlan(loadBuiltinCatalogue(2025), unit, 2025);
  const names = new Map(layout.plan.names.map((n) => [n.name, n.ref]));
  const cell = (ref: string): PlanCell | undefined => layout.plan.cells.find((c) => c.ref === ref);

  test("names the list's ten data rows as one range, closed by a Cộng row counting the names", () => {
    const ref = names.get("DVCQ_L_MH") as string;
    const m = /^\$A\$(\d+):\$F\$(\d+)$/.exec(ref) as RegExpExecArray;
    const [first, last] = [Number(m[1]), Number(m[2])];
    expect(last - first + 1).toBe(10);
    expect(cell(`B${first - 1}`)?.value).toBe("Tên mô hình, điển hình");
    expect(cell(`A${last + 1}`)?.value).toBe("Cộng");
    expect(cell(`B${last + 1}`)?.formula).toBe(`=COUNTA(B${first}:B${last})`);
    for (const col of ["A", "B", "C", "D", "E", "F"])
      expect(layout.plan.styles[cell(`${col}${first}`)?.style ?? ""]?.locked).toBe(false);
    expect(layout.plan.protection.allowInsertRows).toBe(true);
    const level = layout.plan.validations.find((v) => v.range === `D${first}:D${last}`);
    expect(level?.rule).toEqual({
      kind: "list",
      values: ["Chưa công nhận", "Cấp xã", "Cấp huyện", "Cấp tỉnh", "Trung ương"],
    });
  });

  test("has the four text blocks as unlocked wrapped cells below their titles, taller for longer parts", () => {
    const heights = ["1", "2", "3", "4"].map((id) => {
      const ref = (names.get(`DVCQ_T_${id}`) as string).replace(/\$/g, "");
      const style = layout.plan.styles[cell(ref)?.style ?? ""];
      expect(style?.locked).toBe(false);
      expect(style?.wrap).toBe(true);
      const row = Number(ref.slice(1));
      expect(layout.plan.merges).toContain(`B${row}:F${row}`);
      return layout.plan.rowHeights[row];
    });
    expect(heights).toEqual([128, 96, 96, 64]);
    expect(layout.inputCells).toEqual(
      expect.arrayContaining(
        ["1", "2", "3", "4"].map((id) => (names.get(`DVCQ_T_${id}`) as string).replace(/\$/g, "")),
      ),
    );
  });

  test("the template of 2024 is version 1's, without list or text blocks", () => {
    const old = buildTemplatePlan(loadBuiltinCatalogue(2024), unit, 2024);
    expect(old.plan.names.some((n) => n.name.startsWith("DVCQ_L_") || n.name.startsWith("DVCQ_T_"))).toBe(
      false,
    );
    expect(old.plan.cells.find((c) => c.ref === "F10")?.value).toBe("DVCQ-CT03/1");
    expect(cell("F10")?.value).toBe("DVCQ-CT03/2");
  });
});
