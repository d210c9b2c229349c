/**
 * What the clerk can do when Excel refuses a request, by the Office.js error code, in Vietnamese;
 * `otherError` for a code not listed.
 */
export const vi = {
  AccessDenied:
    "Trang hoặc sổ tính đang được bảo vệ, hoặc chỉ được đọc. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang) hoặc mở sổ tính với quyền sửa, rồi thử lại.",
  InvalidOperation:
    "Excel không cho làm việc này với sổ tính lúc này. Hãy đóng hộp thoại đang mở trong Excel, bấm Enter hoặc Esc nếu đang sửa một ô, rồi thử lại.",
  InvalidOperationInCellEditMode:
    "Excel đang sửa một ô. Hãy bấm Enter hoặc Esc để ra khỏi ô đó, rồi thử lại.",
  ItemNotFound:
    "Excel không thấy một trang hoặc một tên mà DVCQ vừa đọc: có thể nó vừa bị đổi tên hoặc xóa, hoặc người cùng sửa sổ tính vừa thay đổi nó. Hãy thử lại: DVCQ đọc lại sổ tính từ đầu.",
  RequestPayloadSizeLimitExceeded:
    "Yêu cầu gửi cho Excel quá lớn (Excel trên web nhận tối đa 5 MB mỗi lần). Hãy làm từng phần nhỏ hơn (ít trang hoặc ít tệp hơn mỗi lần), hoặc dùng Excel trên máy tính.",
  ResponsePayloadSizeLimitExceeded:
    "Phần Excel trả về quá lớn (Excel trên web trả tối đa 5 MB mỗi lần). Hãy làm từng phần nhỏ hơn (ít trang hơn mỗi lần), hoặc dùng Excel trên máy tính.",
  GeneralException:
    "Excel gặp lỗi bên trong. Hãy lưu sổ tính rồi thử lại; nếu vẫn lỗi, đóng và mở lại sổ tính (trên web: tải lại trang).",
  ApiNotFound:
    "Phiên bản Excel này thiếu một chức năng DVCQ cần. Hãy cập nhật Excel, hoặc dùng Excel trên web.",
  otherError: "Hãy thử lại; nếu vẫn lỗi, chép thông báo này gửi người hỗ trợ DVCQ.",
};

export type OfficeErrorText = typeof vi;
