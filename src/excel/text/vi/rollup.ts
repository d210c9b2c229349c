import type { Message } from "../../../domain/i18n/lang";

/** The roll-up's sentences to the pane, in Vietnamese. */
export const vi = {
  excelTooOld:
    "Phiên bản Excel này quá cũ để tổng hợp trong Excel (cần ExcelApi 1.7 trở lên). Hãy tổng hợp bằng dòng lệnh: npx dvcq rollup TỆP... --year NĂM --out TONGHOP.xlsx",
  workbookWithoutTemplate:
    "Sổ tính không có trang mẫu biểu DVCQ nào để tổng hợp. Hãy nhập báo cáo của các đơn vị trước.",
  noTemplateOfYear(year: number): string {
    return `Sổ tính không có trang mẫu biểu nào của năm ${year}; chưa ghi gì.`;
  },
  foreignSheet(sheet: string): string {
    return `Sổ tính đã có trang “${sheet}” trùng tên một trang tổng hợp nhưng không mang dấu của DVCQ (trang của bạn, hoặc do một phiên bản DVCQ cũ ghi); để không xóa nhầm, hãy đổi tên hoặc xóa trang đó rồi tổng hợp lại.`;
  },
  rollupFailedKept(detail: Message): string {
    return `Excel báo lỗi nên chưa tổng hợp được; các trang tổng hợp của lần trước (nếu có) vẫn giữ nguyên. ${detail.vi}`;
  },
  rollupFailed(detail: Message): string {
    return `Excel báo lỗi nên chưa tổng hợp xong (các trang tổng hợp có thể chưa đủ; chạy lại sẽ ghi lại từ đầu). ${detail.vi}`;
  },
};

export type RollupText = typeof vi;
