import type { ImportDecision } from "../../../app/paneHost";

/** The import panel's sentences in Vietnamese, the product's own language. */
export const vi = {
  heading: "Nhập báo cáo đơn vị gửi về",
  pick: "Chọn tệp báo cáo (.xlsx)",
  drop: "hoặc kéo thả các tệp .xlsx vào đây",
  stop: "Dừng",
  stopping: "Sẽ dừng sau tệp đang nhập…",
  duplicateTitle: "Đơn vị đã có báo cáo",
  keepExisting: "Giữ bản đã có",
  replace: "Thay bằng bản mới",
  noDifference: "Hai bản có số liệu giống nhau.",
  colCode: "Mã",
  colLabel: "Chỉ tiêu",
  colExisting: "Bản đã có",
  colIncoming: "Bản mới",
  colFile: "Tệp",
  colDecision: "Kết quả",
  colUnit: "Đơn vị",
  colErrors: "Lỗi",
  colWarnings: "Cảnh báo",
  resultsLabel: "Kết quả nhập từng tệp",
  differencesLabel: "Các ô khác nhau",
  failedTitle: "Chưa nhập được",
  decision: {
    kept: "Đã nhận",
    replaced: "Đã thay bản cũ",
    rejected: "Bị từ chối",
    keptExisting: "Giữ bản cũ",
    cancelled: "Đã dừng",
  } satisfies Record<ImportDecision, string>,
  importing(done: number, total: number, file: string): string {
    return `Đang nhập ${done + 1}/${total}: ${file}`;
  },
  duplicateBody(unitName: string, year: number, sheet: string, file: string): string {
    return `${unitName} đã có báo cáo năm ${year} ở trang “${sheet}”. Tệp “${file}” là bản thứ hai. Giữ bản nào?`;
  },
  importedSummary(imported: number, total: number, logSheet: string): string {
    return `Đã nhập ${imported}/${total} tệp; mỗi tệp được ghi vào trang “${logSheet}”.`;
  },
  unexpected(detail: string): string {
    return `Có lỗi không lường trước nên việc nhập dừng lại: ${detail}`;
  },
};

export type ImportPanelText = typeof vi;
