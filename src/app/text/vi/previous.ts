import type { Message } from "../../../domain/i18n/lang";

/** What the roll-up says of last year's file, in Vietnamese. */
export const vi = {
  /** The file cannot be used: nothing was rolled up or written. */
  previousUnusable(file: string, reason: Message): string {
    return `Tệp số liệu năm trước ${file} không dùng được: ${reason.vi} Chưa tổng hợp gì.`;
  },
};

export type PreviousText = typeof vi;
