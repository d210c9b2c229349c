import type { Message } from "../i18n/lang";
import { isoToExcelSerial } from "../period";
import { foldForMatch } from "../text/fold";
import { detectLegacy, encodingName, isCapitalsFont, legacyToUnicode } from "../text/legacy";
import { formatDateVi, formatNumberVi, normalizeToneMarks } from "../text/vnformat";

/** A cell as the file or Excel shell hands it over. */
export interface RawCell {
  value: string | number | boolean | null;
  numberFormat?: string;
  formula?: string;
  /** "#REF!", "#DIV/0!"… when the cell shows an Excel error. */
  error?: string;
  /** Font name, e.g. ".VnTime". */
  font?: string;
}

export type ReadNoteCode =
  | "NUMBER_AS_TEXT"
  | "PERCENT_AS_FRACTION"
  | "DATE_AS_TEXT"
  | "DATE_AS_WORDS"
  | "LEGACY_ENCODING"
  | "TEXT_NORMALISED";

/** What was understood when the cell did not hold a plain typed value. */
export interface ReadNote {
  code: ReadNoteCode;
  message: Message;
}

/** Blank is not zero; what cannot be read with certainty is reported, never guessed. */
export type Reading<T> =
  | { status: "blank" }
  | { status: "ok"; value: T; notes: ReadNote[] }
  | { status: "invalid"; problem: Message };

type Invalid = { status: "invalid"; problem: Message };

const BLANK = { status: "blank" } as const;

function ok<T>(value: T, notes: ReadNote[] = []): Reading<T> {
  return { status: "ok", value, notes };
}

function invalid(vi: string, en: string): Invalid {
  return { status: "invalid", problem: { vi, en } };
}

function note(code: ReadNoteCode, vi: string, en: string): ReadNote {
  return { code, message: { vi, en } };
}

function quote(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

const vi = (n: number): string => formatNumberVi(n);
const en = (n: number): string => String(n);
const enGrouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Removes the floating-point noise of a multiplication: 0.985 × 100 → 98.5. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// What every reader does first: errors, blanks, booleans, legacy text.

const ERROR_MEANINGS: Readonly<Record<string, Message>> = {
  "#REF!": { vi: "tham chiếu tới ô đã bị xoá", en: "a reference to a deleted cell" },
  "#DIV/0!": { vi: "chia cho 0", en: "a division by zero" },
  "#N/A": { vi: "không tìm thấy giá trị", en: "a value that was not found" },
  "#VALUE!": { vi: "sai kiểu giá trị trong công thức", en: "a wrong kind of value in a formula" },
  "#NAME?": { vi: "tên hàm hoặc tên vùng không đúng", en: "an unknown function or name" },
  "#NUM!": { vi: "số không hợp lệ trong công thức", en: "an invalid number in a formula" },
  "#NULL!": { vi: "hai vùng không giao nhau", en: "ranges that do not intersect" },
};
const ERROR_TEXT =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

function excelError(cell: RawCell): Invalid | null {
  const error =
    cell.error ??
    (typeof cell.value === "string" && ERROR_TEXT.test(cell.value.trim()) ? cell.value.trim() : undefined);
  if (error === undefined) return null;
  const meaning = ERROR_MEANINGS[error];
  return invalid(
    `Ô báo lỗi Excel ${error}${meaning ? ` (${meaning.vi})` : ""}: cần sửa công thức hoặc giá trị`,
    `The cell shows the Excel error ${error}${meaning ? ` (${meaning.en})` : ""}: fix the formula or value`,
  );
}

type Input = { kind: "number"; value: number } | { kind: "text"; text: string; notes: ReadNote[] };

/** The cell's value as a number or as tidy Unicode text, or the reading already decided (blank, error, TRUE/FALSE). `expected` names what the reader wants, for the TRUE/FALSE message. */
function inputOf(cell: RawCell, expected: Message, keepLines = false): Input | Invalid | typeof BLANK {
  const error = excelError(cell);
  if (error) return error;
  const { value } = cell;
  if (value === null) return BLANK;
  if (typeof value === "boolean") {
    const shown = value ? "TRUE" : "FALSE";
    return invalid(
      `“${shown}” là giá trị đúng/sai, không phải ${expected.vi}`,
      `“${shown}” is a true/false value, not ${expected.en}`,
    );
  }
  if (typeof value === "number") return { kind: "number", value };
  const encoding = detectLegacy(value, cell.font);
  const decoded = encoding
    ? legacyToUnicode(value, encoding, { capitals: isCapitalsFont(cell.font) })
    : value;
  const text = tidy(decoded, keepLines);
  if (text === "") return BLANK;
  const notes: ReadNote[] = [];
  if (encoding && decoded !== value.normalize("NFC")) {
    const typed = quote(tidy(value, false));
    const shown = quote(tidy(decoded, false));
    notes.push(
      note(
        "LEGACY_ENCODING",
        `Chữ gõ bằng bảng mã cũ ${encodingName(encoding)} ${typed} được chuyển sang Unicode: ${shown}`,
        `Text in the old ${encodingName(encoding)} encoding ${typed} was converted to Unicode: ${shown}`,
      ),
    );
  }
  return { kind: "text", text, notes };
}

/** NFC, no zero-width or doubled spaces (NBSP included), trimmed; line breaks kept only when asked. */
function tidy(text: string, keepLines: boolean): string {
  const nfc = text.normalize("NFC").replace(/\u200b|\ufeff/g, "");
  if (!keepLines) return nfc.replace(/\s+/g, " ").trim();
  return nfc
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .trim();
}

function isDecided(input: Input | Invalid | typeof BLANK): input is Invalid | typeof BLANK {
  return "status" in input;
}

// ---------------------------------------------------------------------------------------------
// Number formats.

/** The format code without quoted literals, escaped characters, [colour]/[locale] brackets, padding and fill. */
function formatCode(numberFormat: string | undefined): string {
  return (numberFormat ?? "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}

/** A real percent format ("0.0%"), not a literal percent sign (0.0"%"), which shows percent points. */
function isPercentFormat(numberFormat: string | undefined): boolean {
  return formatCode(numberFormat).includes("%");
}

function isDateFormat(numberFormat: string | undefined): boolean {
  return /[dmyhs]/i.test(formatCode(numberFormat));
}

/** Dates accepted in a D cell, as Excel serials. */
const FIRST_SERIAL = isoToExcelSerial("2000-01-01");
const LAST_SERIAL = isoToExcelSerial("2100-12-31");

/** A number in a date-formatted cell: Excel turned a typed date into it, or the cell kept a date format. */
function typedAsDate(value: number): Invalid {
  if (value >= FIRST_SERIAL && value <= LAST_SERIAL) {
    const date = formatDateVi(value);
    return invalid(
      `Excel đã hiểu giá trị gõ vào là ngày ${date}, không phải số`,
      `Excel took what was typed as the date ${date}, not a number`,
    );
  }
  return invalid(
    `Ô có định dạng ngày nên ${vi(value)} hiện thành ngày: hãy định dạng ô là số`,
    `The cell has a date format, so ${en(value)} shows as a date: format the cell as a number`,
  );
}

// ---------------------------------------------------------------------------------------------
// Numbers typed as text, the Vietnamese way: 1.234.567 and 98,5.

type NumberStyle = "whole" | "thousands" | "decimalComma" | "commaOrThousands" | "decimalDot";

interface TypedNumber {
  value: number;
  style: NumberStyle;
  negative: boolean;
  percent: boolean;
  /** Words after the number ("buổi"). */
  rest: string;
}

const NUMBER_TEXT = /^([-+\u2212])? ?(\d(?:[\d., ]*\d)?) ?(%?) ?(.*)$/u;

function typedNumber(text: string): TypedNumber | null {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return null;
  const [, sign, body = "", percent, rest = ""] = m;
  const base = { negative: sign !== undefined && sign !== "+", percent: percent === "%", rest };
  if (/^\d+$/.test(body)) return { ...base, value: Number(body), style: "whole" };
  if (/^\d{1,3}(?:([. ])\d{3})(?:\1\d{3})*$/.test(body))
    return { ...base, value: Number(body.replace(/[. ]/g, "")), style: "thousands" };
  const comma = /^(\d+|\d{1,3}(?:([. ])\d{3})(?:\2\d{3})*),(\d+)$/.exec(body);
  if (comma) {
    const [, whole = "", , fraction = ""] = comma;
    const style = /^\d+$/.test(whole) && fraction.length === 3 ? "commaOrThousands" : "decimalComma";
    return { ...base, value: Number(`${whole.replace(/[. ]/g, "")}.${fraction}`), style };
  }
  if (/^\d+\.\d+$/.test(body)) return { ...base, value: Number(body), style: "decimalDot" };
  return null;
}

function signed(typed: TypedNumber): number {
  return typed.negative && typed.value !== 0 ? -typed.value : typed.value;
}

function notANumber(text: string): Invalid {
  return invalid(`${quote(text)} không phải số`, `${quote(text)} is not a number`);
}

/** "lượt" is the first word of "lượt người": a trailing unit may be cut short but only at a word. */
function isUnitOfMeasure(words: string, unitOfMeasure: string): boolean {
  const split = (s: string): string[] =>
    foldForMatch(s)
      .split(/[\s,;.]+/)
      .filter(Boolean);
  const typed = split(words);
  const unit = split(unitOfMeasure);
  return typed.length > 0 && typed.length <= unit.length && typed.every((w, i) => w === unit[i]);
}

// ---------------------------------------------------------------------------------------------
// N: a whole number ≥ 0.

const COUNT: Message = { vi: "số", en: "a number" };

export function readCount(cell: RawCell, unitOfMeasure?: string): Reading<number> {
  const input = inputOf(cell, COUNT);
  if (isDecided(input)) return input;
  if (input.kind === "number") return countFromNumber(input.value, cell.numberFormat);

  const { text, notes } = input;
  const typed = typedNumber(text);
  if (!typed) return notANumber(text);
  const q = quote(text);
  if (typed.percent)
    return invalid(
      `${q} là tỷ lệ phần trăm, ở đây cần số nguyên`,
      `${q} is a percentage; a whole number is needed here`,
    );
  if (typed.rest !== "") {
    if (unitOfMeasure === undefined) {
      return invalid(
        `${q} có chữ kèm theo số: hãy chỉ ghi số`,
        `${q} has words beside the number: type the number only`,
      );
    }
    if (!isUnitOfMeasure(typed.rest, unitOfMeasure)) {
      return invalid(
        `${q}: ${quote(typed.rest)} không phải đơn vị tính của chỉ tiêu (${unitOfMeasure}); hãy chỉ ghi số`,
        `${q}: ${quote(typed.rest)} is not the indicator's unit (${unitOfMeasure}); type the number only`,
      );
    }
  }
  if (typed.style === "decimalDot") {
    return invalid(
      `${q} không phải số nguyên (dấu chấm chỉ dùng để ngăn cách hàng nghìn, như 1.234)`,
      `${q} is not a whole number (a dot only separates thousands, as in 1.234)`,
    );
  }
  if (typed.style === "commaOrThousands") {
    const digits = text.replace(/\D/g, "");
    return invalid(
      `${q} không rõ là số thập phân ${vi(typed.value)} hay số nguyên ${vi(Number(digits))}: nếu là số nguyên, hãy gõ ${digits}`,
      `${q} could be the decimal ${en(typed.value)} or the whole number ${enGrouped(Number(digits))}: if whole, type ${digits}`,
    );
  }
  const value = signed(typed);
  const problem = countProblem(value, q, q);
  if (problem) return problem;
  const withUnit = typed.rest !== "";
  return ok(value, [
    ...notes,
    note(
      "NUMBER_AS_TEXT",
      `${q} là số dạng chữ${withUnit ? " kèm đơn vị tính" : ""}, được hiểu là ${vi(value)}`,
      `${q} is a number stored as text${withUnit ? " with its unit" : ""}, read as ${en(value)}`,
    ),
  ]);
}

function countFromNumber(value: number, numberFormat: string | undefined): Reading<number> {
  if (isDateFormat(numberFormat)) return typedAsDate(value);
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(String(value))) {
    const digits = String(value).replace(".", "");
    return invalid(
      `${vi(value)} không phải số nguyên. Nếu định ghi ${vi(Number(digits))}, hãy gõ ${digits}: máy đã hiểu dấu chấm là dấu thập phân`,
      `${en(value)} is not a whole number. If ${enGrouped(Number(digits))} was meant, type ${digits}: the computer took the dot as a decimal point`,
    );
  }
  return countProblem(value, vi(value), en(value)) ?? ok(value);
}

function countProblem(value: number, shownVi: string, shownEn: string): Invalid | null {
  if (value < 0)
    return invalid(
      `${shownVi} là số âm: cần số nguyên không âm`,
      `${shownEn} is negative: a whole number ≥ 0 is needed`,
    );
  if (!Number.isInteger(value))
    return invalid(`${shownVi} không phải số nguyên`, `${shownEn} is not a whole number`);
  if (!Number.isSafeInteger(value)) return invalid(`${shownVi} quá lớn`, `${shownEn} is too large`);
  return null;
}

// ---------------------------------------------------------------------------------------------
// %: a percentage, stored 0–100.

const PERCENT: Message = { vi: "tỷ lệ phần trăm", en: "a percentage" };

/**
 * 0.985 in a percent-formatted cell is 98.5 (Excel stores percents so). A plain 0 < x < 1 is read
 * as a fraction (98.5) and said so. A plain 1 is refused: it is 1% or 100% depending on whether
 * the clerk thinks in percent points or in fractions, and nothing in the cell tells which.
 */
export function readPercent(cell: RawCell): Reading<number> {
  const input = inputOf(cell, PERCENT);
  if (isDecided(input)) return input;
  if (input.kind === "number") {
    const { value } = input;
    if (isDateFormat(cell.numberFormat)) return typedAsDate(value);
    if (isPercentFormat(cell.numberFormat)) {
      const percent = clean(value * 100);
      return percentInRange(percent, `${vi(percent)}%`, `${en(percent)}%`) ?? ok(percent);
    }
    return plainPercent(value, vi(value), en(value));
  }

  const { text, notes } = input;
  const typed = typedNumber(text);
  if (!typed || typed.rest !== "") return notANumber(text);
  const value = signed(typed);
  const q = quote(text);
  if (typed.percent) {
    return (
      percentInRange(value, q, q) ??
      ok(value, [
        ...notes,
        note(
          "NUMBER_AS_TEXT",
          `${q} là số dạng chữ, được hiểu là ${vi(value)}%`,
          `${q} is a number stored as text, read as ${en(value)}%`,
        ),
      ])
    );
  }
  const reading = plainPercent(value, q, q);
  if (reading.status !== "ok") return reading;
  return ok(reading.value, [
    ...notes,
    note(
      "NUMBER_AS_TEXT",
      `${q} là số dạng chữ, được hiểu là ${vi(reading.value)}%`,
      `${q} is a number stored as text, read as ${en(reading.value)}%`,
    ),
    ...reading.notes,
  ]);
}

function percentInRange(value: number, shownVi: string, shownEn: string): Invalid | null {
  if (value >= 0 && value <= 100) return null;
  return invalid(
    `${shownVi} không phải tỷ lệ phần trăm: cần từ 0 đến 100`,
    `${shownEn} is not a percentage: 0 to 100 is needed`,
  );
}

function plainPercent(value: number, shownVi: string, shownEn: string): Reading<number> {
  const outOfRange = percentInRange(value, shownVi, shownEn);
  if (outOfRange) return outOfRange;
  if (value === 1) {
    return invalid(
      `${shownVi} không rõ là 1% hay 100%: hãy gõ 1% hoặc 100%`,
      `${shownEn} could mean 1% or 100%: type 1% or 100%`,
    );
  }
  if (value > 0 && value < 1) {
    const percent = clean(value * 100);
    return ok(percent, [
      note(
        "PERCENT_AS_FRACTION",
        `${shownVi} được hiểu là tỷ lệ ghi dạng thập phân: ${vi(percent)}%. Nếu định ghi ${vi(value)}%, hãy gõ “${vi(value)}%”`,
        `${shownEn} was read as a fraction: ${en(percent)}%. If ${en(value)}% was meant, type “${en(value)}%”`,
      ),
    ]);
  }
  return ok(value);
}

// ---------------------------------------------------------------------------------------------
// D: a date, as an Excel serial (1900 system).

const DATE: Message = { vi: "ngày", en: "a date" };
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function readDate(cell: RawCell): Reading<number> {
  const input = inputOf(cell, DATE);
  if (isDecided(input)) return input;
  if (input.kind === "number") {
    const serial = isDateFormat(cell.numberFormat) ? Math.floor(input.value) : input.value;
    if (!Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) {
      return invalid(
        `${String(input.value).replace(".", ",")} không phải ngày (cần ngày từ 01/01/2000 đến 31/12/2100, dạng ngày/tháng/năm)`,
        `${en(input.value)} is not a date (a date from 01/01/2000 to 31/12/2100 is needed, day/month/year)`,
      );
    }
    return ok(serial);
  }

  const { text, notes } = input;
  const q = quote(text);
  const parts = dateParts(text);
  if (!parts) {
    return invalid(
      `${q} không phải ngày (cần dạng ngày/tháng/năm, ví dụ 05/10/2024)`,
      `${q} is not a date (day/month/year is needed, e.g. 05/10/2024)`,
    );
  }
  const { day, month, year, how } = parts;
  if (year < 100) {
    return invalid(
      `${q}: năm ghi 2 chữ số không rõ là năm nào; hãy ghi đủ 4 chữ số`,
      `${q}: a two-digit year is ambiguous; write all four digits`,
    );
  }
  if (month < 1 || month > 12) {
    return invalid(
      `${q} không phải ngày có thật: không có tháng ${month} (ngày ghi trước, tháng ghi sau)`,
      `${q} is not a real date: there is no month ${month} (the day comes first, then the month)`,
    );
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) {
    return invalid(
      `${q} không phải ngày có thật: tháng ${month}/${year} có ${days} ngày`,
      `${q} is not a real date: ${MONTHS_EN[month - 1]} ${year} has ${days} days`,
    );
  }
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const serial = isoToExcelSerial(iso);
  const shown = formatDateVi(iso);
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
    return invalid(
      `${q}: cần ngày từ 01/01/2000 đến 31/12/2100`,
      `${q}: a date from 01/01/2000 to 31/12/2100 is needed`,
    );
  }
  const longEn = `${day} ${MONTHS_EN[month - 1]} ${year}`;
  const understood =
    how === "words"
      ? note(
          "DATE_AS_WORDS",
          `${q} là ngày viết bằng chữ, được hiểu là ngày ${shown}`,
          `${q} is a date written in words, read as ${longEn}`,
        )
      : how === "iso"
        ? note(
            "DATE_AS_TEXT",
            `${q} là ngày dạng chữ, được hiểu là ngày ${shown}`,
            `${q} is a date stored as text, read as ${longEn}`,
          )
        : note(
            "DATE_AS_TEXT",
            `${q} là ngày dạng chữ, được hiểu là ngày ${shown} (ngày/tháng/năm)`,
            `${q} is a date stored as text, read day first as ${longEn}`,
          );
  return ok(serial, [...notes, understood]);
}

interface DateParts {
  day: number;
  month: number;
  year: number;
  how: "dmy" | "iso" | "words";
}

function dateParts(text: string): DateParts | null {
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (dmy) return { day: Number(dmy[1]), month: Number(dmy[3]), year: Number(dmy[4]), how: "dmy" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]), how: "iso" };
  const words = /^(?:ngay )?(\d{1,2}),? thang (\d{1,2}),? nam (\d{4}|\d{2})$/.exec(foldForMatch(text));
  if (words) return { day: Number(words[1]), month: Number(words[2]), year: Number(words[3]), how: "words" };
  return null;
}

// ---------------------------------------------------------------------------------------------
// E: one of a list.

const CHOICE: Message = { vi: "một lựa chọn trong danh sách", en: "a choice from the list" };

/** Matches regardless of case, NFD, tone placement ("Hoà" = "Hòa") and, failing that, of accents; returns the option as written. */
export function readChoice(cell: RawCell, options: readonly string[]): Reading<string> {
  const input = inputOf(cell, CHOICE);
  if (isDecided(input)) return input;
  const text = input.kind === "number" ? String(input.value) : input.text;
  const notes = input.kind === "number" ? [] : input.notes;
  const q = quote(text);

  const exact = options.find((o) => tidy(o, false) === text);
  if (exact !== undefined) return ok(exact, notes);

  const tones = (s: string): string =>
    normalizeToneMarks(tidy(s, false).replace(/\u00d0/g, "Đ")).toLowerCase();
  for (const key of [tones, foldForMatch]) {
    const matches = options.filter((o) => key(o) === key(text));
    if (matches.length === 1 && matches[0] !== undefined) {
      const option = matches[0];
      return ok(option, [
        ...notes,
        note("TEXT_NORMALISED", `${q} được hiểu là “${option}”`, `${q} was read as “${option}”`),
      ]);
    }
    if (matches.length > 1) {
      return invalid(
        `${q} khớp với nhiều lựa chọn: ${matches.join(", ")}`,
        `${q} matches several choices: ${matches.join(", ")}`,
      );
    }
  }
  return invalid(
    `${q} không thuộc danh sách: ${options.join(", ")}`,
    `${q} is not in the list: ${options.join(", ")}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Text.

const TEXT: Message = { vi: "chữ", en: "text" };

/** NFC, trimmed, spaces tidied, line breaks kept; legacy encodings converted and the look-alike Ð made Đ, each with a note. */
export function readText(cell: RawCell): Reading<string> {
  const input = inputOf(cell, TEXT, true);
  if (isDecided(input)) return input;
  if (input.kind === "number")
    return ok(Number.isInteger(input.value) ? String(input.value) : vi(input.value));
  const { text, notes } = input;
  if (!/[\u00d0\u00f0]/.test(text)) return ok(text, notes);
  const fixed = text.replace(/\u00d0/g, "Đ").replace(/\u00f0/g, "đ");
  return ok(fixed, [
    ...notes,
    note(
      "TEXT_NORMALISED",
      `${quote(tidy(text, false))} có chữ Ð trông giống Đ nhưng là chữ khác, được đổi thành ${quote(tidy(fixed, false))}`,
      `${quote(tidy(text, false))} has the look-alike letter Ð, changed to ${quote(tidy(fixed, false))}`,
    ),
  ]);
}
