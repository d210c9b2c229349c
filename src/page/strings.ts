import { en } from "../taskpane/text/en/page";
import { vi } from "../taskpane/text/vi/page";
import { localized } from "../domain/i18n/localized";

const table = localized({ vi, en });

/** Every fixed sentence the standalone page adds to the pane's, each in every language (words: src/taskpane/text/vi/page.ts, en/page.ts). */
export const P = table.words;
export const reading = table.sentence((text) => text.reading);
export const opened = table.sentence((text) => text.opened);
export const rollupButton = table.sentence((text) => text.rollupButton);
export const rollupLine = table.sentence((text) => text.rollupLine);
export const notUsed = table.sentence((text) => text.notUsed);
export const completenessText = table.sentence((text) => text.completenessText);
