import type { Message } from "../../../domain/i18n/lang";
import type { FeedbackText } from "../vi/feedback";

/** The feedback action's sentences to the pane, in English (one missing or extra does not compile). */
export const en: FeedbackText = {
  failed(detail: Message): string {
    return `Excel reported an error, so the feedback sheets were not all written (running it again rewrites them). ${detail.en}`;
  },
};
