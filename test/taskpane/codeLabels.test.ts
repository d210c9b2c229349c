import { codeLabel } from "../../src/taskpane/codeLabels";

test("a reader's code has a short name in each language; a catalogue rule's id is shown as it is", () => {
  expect([codeLabel("NUMBER_AS_TEXT", "vi"), codeLabel("NUMBER_AS_TEXT", "en")]).toEqual([
    "Số ghi dạng chữ",
    "Number as text",
  ]);
  expect([codeLabel("DUPLICATE_SUBMISSION", "vi"), codeLabel("DUPLICATE_SUBMISSION", "en")]).toEqual([
    "Gửi trùng",
    "Sent twice",
  ]);
  expect(codeLabel("R17", "vi")).toBeNull();
  expect(codeLabel("Y01", "en")).toBeNull();
  // Not a property every object has.
  expect(codeLabel("toString", "vi")).toBeNull();
});

const LABELS: [string, string, string][] = [
  ["FILE_UNREADABLE", "Tệp không đọc được", "Unreadable file"],
  ["FILE_TOO_LARGE", "Tệp quá lớn", "File too large"],
  ["FILE_UNSAFE", "Tệp không an toàn", "Unsafe file"],
  ["NOT_A_TEMPLATE", "Không phải mẫu biểu", "Not a template"],
  ["TEMPLATE_VERSION", "Phiên bản mẫu khác", "Other template version"],
  ["NAMES_MISSING", "Thiếu tên vùng", "Names missing"],
  ["INDICATOR_NOT_FOUND", "Không thấy chỉ tiêu", "Indicator not found"],
  ["NUMBER_AS_TEXT", "Số ghi dạng chữ", "Number as text"],
  ["PERCENT_AS_FRACTION", "Tỷ lệ ghi dạng thập phân", "Percent as a fraction"],
  ["DATE_AS_TEXT", "Ngày ghi dạng chữ", "Date as text"],
  ["DATE_AS_WORDS", "Ngày viết bằng lời", "Date in words"],
  ["LEGACY_ENCODING", "Bảng mã cũ", "Old encoding"],
  ["TEXT_NORMALISED", "Chữ đã chuẩn hóa", "Text normalised"],
  ["WRONG_YEAR", "Sai năm báo cáo", "Wrong year"],
  ["UNKNOWN_UNIT", "Đơn vị không có trong danh sách", "Unit not in the list"],
  ["DUPLICATE_SUBMISSION", "Gửi trùng", "Sent twice"],
  ["MARKS_NOT_WRITTEN", "Chưa tô được ô", "Cells not marked"],
  ["NOT_IN_COPY", "Không mang sang bản sao", "Not carried into the copy"],
  ["FORMULA_NOT_IMPORTED", "Công thức không được nhập", "Formula not imported"],
  ["LISTS_NOT_IN_VERSION", "Mẫu cũ không có bảng", "Older template, no lists"],
  ["SHEET_SKIPPED", "Bỏ qua trang", "Sheet skipped"],
];

test.each(LABELS)("%s is shown as “%s” and “%s”", (code, vi, en) => {
  expect([codeLabel(code, "vi"), codeLabel(code, "en")]).toEqual([vi, en]);
});
