import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/rollup";
import { vi } from "./text/vi/rollup";

/** The roll-up's sentences to the pane, each in every language (words: text/vi/rollup.ts, text/en/rollup.ts). */
export const RM = localized({ vi, en });
