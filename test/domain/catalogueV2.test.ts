import { checkWorkbook } from "../../src/domain/check/checks";
import { cellRef, parseCell } from "../../src/domain/layout/a1";
import { fillPlan } from "../../src/domain/layout/filled";
import type { Submission } from "../../src/domain/read/submission";
import type { WorkbookSnapshot } from "../../src/domain/read/snapshot";
import type { RawCell } from "../../src/domain/read/values";
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

describe("reading and checking the models list and the text blocks", () => {
  const catalogue = loadBuiltinCatalogue(2025);
  const registry = loadBuiltinRegistry();
  const unit = registry.units.find((u) => u.kind === "X") as Unit;
  const layout = buildTemplatePlan(catalogue, unit, 2025);
  const ref = (name: string): string =>
    (layout.plan.names.find((n) => n.name === name)?.ref ?? "").replace(/\$/g, "");
  const [firstRow] = ref("DVCQ_L_MH")
    .split(":")
    .map((r) => Number(r.slice(1)));
  const models = [
    ["Dân vận khéo trong cải cách hành chính", "Mô hình", "Cấp huyện", "Cải cách hành chính", 2025],
    ["Gương nông dân sản xuất giỏi", "Điển hình", "Chưa công nhận", "Kinh tế", 2025],
    ["Ấp văn hóa kiểu mẫu", "Mô hình", "Cấp xã", "Văn hóa - xã hội", 2023],
  ] as const;
  const figures = { "3.1": 1, "3.2": 1, "3.3": 1, "3.4": 1, "3.5": 0, "3.6": 1 };

  /** The sheet as a file reader would see it, with `inserted` rows put in after the list's second row and the names left where they were (as openpyxl does). */
  function sheetWith(inserted: (string | number)[][]): WorkbookSnapshot {
    const cells = new Map<string, RawCell>();
    const filled = fillPlan(layout, { figures: { ...figures, "7.1": 45940 } });
    const at = (r: number): number => (r > (firstRow as number) + 1 ? r + inserted.length : r);
    for (const c of filled.cells) {
      const { row, col } = parseCell(c.ref);
      if (c.value !== undefined && c.value !== null) cells.set(cellRef(at(row), col), { value: c.value });
    }
    const put = (row: number, values: readonly (string | number)[]): void =>
      values.forEach((v, i) => v !== "" && cells.set(cellRef(row, i + 2), { value: v }));
    models.forEach((m, i) => put(at((firstRow as number) + i), m));
    inserted.forEach((m, i) => put((firstRow as number) + 2 + i, m));
    cells.set(cellRef(at(Number(ref("DVCQ_T_1").slice(1))), 2), { value: "Hoàn thành 100% kế hoạch." });
    return {
      sheets: [{ name: layout.plan.name, cells, names: [] }],
      names: layout.plan.names.map((n) => ({ name: n.name, ref: `'${layout.plan.name}'!${n.ref}` })),
    };
  }

  test("the list's rows and the text blocks are read; 3.4 against the list is R24 naming both figures", () => {
    const { submissions, findings } = checkWorkbook(sheetWith([]), catalogue, registry);
    const s = submissions[0] as Submission;
    expect(s.lists?.get("MH")?.map((r) => Object.values(r.values))).toEqual(models.map((m) => [...m]));
    expect(s.texts?.get("1")?.text).toBe("Hoàn thành 100% kế hoạch.");
    expect(s.texts?.get("2")?.text).toBeNull();
    // Two models recognised (huyện, xã); 3.4 says 1. Every other tally agrees.
    const r24 = findings.filter((f) => f.rule === "R24");
    expect(r24.map((f) => f.message)).toMatchObject([
      { code: "LIST_TALLY", item: { code: "3.4" }, typed: 1, section: "VIII", counted: 2 },
    ]);
    expect(findings.filter((f) => ["R25", "R26", "TEMPLATE_VERSION"].includes(f.rule))).toEqual([]);
  });

  test("rows inserted inside the list still read, blank rows skipped; a name without level is R25, a name twice (spaces and case aside) R26", () => {
    const { submissions, findings } = checkWorkbook(
      sheetWith([
        ["", "", "", "", ""],
        ["ấp  văn hóa kiểu mẫu ", "Mô hình", "", "Kinh tế", 2024],
      ]),
      catalogue,
      registry,
    );
    expect(submissions[0]?.lists?.get("MH")?.map((r) => r.values["name"])).toEqual([
      models[0][0],
      models[1][0],
      "ấp văn hóa kiểu mẫu",
      models[2][0],
    ]);
    const row = (firstRow as number) + 3;
    const level = catalogue.lists?.[0]?.columns.find((c) => c.key === "level");
    expect(findings.filter((f) => f.rule === "R25").map((f) => [f.cell, f.message])).toEqual([
      [
        `D${row}`,
        {
          code: "LIST_ROW_INCOMPLETE",
          name: "ấp văn hóa kiểu mẫu",
          columns: [{ vi: level?.label, en: level?.english }],
        },
      ],
    ]);
    expect(findings.filter((f) => f.rule === "R26").map((f) => f.severity)).toEqual(["warning"]);
    // The blank level leaves 3.4, 3.5 and 3.6 uncounted; 3.3 now has two carried-over rows against 1.
    expect(findings.filter((f) => f.rule === "R24").map((f) => f.message)).toMatchObject([
      { code: "LIST_TALLY", item: { code: "3.3" }, typed: 1, section: "VIII", counted: 2 },
    ]);
  });

  test("a version 1 sheet read with version 2 has its figures and one note that it has no list or text parts", () => {
    const old = buildTemplatePlan(loadBuiltinCatalogue(2024), unit, 2025);
    const filled = fillPlan(old, { figures });
    const cells = new Map<string, RawCell>(
      filled.cells
        .filter((c) => c.value !== undefined && c.value !== null)
        .map((c) => [c.ref, { value: c.value as string | number }]),
    );
    const workbook: WorkbookSnapshot = {
      sheets: [{ name: old.plan.name, cells, names: [] }],
      names: old.plan.names.map((n) => ({ name: n.name, ref: `'${old.plan.name}'!${n.ref}` })),
    };
    const { submissions, findings } = checkWorkbook(workbook, catalogue, registry);
    expect(submissions[0]?.figures.get("3.4")?.value).toBe(1);
    expect(submissions[0]?.lists).toEqual(new Map());
    expect(
      findings
        .filter((f) => ["LISTS_NOT_IN_VERSION", "TEMPLATE_VERSION"].includes(f.rule))
        .map((f) => [f.rule, f.severity]),
    ).toEqual([["LISTS_NOT_IN_VERSION", "warning"]]);
    expect(findings.some((f) => f.rule === "R24")).toBe(false);
  });
});
