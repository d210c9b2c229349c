/** The feedback panel's sentences in Vietnamese, the product's own language. */
export const vi = {
  heading: "Phiếu phản hồi cho đơn vị",
  hint: "Mỗi đơn vị có lỗi hoặc cảnh báo cần sửa được một trang “PH <mã đơn vị>” trong sổ này: một tờ A4 để in, ký và gửi lại đơn vị (phiếu viết bằng tiếng Việt). Ghi lại sẽ thay các trang phiếu cũ.",
  running: "Đang ghi phiếu phản hồi…",
  none: "Không đơn vị nào có nội dung cần sửa: không có phiếu phản hồi.",
  replace: "Ghi đè các trang này",
  failed: "Chưa ghi được phiếu phản hồi.",
  feedbackButton(year: number | null): string {
    return year === null ? "Ghi phiếu phản hồi" : `Ghi phiếu phản hồi năm ${year}`;
  },
  feedbackWritten(sheets: readonly string[], units: readonly string[]): string {
    return `Đã ghi ${sheets.length} trang phiếu phản hồi (${sheets.join(", ")}) cho: ${units.join(", ")}.`;
  },
  feedbackRemoved(sheets: readonly string[]): string {
    return `Đã xóa ${sheets.length} trang phiếu phản hồi cũ: ${sheets.join(", ")}.`;
  },
  feedbackChanged(sheets: readonly string[]): string {
    return `Chưa ghi gì: ${sheets.length} trang phiếu phản hồi đã có khác bản sẽ ghi (có thể đã được sửa, hoặc số liệu đã đổi): ${sheets.join(", ")}. Ghi đè sẽ mất những gì đã sửa trên các trang đó.`;
  },
};

export type FeedbackPanelText = typeof vi;
