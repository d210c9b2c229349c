import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/shell";
import { vi } from "./text/vi/shell";

const table = localized({ vi, en });

/** The Excel shell's sentences to the pane, each in every language (words: text/vi/shell.ts, text/en/shell.ts). */
export const M = {
  ...table.words,
  activeNotTemplate: table.sentence((text) => text.activeNotTemplate),
  checkFailed: table.sentence((text) => text.checkFailed),
  marksFailed: table.sentence((text) => text.marksFailed),
  marksCleared: table.sentence((text) => text.marksCleared),
  clearFailed: table.sentence((text) => text.clearFailed),
  prepareFailed: table.sentence((text) => text.prepareFailed),
  unitUnknown: table.sentence((text) => text.unitUnknown),
  yearUnknown: table.sentence((text) => text.yearUnknown),
  cannotDeliver: table.sentence((text) => text.cannotDeliver),
  saveCopyThroughExcel: table.sentence((text) => text.saveCopyThroughExcel),
  notCarried: table.sentence((text) => text.notCarried),
  registryCreated: table.sentence((text) => text.registryCreated),
  registryExists: table.sentence((text) => text.registryExists),
  unitNotFound: table.sentence((text) => text.unitNotFound),
  placeFailed: table.sentence((text) => text.placeFailed),
  registryFailed: table.sentence((text) => text.registryFailed),
};
