import builtin from "../../src/domain/catalogue/dvcq-ct03-v1.json";
import { loadBuiltinCatalogue } from "../../src/domain/catalogue/builtin";
import { allIndicators, loadCatalogue } from "../../src/domain/catalogue/load";
import { templateId } from "../../src/domain/catalogue/types";

const copy = (): typeof builtin => JSON.parse(JSON.stringify(builtin));

describe("the built-in catalogue DVCQ-CT03 version 1", () => {
  const catalogue = loadBuiltinCatalogue();

  test("is template DVCQ-CT03/1 with the directive's seven sections", () => {
    expect(templateId(catalogue)).toBe("DVCQ-CT03/1");
    expect(catalogue.sections.map((s) => `${s.roman}. ${s.title}`)).toEqual([
      "I. Quán triệt, thể chế hóa",
      "II. Tuyên truyền, giáo dục",
      'III. Phong trào thi đua "Dân vận khéo"',
      "IV. Cải cách hành chính",
      "V. Người đứng đầu, đạo đức công vụ, kiểm tra, khen thưởng, kỷ luật",
      "VI. Phối hợp MTTQ, đối thoại, dân chủ ở cơ sở, tiếp công dân, khiếu nại tố cáo",
      "VII. Báo cáo",
    ]);
  });

  test("has every indicator of the catalogue, by section", () => {
    expect(catalogue.sections.map((s) => s.indicators.length)).toEqual([4, 7, 8, 13, 7, 24, 1]);
    expect(catalogue.header.map((h) => h.code)).toEqual([
      "0.1",
      "0.2",
      "0.3",
      "0.4",
      "0.5",
      "0.6",
      "0.7",
      "0.8",
      "0.9",
    ]);
    const scopes = allIndicators(catalogue).reduce<Record<string, string[]>>((acc, i) => {
      (acc[i.scope] ??= []).push(i.code);
      return acc;
    }, {});
    expect(scopes["X"]).toEqual(["2.4", "2.5", "6.9", "6.10"]);
    expect(scopes["C"]).toEqual(["6.13"]);
  });

  test("derived rates and roll-up kinds are as the catalogue says", () => {
    const byCode = new Map(allIndicators(catalogue).map((i) => [i.code, i]));
    expect(byCode.get("3.8")?.derived).toEqual({
      numerator: "[3.4] + [3.5]",
      denominator: "[3.1] + [3.2] + [3.3]",
    });
    expect(byCode.get("4.8")?.derived).toEqual({ numerator: "[4.5]", denominator: "[4.5] + [4.6]" });
    expect(byCode.get("6.24")?.derived).toEqual({ numerator: "[6.20]", denominator: "[6.19]" });
    expect(byCode.get("4.1")?.rollup).toEqual({ kind: "min" });
    expect(byCode.get("4.12")?.rollup).toEqual({ kind: "weighted", weight: "[4.11]" });
    expect(byCode.get("4.13")?.rollup).toEqual({ kind: "weighted", weight: "[4.5] + [4.6]" });
    expect(byCode.get("5.7")).toMatchObject({
      type: "E",
      options: ["Tốt", "Khá", "Trung bình", "Yếu"],
      rollup: { kind: "distribution" },
    });
    expect(byCode.get("1.2")?.rollup).toEqual({ kind: "sum", listZeroUnits: true });
    expect(byCode.get("7.1")).toMatchObject({ type: "D", rollup: { kind: "latestDate" } });
  });

  test("rules R01–R23 are all there, with the catalogue's severities", () => {
    expect(catalogue.rules.map((r) => `${r.id}:${r.severity[0]}`)).toEqual(
      "R01:e R02:e R03:e R04:e R05:e R06:w R07:e R08:e R09:w R10:w R11:e R12:e R13:e R14:e R15:e R16:e R17:e R18:w R19:w R20:e R21:w R22:e R23:e".split(
        " ",
      ),
    );
  });

  test("period: 01/10 of the previous year to 30/09, sent by 14/10", () => {
    expect(catalogue.period).toEqual({
      fromMonthDay: "10-01",
      toMonthDay: "09-30",
      deadlineMonthDay: "10-14",
    });
  });
});

describe("loading a district's own catalogue", () => {
  test("a duplicate code, a rule naming a missing indicator and a broken formula are all reported", () => {
    const data = copy();
    (data.sections[0]!.indicators[1] as { code: string }).code = "1.1";
    (data.rules[0] as { checks: string[] }).checks = ["[1.2] <= [9.9]"];
    (data.rules[2] as { checks: string[] }).checks = ["[2.2] >= "];
    const result = loadCatalogue(data);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues).toEqual([
      { path: "sections[0].indicators[1].code", message: "code 1.1 is used twice" },
      { path: "rules[R01].checks[0]", message: "names indicator 1.2, which the catalogue does not have" },
      { path: "rules[R01].checks[0]", message: "names indicator 9.9, which the catalogue does not have" },
      { path: "rules[R03].checks[0]", message: 'Unexpected end at position 9 of "[2.2] >= "' },
    ]);
  });

  test("a derived rate over an unknown indicator, a bad type and a bad date are reported", () => {
    const data = copy();
    const rate = data.sections[3]!.indicators.find((i) => i.code === "4.8") as {
      derived: { denominator: string };
    };
    rate.derived.denominator = "[4.5] + [4.66]";
    (data.sections[1]!.indicators[0] as { type: string }).type = "number";
    data.period.deadlineMonthDay = "15/10";
    const result = loadCatalogue(data);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      "period.deadlineMonthDay",
      "sections[1].indicators[0].type",
      "sections[3].indicators[7].derived.denominator",
    ]);
  });

  test("a changed label loads without code changes", () => {
    const data = copy();
    data.sections[0]!.indicators[0]!.label = "Số văn bản chỉ đạo";
    const result = loadCatalogue(data);
    expect(result.ok && result.catalogue.sections[0]?.indicators[0]?.label).toBe("Số văn bản chỉ đạo");
  });

  test("something that is not a catalogue", () => {
    expect(loadCatalogue("hello")).toEqual({
      ok: false,
      issues: [{ path: "", message: "not a JSON object" }],
    });
  });
});
