import type { ReaderCode } from "../domain/check/finding";
import type { Lang } from "../domain/i18n/lang";

// Short names of the reader's finding codes, shown where the code would be; the code itself stays in
// the JSON and in the label's tooltip. One table per language (a code missing from one does not
// compile); they are data, ready to move into the locale modules with the other words.
const vi: Record<ReaderCode, string> = {
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

const en: Record<ReaderCode, string> = {
  FILE_UNREADABLE: "Unreadable file",
  FILE_TOO_LARGE: "File too large",
  FILE_UNSAFE: "Unsafe file",
  NOT_A_TEMPLATE: "Not a template",
  TEMPLATE_VERSION: "Other template version",
  NAMES_MISSING: "Names missing",
  INDICATOR_NOT_FOUND: "Indicator not found",
  NUMBER_AS_TEXT: "Number as text",
  PERCENT_AS_FRACTION: "Percent as a fraction",
  DATE_AS_TEXT: "Date as text",
  DATE_AS_WORDS: "Date in words",
  LEGACY_ENCODING: "Old encoding",
  TEXT_NORMALISED: "Text normalised",
  WRONG_YEAR: "Wrong year",
  UNKNOWN_UNIT: "Unit not in the list",
  DUPLICATE_SUBMISSION: "Sent twice",
  MARKS_NOT_WRITTEN: "Cells not marked",
  NOT_IN_COPY: "Not carried into the copy",
  FORMULA_NOT_IMPORTED: "Formula not imported",
  LISTS_NOT_IN_VERSION: "Older template, no lists",
  SHEET_SKIPPED: "Sheet skipped",
};

const LABELS: Record<Lang, Readonly<Record<string, string>>> = { vi, en };

/**
 * What the clerk sees for a finding's code: the reader's codes by their short name, a rule of the
 * catalogue by its id ("R17"), which the template's own checks show too. Null when the code is
 * shown as it is.
 */
export function codeLabel(code: string, lang: Lang): string | null {
  return Object.hasOwn(LABELS[lang], code) ? (LABELS[lang][code] ?? null) : null;
}
