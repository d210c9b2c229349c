import type { ReaderCode } from "../../../domain/check/finding";

/** Short names of the reader's finding codes in Vietnamese, shown where the code would be. */
export const vi: Record<ReaderCode, string> = {
  FILE_UNREADABLE: "Tệp không đọc được",
  FILE_TOO_LARGE: "Tệp quá lớn",
  FILE_UNSAFE: "Tệp không an toàn",
  NOT_A_TEMPLATE: "Không phải mẫu biểu",
  TEMPLATE_VERSION: "Phiên bản mẫu khác",
  NAMES_MISSING: "Thiếu tên vùng",
  INDICATOR_NOT_FOUND: "Không thấy chỉ tiêu",
  NUMBER_AS_TEXT: "Số ghi dạng chữ",
  PERCENT_AS_FRACTION: "Tỷ lệ ghi dạng thập phân",
  DATE_AS_TEXT: "Ngày ghi dạng chữ",
  DATE_AS_WORDS: "Ngày viết bằng lời",
  LEGACY_ENCODING: "Bảng mã cũ",
  TEXT_NORMALISED: "Chữ đã chuẩn hóa",
  WRONG_YEAR: "Sai năm báo cáo",
  UNKNOWN_UNIT: "Đơn vị không có trong danh sách",
  DUPLICATE_SUBMISSION: "Gửi trùng",
  MARKS_NOT_WRITTEN: "Chưa tô được ô",
  NOT_IN_COPY: "Không mang sang bản sao",
  FORMULA_NOT_IMPORTED: "Công thức không được nhập",
  LISTS_NOT_IN_VERSION: "Mẫu cũ không có bảng",
  SHEET_SKIPPED: "Bỏ qua trang",
};
