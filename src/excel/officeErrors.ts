import type { Message } from "../domain/i18n/lang";

/**
 * What the clerk can do when Excel refuses a request, by the Office.js error code: the one table of
 * these sentences, in Vietnamese and English. A code not listed gets OTHER_ERROR.
 */
export const OFFICE_ERROR_ADVICE: Readonly<Record<string, Message>> = {
  AccessDenied: {
    vi: "Trang hoặc sổ tính đang được bảo vệ, hoặc chỉ được đọc. Hãy bỏ bảo vệ trang (Xem lại > Bỏ bảo vệ trang) hoặc mở sổ tính với quyền sửa, rồi thử lại.",
    en: "The sheet or the workbook is protected, or read-only. Unprotect the sheet (Review > Unprotect Sheet) or open the workbook with the right to edit it, then try again.",
  },
  InvalidOperation: {
    vi: "Excel không cho làm việc này với sổ tính lúc này. Hãy đóng hộp thoại đang mở trong Excel, bấm Enter hoặc Esc nếu đang sửa một ô, rồi thử lại.",
    en: "Excel does not allow this on the workbook right now. Close any dialog open in Excel, press Enter or Esc if a cell is being edited, then try again.",
  },
  InvalidOperationInCellEditMode: {
    vi: "Excel đang sửa một ô. Hãy bấm Enter hoặc Esc để ra khỏi ô đó, rồi thử lại.",
    en: "Excel is editing a cell. Press Enter or Esc to leave it, then try again.",
  },
  ItemNotFound: {
    vi: "Excel không thấy một trang hoặc một tên mà DVCQ vừa đọc: có thể nó vừa bị đổi tên hoặc xóa, hoặc người cùng sửa sổ tính vừa thay đổi nó. Hãy thử lại: DVCQ đọc lại sổ tính từ đầu.",
    en: "Excel did not find a sheet or a name DVCQ had just read: it may have been renamed or deleted, or changed by someone editing the workbook with you. Try again: DVCQ reads the workbook afresh.",
  },
  RequestPayloadSizeLimitExceeded: {
    vi: "Yêu cầu gửi cho Excel quá lớn (Excel trên web nhận tối đa 5 MB mỗi lần). Hãy làm từng phần nhỏ hơn (ít trang hoặc ít tệp hơn mỗi lần), hoặc dùng Excel trên máy tính.",
    en: "The request to Excel is too large (Excel on the web takes at most 5 MB at a time). Work in smaller parts (fewer sheets or files at a time), or use Excel on a computer.",
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: "Phần Excel trả về quá lớn (Excel trên web trả tối đa 5 MB mỗi lần). Hãy làm từng phần nhỏ hơn (ít trang hơn mỗi lần), hoặc dùng Excel trên máy tính.",
    en: "What Excel sends back is too large (Excel on the web sends at most 5 MB at a time). Work in smaller parts (fewer sheets at a time), or use Excel on a computer.",
  },
  GeneralException: {
    vi: "Excel gặp lỗi bên trong. Hãy lưu sổ tính rồi thử lại; nếu vẫn lỗi, đóng và mở lại sổ tính (trên web: tải lại trang).",
    en: "Excel had an internal error. Save the workbook and try again; if it happens again, close and reopen the workbook (on the web: reload the page).",
  },
  ApiNotFound: {
    vi: "Phiên bản Excel này thiếu một chức năng DVCQ cần. Hãy cập nhật Excel, hoặc dùng Excel trên web.",
    en: "This version of Excel lacks a feature DVCQ needs. Update Excel, or use Excel on the web.",
  },
};

export const OTHER_ERROR: Message = {
  vi: "Hãy thử lại; nếu vẫn lỗi, chép thông báo này gửi người hỗ trợ DVCQ.",
  en: "Try again; if it happens again, send this message to whoever supports DVCQ.",
};

/**
 * Excel's refusal as the clerk reads it: what to do, then Excel's own words and code. Errors from
 * office.js are read by shape, not by class: its Error may come from another realm (an iframe).
 */
export function excelError(error: unknown): Message {
  const code = errorCode(error);
  const advice = (code !== null ? OFFICE_ERROR_ADVICE[code] : undefined) ?? OTHER_ERROR;
  const own = excelErrorText(error);
  return { vi: `${advice.vi} (Excel: ${own})`, en: `${advice.en} (Excel: ${own})` };
}

/** Excel's own words and error code, e.g. "The sheet is protected. (AccessDenied)". */
export function excelErrorText(error: unknown): string {
  const message =
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
      ? (error as { message: string }).message
      : String(error);
  const code = errorCode(error);
  return code !== null ? `${message} (${code})` : message;
}

function errorCode(error: unknown): string | null {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && code !== "" ? code : null;
}
