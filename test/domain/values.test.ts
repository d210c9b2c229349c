import {
  readChoice,
  readCount,
  readDate,
  readPercent,
  readText,
  type RawCell,
  type ReadNote,
  type Reading,
} from "../../src/domain/read/values";
import type { Message } from "../../src/domain/i18n/lang";
import { say } from "../../src/domain/i18n/say";

/** A reading with its problem and notes in words, as the clerk reads them. */
type Worded<T> =
  | { status: "blank" }
  | { status: "ok"; value: T; notes: WordedNote[] }
  | { status: "invalid"; problem: Message };
type WordedNote = { code: ReadNote["code"]; message: Message };
const words = (p: Parameters<typeof say>[0]): Message => ({ vi: say(p, "vi"), en: say(p, "en") });
function worded<T>(reading: Reading<T>): Worded<T> {
  if (reading.status === "blank") return reading;
  if (reading.status === "invalid") return { status: "invalid", problem: words(reading.problem) };
  return { ...reading, notes: reading.notes.map((n) => ({ code: n.code, message: words(n) })) };
}

const BLANK = { status: "blank" };
const ok = <T>(value: T, ...notes: WordedNote[]): Worded<T> => ({ status: "ok", value, notes });
const invalid = (vi: string, en: string): Worded<never> => ({ status: "invalid", problem: { vi, en } });
const note = (code: ReadNote["code"], vi: string, en: string): WordedNote => ({ code, message: { vi, en } });
const asText = (typed: string, read: string, readEn = read): WordedNote =>
  note(
    "NUMBER_AS_TEXT",
    `“${typed}” là số dạng chữ, được hiểu là ${read}`,
    `“${typed}” is a number stored as text, read as ${readEn}`,
  );

const NBSP = "\u00a0";
const TOT_NFD = "Tốt".normalize("NFD");

const EXCEL_ERRORS: Array<[string, RawCell, Worded<never>]> = [
  [
    "an error the shell reports",
    { value: null, error: "#REF!" },
    invalid(
      "Ô báo lỗi Excel #REF! (tham chiếu tới ô đã bị xoá): cần sửa công thức hoặc giá trị",
      "The cell shows the Excel error #REF! (a reference to a deleted cell): fix the formula or value",
    ),
  ],
  [
    "#DIV/0! as the value",
    { value: "#DIV/0!", formula: "=A1/A2" },
    invalid(
      "Ô báo lỗi Excel #DIV/0! (chia cho 0): cần sửa công thức hoặc giá trị",
      "The cell shows the Excel error #DIV/0! (a division by zero): fix the formula or value",
    ),
  ],
  [
    "#N/A",
    { value: "#N/A" },
    invalid(
      "Ô báo lỗi Excel #N/A (không tìm thấy giá trị): cần sửa công thức hoặc giá trị",
      "The cell shows the Excel error #N/A (a value that was not found): fix the formula or value",
    ),
  ],
  [
    "#VALUE!",
    { value: "#VALUE!" },
    invalid(
      "Ô báo lỗi Excel #VALUE! (sai kiểu giá trị trong công thức): cần sửa công thức hoặc giá trị",
      "The cell shows the Excel error #VALUE! (a wrong kind of value in a formula): fix the formula or value",
    ),
  ],
  [
    "#NAME?",
    { value: "#NAME?" },
    invalid(
      "Ô báo lỗi Excel #NAME? (tên hàm hoặc tên vùng không đúng): cần sửa công thức hoặc giá trị",
      "The cell shows the Excel error #NAME? (an unknown function or name): fix the formula or value",
    ),
  ],
  [
    "#SPILL!",
    { value: "#SPILL!" },
    invalid(
      "Ô báo lỗi Excel #SPILL!: cần sửa công thức hoặc giá trị",
      "The cell shows the Excel error #SPILL!: fix the formula or value",
    ),
  ],
];

const BLANKS: Array<[string, RawCell]> = [
  ["an empty cell", { value: null }],
  ["an empty string", { value: "" }],
  ["spaces only", { value: "   " }],
  ["non-breaking spaces only", { value: `${NBSP}${NBSP}` }],
];

describe("readCount (type N)", () => {
  test.each<[string, RawCell, string | undefined, Worded<number>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, undefined, Worded<number>] => [
      what,
      cell,
      undefined,
      BLANK as Worded<number>,
    ]),
    ["zero is zero, not blank", { value: 0 }, undefined, ok(0)],
    ["a typed number", { value: 12, numberFormat: "#,##0" }, undefined, ok(12)],
    ["zero as text", { value: "0" }, undefined, ok(0, asText("0", "0"))],
    ["Vietnamese thousands", { value: "1.234" }, undefined, ok(1234, asText("1.234", "1.234", "1234"))],
    [
      "Vietnamese millions",
      { value: "1.234.567" },
      undefined,
      ok(1234567, asText("1.234.567", "1.234.567", "1234567")),
    ],
    ["a leading zero", { value: "02" }, undefined, ok(2, asText("02", "2"))],
    ["spaces around", { value: " 7 " }, undefined, ok(7, asText("7", "7"))],
    ["a space between thousands", { value: "1 234" }, undefined, ok(1234, asText("1 234", "1.234", "1234"))],
    [
      "an NBSP between thousands",
      { value: `1${NBSP}234` },
      undefined,
      ok(1234, asText("1 234", "1.234", "1234")),
    ],
    ["a decimal comma with a zero fraction", { value: "12,0" }, undefined, ok(12, asText("12,0", "12"))],
    [
      "the unit of measure after the number",
      { value: "12 buổi" },
      "buổi",
      ok(
        12,
        note(
          "NUMBER_AS_TEXT",
          "“12 buổi” là số dạng chữ kèm đơn vị tính, được hiểu là 12",
          "“12 buổi” is a number stored as text with its unit, read as 12",
        ),
      ),
    ],
    [
      "the first word of the unit",
      { value: "5 lượt" },
      "lượt người",
      ok(
        5,
        note(
          "NUMBER_AS_TEXT",
          "“5 lượt” là số dạng chữ kèm đơn vị tính, được hiểu là 5",
          "“5 lượt” is a number stored as text with its unit, read as 5",
        ),
      ),
    ],
    [
      "the unit typed without accents",
      { value: "12 buoi" },
      "buổi",
      ok(
        12,
        note(
          "NUMBER_AS_TEXT",
          "“12 buoi” là số dạng chữ kèm đơn vị tính, được hiểu là 12",
          "“12 buoi” is a number stored as text with its unit, read as 12",
        ),
      ),
    ],
    [
      "the unit in TCVN3",
      { value: "12 buæi", font: ".VnTime" },
      "buổi",
      ok(
        12,
        note(
          "LEGACY_ENCODING",
          "Chữ gõ bằng bảng mã cũ TCVN3 (ABC) “12 buæi” được chuyển sang Unicode: “12 buổi”",
          "Text in the old TCVN3 (ABC) encoding “12 buæi” was converted to Unicode: “12 buổi”",
        ),
        note(
          "NUMBER_AS_TEXT",
          "“12 buổi” là số dạng chữ kèm đơn vị tính, được hiểu là 12",
          "“12 buổi” is a number stored as text with its unit, read as 12",
        ),
      ),
    ],
    [
      "a word that is not the unit",
      { value: "12 cái" },
      "buổi",
      invalid(
        "“12 cái”: “cái” không phải đơn vị tính của chỉ tiêu (buổi); hãy chỉ ghi số",
        "“12 cái”: “cái” is not the indicator's unit (buổi); type the number only",
      ),
    ],
    [
      "a long run of words after the number is quoted short",
      { value: `12 ${"buổi ".repeat(20)}` },
      "lượt",
      invalid(
        `“12 buổi buổi buổi buổi buổi buổi buổi buổi buổi buổi buổi b…”: “${"buổi ".repeat(12).slice(0, 59)}…” không phải đơn vị tính của chỉ tiêu (lượt); hãy chỉ ghi số`,
        `“12 buổi buổi buổi buổi buổi buổi buổi buổi buổi buổi buổi b…”: “${"buổi ".repeat(12).slice(0, 59)}…” is not the indicator's unit (lượt); type the number only`,
      ),
    ],
    [
      "a word when the indicator has no unit",
      { value: "12 buổi" },
      undefined,
      invalid(
        "“12 buổi” có chữ kèm theo số: hãy chỉ ghi số",
        "“12 buổi” has words beside the number: type the number only",
      ),
    ],
    [
      "a decimal comma",
      { value: "1,5" },
      undefined,
      invalid("“1,5” không phải số nguyên", "“1,5” is not a whole number"),
    ],
    [
      "a decimal dot",
      { value: "1.5" },
      undefined,
      invalid(
        "“1.5” không phải số nguyên (dấu chấm chỉ dùng để ngăn cách hàng nghìn, như 1.234)",
        "“1.5” is not a whole number (a dot only separates thousands, as in 1.234)",
      ),
    ],
    [
      "a comma and three digits",
      { value: "1,234" },
      undefined,
      invalid(
        "“1,234” không rõ là số thập phân 1,234 hay số nguyên 1.234: nếu là số nguyên, hãy gõ 1234",
        "“1,234” could be the decimal 1.234 or the whole number 1,234: if whole, type 1234",
      ),
    ],
    [
      "a negative number",
      { value: -3 },
      undefined,
      invalid("-3 là số âm: cần số nguyên không âm", "-3 is negative: a whole number ≥ 0 is needed"),
    ],
    [
      "a negative number as text",
      { value: "-3" },
      undefined,
      invalid("“-3” là số âm: cần số nguyên không âm", "“-3” is negative: a whole number ≥ 0 is needed"),
    ],
    [
      "a decimal number",
      { value: 12.5 },
      undefined,
      invalid("12,5 không phải số nguyên", "12.5 is not a whole number"),
    ],
    [
      "1.234 typed on an English-language computer",
      { value: 1.234 },
      undefined,
      invalid(
        "1,234 không phải số nguyên. Nếu định ghi 1.234, hãy gõ 1234: máy đã hiểu dấu chấm là dấu thập phân",
        "1.234 is not a whole number. If 1,234 was meant, type 1234: the computer took the dot as a decimal point",
      ),
    ],
    [
      "a number Excel turned into a date",
      { value: 45570, numberFormat: "dd/mm/yyyy" },
      undefined,
      invalid(
        "Excel đã hiểu giá trị gõ vào là ngày 05/10/2024, không phải số",
        "Excel took what was typed as the date 05/10/2024, not a number",
      ),
    ],
    [
      "a number in a cell left with a date format",
      { value: 12, numberFormat: "d/m/yyyy" },
      undefined,
      invalid(
        "Ô có định dạng ngày nên 12 hiện thành ngày: hãy định dạng ô là số",
        "The cell has a date format, so 12 shows as a date: format the cell as a number",
      ),
    ],
    [
      "a percentage",
      { value: "12%" },
      undefined,
      invalid(
        "“12%” là tỷ lệ phần trăm, ở đây cần số nguyên",
        "“12%” is a percentage; a whole number is needed here",
      ),
    ],
    [
      "words",
      { value: "không có" },
      undefined,
      invalid("“không có” không phải số", "“không có” is not a number"),
    ],
    [
      "TRUE",
      { value: true },
      undefined,
      invalid("“TRUE” là giá trị đúng/sai, không phải số", "“TRUE” is a true/false value, not a number"),
    ],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, undefined, Worded<number>] => [
      what,
      cell,
      undefined,
      reading,
    ]),
  ])("%s", (_what, cell, unitOfMeasure, expected) => {
    expect(worded(readCount(cell, unitOfMeasure))).toEqual(expected);
  });
});

describe("readPercent (type %)", () => {
  const fraction = (
    typedVi: string,
    typedEn: string,
    percentVi: string,
    percentEn: string,
    valueVi: string,
    valueEn: string,
  ): WordedNote =>
    note(
      "PERCENT_AS_FRACTION",
      `${typedVi} được hiểu là tỷ lệ ghi dạng thập phân: ${percentVi}%. Nếu định ghi ${valueVi}%, hãy gõ “${valueVi}%”`,
      `${typedEn} was read as a fraction: ${percentEn}%. If ${valueEn}% was meant, type “${valueEn}%”`,
    );
  test.each<[string, RawCell, Worded<number>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, Worded<number>] => [what, cell, BLANK as Worded<number>]),
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
      ok(98.5, fraction("0,985", "0.985", "98,5", "98.5", "0,985", "0.985")),
    ],
    [
      "a plain 1: 1% or 100%?",
      { value: 1 },
      invalid("1 không rõ là 1% hay 100%: hãy gõ 1% hoặc 100%", "1 could mean 1% or 100%: type 1% or 100%"),
    ],
    ["text with a comma and %", { value: "98,5%" }, ok(98.5, asText("98,5%", "98,5%", "98.5%"))],
    ["text with a comma", { value: "98,5" }, ok(98.5, asText("98,5", "98,5%", "98.5%"))],
    ["text with a dot and %", { value: "98.5%" }, ok(98.5, asText("98.5%", "98,5%", "98.5%"))],
    ["text with a space before %", { value: `98,5${NBSP}%` }, ok(98.5, asText("98,5 %", "98,5%", "98.5%"))],
    ["1% as text", { value: "1%" }, ok(1, asText("1%", "1%"))],
    [
      "a fraction as text",
      { value: "0,985" },
      ok(
        98.5,
        asText("0,985", "98,5%", "98.5%"),
        fraction("“0,985”", "“0,985”", "98,5", "98.5", "0,985", "0.985"),
      ),
    ],
    [
      "a date typed into a percent cell",
      { value: 45570, numberFormat: "[$-42A]dd/mm/yyyy" },
      invalid(
        "Excel đã hiểu giá trị gõ vào là ngày 05/10/2024, không phải số",
        "Excel took what was typed as the date 05/10/2024, not a number",
      ),
    ],
    [
      "over 100",
      { value: 120 },
      invalid(
        "120 không phải tỷ lệ phần trăm: cần từ 0 đến 100",
        "120 is not a percentage: 0 to 100 is needed",
      ),
    ],
    [
      "negative",
      { value: -5 },
      invalid(
        "-5 không phải tỷ lệ phần trăm: cần từ 0 đến 100",
        "-5 is not a percentage: 0 to 100 is needed",
      ),
    ],
    [
      "over 100% in a percent-formatted cell",
      { value: 1.2, numberFormat: "0%" },
      invalid(
        "120% không phải tỷ lệ phần trăm: cần từ 0 đến 100",
        "120% is not a percentage: 0 to 100 is needed",
      ),
    ],
    [
      "over 100 as text",
      { value: "120%" },
      invalid(
        "“120%” không phải tỷ lệ phần trăm: cần từ 0 đến 100",
        "“120%” is not a percentage: 0 to 100 is needed",
      ),
    ],
    [
      "thousands as text",
      { value: "1.234" },
      invalid(
        "“1.234” không phải tỷ lệ phần trăm: cần từ 0 đến 100",
        "“1.234” is not a percentage: 0 to 100 is needed",
      ),
    ],
    ["words", { value: "đạt" }, invalid("“đạt” không phải số", "“đạt” is not a number")],
    [
      "words after the number",
      { value: "98,5 phần trăm" },
      invalid("“98,5 phần trăm” không phải số", "“98,5 phần trăm” is not a number"),
    ],
    [
      "FALSE",
      { value: false },
      invalid(
        "“FALSE” là giá trị đúng/sai, không phải tỷ lệ phần trăm",
        "“FALSE” is a true/false value, not a percentage",
      ),
    ],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, Worded<number>] => [what, cell, reading]),
  ])("%s", (_what, cell, expected) => {
    expect(worded(readPercent(cell))).toEqual(expected);
  });
});

describe("readDate (type D)", () => {
  const asDate = (typed: string, en: string): WordedNote =>
    note(
      "DATE_AS_TEXT",
      `“${typed}” là ngày dạng chữ, được hiểu là ngày 05/10/2024 (ngày/tháng/năm)`,
      `“${typed}” is a date stored as text, read day first as ${en}`,
    );
  const inWords = (typed: string, vi: string, en: string): WordedNote =>
    note(
      "DATE_AS_WORDS",
      `“${typed}” là ngày viết bằng chữ, được hiểu là ngày ${vi}`,
      `“${typed}” is a date written in words, read as ${en}`,
    );
  const notADate = (n: string, nEn = n): Worded<number> =>
    invalid(
      `${n} không phải ngày (cần ngày từ 01/01/2000 đến 31/12/2100, dạng ngày/tháng/năm)`,
      `${nEn} is not a date (a date from 01/01/2000 to 31/12/2100 is needed, day/month/year)`,
    );
  test.each<[string, RawCell, Worded<number>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, Worded<number>] => [what, cell, BLANK as Worded<number>]),
    ["a date Excel understood", { value: 45570, numberFormat: "dd/mm/yyyy" }, ok(45570)],
    ["a serial without a date format", { value: 45570 }, ok(45570)],
    ["a date and time", { value: 45570.5, numberFormat: "dd/mm/yyyy hh:mm" }, ok(45570)],
    ["the first day accepted", { value: 36526, numberFormat: "dd/mm/yyyy" }, ok(36526)],
    ["the day before 2000", { value: 36525, numberFormat: "dd/mm/yyyy" }, notADate("36525")],
    ["after 2100", { value: 73416 }, notADate("73416")],
    ["a year typed as a number", { value: 2024 }, notADate("2024")],
    ["a fraction without a date format", { value: 5.1 }, notADate("5,1", "5.1")],
    ["dd/mm/yyyy as text", { value: "05/10/2024" }, ok(45570, asDate("05/10/2024", "5 October 2024"))],
    ["d/m/yyyy as text", { value: "5/10/2024" }, ok(45570, asDate("5/10/2024", "5 October 2024"))],
    ["dd-mm-yyyy as text", { value: "05-10-2024" }, ok(45570, asDate("05-10-2024", "5 October 2024"))],
    ["dd.mm.yyyy as text", { value: "05.10.2024" }, ok(45570, asDate("05.10.2024", "5 October 2024"))],
    [
      "an ISO date",
      { value: "2024-10-05" },
      ok(
        45570,
        note(
          "DATE_AS_TEXT",
          "“2024-10-05” là ngày dạng chữ, được hiểu là ngày 05/10/2024",
          "“2024-10-05” is a date stored as text, read as 5 October 2024",
        ),
      ),
    ],
    [
      "29 February of a leap year",
      { value: "29/02/2024" },
      ok(
        45351,
        note(
          "DATE_AS_TEXT",
          "“29/02/2024” là ngày dạng chữ, được hiểu là ngày 29/02/2024 (ngày/tháng/năm)",
          "“29/02/2024” is a date stored as text, read day first as 29 February 2024",
        ),
      ),
    ],
    [
      "in words",
      { value: "ngày 5 tháng 10 năm 2024" },
      ok(45570, inWords("ngày 5 tháng 10 năm 2024", "05/10/2024", "5 October 2024")),
    ],
    [
      "in words without “ngày”",
      { value: "12 tháng 7 năm 2023" },
      ok(45119, inWords("12 tháng 7 năm 2023", "12/07/2023", "12 July 2023")),
    ],
    [
      "in capitals",
      { value: "NGÀY 12 THÁNG 7 NĂM 2023" },
      ok(45119, inWords("NGÀY 12 THÁNG 7 NĂM 2023", "12/07/2023", "12 July 2023")),
    ],
    [
      "decomposed (NFD)",
      { value: "ngày 12 tháng 7 năm 2023".normalize("NFD") },
      ok(45119, inWords("ngày 12 tháng 7 năm 2023", "12/07/2023", "12 July 2023")),
    ],
    [
      "31 February",
      { value: "31/02/2024" },
      invalid(
        "“31/02/2024” không phải ngày có thật: tháng 2/2024 có 29 ngày",
        "“31/02/2024” is not a real date: February 2024 has 29 days",
      ),
    ],
    [
      "29 February of a common year",
      { value: "29/02/2023" },
      invalid(
        "“29/02/2023” không phải ngày có thật: tháng 2/2023 có 28 ngày",
        "“29/02/2023” is not a real date: February 2023 has 28 days",
      ),
    ],
    [
      "month first",
      { value: "10/13/2024" },
      invalid(
        "“10/13/2024” không phải ngày có thật: không có tháng 13 (ngày ghi trước, tháng ghi sau)",
        "“10/13/2024” is not a real date: there is no month 13 (the day comes first, then the month)",
      ),
    ],
    [
      "a two-digit year",
      { value: "05/10/24" },
      invalid(
        "“05/10/24”: năm ghi 2 chữ số không rõ là năm nào; hãy ghi đủ 4 chữ số",
        "“05/10/24”: a two-digit year is ambiguous; write all four digits",
      ),
    ],
    [
      "a two-digit year in words",
      { value: "ngày 5 tháng 10 năm 24" },
      invalid(
        "“ngày 5 tháng 10 năm 24”: năm ghi 2 chữ số không rõ là năm nào; hãy ghi đủ 4 chữ số",
        "“ngày 5 tháng 10 năm 24”: a two-digit year is ambiguous; write all four digits",
      ),
    ],
    [
      "before 2000 as text",
      { value: "05/10/1999" },
      invalid(
        "“05/10/1999”: cần ngày từ 01/01/2000 đến 31/12/2100",
        "“05/10/1999”: a date from 01/01/2000 to 31/12/2100 is needed",
      ),
    ],
    [
      "mixed separators",
      { value: "05/10-2024" },
      invalid(
        "“05/10-2024” không phải ngày (cần dạng ngày/tháng/năm, ví dụ 05/10/2024)",
        "“05/10-2024” is not a date (day/month/year is needed, e.g. 05/10/2024)",
      ),
    ],
    [
      "words",
      { value: "hôm qua" },
      invalid(
        "“hôm qua” không phải ngày (cần dạng ngày/tháng/năm, ví dụ 05/10/2024)",
        "“hôm qua” is not a date (day/month/year is needed, e.g. 05/10/2024)",
      ),
    ],
    [
      "TRUE",
      { value: true },
      invalid("“TRUE” là giá trị đúng/sai, không phải ngày", "“TRUE” is a true/false value, not a date"),
    ],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, Worded<number>] => [what, cell, reading]),
  ])("%s", (_what, cell, expected) => {
    expect(worded(readDate(cell))).toEqual(expected);
  });
});

describe("readChoice (type E)", () => {
  const RATINGS = ["Tốt", "Khá", "Trung bình", "Yếu"];
  const understood = (typed: string, option: string): WordedNote =>
    note("TEXT_NORMALISED", `“${typed}” được hiểu là “${option}”`, `“${typed}” was read as “${option}”`);
  test.each<[string, RawCell, readonly string[], Worded<string>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, readonly string[], Worded<string>] => [
      what,
      cell,
      RATINGS,
      BLANK as Worded<string>,
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
      invalid("“Co” khớp với nhiều lựa chọn: Có, Cô", "“Co” matches several choices: Có, Cô"),
    ],
    [
      "TCVN3 text",
      { value: "Tèt", font: ".VnTime" },
      RATINGS,
      ok(
        "Tốt",
        note(
          "LEGACY_ENCODING",
          "Chữ gõ bằng bảng mã cũ TCVN3 (ABC) “Tèt” được chuyển sang Unicode: “Tốt”",
          "Text in the old TCVN3 (ABC) encoding “Tèt” was converted to Unicode: “Tốt”",
        ),
      ),
    ],
    ["a number among numeric choices", { value: 2 }, ["1", "2", "3"], ok("2")],
    [
      "not in the list",
      { value: "Tốt lắm" },
      RATINGS,
      invalid(
        "“Tốt lắm” không thuộc danh sách: Tốt, Khá, Trung bình, Yếu",
        "“Tốt lắm” is not in the list: Tốt, Khá, Trung bình, Yếu",
      ),
    ],
    [
      "TRUE",
      { value: true },
      RATINGS,
      invalid(
        "“TRUE” là giá trị đúng/sai, không phải một lựa chọn trong danh sách",
        "“TRUE” is a true/false value, not a choice from the list",
      ),
    ],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, readonly string[], Worded<string>] => [
      what,
      cell,
      RATINGS,
      reading,
    ]),
  ])("%s", (_what, cell, options, expected) => {
    expect(worded(readChoice(cell, options))).toEqual(expected);
  });
});

describe("readText (type text)", () => {
  test.each<[string, RawCell, Worded<string>]>([
    ...BLANKS.map(([what, cell]): [string, RawCell, Worded<string>] => [what, cell, BLANK as Worded<string>]),
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
      ok(
        "Xuân Lộc",
        note(
          "LEGACY_ENCODING",
          "Chữ gõ bằng bảng mã cũ TCVN3 (ABC) “Xu©n Léc” được chuyển sang Unicode: “Xuân Lộc”",
          "Text in the old TCVN3 (ABC) encoding “Xu©n Léc” was converted to Unicode: “Xuân Lộc”",
        ),
      ),
    ],
    [
      "TCVN3 in a capitals font",
      { value: "uû ban nh©n d©n x· xu©n hoµ", font: ".VnTimeH" },
      ok(
        "UỶ BAN NHÂN DÂN XÃ XUÂN HOÀ",
        note(
          "LEGACY_ENCODING",
          "Chữ gõ bằng bảng mã cũ TCVN3 (ABC) “uû ban nh©n d©n x· xu©n hoµ” được chuyển sang Unicode: “UỶ BAN NHÂN DÂN XÃ XUÂN HOÀ”",
          "Text in the old TCVN3 (ABC) encoding “uû ban nh©n d©n x· xu©n hoµ” was converted to Unicode: “UỶ BAN NHÂN DÂN XÃ XUÂN HOÀ”",
        ),
      ),
    ],
    [
      "VNI",
      { value: "Ñoàng Nai", font: "VNI-Times" },
      ok(
        "Đồng Nai",
        note(
          "LEGACY_ENCODING",
          "Chữ gõ bằng bảng mã cũ VNI “Ñoàng Nai” được chuyển sang Unicode: “Đồng Nai”",
          "Text in the old VNI encoding “Ñoàng Nai” was converted to Unicode: “Đồng Nai”",
        ),
      ),
    ],
    ["ASCII in a TCVN3 font: nothing to convert", { value: "Tong so", font: ".VnTime" }, ok("Tong so")],
    [
      "the look-alike Ð",
      { value: "Ðồng Nai" },
      ok(
        "Đồng Nai",
        note(
          "TEXT_NORMALISED",
          "“Ðồng Nai” có chữ Ð trông giống Đ nhưng là chữ khác, được đổi thành “Đồng Nai”",
          "“Ðồng Nai” has the look-alike letter Ð, changed to “Đồng Nai”",
        ),
      ),
    ],
    ["a number", { value: 903123456 }, ok("903123456")],
    ["a decimal number", { value: 12.5 }, ok("12,5")],
    [
      "TRUE",
      { value: true },
      invalid("“TRUE” là giá trị đúng/sai, không phải chữ", "“TRUE” is a true/false value, not text"),
    ],
    ...EXCEL_ERRORS.map(([what, cell, reading]): [string, RawCell, Worded<string>] => [what, cell, reading]),
  ])("%s", (_what, cell, expected) => {
    expect(worded(readText(cell))).toEqual(expected);
  });
});
