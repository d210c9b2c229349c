import type { Message } from "../domain/i18n/lang";

/** The sentences the feedback action returns to the pane, in Vietnamese and English. */
export const FM = {
  failed: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa ghi xong phiếu phản hồi (chạy lại sẽ ghi lại từ đầu). ${detail.vi}`,
    en: `Excel reported an error, so the feedback sheets were not all written (running it again rewrites them). ${detail.en}`,
  }),
};
