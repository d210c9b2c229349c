import type { Message } from "../../../domain/i18n/lang";

/** What importing files says to the clerk, in Vietnamese. */
export const vi = {
  registryFailed(detail: Message): string {
    return `Excel báo lỗi nên chưa đọc được danh sách đơn vị; chưa nhập tệp nào. ${detail.vi}`;
  },
  unitUnknown(file: string): string {
    return `Không xác định được đơn vị của tệp “${file}” (mã đơn vị 0.1 không có trong danh sách đơn vị) nên chưa nhập.`;
  },
  yearUnknown(file: string): string {
    return `Không đọc được năm báo cáo của tệp “${file}” nên chưa nhập.`;
  },
  sheetNotTemplate(sheet: string): string {
    return `Sổ tính đã có trang “${sheet}” nhưng đó không phải mẫu biểu; hãy đổi tên trang đó rồi nhập lại tệp.`;
  },
  formulaNotImported(cell: string, formula: string, result: string | number | boolean | null): string {
    return `Ô ${cell} có công thức do đơn vị gõ (${formula}); sổ tổng hợp chỉ nhận kết quả của nó (${result === null ? "trống" : String(result)}), không nhận công thức.`;
  },
  sheetChanged(sheet: string): string {
    return `Trong lúc chọn bản giữ lại, sổ tính đã có thêm trang “${sheet}” nên tệp này chưa được nhập; hãy xem lại trang đó rồi nhập lại tệp.`;
  },
  rebuiltInsertFailed(detail: string): string {
    return `Excel không chép được trang của tệp nguyên trạng (${detail}) nên trang được dựng lại từ mẫu với số liệu của đơn vị; biểu đồ, ghi chú và định dạng riêng của đơn vị không được chép.`;
  },
  rebuiltNamesBroken(names: readonly string[]): string {
    return `Sau khi chép, tên ô ${names.join(", ")} của trang bị hỏng (#REF! hoặc trỏ sai ô) nên trang được dựng lại từ mẫu với số liệu của đơn vị.`;
  },
  excelFailed(detail: Message): string {
    return `Excel báo lỗi nên tệp này chưa được nhập. ${detail.vi}`;
  },
  logFailed(sheet: string, imported: number, detail: Message): string {
    return `Đã nhập ${imported} tệp nhưng Excel báo lỗi nên chưa ghi được trang “${sheet}”. ${detail.vi}`;
  },
};

export type ImportText = typeof vi;
