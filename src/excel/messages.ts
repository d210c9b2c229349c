import type { Message } from "../domain/i18n/lang";
import { EXCEL_API_FLOOR } from "./features";

/** For callers that still put Excel's own words in their sentences; the advice is excelError's. */
export { excelError, excelErrorText } from "./officeErrors";

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
  excelTooOldToCheck: {
    vi: `Phiên bản Excel này quá cũ để kiểm tra trong Excel (cần ExcelApi ${EXCEL_API_FLOOR}: Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy kiểm tra tệp bằng dòng lệnh: npx dvcq check TỆP.xlsx`,
    en: `This Excel is too old to check in Excel (ExcelApi ${EXCEL_API_FLOOR} is needed: Excel 2019, Excel 2021, Microsoft 365 or Excel on the web). Check the file on the command line: npx dvcq check FILE.xlsx`,
  },
  activeNotTemplate: (sheet: string): Message => ({
    vi: `Trang “${sheet}” không phải mẫu biểu DVCQ. Hãy chọn trang mẫu biểu của đơn vị rồi thử lại.`,
    en: `Sheet “${sheet}” is not a DVCQ template. Select the unit's template sheet and try again.`,
  }),
  workbookWithoutTemplate: {
    vi: "Sổ tính không có trang mẫu biểu DVCQ nào.",
    en: "The workbook has no DVCQ template sheet.",
  },
  checkFailed: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa kiểm tra được. ${detail.vi}`,
    en: `Excel reported an error, so nothing was checked. ${detail.en}`,
  }),
  marksFailed: (detail: Message): Message => ({
    vi: `Đã kiểm tra nhưng không đánh dấu được các ô (trang được bảo vệ bằng mật khẩu?); bảo vệ trang vẫn giữ nguyên. ${detail.vi}`,
    en: `Checked, but the cells could not be marked (is the sheet protected with a password?); its protection is kept. ${detail.en}`,
  }),
  marksCleared: (marks: number, sheets: number): Message => ({
    vi: `Đã xóa dấu ở ${marks} ô trên ${sheets} trang; định dạng của các ô như trước khi kiểm tra.`,
    en: `Removed the marks from ${marks} cells on ${sheets} sheets; the cells look as they did before the check.`,
  }),
  noMarks: {
    vi: "Không có ô nào được đánh dấu.",
    en: "No cell is marked.",
  },
  clearFailed: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa xóa được dấu. ${detail.vi}`,
    en: `Excel reported an error, so the marks were not removed. ${detail.en}`,
  }),
  prepareFailed: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa chuẩn bị được tệp gửi. ${detail.vi}`,
    en: `Excel reported an error, so the file to send was not prepared. ${detail.en}`,
  }),
  unitUnknown: (sheet: string): Message => ({
    vi: `Không xác định được đơn vị của trang “${sheet}” (mã đơn vị 0.1 không có trong danh sách đơn vị) nên chưa tạo được tệp gửi.`,
    en: `The unit of sheet “${sheet}” is not known (its unit code 0.1 is not in the unit list), so no file to send was made.`,
  }),
  yearUnknown: (sheet: string): Message => ({
    vi: `Không đọc được năm báo cáo của trang “${sheet}” nên chưa tạo được tệp gửi.`,
    en: `The report year of sheet “${sheet}” cannot be read, so no file to send was made.`,
  }),
  cannotDeliver: (detail: string): Message => ({
    vi: `Excel không mở được sổ tính mới và trình duyệt không tải tệp xuống được: ${detail}`,
    en: `Excel could not open a new workbook and the browser cannot download the file: ${detail}`,
  }),
  saveCopyThroughExcel: (sheet: string, fileName: string, detail: string): Message => ({
    vi: `Excel không mở được sổ tính mới (${detail}) và Excel trên máy Mac không tải tệp xuống từ ngăn DVCQ, nên chưa có tệp gửi. Hãy sao chép trang qua Excel: bấm chuột phải vào thẻ trang “${sheet}”, chọn Di chuyển hoặc Sao chép (Move or Copy), chọn (sách mới) và đánh dấu Tạo bản sao; rồi lưu sổ tính mới với tên ${fileName} và gửi tệp đó.`,
    en: `Excel could not open a new workbook (${detail}) and Excel on a Mac does not download files from the DVCQ pane, so there is no file to send yet. Copy the sheet through Excel: right-click the “${sheet}” sheet tab, choose Move or Copy, pick (new book) and tick Create a copy; then save the new workbook as ${fileName} and send that file.`,
  }),
  notCarried: (cells: readonly string[]): Message => {
    const listed = cells.length > 8 ? `${cells.slice(0, 8).join(", ")}…` : cells.join(", ");
    return {
      vi: `${cells.length} ô có nội dung nằm ngoài mẫu biểu (hàng chèn thêm hoặc gõ ngoài bảng) nên không có trong tệp gửi: ${listed}. Hãy chuyển nội dung vào cột Ghi chú hoặc Minh chứng.`,
      en: `${cells.length} cells hold content outside the template (inserted rows or text typed beside the table), so they are not in the file to send: ${listed}. Move it into the Note or Evidence column.`,
    };
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
  placeFailed: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên mẫu biểu chưa được đặt. ${detail.vi}`,
    en: `Excel reported an error, so no template was placed. ${detail.en}`,
  }),
  registryFailed: (sheet: string, detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa tạo được trang ${sheet}. ${detail.vi}`,
    en: `Excel reported an error, so the ${sheet} sheet was not created. ${detail.en}`,
  }),
};
