import type { PackageUnsafe } from "../../zipPackage";
import type { UnreadableText } from "../vi/unreadable";

const UNSAFE: Readonly<Record<PackageUnsafe["kind"], (part: string) => string>> = {
  duplicate: (part) => `two parts named “${part}”`,
  escape: (part) => `the part name “${part}” points outside the file`,
  overlap: () => "compressed parts that overlap (a “zip bomb”)",
  dtd: (part) => `part ${part} holds a DTD (<!DOCTYPE>)`,
};

/** Why a file is not read, and what the clerk does about it, in English (one missing or extra does not compile). */
export const en: UnreadableText = {
  empty:
    "The file is empty (0 bytes), perhaps not fully downloaded; download it again or ask the unit to resend it.",
  encrypted:
    "The file has a password to open; remove the password and send it again (Excel: File > Info > Protect Workbook > Encrypt with Password, clear it).",
  oldXls:
    "An old .xls file (Excel 97–2003); open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
  ods: "A LibreOffice/OpenOffice .ods file; open it and save it as .xlsx (Save As > Excel 2007-365).",
  xlsb: "An .xlsb (binary workbook) file; open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
  word: "The file is a Word document, not an Excel workbook; send the template's .xlsx file.",
  pdf: "Figures cannot be read from a PDF; send the template's .xlsx file.",
  notXlsx: "The file is not an Excel workbook (.xlsx); send the template's .xlsx file.",
  corrupt:
    "The .xlsx file is damaged or incomplete (perhaps the download was cut off); download it again or ask the unit to resend it.",
  unsafe(kind, part) {
    return `The file is unsafe, so DVCQ does not read it: ${UNSAFE[kind](part)}. Excel does not save files like this; ask the unit to resend the template saved by Excel, and do not open this file.`;
  },
};
