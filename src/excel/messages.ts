import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/shell";
import { vi } from "./text/vi/shell";

/** The Excel shell's sentences to the pane, each in every language (words: text/vi/shell.ts, text/en/shell.ts). */
export const M = localized({ vi, en });
