import { en } from "./text/en/feedbackPanel";
import { vi } from "./text/vi/feedbackPanel";
import { localized } from "../domain/i18n/localized";
import type { Message } from "../domain/i18n/lang";

const table = localized({ vi, en });

/** The feedback panel's fixed sentences, each in every language (words: text/vi/, text/en/). */
export const FS = table.words;
export const feedbackButton = table.sentence((text) => text.feedbackButton);
export const feedbackWritten = table.sentence((text) => text.feedbackWritten);
const feedbackRemoved = table.sentence((text) => text.feedbackRemoved);
export const feedbackChanged = table.sentence((text) => text.feedbackChanged);

/** No phiếu to write, and the earlier ones that went with it. */
export function feedbackNone(removed: readonly string[]): Message {
  return removed.length === 0
    ? FS.none
    : {
        vi: `${FS.none.vi} ${feedbackRemoved(removed).vi}`,
        en: `${FS.none.en} ${feedbackRemoved(removed).en}`,
      };
}
