import {
  isDateFormat,
  readChoice,
  readCount,
  readDate,
  readPercent,
  readText,
  type RawCell,
  type ReadNote,
  type ReadProblem,
  type Reading,
} from "../../src/domain/read/values";

// Readings are compared as codes and parameters; each code's sentences are pinned in locales.test.ts.
const BLANK = { status: "blank" };
const ok = <T>(value: T, ...notes: ReadNote[]): Reading<T> => ({ status: "ok", value, notes });
const invalid = (problem: ReadProblem): Reading<never> => ({ status: "invalid", problem });
const asText = (text: string, value: number): ReadNote => ({
  code: "NUMBER_AS_TEXT",
  text,
  value,
  percent: false,
  withUnit: false,
});
const asPercentText = (text: string, value: number): ReadNote => ({
  code: "NUMBER_AS_TEXT",
  text,
  value,
  percent: true,
  withUnit: false,
});

const NBSP = "\u00a0";
const TOT_NFD = "Tốt".normalize("NFD");

const EXCEL_ERRORS: Array<[string, RawCell, Reading<never>]> = [
  [
    "an error the shell reports",
    { value: null, error: "#REF!" },
    invalid({ code: "EXCEL_ERROR", error: "#REF!" }),
  ],
  [
    "#DIV/0! as the value",
    { value: "#DIV/0!", formula: "=A1/A2" },
    invalid({ code: "EXCEL_ERROR", error: "#DIV/0!" }),
  ],
  ["#N/A", { value: "#N/A" }, invalid({ code: "EXCEL_ERROR", error: "#N/A" })],
  ["#VALUE!", { value: "#VALUE!" }, invalid({ code: "EXCEL_ERROR", error: "#VALUE!" })],
  ["#NAME?", { value: "#NAME?" }, invalid({ code: "EXCEL_ERROR", error: "#NAME?" })],
  ["#SPILL!", { value: "#SPILL!" }, invalid({ code: "EXCEL_ERROR", error: "#SPILL!" })],
];

const BLANKS: Array<[string, RawCell]> = [
  ["an empty cell", { value: null }],
  ["an empty string", { value: "" }],
  ["spaces only", { value: "   " }],
  ["non-breaking spaces only", { value: `${NBSP}${NBSP}` }],
];

describe("readCount (type N)", () => {
  test.each<[string, RawCell, string | undefined, Reading<number>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, undefined, Reading<number>] => [
      what,
      cell,
      undefined,
      BLANK as Reading<number>,
    ]),
    ["zero is zero, not blank", { value: 0 }, undefined, ok(0)],
    ["a typed number", { value: 12, numberFormat: "#,##0" }, undefined, ok(12)],
    ["zero as text", { value: "0" }, undefined, ok(0, asText("0", 0))],
    ["Vietnamese thousands", { value: "1.234" }, undefined, ok(1234, asText("1.234", 1234))],
    ["Vietnamese millions", { value: "1.234.567" }, undefined, ok(1234567, asText("1.234.567", 1234567))],
    ["a leading zero", { value: "02" }, undefined, ok(2, asText("02", 2))],
    ["spaces around", { value: " 7 " }, undefined, ok(7, asText("7", 7))],
    ["a space between thousands", { value: "1 234" }, undefined, ok(1234, asText("1 234", 1234))],
    ["an NBSP between thousands", { value: `1${NBSP}234` }, undefined, ok(1234, asText("1 234", 1234))],
    ["a decimal comma with a zero fraction", { value: "12,0" }, undefined, ok(12, asText("12,0", 12))],
    [
      "the unit of measure after the number",
      { value: "12 buổi" },
      "buổi",
      ok(12, { code: "NUMBER_AS_TEXT", text: "12 buổi", value: 12, percent: false, withUnit: true }),
    ],
    [
      "the first word of the unit",
      { value: "5 lượt" },
      "lượt người",
      ok(5, { code: "NUMBER_AS_TEXT", text: "5 lượt", value: 5, percent: false, withUnit: true }),
    ],
    [
      "the unit typed without accents",
      { value: "12 buoi" },
      "buổi",
      ok(12, { code: "NUMBER_AS_TEXT", text: "12 buoi", value: 12, percent: false, withUnit: true }),
    ],
    [
      "the unit in TCVN3",
      { value: "12 buæi", font: ".VnTime" },
      "buổi",
      ok(
        12,
        { code: "LEGACY_ENCODING", encoding: "TCVN3 (ABC)", typed: "12 buæi", converted: "12 buổi" },
        { code: "NUMBER_AS_TEXT", text: "12 buổi", value: 12, percent: false, withUnit: true },
      ),
    ],
    [
      "a word that is not the unit",
      { value: "12 cái" },
      "buổi",
      invalid({ code: "NOT_THE_UNIT", text: "12 cái", words: "cái", unit: "buổi" }),
    ],
    [
      "a long run of words after the number, kept whole (a sentence quotes it short)",
      { value: `12 ${"buổi ".repeat(20)}` },
      "lượt",
      invalid({
        code: "NOT_THE_UNIT",
        text: `12 ${"buổi ".repeat(20).trim()}`,
        words: "buổi ".repeat(20).trim(),
        unit: "lượt",
      }),
    ],
    [
      "a word when the indicator has no unit",
      { value: "12 buổi" },
      undefined,
      invalid({ code: "WORDS_BESIDE_NUMBER", text: "12 buổi" }),
    ],
    ["a decimal comma", { value: "1,5" }, undefined, invalid({ code: "NOT_WHOLE", shown: { typed: "1,5" } })],
    ["a decimal dot", { value: "1.5" }, undefined, invalid({ code: "DOT_IN_COUNT", text: "1.5" })],
    [
      "a comma and three digits",
      { value: "1,234" },
      undefined,
      invalid({ code: "COMMA_OR_THOUSANDS", text: "1,234", decimal: 1.234, digits: "1234" }),
    ],
    ["a negative number", { value: -3 }, undefined, invalid({ code: "NEGATIVE", shown: { number: -3 } })],
    [
      "a negative number as text",
      { value: "-3" },
      undefined,
      invalid({ code: "NEGATIVE", shown: { typed: "-3" } }),
    ],
    ["a decimal number", { value: 12.5 }, undefined, invalid({ code: "NOT_WHOLE", shown: { number: 12.5 } })],
    [
      "1.234 typed on an English-language computer",
      { value: 1.234 },
      undefined,
      invalid({ code: "DOT_AS_DECIMAL", value: 1.234, digits: "1234" }),
    ],
    [
      "a number Excel turned into a date",
      { value: 45570, numberFormat: "dd/mm/yyyy" },
      undefined,
      invalid({ code: "DATE_FOR_NUMBER", serial: 45570 }),
    ],
    [
      "a number in a cell left with a date format",
      { value: 12, numberFormat: "d/m/yyyy" },
      undefined,
      invalid({ code: "DATE_FORMAT_ON_NUMBER", value: 12 }),
    ],
    ["a percentage", { value: "12%" }, undefined, invalid({ code: "PERCENT_FOR_COUNT", text: "12%" })],
    ["words", { value: "không có" }, undefined, invalid({ code: "NOT_A_NUMBER", text: "không có" })],
    ["TRUE", { value: true }, undefined, invalid({ code: "TRUE_FALSE", value: true, wanted: "count" })],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, undefined, Reading<number>] => [
      what,
      cell,
      undefined,
      reading,
    ]),
  ])("%s", (_what, cell, unitOfMeasure, expected) => {
    expect(readCount(cell, unitOfMeasure)).toEqual(expected);
  });
});

describe("readPercent (type %)", () => {
  test.each<[string, RawCell, Reading<number>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, Reading<number>] => [
      what,
      cell,
      BLANK as Reading<number>,
    ]),
    ["a percent-formatted cell stores a fraction", { value: 0.985, numberFormat: "0.0%" }, ok(98.5)],
    ["100% in a percent-formatted cell", { value: 1, numberFormat: "0%" }, ok(100)],
    ["percent points, as the template formats them", { value: 98.5, numberFormat: "0.0" }, ok(98.5)],
    ["a literal percent sign shows percent points", { value: 98.5, numberFormat: '0.0"%"' }, ok(98.5)],
    ["a plain number", { value: 98.5 }, ok(98.5)],
    ["zero", { value: 0 }, ok(0)],
    ["a hundred", { value: 100 }, ok(100)],
    [
      "a plain fraction",
      { value: 0.985 },
      ok(98.5, { code: "PERCENT_AS_FRACTION", shown: { number: 0.985 }, percent: 98.5, value: 0.985 }),
    ],
    [
      "a plain 1: 1% or 100%?",
      { value: 1 },
      invalid({ code: "ONE_PERCENT_AMBIGUOUS", shown: { number: 1 } }),
    ],
    ["text with a comma and %", { value: "98,5%" }, ok(98.5, asPercentText("98,5%", 98.5))],
    ["text with a comma", { value: "98,5" }, ok(98.5, asPercentText("98,5", 98.5))],
    ["text with a dot and %", { value: "98.5%" }, ok(98.5, asPercentText("98.5%", 98.5))],
    ["text with a space before %", { value: `98,5${NBSP}%` }, ok(98.5, asPercentText("98,5 %", 98.5))],
    ["1% as text", { value: "1%" }, ok(1, asPercentText("1%", 1))],
    [
      "a fraction as text",
      { value: "0,985" },
      ok(98.5, asPercentText("0,985", 98.5), {
        code: "PERCENT_AS_FRACTION",
        shown: { typed: "0,985" },
        percent: 98.5,
        value: 0.985,
      }),
    ],
    [
      "a date typed into a percent cell",
      { value: 45570, numberFormat: "[$-42A]dd/mm/yyyy" },
      invalid({ code: "DATE_FOR_NUMBER", serial: 45570 }),
    ],
    ["over 100", { value: 120 }, invalid({ code: "PERCENT_OUT_OF_RANGE", shown: { number: 120 } })],
    ["negative", { value: -5 }, invalid({ code: "PERCENT_OUT_OF_RANGE", shown: { number: -5 } })],
    [
      "over 100% in a percent-formatted cell",
      { value: 1.2, numberFormat: "0%" },
      invalid({ code: "PERCENT_OUT_OF_RANGE", shown: { number: 120, percent: true } }),
    ],
    [
      "over 100 as text",
      { value: "120%" },
      invalid({ code: "PERCENT_OUT_OF_RANGE", shown: { typed: "120%" } }),
    ],
    [
      "thousands as text",
      { value: "1.234" },
      invalid({ code: "PERCENT_OUT_OF_RANGE", shown: { typed: "1.234" } }),
    ],
    ["words", { value: "đạt" }, invalid({ code: "NOT_A_NUMBER", text: "đạt" })],
    [
      "words after the number",
      { value: "98,5 phần trăm" },
      invalid({ code: "NOT_A_NUMBER", text: "98,5 phần trăm" }),
    ],
    ["FALSE", { value: false }, invalid({ code: "TRUE_FALSE", value: false, wanted: "percent" })],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, Reading<number>] => [what, cell, reading]),
  ])("%s", (_what, cell, expected) => {
    expect(readPercent(cell)).toEqual(expected);
  });
});

describe("readDate (type D)", () => {
  const asDate = (text: string): ReadNote => ({
    code: "DATE_AS_TEXT",
    text,
    day: 5,
    month: 10,
    year: 2024,
    dayFirst: true,
  });
  const inWords = (text: string, day: number, month: number, year: number): ReadNote => ({
    code: "DATE_AS_WORDS",
    text,
    day,
    month,
    year,
  });
  const notADate = (value: number): Reading<number> => invalid({ code: "NUMBER_NOT_A_DATE", value });
  test.each<[string, RawCell, Reading<number>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, Reading<number>] => [
      what,
      cell,
      BLANK as Reading<number>,
    ]),
    ["a date Excel understood", { value: 45570, numberFormat: "dd/mm/yyyy" }, ok(45570)],
    ["a serial without a date format", { value: 45570 }, ok(45570)],
    ["a date and time", { value: 45570.5, numberFormat: "dd/mm/yyyy hh:mm" }, ok(45570)],
    ["the first day accepted", { value: 36526, numberFormat: "dd/mm/yyyy" }, ok(36526)],
    ["the day before 2000", { value: 36525, numberFormat: "dd/mm/yyyy" }, notADate(36525)],
    ["after 2100", { value: 73416 }, notADate(73416)],
    ["a year typed as a number", { value: 2024 }, notADate(2024)],
    ["a fraction without a date format", { value: 5.1 }, notADate(5.1)],
    ["dd/mm/yyyy as text", { value: "05/10/2024" }, ok(45570, asDate("05/10/2024"))],
    ["d/m/yyyy as text", { value: "5/10/2024" }, ok(45570, asDate("5/10/2024"))],
    ["dd-mm-yyyy as text", { value: "05-10-2024" }, ok(45570, asDate("05-10-2024"))],
    ["dd.mm.yyyy as text", { value: "05.10.2024" }, ok(45570, asDate("05.10.2024"))],
    [
      "an ISO date",
      { value: "2024-10-05" },
      ok(45570, { code: "DATE_AS_TEXT", text: "2024-10-05", day: 5, month: 10, year: 2024, dayFirst: false }),
    ],
    [
      "29 February of a leap year",
      { value: "29/02/2024" },
      ok(45351, { code: "DATE_AS_TEXT", text: "29/02/2024", day: 29, month: 2, year: 2024, dayFirst: true }),
    ],
    [
      "in words",
      { value: "ngày 5 tháng 10 năm 2024" },
      ok(45570, inWords("ngày 5 tháng 10 năm 2024", 5, 10, 2024)),
    ],
    [
      "in words without “ngày”",
      { value: "12 tháng 7 năm 2023" },
      ok(45119, inWords("12 tháng 7 năm 2023", 12, 7, 2023)),
    ],
    [
      "in capitals",
      { value: "NGÀY 12 THÁNG 7 NĂM 2023" },
      ok(45119, inWords("NGÀY 12 THÁNG 7 NĂM 2023", 12, 7, 2023)),
    ],
    [
      "decomposed (NFD)",
      { value: "ngày 12 tháng 7 năm 2023".normalize("NFD") },
      ok(45119, inWords("ngày 12 tháng 7 năm 2023", 12, 7, 2023)),
    ],
    [
      "31 February",
      { value: "31/02/2024" },
      invalid({ code: "NO_SUCH_DAY", text: "31/02/2024", month: 2, year: 2024, days: 29 }),
    ],
    [
      "29 February of a common year",
      { value: "29/02/2023" },
      invalid({ code: "NO_SUCH_DAY", text: "29/02/2023", month: 2, year: 2023, days: 28 }),
    ],
    [
      "month first",
      { value: "10/13/2024" },
      invalid({ code: "NO_SUCH_MONTH", text: "10/13/2024", month: 13 }),
    ],
    ["a two-digit year", { value: "05/10/24" }, invalid({ code: "TWO_DIGIT_YEAR", text: "05/10/24" })],
    [
      "a two-digit year in words",
      { value: "ngày 5 tháng 10 năm 24" },
      invalid({ code: "TWO_DIGIT_YEAR", text: "ngày 5 tháng 10 năm 24" }),
    ],
    [
      "before 2000 as text",
      { value: "05/10/1999" },
      invalid({ code: "DATE_OUT_OF_RANGE", text: "05/10/1999" }),
    ],
    ["mixed separators", { value: "05/10-2024" }, invalid({ code: "NOT_A_DATE", text: "05/10-2024" })],
    ["words", { value: "hôm qua" }, invalid({ code: "NOT_A_DATE", text: "hôm qua" })],
    ["TRUE", { value: true }, invalid({ code: "TRUE_FALSE", value: true, wanted: "date" })],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, Reading<number>] => [what, cell, reading]),
  ])("%s", (_what, cell, expected) => {
    expect(readDate(cell)).toEqual(expected);
  });
});

describe("readChoice (type E)", () => {
  const RATINGS = ["Tốt", "Khá", "Trung bình", "Yếu"];
  const understood = (text: string, to: string): ReadNote => ({
    code: "TEXT_NORMALISED",
    text,
    to,
    lookalike: false,
  });
  test.each<[string, RawCell, readonly string[], Reading<string>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, readonly string[], Reading<string>] => [
      what,
      cell,
      RATINGS,
      BLANK as Reading<string>,
    ]),
    ["as written", { value: "Tốt" }, RATINGS, ok("Tốt")],
    ["decomposed (NFD)", { value: TOT_NFD }, RATINGS, ok("Tốt")],
    ["with spaces around", { value: ` Trung${NBSP} bình ` }, RATINGS, ok("Trung bình")],
    ["lowercase", { value: "tốt" }, RATINGS, ok("Tốt", understood("tốt", "Tốt"))],
    ["capitals", { value: "TRUNG BÌNH" }, RATINGS, ok("Trung bình", understood("TRUNG BÌNH", "Trung bình"))],
    ["without accents", { value: "Kha" }, RATINGS, ok("Khá", understood("Kha", "Khá"))],
    [
      "old tone placement",
      { value: "xã Xuân Hoà" },
      ["Xã Xuân Hòa", "Xã Xuân Phú"],
      ok("Xã Xuân Hòa", understood("xã Xuân Hoà", "Xã Xuân Hòa")),
    ],
    ["the look-alike Ð", { value: "Ðạt" }, ["Đạt", "Không đạt"], ok("Đạt", understood("Ðạt", "Đạt"))],
    ["a unit kind in lowercase", { value: "x" }, ["X", "C"], ok("X", understood("x", "X"))],
    ["accents tell two choices apart", { value: "có" }, ["Có", "Cô"], ok("Có", understood("có", "Có"))],
    [
      "without accents, two choices match",
      { value: "Co" },
      ["Có", "Cô"],
      invalid({ code: "SEVERAL_CHOICES", text: "Co", matches: ["Có", "Cô"] }),
    ],
    [
      "TCVN3 text",
      { value: "Tèt", font: ".VnTime" },
      RATINGS,
      ok("Tốt", { code: "LEGACY_ENCODING", encoding: "TCVN3 (ABC)", typed: "Tèt", converted: "Tốt" }),
    ],
    ["a number among numeric choices", { value: 2 }, ["1", "2", "3"], ok("2")],
    [
      "not in the list",
      { value: "Tốt lắm" },
      RATINGS,
      invalid({ code: "NOT_IN_LIST", text: "Tốt lắm", options: ["Tốt", "Khá", "Trung bình", "Yếu"] }),
    ],
    ["TRUE", { value: true }, RATINGS, invalid({ code: "TRUE_FALSE", value: true, wanted: "choice" })],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, readonly string[], Reading<string>] => [
      what,
      cell,
      RATINGS,
      reading,
    ]),
  ])("%s", (_what, cell, options, expected) => {
    expect(readChoice(cell, options)).toEqual(expected);
  });
});

describe("readText (type text)", () => {
  test.each<[string, RawCell, Reading<string>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, Reading<string>] => [
      what,
      cell,
      BLANK as Reading<string>,
    ]),
    ["plain Unicode", { value: "Kế hoạch số 12/KH-UBND" }, ok("Kế hoạch số 12/KH-UBND")],
    ["quotes and dashes stay", { value: "Xã Xuân Hòa – “Dân vận khéo”" }, ok("Xã Xuân Hòa – “Dân vận khéo”")],
    ["decomposed (NFD) becomes NFC", { value: "Xuân Lộc".normalize("NFD") }, ok("Xuân Lộc")],
    ["spaces tidied", { value: `  Xuân${NBSP}${NBSP}Lộc  ` }, ok("Xuân Lộc")],
    [
      "line breaks kept",
      { value: "- Kế hoạch số 12/KH-UBND;\r\n-  Báo cáo số 5/BC-UBND. " },
      ok("- Kế hoạch số 12/KH-UBND;\n- Báo cáo số 5/BC-UBND."),
    ],
    [
      "TCVN3 without a font",
      { value: "Xu©n Léc" },
      ok("Xuân Lộc", {
        code: "LEGACY_ENCODING",
        encoding: "TCVN3 (ABC)",
        typed: "Xu©n Léc",
        converted: "Xuân Lộc",
      }),
    ],
    [
      "TCVN3 in a capitals font",
      { value: "uû ban nh©n d©n x· xu©n hoµ", font: ".VnTimeH" },
      ok("UỶ BAN NHÂN DÂN XÃ XUÂN HOÀ", {
        code: "LEGACY_ENCODING",
        encoding: "TCVN3 (ABC)",
        typed: "uû ban nh©n d©n x· xu©n hoµ",
        converted: "UỶ BAN NHÂN DÂN XÃ XUÂN HOÀ",
      }),
    ],
    [
      "VNI",
      { value: "Ñoàng Nai", font: "VNI-Times" },
      ok("Đồng Nai", { code: "LEGACY_ENCODING", encoding: "VNI", typed: "Ñoàng Nai", converted: "Đồng Nai" }),
    ],
    ["ASCII in a TCVN3 font: nothing to convert", { value: "Tong so", font: ".VnTime" }, ok("Tong so")],
    [
      "the look-alike Ð",
      { value: "Ðồng Nai" },
      ok("Đồng Nai", { code: "TEXT_NORMALISED", text: "Ðồng Nai", to: "Đồng Nai", lookalike: true }),
    ],
    ["a number", { value: 903123456 }, ok("903123456")],
    ["a decimal number", { value: 12.5 }, ok("12,5")],
    ["TRUE", { value: true }, invalid({ code: "TRUE_FALSE", value: true, wanted: "text" })],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, Reading<string>] => [what, cell, reading]),
  ])("%s", (_what, cell, expected) => {
    expect(readText(cell)).toEqual(expected);
  });
});

describe("isDateFormat: the one test of a date or time format, for the reader and the file reader", () => {
  test.each([
    ["dd/mm/yyyy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["[h]:mm", true],
    ["[ss]", true],
    ["h:mm AM/PM", true],
    ["0", false],
    ["#,##0_);[Red](#,##0)", false],
    ["0.0%", false],
    ['0" ngày"', false],
    ["0\\d", false],
    ["@", false],
    [undefined, false],
  ])("%s: %s", (format, isDate) => {
    expect(isDateFormat(format)).toBe(isDate);
  });
});
