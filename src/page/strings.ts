import { en } from "../taskpane/text/en/page";
import { vi } from "../taskpane/text/vi/page";
import { localized } from "../domain/i18n/localized";

/** Every fixed sentence the standalone page adds to the pane's, each in every language (words: src/taskpane/text/vi/page.ts, en/page.ts). */
export const P = localized({ vi, en });
