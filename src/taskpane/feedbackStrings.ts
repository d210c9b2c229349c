import { en } from "./text/en/feedbackPanel";
import { vi } from "./text/vi/feedbackPanel";
import { localized } from "../domain/i18n/localized";
import type { Message } from "../domain/i18n/lang";

/** The feedback panel's fixed sentences, each in every language (words: text/vi/, text/en/). */
export const FS = localized({ vi, en });

/** No phiếu to write, and the earlier ones that went with it. */
export function feedbackNone(removed: readonly string[]): Message {
  return removed.length === 0
    ? FS.none
    : {
        vi: `${FS.none.vi} ${FS.feedbackRemoved(removed).vi}`,
        en: `${FS.none.en} ${FS.feedbackRemoved(removed).en}`,
      };
}
