import {
  evaluate,
  excelFailureFormula,
  ExprSyntaxError,
  parseExpr,
  referencedCodes,
  toExcelFormula,
} from "../../src/domain/expr/expr";

const figures =
  (values: Record<string, number | null>) =>
  (code: string): number | null =>
    values[code] ?? null;

describe("the catalogue formula language", () => {
  test("a comparison holds or fails on figures", () => {
    const check = parseExpr("[6.20] <= [6.19]");
    expect(evaluate(check, figures({ "6.20": 12, "6.19": 15 }))).toEqual({ skipped: false, value: true });
    expect(evaluate(check, figures({ "6.20": 15, "6.19": 12 }))).toEqual({ skipped: false, value: false });
  });

  test("a blank figure skips the check instead of cascading", () => {
    expect(evaluate(parseExpr("[6.20] <= [6.19]"), figures({ "6.20": 3 }))).toEqual({
      skipped: true,
      blanks: ["6.19"],
    });
  });

  test("implication, arithmetic and precedence", () => {
    const r02 = parseExpr("[1.3] = 0 -> [1.4] = 0");
    expect(evaluate(r02, figures({ "1.3": 0, "1.4": 5 }))).toEqual({ skipped: false, value: false });
    expect(evaluate(r02, figures({ "1.3": 2, "1.4": 5 }))).toEqual({ skipped: false, value: true });
    const r08 = parseExpr("[4.5] + [4.6] + [4.7] <= [4.2] + [4.3] + [4.4]");
    expect(evaluate(r08, figures({ "4.5": 5, "4.6": 1, "4.7": 1, "4.2": 1, "4.3": 3, "4.4": 3 }))).toEqual({
      skipped: false,
      value: true,
    });
    expect(evaluate(parseExpr("[2.7] <= 3 * [0.6]"), figures({ "2.7": 31, "0.6": 10 }))).toEqual({
      skipped: false,
      value: false,
    });
  });

  test("blank() and filled() look at blank cells without skipping", () => {
    const r11 = parseExpr("[4.11] > 0 -> filled([4.12])");
    expect(evaluate(r11, figures({ "4.11": 40 }))).toEqual({ skipped: false, value: false });
    expect(evaluate(r11, figures({ "4.11": 40, "4.12": 97.5 }))).toEqual({ skipped: false, value: true });
  });

  test("weeks() counts whole weeks of a period, both days included", () => {
    // 01/10/2023 … 30/09/2024 as Excel serials: 366 days, 52 whole weeks.
    expect(evaluate(parseExpr("weeks([0.4], [0.5])"), figures({ "0.4": 45200, "0.5": 45565 }))).toEqual({
      skipped: false,
      value: 52,
    });
  });

  test("syntax errors say where", () => {
    expect(() => parseExpr("[1.2] <=")).toThrow(ExprSyntaxError);
    expect(() => parseExpr("[1.2] <= nope([1.1])")).toThrow(/Unknown function "nope"/);
    expect(() => parseExpr("[1.2] <= [1.1] [1.3]")).toThrow(/Unexpected text at position 15/);
    expect(() => parseExpr("weeks([0.4])")).toThrow(/takes 2 argument/);
  });

  test("references are listed once, in order", () => {
    expect(referencedCodes(parseExpr("[6.19] + [6.22] <= [6.18] and [6.19] > 0"))).toEqual([
      "6.19",
      "6.22",
      "6.18",
    ]);
  });

  test("compiles to an Excel formula with the same meaning", () => {
    const cell = (code: string): string =>
      ({ "6.19": "$D$85", "6.20": "$D$86", "6.22": "$D$88", "6.18": "$D$84" })[code] as string;
    expect(toExcelFormula(parseExpr("[6.19] + [6.22] <= [6.18]"), cell)).toBe("$D$85+$D$88<=$D$84");
    expect(toExcelFormula(parseExpr("([6.19] - [6.22]) * 2"), cell)).toBe("($D$85-$D$88)*2");
    expect(toExcelFormula(parseExpr("[6.19] - ([6.22] - [6.18])"), cell)).toBe("$D$85-($D$88-$D$84)");
    expect(excelFailureFormula(parseExpr("[6.20] <= [6.19]"), cell)).toBe(
      "AND(COUNT($D$86,$D$85)=2,NOT($D$86<=$D$85))",
    );
    expect(excelFailureFormula(parseExpr("[6.19] = 0 -> blank([6.20])"), cell)).toBe(
      "AND(COUNT($D$85)=1,NOT(OR(NOT($D$85=0),LEN($D$86)=0)))",
    );
  });
});
