import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/rollup";
import { vi } from "./text/vi/rollup";

const table = localized({ vi, en });

/** The roll-up's sentences to the pane, each in every language (words: text/vi/rollup.ts, text/en/rollup.ts). */
export const RM = {
  ...table.words,
  noTemplateOfYear: table.sentence((text) => text.noTemplateOfYear),
  foreignSheet: table.sentence((text) => text.foreignSheet),
  rollupFailedKept: table.sentence((text) => text.rollupFailedKept),
  rollupFailed: table.sentence((text) => text.rollupFailed),
};
