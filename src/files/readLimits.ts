/**
 * How much of a received file the reader is willing to read. Each limit hit is a FILE_TOO_LARGE
 * finding that names the limit, its value and the file's figure; never a crash, a hang or memory
 * without bound. Sizes are in bytes, 1 MB = 1,048,576 bytes as Windows Explorer shows them.
 */
import type { Message } from "../domain/i18n/lang";
import { formatNumberVi } from "../domain/text/vnformat";

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
function size(bytes: number, lang: "vi" | "en"): string {
  const [n, unit] =
    bytes >= MB
      ? [bytes / MB, "MB"]
      : bytes >= 1024
        ? [bytes / 1024, "KB"]
        : [bytes, lang === "vi" ? "byte" : "bytes"];
  const decimals = n >= 10 || Number.isInteger(n) ? 0 : 1;
  const rounded = Number(n.toFixed(decimals));
  const shown = lang === "vi" ? formatNumberVi(rounded) : rounded.toLocaleString("en-US");
  return `${shown} ${unit}`;
}

function count(n: number, lang: "vi" | "en"): string {
  return lang === "vi" ? formatNumberVi(n) : n.toLocaleString("en-US");
}

function amount(limit: ReadLimitName, n: number, lang: "vi" | "en"): string {
  if (BYTE_LIMITS.has(limit)) return size(n, lang);
  if (limit === "milliseconds")
    return `${count(Number((n / 1000).toFixed(1)), lang)} ${lang === "vi" ? "giây" : "s"}`;
  return count(n, lang);
}

/** The clerk's sentence for a limit hit: which limit, its value, the file's figure, and what to do. */
export function limitMessage(e: LimitExceeded): Message {
  const say = (lang: "vi" | "en"): string => {
    const value = amount(e.limit, e.value, lang);
    const figure =
      e.figure === undefined
        ? lang === "vi"
          ? `hơn ${value}`
          : `more than ${value}`
        : amount(e.limit, e.figure, lang);
    const sheet = e.where && "sheet" in e.where ? e.where.sheet : undefined;
    const part = e.where && "part" in e.where ? e.where.part : undefined;
    const vi = lang === "vi";
    const trimSheets = vi
      ? "Hãy xóa hoặc chuyển sang sổ khác các trang tính không thuộc mẫu biểu (phụ lục, dữ liệu thô), lưu lại rồi gửi lại."
      : "Delete the sheets that are not part of the template (appendices, raw data) or move them to another workbook, save and send again.";
    const resave = vi
      ? "Tệp có cấu trúc bất thường; hãy đề nghị đơn vị mở bằng Excel, lưu lại rồi gửi lại."
      : "The file is built in an unusual way; ask the unit to open it in Excel, save it again and resend it.";
    switch (e.limit) {
      case "fileBytes":
        return vi
          ? `Tệp nặng ${figure}, vượt giới hạn ${value} của DVCQ. ${trimSheets}`
          : `The file is ${figure}, over DVCQ's limit of ${value}. ${trimSheets}`;
      case "parts":
        return vi
          ? `Tệp gồm ${figure} phần nén, vượt giới hạn ${value}. ${trimSheets}`
          : `The file holds ${figure} compressed parts, over the limit of ${value}. ${trimSheets}`;
      case "sheets":
        return vi
          ? `Sổ có ${figure} trang tính, vượt giới hạn ${value}. ${trimSheets}`
          : `The workbook has ${figure} sheets, over the limit of ${value}. ${trimSheets}`;
      case "partBytes":
      case "scanSheetBytes":
      case "scanTotalBytes":
        return sheet !== undefined
          ? vi
            ? `Trang tính “${sheet}” khi giải nén lớn ${figure}, vượt giới hạn ${value} cho một trang mẫu biểu. Hãy xóa các hàng, cột thừa ngoài mẫu biểu hoặc chuyển chúng sang trang tính khác, lưu lại rồi gửi lại.`
            : `Sheet “${sheet}” inflates to ${figure}, over the limit of ${value} for a template sheet. Delete the rows and columns beyond the template or move them to another sheet, save and send again.`
          : vi
            ? `Phần ${part ?? ""} của tệp khi giải nén lớn ${figure}, vượt giới hạn ${value} cho một phần. ${part && /sharedstrings/i.test(part) ? trimSheets : resave}`
            : `Part ${part ?? ""} of the file inflates to ${figure}, over the limit of ${value} for one part. ${part && /sharedstrings/i.test(part) ? trimSheets : resave}`;
      case "packageBytes":
        return vi
          ? `Các phần cần đọc của tệp khi giải nén lớn ${figure}, vượt giới hạn ${value} cho cả tệp. ${trimSheets}`
          : `The parts to read inflate to ${figure}, over the limit of ${value} for a whole file. ${trimSheets}`;
      case "cellsPerSheet":
        return vi
          ? `Trang tính “${sheet ?? ""}” có ${figure} ô, vượt giới hạn ${value} ô cho một trang mẫu biểu. Hãy xóa các hàng, cột thừa ngoài mẫu biểu hoặc chuyển chúng sang trang tính khác, lưu lại rồi gửi lại.`
          : `Sheet “${sheet ?? ""}” has ${figure} cells, over the limit of ${value} cells for a template sheet. Delete the rows and columns beyond the template or move them to another sheet, save and send again.`;
      case "elementBytes":
        return vi
          ? `Phần ${part ?? sheet ?? ""} của tệp có một thẻ hoặc đoạn chữ dài ${figure}, vượt giới hạn ${value}. ${resave}`
          : `Part ${part ?? sheet ?? ""} of the file has one tag or run of text of ${figure}, over the limit of ${value}. ${resave}`;
      case "xmlDepth":
        return vi
          ? `Phần ${part ?? sheet ?? ""} của tệp lồng ${figure} cấp, vượt giới hạn ${value}. ${resave}`
          : `Part ${part ?? sheet ?? ""} of the file nests ${figure} levels deep, over the limit of ${value}. ${resave}`;
      case "cells":
        return vi
          ? `Các trang tính của sổ có ${figure} ô có dữ liệu, vượt giới hạn ${value} ô cho một tệp. ${trimSheets}`
          : `The sheets of the workbook have ${figure} cells with data, over the limit of ${value} cells for one file. ${trimSheets}`;
      case "milliseconds":
        return vi
          ? `Đọc tệp mất ${figure}, vượt giới hạn ${value} cho một tệp. ${trimSheets}`
          : `Reading the file took ${figure}, over the limit of ${value} for one file. ${trimSheets}`;
    }
  };
  return { vi: say("vi"), en: say("en") };
}

/** The clerk's note for a sheet left unread because it is large and holds no template. */
export function skippedSheetMessage(e: LimitExceeded): Message {
  const sheet = e.where && "sheet" in e.where ? e.where.sheet : "";
  const say = (lang: "vi" | "en"): string => {
    const value = amount(e.limit, e.value, lang);
    const figure = e.figure === undefined ? undefined : amount(e.limit, e.figure, lang);
    const cells = e.limit === "cellsPerSheet";
    if (e.limit === "scanTotalBytes")
      return lang === "vi"
        ? `Trang tính “${sheet}” không được đọc: DVCQ đã đọc ${value} các trang không phải mẫu biểu của tệp này, và chỉ đọc đến đó. Số liệu của các trang mẫu biểu vẫn được đọc. Nếu đây là trang mẫu biểu, hãy đặt tên trang theo dạng “<mã đơn vị> <năm>” (ví dụ “XA-XUAN-HOA 2024”).`
        : `Sheet “${sheet}” was not read: DVCQ has read ${value} of this file's sheets that are not templates, and reads no more. The template sheets' figures are still read. If this is a template sheet, name it “<unit code> <year>” (for example “XA-XUAN-HOA 2024”).`;
    return lang === "vi"
      ? `Trang tính “${sheet}” không được đọc: ${cells ? `có hơn ${value} ô` : `khi giải nén lớn ${figure ?? `hơn ${value}`}`}, mà DVCQ chỉ đọc trang không phải mẫu biểu đến ${value}${cells ? " ô" : ""}. Số liệu của các trang mẫu biểu vẫn được đọc. Nếu đây là trang mẫu biểu, hãy đặt tên trang theo dạng “<mã đơn vị> <năm>” (ví dụ “XA-XUAN-HOA 2024”).`
      : `Sheet “${sheet}” was not read: ${cells ? `it has more than ${value} cells` : `it inflates to ${figure ?? `more than ${value}`}`}, and DVCQ reads a sheet that is not a template only up to ${value}${cells ? " cells" : ""}. The template sheets' figures are still read. If this is a template sheet, name it “<unit code> <year>” (for example “XA-XUAN-HOA 2024”).`;
  };
  return { vi: say("vi"), en: say("en") };
}
