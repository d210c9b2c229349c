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
