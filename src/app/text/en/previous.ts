import type { PreviousText } from "../vi/previous";

/** What the roll-up says of last year's file, in English. */
export const en: PreviousText = {
  previousUnusable(file, reason) {
    return `Last year's figures ${file} cannot be used: ${reason.en} Nothing was rolled up.`;
  },
};
