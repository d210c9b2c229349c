import type { LimitText } from "../vi/limits";

const STILL_READ =
  "The template sheets' figures are still read. If this is a template sheet, name it “<unit code> <year>” (for example “XA-XUAN-HOA 2024”).";

/** The clerk's sentences for a file past one of the reader's limits, in English (one missing or extra does not compile). */
export const en: LimitText = {
  byteUnit: "bytes",
  secondUnit: "s",
  moreThan(value) {
    return `more than ${value.en}`;
  },
  fileBytes(figure, value, advice) {
    return `The file is ${figure.en}, over DVCQ's limit of ${value.en}. ${advice.en}`;
  },
  parts(figure, value, advice) {
    return `The file holds ${figure.en} compressed parts, over the limit of ${value.en}. ${advice.en}`;
  },
  sheets(figure, value, advice) {
    return `The workbook has ${figure.en} sheets, over the limit of ${value.en}. ${advice.en}`;
  },
  sheetBytes(sheet, figure, value, advice) {
    return `Sheet “${sheet}” inflates to ${figure.en}, over the limit of ${value.en} for a template sheet. ${advice.en}`;
  },
  partBytes(part, figure, value, advice) {
    return `Part ${part} of the file inflates to ${figure.en}, over the limit of ${value.en} for one part. ${advice.en}`;
  },
  packageBytes(figure, value, advice) {
    return `The parts to read inflate to ${figure.en}, over the limit of ${value.en} for a whole file. ${advice.en}`;
  },
  cellsPerSheet(sheet, figure, value, advice) {
    return `Sheet “${sheet}” has ${figure.en} cells, over the limit of ${value.en} cells for a template sheet. ${advice.en}`;
  },
  elementBytes(part, figure, value, advice) {
    return `Part ${part} of the file has one tag or run of text of ${figure.en}, over the limit of ${value.en}. ${advice.en}`;
  },
  xmlDepth(part, figure, value, advice) {
    return `Part ${part} of the file nests ${figure.en} levels deep, over the limit of ${value.en}. ${advice.en}`;
  },
  cells(figure, value, advice) {
    return `The sheets of the workbook have ${figure.en} cells with data, over the limit of ${value.en} cells for one file. ${advice.en}`;
  },
  milliseconds(figure, value, advice) {
    return `Reading the file took ${figure.en}, over the limit of ${value.en} for one file. ${advice.en}`;
  },
  trimSheets:
    "Delete the sheets that are not part of the template (appendices, raw data) or move them to another workbook, save and send again.",
  trimRows:
    "Delete the rows and columns beyond the template or move them to another sheet, save and send again.",
  resave:
    "The file is built in an unusual way; ask the unit to open it in Excel, save it again and resend it.",
  skippedPastTotal(sheet, value) {
    return `Sheet “${sheet}” was not read: DVCQ has read ${value.en} of this file's sheets that are not templates, and reads no more. ${STILL_READ}`;
  },
  skippedCells(sheet, value) {
    return `Sheet “${sheet}” was not read: it has more than ${value.en} cells, and DVCQ reads a sheet that is not a template only up to ${value.en} cells. ${STILL_READ}`;
  },
  skippedBytes(sheet, figure, value) {
    return `Sheet “${sheet}” was not read: it inflates to ${figure.en}, and DVCQ reads a sheet that is not a template only up to ${value.en}. ${STILL_READ}`;
  },
};
