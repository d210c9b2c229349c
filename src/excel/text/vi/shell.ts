import { EXCEL_API_FLOOR } from "../../features";
import type { Message } from "../../../domain/i18n/lang";

/** The Excel shell's sentences to the pane, in Vietnamese. */
export const vi = {
  noExcel: "Không tìm thấy Excel: DVCQ phải được mở từ Excel để ghi vào sổ tính.",
  excelTooOld: `Phiên bản Excel này quá cũ để đặt mẫu biểu (cần ExcelApi ${EXCEL_API_FLOOR}: Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy dùng tệp mẫu .xlsx tạo bằng dòng lệnh.`,
  excelTooOldToCheck: `Phiên bản Excel này quá cũ để kiểm tra trong Excel (cần ExcelApi ${EXCEL_API_FLOOR}: Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web). Hãy kiểm tra tệp bằng dòng lệnh: npx dvcq check TỆP.xlsx`,
  activeNotTemplate(sheet: string): string {
    return `Trang “${sheet}” không phải mẫu biểu DVCQ. Hãy chọn trang mẫu biểu của đơn vị rồi thử lại.`;
  },
  workbookWithoutTemplate: "Sổ tính không có trang mẫu biểu DVCQ nào.",
  checkFailed(detail: Message): string {
    return `Excel báo lỗi nên chưa kiểm tra được. ${detail.vi}`;
  },
  marksFailed(detail: Message): string {
    return `Đã kiểm tra nhưng không đánh dấu được các ô (trang được bảo vệ bằng mật khẩu?); bảo vệ trang vẫn giữ nguyên. ${detail.vi}`;
  },
  marksCleared(marks: number, sheets: number): string {
    return `Đã xóa dấu ở ${marks} ô trên ${sheets} trang; định dạng của các ô như trước khi kiểm tra.`;
  },
  noMarks: "Không có ô nào được đánh dấu.",
  clearFailed(detail: Message): string {
    return `Excel báo lỗi nên chưa xóa được dấu. ${detail.vi}`;
  },
  prepareFailed(detail: Message): string {
    return `Excel báo lỗi nên chưa chuẩn bị được tệp gửi. ${detail.vi}`;
  },
  unitUnknown(sheet: string): string {
    return `Không xác định được đơn vị của trang “${sheet}” (mã đơn vị 0.1 không có trong danh sách đơn vị) nên chưa tạo được tệp gửi.`;
  },
  yearUnknown(sheet: string): string {
    return `Không đọc được năm báo cáo của trang “${sheet}” nên chưa tạo được tệp gửi.`;
  },
  cannotDeliver(detail: string): string {
    return `Excel không mở được sổ tính mới và trình duyệt không tải tệp xuống được: ${detail}`;
  },
  saveCopyThroughExcel(sheet: string, fileName: string, detail: string): string {
    return `Excel không mở được sổ tính mới (${detail}) và Excel trên máy Mac không tải tệp xuống từ ngăn DVCQ, nên chưa có tệp gửi. Hãy sao chép trang qua Excel: bấm chuột phải vào thẻ trang “${sheet}”, chọn Di chuyển hoặc Sao chép (Move or Copy), chọn (sách mới) và đánh dấu Tạo bản sao; rồi lưu sổ tính mới với tên ${fileName} và gửi tệp đó.`;
  },
  notCarried(cells: readonly string[]): string {
    const listed = cells.length > 8 ? `${cells.slice(0, 8).join(", ")}…` : cells.join(", ");
    return `${cells.length} ô có nội dung nằm ngoài mẫu biểu (hàng chèn thêm hoặc gõ ngoài bảng) nên không có trong tệp gửi: ${listed}. Hãy chuyển nội dung vào cột Ghi chú hoặc Minh chứng.`;
  },
  registryCreated(sheet: string, count: number): string {
    return `Đã tạo trang ${sheet} với ${count} đơn vị của danh sách có sẵn. Sửa, thêm hoặc xóa dòng tại đó; DVCQ sẽ dùng trang này thay cho danh sách có sẵn.`;
  },
  registryExists(sheet: string): string {
    return `Sổ tính đã có trang ${sheet}; đã chuyển đến trang đó, không thay đổi gì.`;
  },
  unitNotFound(code: string): string {
    return `Không có đơn vị mã ${code} trong danh sách đơn vị; mẫu biểu chưa được đặt.`;
  },
  placeFailed(detail: Message): string {
    return `Excel báo lỗi nên mẫu biểu chưa được đặt. ${detail.vi}`;
  },
  registryFailed(sheet: string, detail: Message): string {
    return `Excel báo lỗi nên chưa tạo được trang ${sheet}. ${detail.vi}`;
  },
};

export type ShellText = typeof vi;
