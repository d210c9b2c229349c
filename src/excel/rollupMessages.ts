import type { Message } from "../domain/i18n/lang";

/** The sentences the roll-up returns to the pane, in Vietnamese and English. */
export const RM = {
  excelTooOld: {
    vi: "Phiên bản Excel này quá cũ để tổng hợp trong Excel (cần ExcelApi 1.7 trở lên). Hãy tổng hợp bằng dòng lệnh: npx dvcq rollup TỆP... --year NĂM --out TONGHOP.xlsx",
    en: "This Excel is too old to roll up in Excel (ExcelApi 1.7 or later is needed). Roll up on the command line: npx dvcq rollup FILE... --year YEAR --out REPORT.xlsx",
  },
  workbookWithoutTemplate: {
    vi: "Sổ tính không có trang mẫu biểu DVCQ nào để tổng hợp. Hãy nhập báo cáo của các đơn vị trước.",
    en: "The workbook has no DVCQ template sheet to roll up. Import the units' reports first.",
  },
  noTemplateOfYear: (year: number): Message => ({
    vi: `Sổ tính không có trang mẫu biểu nào của năm ${year}; chưa ghi gì.`,
    en: `The workbook has no template sheet for ${year}; nothing was written.`,
  }),
  foreignSheet: (sheet: string): Message => ({
    vi: `Sổ tính đã có trang “${sheet}” không do DVCQ tạo; để không xóa nhầm, hãy đổi tên trang đó rồi tổng hợp lại.`,
    en: `The workbook has a “${sheet}” sheet DVCQ did not make; so as not to delete it, rename it and roll up again.`,
  }),
  rollupFailedKept: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa tổng hợp được; các trang tổng hợp của lần trước (nếu có) vẫn giữ nguyên. ${detail.vi}`,
    en: `Excel reported an error, so nothing was rolled up; the report sheets of the previous roll-up, if any, are as they were. ${detail.en}`,
  }),
  rollupFailed: (detail: Message): Message => ({
    vi: `Excel báo lỗi nên chưa tổng hợp xong (các trang tổng hợp có thể chưa đủ; chạy lại sẽ ghi lại từ đầu). ${detail.vi}`,
    en: `Excel reported an error, so the roll-up did not finish (the report sheets may be incomplete; running it again rewrites them). ${detail.en}`,
  }),
};
