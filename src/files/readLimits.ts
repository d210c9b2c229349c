/**
 * How much of a received file the reader is willing to read. Each limit hit is a FILE_TOO_LARGE
 * finding that names the limit, its value and the file's figure; never a crash, a hang or memory
 * without bound. Sizes are in bytes, 1 MB = 1,048,576 bytes as Windows Explorer shows them.
 */
import { inEveryLang, type Lang, type Message } from "../domain/i18n/lang";
import { localized } from "../domain/i18n/localized";
import { formatNumberVi } from "../domain/text/vnformat";
import { en } from "./text/en/limits";
import { vi } from "./text/vi/limits";

export interface ReadLimits {
  /** Size of the file as received (compressed). */
  fileBytes: number;
  /** Entries in the zip package. */
  parts: number;
  /** Inflated size of one part that is read: the workbook, its names, shared strings, styles, a template sheet. */
  partBytes: number;
  /** Inflated size of all the parts read from one file, together. */
  packageBytes: number;
  /** Sheets in the workbook. */
  sheets: number;
  /** Cells (`<c>` elements, empty ones included) read from one sheet. */
  cellsPerSheet: number;
  /** Cells that hold something (a value, a formula, an error), kept from the whole file, all sheets together. */
  cells: number;
  /** Inflated size up to which a sheet that is not known to hold a template is still read; a larger one is skipped with a note. */
  scanSheetBytes: number;
  /** Inflated size, all together, of the sheets read though not known to hold a template; past it, the others are skipped with a note. */
  scanTotalBytes: number;
  /** One XML tag or run of text (between two `>`): a cell's text is at most 32,767 characters. */
  elementBytes: number;
  /** Elements nested in one another in an XML part. */
  xmlDepth: number;
  /** Time spent reading one file, in milliseconds. */
  milliseconds: number;
}

export type ReadLimitName = keyof ReadLimits;

const MB = 1_048_576;

/** The sentences of text/vi/limits.ts and text/en/limits.ts. */
const T = localized({ vi, en });

/**
 * Chosen so that the worst file of each kind is read in under 5 s and 300 MB on a 2-core machine
 * (scripts/bench/limits.mjs), while a district workbook of five hundred unit sheets, or a unit's
 * workbook with a large appendix sheet beside its template, still reads.
 */
export const READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  fileBytes: 100 * MB,
  parts: 20_000,
  partBytes: 48 * MB,
  packageBytes: 64 * MB,
  sheets: 500,
  cellsPerSheet: 100_000,
  cells: 500_000,
  scanSheetBytes: 4 * MB,
  scanTotalBytes: 16 * MB,
  elementBytes: 1 * MB,
  xmlDepth: 100,
  milliseconds: 30_000,
});

/** What was found past a limit, and where. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: ReadLimitName,
    readonly value: number,
    /** The file's figure; for a stream stopped at the limit, only "more than `value`" is known. */
    readonly figure: number | undefined,
    /** Sheet name, or a part name when the part is not a sheet. */
    readonly where: { sheet: string } | { part: string } | undefined,
  ) {
    super(
      `${limit} ${figure === undefined ? `over ${value}` : `${figure} > ${value}`}` +
        (where ? ` in ${"sheet" in where ? `sheet "${where.sheet}"` : where.part}` : ""),
    );
  }
}

const BYTE_LIMITS: ReadonlySet<ReadLimitName> = new Set([
  "fileBytes",
  "partBytes",
  "packageBytes",
  "scanSheetBytes",
  "scanTotalBytes",
  "elementBytes",
]);

/** Bytes as Windows Explorer shows a size: "12,5 MB", "84 KB", "512 byte"; English with "." and ",". */
function size(bytes: number, lang: Lang): string {
  const [n, unit] =
    bytes >= MB ? [bytes / MB, "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, T.byteUnit[lang]];
  const decimals = n >= 10 || Number.isInteger(n) ? 0 : 1;
  return `${count(Number(n.toFixed(decimals)), lang)} ${unit}`;
}

function count(n: number, lang: Lang): string {
  return lang === "vi" ? formatNumberVi(n) : n.toLocaleString("en-US");
}

/** A limit's or a file's figure, in every language. */
function amount(limit: ReadLimitName, n: number): Message {
  return inEveryLang((lang) => {
    if (BYTE_LIMITS.has(limit)) return size(n, lang);
    if (limit === "milliseconds")
      return `${count(Number((n / 1000).toFixed(1)), lang)} ${T.secondUnit[lang]}`;
    return count(n, lang);
  });
}

/** The clerk's sentence for a limit hit: which limit, its value, the file's figure, and what to do. */
export function limitMessage(e: LimitExceeded): Message {
  const value = amount(e.limit, e.value);
  const figure = e.figure === undefined ? T.moreThan(value) : amount(e.limit, e.figure);
  const sheet = e.where && "sheet" in e.where ? e.where.sheet : undefined;
  const part = e.where && "part" in e.where ? e.where.part : undefined;
  switch (e.limit) {
    case "fileBytes":
    case "parts":
    case "sheets":
    case "packageBytes":
    case "cells":
    case "milliseconds":
      return T[e.limit](figure, value, T.trimSheets);
    case "partBytes":
    case "scanSheetBytes":
    case "scanTotalBytes":
      return sheet !== undefined
        ? T.sheetBytes(sheet, figure, value, T.trimRows)
        : T.partBytes(
            part ?? "",
            figure,
            value,
            part && /sharedstrings/i.test(part) ? T.trimSheets : T.resave,
          );
    case "cellsPerSheet":
      return T.cellsPerSheet(sheet ?? "", figure, value, T.trimRows);
    case "elementBytes":
    case "xmlDepth":
      return T[e.limit](part ?? sheet ?? "", figure, value, T.resave);
  }
}

/** The clerk's note for a sheet left unread because it is large and holds no template. */
export function skippedSheetMessage(e: LimitExceeded): Message {
  const sheet = e.where && "sheet" in e.where ? e.where.sheet : "";
  const value = amount(e.limit, e.value);
  if (e.limit === "scanTotalBytes") return T.skippedPastTotal(sheet, value);
  if (e.limit === "cellsPerSheet") return T.skippedCells(sheet, value);
  return T.skippedBytes(sheet, e.figure === undefined ? T.moreThan(value) : amount(e.limit, e.figure), value);
}
