import type { Message } from "../domain/i18n/lang";

/** Last year's file given to the roll-up cannot be used: nothing was rolled up or written. */
export function previousUnusable(file: string, reason: Message): Message {
  return {
    vi: `Tệp số liệu năm trước ${file} không dùng được: ${reason.vi} Chưa tổng hợp gì.`,
    en: `Last year's figures ${file} cannot be used: ${reason.en} Nothing was rolled up.`,
  };
}
