import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/import";
import { vi } from "./text/vi/import";

const table = localized({ vi, en });

/** What importing files says to the clerk, each in every language (words: text/vi/import.ts, text/en/import.ts). */
export const IM = {
  ...table.words,
  registryFailed: table.sentence((text) => text.registryFailed),
  unitUnknown: table.sentence((text) => text.unitUnknown),
  yearUnknown: table.sentence((text) => text.yearUnknown),
  sheetNotTemplate: table.sentence((text) => text.sheetNotTemplate),
  formulaNotImported: table.sentence((text) => text.formulaNotImported),
  sheetChanged: table.sentence((text) => text.sheetChanged),
  rebuiltInsertFailed: table.sentence((text) => text.rebuiltInsertFailed),
  rebuiltNamesBroken: table.sentence((text) => text.rebuiltNamesBroken),
  excelFailed: table.sentence((text) => text.excelFailed),
  logFailed: table.sentence((text) => text.logFailed),
};
