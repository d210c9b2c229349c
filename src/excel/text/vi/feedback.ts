import type { Message } from "../../../domain/i18n/lang";

/** The feedback action's sentences to the pane, in Vietnamese. */
export const vi = {
  failed(detail: Message): string {
    return `Excel báo lỗi nên chưa ghi xong phiếu phản hồi (chạy lại sẽ ghi lại từ đầu). ${detail.vi}`;
  },
};

export type FeedbackText = typeof vi;
