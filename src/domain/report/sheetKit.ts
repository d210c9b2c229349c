import { FORM_STYLES } from "../layout/formStyles";
import { wrappedLines } from "../layout/wrap";
import { cellRef } from "../layout/a1";
import type {
  CellStyle,
  CellValue,
  PlanCell,
  PlanPrint,
  PlanProtection,
  PlanRows,
  SheetPlan,
} from "../layout/sheetPlan";
import type { ValueType } from "../catalogue/types";
import type { ReceivingOffice } from "../units/registry";
import { dateLine, formatNumberVi } from "../text/vnformat";
import { say, type Wording } from "../i18n/say";

const FONT = "Times New Roman";
const FONT_SIZE = 12;
/** Points per line of 12-point Times New Roman. */
export const LINE_HEIGHT = 16;
/** Excel refuses a taller row. */
const MAX_ROW_HEIGHT = 409;
/**
 * Characters of 12-point Times New Roman per unit of column width, a little under what fits
 * (LibreOffice sets 96 to 98 characters of Vietnamese prose in 88 units).
 */
const CHARS_PER_WIDTH = 1.05;
/** Bold capitals are wider. */
const CAPITALS_PER_WIDTH = 0.95;

/** Number format of a figure by its type; "@" for text. */
export const FORMAT_OF: Record<ValueType, string> = {
  N: "#,##0",
  "%": "0.0",
  D: "dd/mm/yyyy",
  E: "@",
  text: "@",
};

/** The key in BASE_STYLES of a figure's cell; totals prefix it with "total". */
export function figureStyle(type: ValueType): "N" | "%" | "D" | "E" {
  return type === "text" ? "E" : type;
}

/** Styles every roll-up sheet shares: the official heading, table frames and figures by type. */
export const BASE_STYLES: Record<string, CellStyle> = {
  ...FORM_STYLES,
  dateLine: { italic: true, horizontal: "center", locked: false, numberFormat: "@" },
  number: { horizontal: "center", locked: false, numberFormat: "@" },
  text: { vertical: "center", wrap: true, border: true, numberFormat: "@" },
  textCenter: { horizontal: "center", vertical: "center", wrap: true, border: true, numberFormat: "@" },
  groupHeading: { bold: true, vertical: "center", border: true, fill: "#F2F2F2", numberFormat: "@" },
  frame: { border: true },
  count: { horizontal: "center", vertical: "center", border: true, numberFormat: "0" },
  groupFrame: { border: true, fill: "#F2F2F2" },
  N: { horizontal: "right", vertical: "center", border: true, numberFormat: FORMAT_OF.N },
  "%": { horizontal: "right", vertical: "center", border: true, numberFormat: FORMAT_OF["%"] },
  D: { horizontal: "center", vertical: "center", border: true, numberFormat: FORMAT_OF.D },
  E: { horizontal: "center", vertical: "center", wrap: true, border: true, numberFormat: "@" },
  totalLabel: { bold: true, vertical: "center", wrap: true, border: true, numberFormat: "@" },
  totalN: { bold: true, horizontal: "right", vertical: "center", border: true, numberFormat: FORMAT_OF.N },
  "total%": {
    bold: true,
    horizontal: "right",
    vertical: "center",
    border: true,
    numberFormat: FORMAT_OF["%"],
  },
  totalD: { bold: true, horizontal: "center", vertical: "center", border: true, numberFormat: FORMAT_OF.D },
  totalE: {
    bold: true,
    horizontal: "center",
    vertical: "center",
    wrap: true,
    border: true,
    numberFormat: "@",
  },
  footerLeft: { bold: true, italic: true, size: 11 },
  footerItem: { size: 11, numberFormat: "@" },
  signature: { bold: true, horizontal: "center" },
  signatureNote: { italic: true, horizontal: "center" },
};

/** A table of the catalogue's indicators by section: section rows, "Trong đó" rows, cells a level does not answer. */
export const INDICATOR_TABLE_STYLES: Record<string, CellStyle> = {
  ...BASE_STYLES,
  sectionCode: { bold: true, horizontal: "center", vertical: "center", border: true, numberFormat: "@" },
  sectionTitle: { bold: true, vertical: "center", wrap: true, border: true, numberFormat: "@" },
  subLabel: { italic: true, indent: 2, vertical: "center", wrap: true, border: true, numberFormat: "@" },
  notApplicable: { border: true, fill: "#EDEDED" },
};

/** The roll-up sheets are outputs: locked against slips, the clerk lifts protection from the Review tab. */
export const OUTPUT_PROTECTION: PlanProtection = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: false,
  allowDeleteRows: false,
};

/** Printed at the foot of every page: "Trang 2/5". */
export const PAGE_FOOTER = "Trang &P/&N";
const MARGINS: PlanPrint["margins"] = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 };
const PAPER_INCHES: Record<PlanPrint["paper"], { width: number; height: number }> = {
  A4: { width: 8.27, height: 11.69 },
  A3: { width: 11.69, height: 16.54 },
};

export interface PrintOptions {
  /** Columns repeated at the left of each page of a wide table, e.g. "$A:$C". */
  repeatColumns?: string;
  /** A page starts at each of these rows. */
  rowBreaks?: readonly number[];
  /** A page starts at each of these columns. */
  columnBreaks?: readonly number[];
  /** Percent; with breaks the sheet prints at this scale instead of one page wide (default 100). */
  scale?: number;
  printArea?: string;
  header?: string;
}

/**
 * The page setup of a DVCQ sheet: A4, the page number in the footer, `repeatRows` ("" for none) on
 * every page. Without breaks the sheet prints one page wide; with breaks at `scale`, since Excel
 * ignores manual breaks on a sheet fitted to pages.
 */
export function printSetup(
  orientation: PlanPrint["orientation"],
  repeatRows: string,
  options: PrintOptions = {},
): PlanPrint {
  const { scale, ...rest } = options;
  const breaks = (options.rowBreaks?.length ?? 0) + (options.columnBreaks?.length ?? 0) > 0;
  return {
    orientation,
    paper: "A4",
    fitToWidth: !breaks && scale === undefined,
    ...(breaks || scale !== undefined ? { scale: scale ?? 100 } : {}),
    repeatRows,
    ...rest,
    footer: PAGE_FOOTER,
    margins: MARGINS,
  };
}

/**
 * A data sheet kept out of "print the whole workbook" without hiding a row: it prints its header row
 * only, with a page header telling the clerk how to print the rest.
 */
export function headerRowOnly(plan: SheetPlan, dataRows: number): SheetPlan {
  return {
    ...plan,
    print: {
      ...plan.print,
      printArea: `A1:${cellRef(1, Math.max(1, plan.columnWidths.length))}`,
      header: `Trang dữ liệu (${formatNumberVi(dataRows)} dòng) không in cùng báo cáo; để in: Bố cục Trang › Vùng In › Xóa Vùng In`,
    },
  };
}

/** Points of a column `characters` wide: Excel's 7-pixel digit of the default font plus 5 pixels of padding. */
export function columnPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** The printable width and height of a page, in points, at 100%. */
export function pagePoints(print: Pick<PlanPrint, "orientation" | "paper" | "margins">): {
  width: number;
  height: number;
} {
  const paper = PAPER_INCHES[print.paper];
  const [w, h] = print.orientation === "portrait" ? [paper.width, paper.height] : [paper.height, paper.width];
  const m = print.margins;
  return { width: (w - m.left - m.right) * 72, height: (h - m.top - m.bottom) * 72 };
}

/** LibreOffice sets columns of a Times New Roman workbook up to an eighth wider than Excel's measure. */
const WIDTH_SPARE = 0.87;

/** The largest whole percent (at most 100) at which columns of these widths fit one page across. */
export function scaleToWidth(widths: readonly number[], orientation: PlanPrint["orientation"]): number {
  const points = widths.reduce((a, w) => a + columnPoints(w), 0);
  const page = pagePoints({ orientation, paper: "A4", margins: MARGINS }).width;
  return Math.min(100, Math.floor((page / points) * 100 * WIDTH_SPARE));
}

/** Lines `text` takes wrapped in a column (or merged block) `width` units wide, as the builder estimates them. */
export function textLines(text: string, width: number, capitals = false): number {
  return wrappedLines(
    text,
    Math.max(1, Math.floor(width * (capitals ? CAPITALS_PER_WIDTH : CHARS_PER_WIDTH))),
  );
}

export interface SheetBuilder {
  put(row: number, col: number, value: CellValue | undefined, style: string): void;
  /** A value across columns from..to of one row, merged. */
  band(row: number, from: number, to: number, value: CellValue, style: string): void;
  /** Merges a block whose top-left cell is already put; the other cells get the same frame. */
  merge(top: number, left: number, bottom: number, right: number, style: string): void;
  /**
   * Makes the row tall enough for `text` wrapped in `width` column units (never lower than it is).
   * Excel and LibreOffice do not grow a row for wrapped text a program writes.
   */
  fit(row: number, text: string, width: number, options?: { capitals?: boolean }): void;
  height(row: number, points: number): void;
  /**
   * The `count` rows from row `from`, below every other cell, each made by `line` on the builder it
   * is given (cells, merges and heights of that row alone). `streamed` (once a sheet): the plan's
   * `rows`, each row's cells made again when a writer reaches them, so that a sheet of thousands of
   * units is never held as cells; only the merges and heights are kept. Otherwise its cells, as if
   * put directly.
   */
  lines(
    from: number,
    count: number,
    line: (i: number, row: number, b: SheetBuilder) => void,
    streamed: boolean,
  ): void;
  done(
    frame: Omit<
      SheetPlan,
      | "cells"
      | "merges"
      | "rowHeights"
      | "validations"
      | "conditionalFormats"
      | "names"
      | "fontName"
      | "fontSize"
      | "protection"
    >,
  ): SheetPlan;
}

export function sheetBuilder(): SheetBuilder {
  /** By row × 100,000 + column: sorted as numbers, the cells come in row order. */
  const cells = new Map<number, PlanCell>();
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  let rows: PlanRows | undefined;

  const put = (row: number, col: number, value: CellValue | undefined, style: string): void => {
    const ref = cellRef(row, col);
    cells.set(row * 100_000 + col, value === undefined ? { ref, style } : { ref, value, style });
  };
  const height = (row: number, points: number): void => {
    rowHeights[row] = Math.min(MAX_ROW_HEIGHT, Math.max(rowHeights[row] ?? 0, points));
  };
  const lines: SheetBuilder["lines"] = (from, count, line, streamed) => {
    if (rows !== undefined) throw new Error("a sheet streams one run of lines");
    if (!streamed) {
      for (let i = 0; i < count; i++) line(i, from + i, builder);
      return;
    }
    // Merges, heights and the last column now, every line's rows checked before a byte is written;
    // cells only when asked for.
    let lastCol = 1;
    for (let i = 0; i < count; i++) {
      const framing = builderOf(
        (row, col) => {
          ownRowOnly(i, from + i, row);
          lastCol = Math.max(lastCol, col);
        },
        (ref) => merges.push(ref),
        height,
      );
      line(i, from + i, framing);
    }
    rows = {
      from,
      count,
      lastCol,
      cells(i) {
        const own: PlanCell[] = [];
        const putOwn = (row: number, col: number, value: CellValue | undefined, style: string): void => {
          ownRowOnly(i, from + i, row);
          const ref = cellRef(row, col);
          own[col] = value === undefined ? { ref, style } : { ref, value, style };
        };
        line(
          i,
          from + i,
          builderOf(
            putOwn,
            () => undefined,
            () => undefined,
          ),
        );
        return own.filter((cell) => cell !== undefined);
      },
    };
  };
  const builder = builderOf(
    put,
    (ref) => merges.push(ref),
    height,
    lines,
    (frame) => {
      const order = Float64Array.from(cells.keys()).sort();
      const lastKey = order[order.length - 1];
      if (rows !== undefined && lastKey !== undefined && Math.floor(lastKey / 100_000) >= rows.from)
        throw new Error(`a cell is put on or below row ${rows.from}, where the streamed lines begin`);
      return {
        ...frame,
        fontName: FONT,
        fontSize: FONT_SIZE,
        rowHeights,
        cells: Array.from(order, (key) => cells.get(key) as PlanCell),
        ...(rows ? { rows } : {}),
        merges,
        validations: [],
        conditionalFormats: [],
        names: [],
        protection: OUTPUT_PROTECTION,
      };
    },
  );
  return builder;
}

function ownRowOnly(i: number, row: number, put: number): void {
  if (put !== row) throw new Error(`line ${i} puts a cell on row ${put}, not its own row ${row}`);
}

/** A builder that puts cells, merges and heights where it is told; a line's builds no lines and no plan. */
function builderOf(
  put: SheetBuilder["put"],
  merged: (ref: string) => void,
  height: SheetBuilder["height"],
  lines: SheetBuilder["lines"] = () => {
    throw new Error("lines inside lines");
  },
  done: SheetBuilder["done"] = () => {
    throw new Error("a line is not a plan");
  },
): SheetBuilder {
  const merge: SheetBuilder["merge"] = (top, left, bottom, right, style) => {
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) if (r !== top || c !== left) put(r, c, undefined, style);
    }
    merged(`${cellRef(top, left)}:${cellRef(bottom, right)}`);
  };
  return {
    put,
    merge,
    height,
    band(row, from, to, value, style) {
      put(row, from, value, style);
      if (to > from) merge(row, from, row, to, style);
    },
    fit(row, text, width, options = {}) {
      const lines = textLines(text, width, options.capitals);
      if (lines > 1) height(row, lines * LINE_HEIGHT);
    },
    lines,
    done,
  };
}

/**
 * How the district workbook and the letters name a file: the shell's file name without its
 * folders (only the shell knows what separates folders in a path).
 */
export type FileName = (file: string) => string;
/** The file as given: for hosts whose files have no folders (the open workbook, a browser's files). */
export const FILE_AS_GIVEN: FileName = (file) => file;

/**
 * A finding's sentence in Vietnamese with each of `files` (as the roll-up was given them: the
 * file it is about, the unit's other copies it may cite) named as the shell names it.
 */
export function sentenceNaming(wording: Wording, files: readonly string[], fileName: FileName): string {
  let text = say(wording, "vi");
  for (const file of files) {
    const shown = fileName(file);
    if (shown !== file) text = text.split(file).join(shown);
  }
  return text;
}

/** Who issues the report and how it is signed. */
export interface Issuer {
  /** The body above the office, as written in a sentence: "UBND huyện Xuân Lộc". */
  superior: string;
  /** The issuing office: "Phòng Nội vụ". */
  office: string;
  /** The place of the date line: "Xuân Lộc". */
  place: string;
  /** ISO date of the report; without it the date line leaves dots for the clerk. */
  date?: string;
  /** What follows the number: "Số:      /BC-NV". */
  symbol: string;
  /** "Nơi nhận", in order. */
  recipients: readonly string[];
  signerTitle: string;
}

/** Dots for the clerk to fill in where the registry names no receiving office. */
const TO_FILL = "……………";

/** The issuer of the year's report: the registry's receiving office, or dots to fill in without one. */
export function issuerOf(office: ReceivingOffice | null, date?: string): Issuer {
  return {
    superior: office?.superior || TO_FILL,
    office: office?.name || TO_FILL,
    place: office?.place || TO_FILL,
    symbol: `BC-${office?.symbol ?? ""}`,
    recipients: office && office.recipients.length > 0 ? office.recipients : [TO_FILL],
    signerTitle: office?.signerTitle || "THỦ TRƯỞNG CƠ QUAN",
    ...(date === undefined ? {} : { date }),
  };
}

/** "Nơi nhận" items as a document lists them: each after "- ", ending ";", the last ".". */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r.replace(/[;.]\s*$/, "")}${i === recipients.length - 1 ? "." : ";"}`);
}

/**
 * Rows 1–4 of an official document (Decree 30/2020): issuing body left, national motto right,
 * number left and place and date right. The number and date stay editable on the protected sheet.
 */
export function officialHeading(
  b: SheetBuilder,
  issuer: Issuer,
  year: number,
  left: [number, number],
  right: [number, number],
): void {
  b.band(1, left[0], left[1], issuer.superior.toLocaleUpperCase("vi"), "body");
  b.band(1, right[0], right[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bodyBold");
  b.band(2, left[0], left[1], issuer.office.toLocaleUpperCase("vi"), "bodyBold");
  b.band(2, right[0], right[1], "Độc lập - Tự do - Hạnh phúc", "motto");
  b.band(4, left[0], left[1], `Số:        /${issuer.symbol}`, "number");
  b.band(4, right[0], right[1], dateLine(issuer.place, issuer.date, year), "dateLine");
}

/** "Nơi nhận" left, the signer right (and the preparer between), from `row`: the last block of an official document. */
export function officialFooter(
  b: SheetBuilder,
  issuer: Issuer,
  row: number,
  left: [number, number],
  right: [number, number],
  preparedBy?: [number, number],
): void {
  b.band(row, left[0], left[1], "Nơi nhận:", "footerLeft");
  if (preparedBy) b.band(row, preparedBy[0], preparedBy[1], "NGƯỜI LẬP BIỂU", "signature");
  b.band(row, right[0], right[1], issuer.signerTitle, "signature");
  if (preparedBy) b.band(row + 1, preparedBy[0], preparedBy[1], "(Ký, ghi rõ họ tên)", "signatureNote");
  b.band(row + 1, right[0], right[1], "(Ký, ghi rõ họ tên)", "signatureNote");
  recipientLines(issuer.recipients).forEach((r, i) => b.band(row + 1 + i, left[0], left[1], r, "footerItem"));
}
