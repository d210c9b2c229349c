import type { Message } from "../domain/i18n/lang";
import type { ImportDecision } from "../app/paneHost";

/** The import panel's sentences, in Vietnamese and English. */
export const IS = {
  heading: { vi: "Nhập báo cáo đơn vị gửi về", en: "Import the units' reports" },
  pick: { vi: "Chọn tệp báo cáo (.xlsx)", en: "Choose report files (.xlsx)" },
  drop: {
    vi: "hoặc kéo thả các tệp .xlsx vào đây",
    en: "or drop the .xlsx files here",
  },
  stop: { vi: "Dừng", en: "Stop" },
  stopping: { vi: "Sẽ dừng sau tệp đang nhập…", en: "Stopping after the current file…" },
  duplicateTitle: { vi: "Đơn vị đã có báo cáo", en: "The unit already has a report" },
  keepExisting: { vi: "Giữ bản đã có", en: "Keep the existing one" },
  replace: { vi: "Thay bằng bản mới", en: "Replace with the new one" },
  noDifference: {
    vi: "Hai bản có số liệu giống nhau.",
    en: "The two reports hold the same figures.",
  },
  colCode: { vi: "Mã", en: "Code" },
  colLabel: { vi: "Chỉ tiêu", en: "Indicator" },
  colExisting: { vi: "Bản đã có", en: "Existing" },
  colIncoming: { vi: "Bản mới", en: "New" },
  colFile: { vi: "Tệp", en: "File" },
  colDecision: { vi: "Kết quả", en: "Result" },
  colUnit: { vi: "Đơn vị", en: "Unit" },
  colErrors: { vi: "Lỗi", en: "Errors" },
  colWarnings: { vi: "Cảnh báo", en: "Warnings" },
  resultsLabel: { vi: "Kết quả nhập từng tệp", en: "Result of each file" },
  differencesLabel: { vi: "Các ô khác nhau", en: "Cells that differ" },
  failedTitle: { vi: "Chưa nhập được", en: "Import failed" },
} satisfies Record<string, Message>;

export const DECISION: Record<ImportDecision, Message> = {
  kept: { vi: "Đã nhận", en: "Imported" },
  replaced: { vi: "Đã thay bản cũ", en: "Replaced the old one" },
  rejected: { vi: "Bị từ chối", en: "Rejected" },
  keptExisting: { vi: "Giữ bản cũ", en: "Kept the old one" },
  cancelled: { vi: "Đã dừng", en: "Stopped" },
};

export function importing(done: number, total: number, file: string): Message {
  return {
    vi: `Đang nhập ${done + 1}/${total}: ${file}`,
    en: `Importing ${done + 1}/${total}: ${file}`,
  };
}

export function duplicateBody(unitName: string, year: number, sheet: string, file: string): Message {
  return {
    vi: `${unitName} đã có báo cáo năm ${year} ở trang “${sheet}”. Tệp “${file}” là bản thứ hai. Giữ bản nào?`,
    en: `${unitName} already has a ${year} report in sheet “${sheet}”. File “${file}” is a second one. Which one to keep?`,
  };
}

export function importedSummary(imported: number, total: number, logSheet: string): Message {
  return {
    vi: `Đã nhập ${imported}/${total} tệp; mỗi tệp được ghi vào trang “${logSheet}”.`,
    en: `Imported ${imported} of ${total} files; each file is listed in the “${logSheet}” sheet.`,
  };
}

export function unexpected(detail: string): Message {
  return {
    vi: `Có lỗi không lường trước nên việc nhập dừng lại: ${detail}`,
    en: `Something unexpected went wrong, so the import stopped: ${detail}`,
  };
}
