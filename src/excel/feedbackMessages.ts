import { localized } from "../domain/i18n/localized";
import { en } from "./text/en/feedback";
import { vi } from "./text/vi/feedback";

/** The feedback action's sentences to the pane, each in every language (words: text/vi/feedback.ts, text/en/feedback.ts). */
export const FM = localized({ vi, en });
