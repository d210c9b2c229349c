import type { ReadNote, ReadProblem, Shown, Wanted } from "../i18n/phrase";
import { isoToExcelSerial } from "../period";
import { foldForMatch } from "../text/fold";
import { detectLegacy, encodingName, isCapitalsFont, legacyToUnicode } from "../text/legacy";
import { formatNumberVi, normalizeToneMarks } from "../text/vnformat";

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

export type { ReadNote, ReadNoteCode, ReadProblem } from "../i18n/phrase";

/** Blank is not zero; what cannot be read with certainty is reported, never guessed. */
export type Reading<T> =
  | { status: "blank" }
  | { status: "ok"; value: T; notes: ReadNote[] }
  | { status: "invalid"; problem: ReadProblem };

type Invalid = { status: "invalid"; problem: ReadProblem };

const BLANK = { status: "blank" } as const;

function ok<T>(value: T, notes: ReadNote[] = []): Reading<T> {
  return { status: "ok", value, notes };
}

function invalid(problem: ReadProblem): Invalid {
  return { status: "invalid", problem };
}

/** Removes the floating-point noise of a multiplication: 0.985 × 100 → 98.5. */
function clean(n: number): number {
  return Number(n.toPrecision(12));
}

// ---------------------------------------------------------------------------------------------
// What every reader does first: errors, blanks, booleans, legacy text.

const ERROR_TEXT =
  /^#(?:REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

function excelError(cell: RawCell): Invalid | null {
  const error =
    cell.error ??
    (typeof cell.value === "string" && ERROR_TEXT.test(cell.value.trim()) ? cell.value.trim() : undefined);
  if (error === undefined) return null;
  return invalid({ code: "EXCEL_ERROR", error });
}

type Input = { kind: "number"; value: number } | { kind: "text"; text: string; notes: ReadNote[] };

/** The cell's value as a number or as tidy Unicode text, or the reading already decided (blank, error, TRUE/FALSE). `expected` names what the reader wants, for the TRUE/FALSE message. */
function inputOf(cell: RawCell, expected: Wanted, keepLines = false): Input | Invalid | typeof BLANK {
  const error = excelError(cell);
  if (error) return error;
  const { value } = cell;
  if (value === null) return BLANK;
  if (typeof value === "boolean") return invalid({ code: "TRUE_FALSE", value, wanted: expected });
  if (typeof value === "number") return { kind: "number", value };
  const encoding = detectLegacy(value, cell.font);
  const decoded = encoding
    ? legacyToUnicode(value, encoding, { capitals: isCapitalsFont(cell.font) })
    : value;
  const text = tidy(decoded, keepLines);
  if (text === "") return BLANK;
  const notes: ReadNote[] = [];
  if (encoding && decoded !== value.normalize("NFC")) {
    notes.push({
      code: "LEGACY_ENCODING",
      encoding: encodingName(encoding),
      typed: tidy(value, false),
      converted: tidy(decoded, false),
    });
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

/**
 * A format that shows a number as a date or time: d, m, y, h or s outside quotes, escapes and
 * [colour]/[$-locale] tags ([h], [mm] and [ss] are elapsed time, and count).
 */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (numberFormat === undefined) return false;
  const bare = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\\.|_.|\*./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[dmyhs]/i.test(bare);
}

/** Dates accepted in a D cell, as Excel serials. */
const FIRST_SERIAL = isoToExcelSerial("2000-01-01");
const LAST_SERIAL = isoToExcelSerial("2100-12-31");

/** A number in a date-formatted cell: Excel turned a typed date into it, or the cell kept a date format. */
function typedAsDate(value: number): Invalid {
  if (value >= FIRST_SERIAL && value <= LAST_SERIAL)
    return invalid({ code: "DATE_FOR_NUMBER", serial: value });
  return invalid({ code: "DATE_FORMAT_ON_NUMBER", value });
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
  return invalid({ code: "NOT_A_NUMBER", text });
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

export function readCount(cell: RawCell, unitOfMeasure?: string): Reading<number> {
  const input = inputOf(cell, "count");
  if (isDecided(input)) return input;
  if (input.kind === "number") return countFromNumber(input.value, cell.numberFormat);

  const { text, notes } = input;
  const typed = typedNumber(text);
  if (!typed) return notANumber(text);
  if (typed.percent) return invalid({ code: "PERCENT_FOR_COUNT", text });
  if (typed.rest !== "") {
    if (unitOfMeasure === undefined) return invalid({ code: "WORDS_BESIDE_NUMBER", text });
    if (!isUnitOfMeasure(typed.rest, unitOfMeasure))
      return invalid({ code: "NOT_THE_UNIT", text, words: typed.rest, unit: unitOfMeasure });
  }
  if (typed.style === "decimalDot") return invalid({ code: "DOT_IN_COUNT", text });
  if (typed.style === "commaOrThousands")
    return invalid({
      code: "COMMA_OR_THOUSANDS",
      text,
      decimal: typed.value,
      digits: text.replace(/\D/g, ""),
    });
  const value = signed(typed);
  const problem = countProblem(value, { typed: text });
  if (problem) return problem;
  return ok(value, [
    ...notes,
    { code: "NUMBER_AS_TEXT", text, value, percent: false, withUnit: typed.rest !== "" },
  ]);
}

function countFromNumber(value: number, numberFormat: string | undefined): Reading<number> {
  if (isDateFormat(numberFormat)) return typedAsDate(value);
  if (/^[1-9]\d{0,2}\.\d{3}$/.test(String(value)))
    return invalid({ code: "DOT_AS_DECIMAL", value, digits: String(value).replace(".", "") });
  return countProblem(value, { number: value }) ?? ok(value);
}

function countProblem(value: number, shown: Shown): Invalid | null {
  if (value < 0) return invalid({ code: "NEGATIVE", shown });
  if (!Number.isInteger(value)) return invalid({ code: "NOT_WHOLE", shown });
  if (!Number.isSafeInteger(value)) return invalid({ code: "TOO_LARGE", shown });
  return null;
}

// ---------------------------------------------------------------------------------------------
// %: a percentage, stored 0–100.

/**
 * 0.985 in a percent-formatted cell is 98.5 (Excel stores percents so). A plain 0 < x < 1 is read
 * as a fraction (98.5) and said so. A plain 1 is refused: it is 1% or 100% depending on whether
 * the clerk thinks in percent points or in fractions, and nothing in the cell tells which.
 */
export function readPercent(cell: RawCell): Reading<number> {
  const input = inputOf(cell, "percent");
  if (isDecided(input)) return input;
  if (input.kind === "number") {
    const { value } = input;
    if (isDateFormat(cell.numberFormat)) return typedAsDate(value);
    if (isPercentFormat(cell.numberFormat)) {
      const percent = clean(value * 100);
      return percentInRange(percent, { number: percent, percent: true }) ?? ok(percent);
    }
    return plainPercent(value, { number: value });
  }

  const { text, notes } = input;
  const typed = typedNumber(text);
  if (!typed || typed.rest !== "") return notANumber(text);
  const value = signed(typed);
  const shown = { typed: text };
  const asText = (read: number): ReadNote => ({
    code: "NUMBER_AS_TEXT",
    text,
    value: read,
    percent: true,
    withUnit: false,
  });
  if (typed.percent) return percentInRange(value, shown) ?? ok(value, [...notes, asText(value)]);
  const reading = plainPercent(value, shown);
  if (reading.status !== "ok") return reading;
  return ok(reading.value, [...notes, asText(reading.value), ...reading.notes]);
}

function percentInRange(value: number, shown: Shown): Invalid | null {
  if (value >= 0 && value <= 100) return null;
  return invalid({ code: "PERCENT_OUT_OF_RANGE", shown });
}

function plainPercent(value: number, shown: Shown): Reading<number> {
  const outOfRange = percentInRange(value, shown);
  if (outOfRange) return outOfRange;
  if (value === 1) return invalid({ code: "ONE_PERCENT_AMBIGUOUS", shown });
  if (value > 0 && value < 1) {
    const percent = clean(value * 100);
    return ok(percent, [{ code: "PERCENT_AS_FRACTION", shown, percent, value }]);
  }
  return ok(value);
}

// ---------------------------------------------------------------------------------------------
// D: a date, as an Excel serial (1900 system).

export function readDate(cell: RawCell): Reading<number> {
  const input = inputOf(cell, "date");
  if (isDecided(input)) return input;
  if (input.kind === "number") {
    const serial = isDateFormat(cell.numberFormat) ? Math.floor(input.value) : input.value;
    if (!Number.isInteger(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL)
      return invalid({ code: "NUMBER_NOT_A_DATE", value: input.value });
    return ok(serial);
  }

  const { text, notes } = input;
  const parts = dateParts(text);
  if (!parts) return invalid({ code: "NOT_A_DATE", text });
  const { day, month, year, how } = parts;
  if (year < 100) return invalid({ code: "TWO_DIGIT_YEAR", text });
  if (month < 1 || month > 12) return invalid({ code: "NO_SUCH_MONTH", text, month });
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return invalid({ code: "NO_SUCH_DAY", text, month, year, days });
  const serial = isoToExcelSerial(
    `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );
  if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return invalid({ code: "DATE_OUT_OF_RANGE", text });
  const understood: ReadNote =
    how === "words"
      ? { code: "DATE_AS_WORDS", text, day, month, year }
      : { code: "DATE_AS_TEXT", text, day, month, year, dayFirst: how === "dmy" };
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

/** Matches regardless of case, NFD, tone placement ("Hoà" = "Hòa") and, failing that, of accents; returns the option as written. */
export function readChoice(cell: RawCell, options: readonly string[]): Reading<string> {
  const input = inputOf(cell, "choice");
  if (isDecided(input)) return input;
  const text = input.kind === "number" ? String(input.value) : input.text;
  const notes = input.kind === "number" ? [] : input.notes;

  const exact = options.find((o) => tidy(o, false) === text);
  if (exact !== undefined) return ok(exact, notes);

  const tones = (s: string): string =>
    normalizeToneMarks(tidy(s, false).replace(/\u00d0/g, "Đ")).toLowerCase();
  for (const key of [tones, foldForMatch]) {
    const matches = options.filter((o) => key(o) === key(text));
    if (matches.length === 1 && matches[0] !== undefined) {
      const option = matches[0];
      return ok(option, [...notes, { code: "TEXT_NORMALISED", text, to: option, lookalike: false }]);
    }
    if (matches.length > 1) return invalid({ code: "SEVERAL_CHOICES", text, matches });
  }
  return invalid({ code: "NOT_IN_LIST", text, options: [...options] });
}

// ---------------------------------------------------------------------------------------------
// Text.

/** NFC, trimmed, spaces tidied, line breaks kept; legacy encodings converted and the look-alike Ð made Đ, each with a note. */
export function readText(cell: RawCell): Reading<string> {
  const input = inputOf(cell, "text", true);
  if (isDecided(input)) return input;
  if (input.kind === "number")
    return ok(Number.isInteger(input.value) ? String(input.value) : formatNumberVi(input.value));
  const { text, notes } = input;
  if (!/[\u00d0\u00f0]/.test(text)) return ok(text, notes);
  const fixed = text.replace(/\u00d0/g, "Đ").replace(/\u00f0/g, "đ");
  return ok(fixed, [
    ...notes,
    { code: "TEXT_NORMALISED", text: tidy(text, false), to: tidy(fixed, false), lookalike: true },
  ]);
}
