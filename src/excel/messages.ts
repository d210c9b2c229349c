import type { Message } from "../domain/i18n/lang";
import { EXCEL_API_FLOOR } from "./features";

/** Every sentence the Excel shell returns to the pane, in Vietnamese and English. */
export const M = {
  noExcel: {
    vi: "Không tìm thấy Excel: DVCQ phải được mở từ Excel để ghi vào sổ tính.",
    en: "Excel was not found: DVCQ must be opened from Excel to write to a workbook.",
  },
  excelTooOld: {
    vi: `Phiên bản Excel này quá cũ để đặt mẫu biểu (cần ExcelApi ${EXCEL_API_FLOOR}: Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy dùng tệp mẫu .xlsx tạo bằng dòng lệnh.`,
    en: `This Excel is too old to place templates (ExcelApi ${EXCEL_API_FLOOR} is needed: Excel 2019, Excel 2021, Microsoft 365 or Excel on the web). Use an .xlsx template made on the command line.`,
  },
  registryCreated: (sheet: string, count: number): Message => ({
    vi: `Đã tạo trang ${sheet} với ${count} đơn vị của danh sách có sẵn. Sửa, thêm hoặc xóa dòng tại đó; DVCQ sẽ dùng trang này thay cho danh sách có sẵn.`,
    en: `Created the ${sheet} sheet with the ${count} units of the built-in list. Edit, add or delete rows there; DVCQ will use this sheet instead of the built-in list.`,
  }),
  registryExists: (sheet: string): Message => ({
    vi: `Sổ tính đã có trang ${sheet}; đã chuyển đến trang đó, không thay đổi gì.`,
    en: `The workbook already has a ${sheet} sheet; it is now selected and was not changed.`,
  }),
  unitNotFound: (code: string): Message => ({
    vi: `Không có đơn vị mã ${code} trong danh sách đơn vị; mẫu biểu chưa được đặt.`,
    en: `There is no unit with code ${code} in the unit list; no template was placed.`,
  }),
  placeFailed: (detail: string): Message => ({
    vi: `Excel báo lỗi nên mẫu biểu chưa được đặt: ${detail}`,
    en: `Excel reported an error, so no template was placed: ${detail}`,
  }),
  registryFailed: (sheet: string, detail: string): Message => ({
    vi: `Excel báo lỗi nên chưa tạo được trang ${sheet}: ${detail}`,
    en: `Excel reported an error, so the ${sheet} sheet was not created: ${detail}`,
  }),
};

/** Excel's own words and error code, e.g. "The sheet is protected. (AccessDenied)". */
export function excelErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? `${error.message} (${code})` : error.message;
}
