import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/import";
import { vi } from "./text/vi/import";

/** What importing files says to the clerk, each in every language (words: text/vi/import.ts, text/en/import.ts). */
export const IM = localized({ vi, en });
