import type { CellStyle } from "../layout/sheetPlan";
import { excelSerialToIso, isoToExcelSerial } from "../period";
import type { Rollup, UnitStatus } from "../rollup/rollup";
import {
  BASE_STYLES,
  FILE_AS_GIVEN,
  issuerOf,
  LINE_HEIGHT,
  officialFooter,
  recipientLines,
  type FileName,
  type Issuer,
  type SheetBuilder,
} from "../report/sheetKit";

/** How the letters to units are dated. */
export interface LetterOptions {
  /** ISO date of the letter; without it the date line leaves dots for the clerk. */
  date?: string;
  /** ISO date the units are asked to send (again) by; by default `resendDays` after the letter's date, or after the deadline. */
  resendBy?: string;
  /** Days from the letter's date (or the deadline) to the date to send by; 7 when absent. */
  resendDays?: number;
  /** How a file is named in what is printed and sent on; the file as given when absent. */
  fileName?: FileName;
}

export const DEFAULT_RESEND_DAYS = 7;

/** The date the units are asked to send by: given, or some days after the letter (or the deadline when the letter is undated). */
export function resendDate(rollup: Pick<Rollup, "period">, options: LetterOptions): string {
  if (options.resendBy !== undefined) return options.resendBy;
  const from = options.date ?? rollup.period.deadline;
  return excelSerialToIso(isoToExcelSerial(from) + (options.resendDays ?? DEFAULT_RESEND_DAYS));
}

/** The day after the last day on time: the directive's "trước ngày 15/10". */
export function dueBefore(rollup: Pick<Rollup, "period">): string {
  return excelSerialToIso(isoToExcelSerial(rollup.period.deadline) + 1);
}

/**
 * The receiving office writing to units: a letter (công văn) carries the office's symbol alone
 * after the number ("Số: …/NV"), and is filed as the office's own "Nơi nhận" says ("Lưu: VT, NV").
 */
export function letterIssuer(
  rollup: Pick<Rollup, "office">,
  recipients: readonly string[],
  date?: string,
): Issuer {
  const office = rollup.office;
  const filing = office?.recipients.find((r) => /^Lưu\b/.test(r.trim())) ?? "Lưu: VT";
  return {
    ...issuerOf(office, date),
    symbol: office?.symbol ?? "",
    recipients: [...recipients, filing],
  };
}

/** The receiving office itself does not write to itself: its own report is its own clerk's to fix. */
export function isOffice(rollup: Pick<Rollup, "office">, status: UnitStatus): boolean {
  return rollup.office !== null && status.unit.code === rollup.office.code;
}

/** "d/m/yyyy" inside a text from the catalogue → "dd/mm/yyyy", as Vietnamese documents write dates. */
export function paddedDates(text: string): string {
  return text.replace(
    /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    (_, d: string, m: string, y: string) => `${d.padStart(2, "0")}/${m.padStart(2, "0")}/${y}`,
  );
}

/** The file as the letters and the district workbook name it (LetterOptions.fileName). */
export function shownFile(options: Pick<LetterOptions, "fileName">, file: string): string {
  return (options.fileName ?? FILE_AS_GIVEN)(file);
}

/** A4 portrait, 0.6 inch top and bottom: the points of rows one page holds, with a margin for the printer. */
export const PAGE_POINTS = 720;
/** Excel's default row for 12-point text; the title row is taller. */
export const DEFAULT_ROW_POINTS = LINE_HEIGHT;

export const LETTER_STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  footerItem: { size: 11, wrap: true, numberFormat: "@" },
  subject: { size: 11, horizontal: "center", wrap: true, numberFormat: "@" },
  addressee: { horizontal: "center", wrap: true, numberFormat: "@" },
  paragraph: { vertical: "top", wrap: true, locked: false, numberFormat: "@" },
  cellText: { vertical: "top", wrap: true, border: true, numberFormat: "@" },
  cellCenter: { horizontal: "center", vertical: "top", wrap: true, border: true, numberFormat: "@" },
  cellNumber: { horizontal: "center", vertical: "top", border: true, numberFormat: "0" },
};

/**
 * SheetBuilder.fit with room to spare: LibreOffice sets merged paragraphs of 12-point Times New
 * Roman narrower than the builder's estimate, and a last line cut off loses words of a letter.
 */
export function fitText(b: SheetBuilder, row: number, text: string, width: number): void {
  b.fit(row, text, Math.floor(width * SPARE));
}
const SPARE = 0.85;

/** The official footer, its "Nơi nhận" lines wrapped within `leftWidth` (a unit's name can be long). */
export function letterFooter(
  b: SheetBuilder,
  issuer: Issuer,
  row: number,
  left: [number, number],
  right: [number, number],
  leftWidth: number,
): void {
  officialFooter(b, issuer, row, left, right);
  recipientLines(issuer.recipients).forEach((line, i) => fitText(b, row + 1 + i, line, leftWidth));
}
